package io.pldot.engine.backtest.report;

import io.pldot.engine.backtest.metrics.BacktestResults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the backtest results as one self-contained HTML page ({@code report.html}): summary, equity and drawdown
 * charts (XChart, inline SVG), per-symbol table, signal accuracy and the trade list. The page loads nothing: styles
 * are inline, there is no script, font or image reference, so it opens offline.
 * <p>
 * Stateless; thread-safe.
 */
public final class HtmlReportWriter
{
    /** File name inside the report directory. */
    public static final String FILE_NAME = "report.html";

    private static final String STYLE = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;margin:2rem;color:#222}
        h1{margin-top:0}
        table{border-collapse:collapse;margin:0.5rem 0 1.5rem}
        th,td{border:1px solid #ccc;padding:0.25rem 0.6rem;text-align:right;white-space:nowrap}
        th{background:#f2f4f7}
        td:first-child,th:first-child{text-align:left}
        .chart svg{max-width:100%;height:auto}
        .note{color:#555;max-width:60rem;font-size:0.9rem}
        .caveat{max-width:60rem;padding:0.4rem 0.6rem;border-left:4px solid #d08700;background:#fff8e6}
        """;

    /**
     * @param results backtest results.
     * @return the HTML page.
     */
    public String render(final BacktestResults results)
    {
        final StringBuilder html = new StringBuilder(256 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .append("<title>Backtest report</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
            .append("<h1>Backtest report</h1>\n<h2>Summary (portfolio)</h2>\n");
        table(html, ReportTables.summary(results.portfolio()));
        final String caveat = ReportTables.caveat(results);
        if (null != caveat)
        {
            html.append("<p class=\"caveat\" id=\"short-sample\"><strong>Caveat.</strong> ").append(escape(caveat))
                .append("</p>\n");
        }
        html.append("<p class=\"note\">").append(escape(ReportTables.conventions(results))).append("</p>\n");
        html.append("<h2>Equity</h2>\n");
        if (results.equityCurve().isEmpty())
        {
            html.append("<p>No equity samples.</p>\n");
        }
        else
        {
            html.append("<div class=\"chart\" id=\"equity-chart\">\n")
                .append(ChartRenderer.equitySvg(results.equityCurve())).append("\n</div>\n")
                .append("<h2>Drawdown</h2>\n<div class=\"chart\" id=\"drawdown-chart\">\n")
                .append(ChartRenderer.drawdownSvg(results.equityCurve())).append("\n</div>\n");
        }
        html.append("<h2>Per symbol</h2>\n");
        table(html, ReportTables.perSymbol(results.perSymbol()));
        html.append("<h2>Signal accuracy</h2>\n<h3>By confidence</h3>\n");
        table(html, ReportTables.accuracy("Confidence", results.signals().byConfidence()));
        html.append("<h3>By signal type</h3>\n");
        table(html, ReportTables.accuracy("Signal type", results.signals().byType()));
        html.append("<h2>Trades</h2>\n");
        table(html, ReportTables.trades(results));
        html.append("</body>\n</html>\n");
        return html.toString();
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

    private static void table(final StringBuilder html, final ReportTables.Table table)
    {
        html.append("<table>\n<thead><tr>");
        for (final String h : table.header())
        {
            html.append("<th>").append(escape(h)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (final var row : table.rows())
        {
            html.append("<tr>");
            for (final String cell : row)
            {
                html.append("<td>").append(escape(cell)).append("</td>");
            }
            html.append("</tr>\n");
        }
        if (table.rows().isEmpty())
        {
            html.append("<tr><td colspan=\"").append(table.header().size()).append("\">None.</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    static String escape(final String text)
    {
        final StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++)
        {
            final char c = text.charAt(i);
            switch (c)
            {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
