package io.pldot.engine.backtest.report;

import io.pldot.engine.backtest.metrics.BacktestResults;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes every report of a backtest into one directory: {@code report.json}, {@code report.md} and
 * {@code report.html}.
 * <p>
 * Stateless; thread-safe.
 */
public final class ReportWriter
{
    private final JsonReportWriter json = new JsonReportWriter();
    private final MarkdownReportWriter markdown = new MarkdownReportWriter();
    private final HtmlReportWriter html = new HtmlReportWriter();

    /**
     * @param results   backtest results.
     * @param directory report directory, created if needed; existing reports in it are replaced.
     * @return the files written, JSON, Markdown then HTML.
     * @throws IOException if a file cannot be written.
     */
    public List<Path> writeAll(final BacktestResults results, final Path directory) throws IOException
    {
        return List.of(
            json.write(results, directory),
            markdown.write(results, directory),
            html.write(results, directory));
    }
}
