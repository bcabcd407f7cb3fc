package io.pldot.engine.backtest.report;

import io.pldot.engine.backtest.metrics.BacktestResults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the backtest results as Markdown ({@code report.md}): the portfolio summary, the per-symbol table, the
 * signal accuracy by confidence bucket and by type, and the trade list. Pipes in names are escaped.
 * <p>
 * Stateless; thread-safe.
 */
public final class MarkdownReportWriter
{
    /** File name inside the report directory. */
    public static final String FILE_NAME = "report.md";

    /**
     * @param results backtest results.
     * @return the Markdown text.
     */
    public String render(final BacktestResults results)
    {
        final StringBuilder md = new StringBuilder(4096);
        md.append("# Backtest report\n\n");
        md.append("## Summary (portfolio)\n\n");
        table(md, ReportTables.summary(results.portfolio()));
        final String caveat = ReportTables.caveat(results);
        if (null != caveat)
        {
            md.append("\n**Caveat.** ").append(caveat).append('\n');
        }
        md.append('\n').append(ReportTables.conventions(results)).append("\n\n");
        md.append("## Per symbol\n\n");
        table(md, ReportTables.perSymbol(results.perSymbol()));
        md.append("\n## Signal accuracy\n\n### By confidence\n\n");
        table(md, ReportTables.accuracy("Confidence", results.signals().byConfidence()));
        md.append("\n### By signal type\n\n");
        table(md, ReportTables.accuracy("Signal type", results.signals().byType()));
        md.append("\n## Trades\n\n");
        table(md, ReportTables.trades(results));
        return md.toString();
    }

    /**
     * Writes {@link #FILE_NAME} into a directory (created if needed), replacing any previous file.
     *
     * @param results   backtest results.
     * @param directory report directory.
     * @return the file written.
     * @throws IOException if it cannot be written.
     */
    public Path write(final BacktestResults results, final Path directory) throws IOException
    {
        Files.createDirectories(directory);
        return Files.writeString(directory.resolve(FILE_NAME), render(results), StandardCharsets.UTF_8);
    }

    private static void table(final StringBuilder md, final ReportTables.Table table)
    {
        row(md, table.header());
        md.append('|');
        for (int i = 0; i < table.header().size(); i++)
        {
            md.append(" --- |");
        }
        md.append('\n');
        for (final var row : table.rows())
        {
            row(md, row);
        }
        if (table.rows().isEmpty())
        {
            md.append("\n_None._\n");
        }
    }

    private static void row(final StringBuilder md, final Iterable<String> cells)
    {
        md.append('|');
        for (final String cell : cells)
        {
            md.append(' ').append(escape(cell)).append(" |");
        }
        md.append('\n');
    }

    private static String escape(final String cell)
    {
        return cell.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }
}
