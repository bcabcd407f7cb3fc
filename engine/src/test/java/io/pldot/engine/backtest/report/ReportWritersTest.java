package io.pldot.engine.backtest.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pldot.engine.backtest.metrics.BacktestResults;
import io.pldot.engine.backtest.metrics.ClosedTrade;
import io.pldot.engine.backtest.metrics.ConfidenceBuckets;
import io.pldot.engine.backtest.metrics.EquityCurve;
import io.pldot.engine.backtest.metrics.MetricsSettings;
import io.pldot.engine.backtest.metrics.PerformanceMetrics;
import io.pldot.engine.backtest.metrics.TradeSide;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ReportWritersTest
{
    private static final long DAY = 86_400_000_000_000L;
    private static final long HOUR = 3_600_000_000_000L;
    /** 2023-11-14T22:13:20Z. */
    private static final long T0 = 1_700_000_000_000_000_000L;

    @TempDir
    Path dir;

    @BeforeAll
    static void headless()
    {
        System.setProperty("java.awt.headless", "true");
    }

    /**
     * The hand-worked curve of {@code PerformanceMetricsTest} (100, 110, 99, 108.9, 119.79, 113.8005 daily) with
     * three trades: BTC +100 (0.55), BTC -50 (0.6), ETH|X +30 (0.72; a pipe and markup in names on purpose).
     */
    static BacktestResults sample()
    {
        final EquityCurve curve = new EquityCurve();
        final double[] equity = {100, 110, 99, 108.9, 119.79, 113.8005};
        for (int i = 0; i < equity.length; i++)
        {
            curve.append(T0 + i * DAY, equity[i]);
        }
        final List<ClosedTrade> trades = List.of(
            ClosedTrade.of("BTC", TradeSide.LONG, T0, 100, T0 + DAY, 112, 10, 120, 20, "PUSH", 0.55, "TARGET"),
            ClosedTrade.of("BTC", TradeSide.SHORT, T0 + DAY + HOUR, 110, T0 + 2 * DAY, 114, 10, -40, 10, "EXHAUST",
                0.6, "STOP"),
            ClosedTrade.of("ETH|X", TradeSide.LONG, T0 + 3 * DAY, 0.00001234, T0 + 4 * DAY, 0.00001334, 1e6, 35, 5,
                "<b>PUSH</b>", 0.72, "TARGET"));
        return new PerformanceMetrics(MetricsSettings.of(252)).analyse(trades, curve, ConfidenceBuckets.defaults());
    }

    @Test
    void shouldWriteJsonThatParsesBackWithExactValues() throws Exception
    {
        final BacktestResults results = sample();

        final Path file = new JsonReportWriter().write(results, dir);
        final JsonNode root = new ObjectMapper().readTree(file.toFile());

        assertThat(file.getFileName().toString()).isEqualTo("report.json");
        assertThat(root.path("schema").asText()).isEqualTo(JsonReportWriter.SCHEMA);
        assertThat(root.path("settings").path("periodsPerYear").asDouble()).isEqualTo(252);
        final JsonNode portfolio = root.path("portfolio");
        assertThat(portfolio.path("scope").asText()).isEqualTo("PORTFOLIO");
        assertThat(portfolio.path("trades").path("tradeCount").asInt()).isEqualTo(3);
        assertThat(portfolio.path("trades").path("netPnl").asDouble()).isEqualTo(80);
        assertThat(portfolio.path("trades").path("profitFactor").asDouble()).isEqualTo(130.0 / 50.0);
        assertThat(portfolio.path("trades").path("winRate").asDouble())
            .isEqualTo(results.portfolio().trades().winRate());
        final JsonNode returns = portfolio.path("returns");
        assertThat(returns.path("sharpe").asDouble()).isEqualTo(results.portfolio().returns().sharpe());
        assertThat(returns.path("sortino").asDouble()).isEqualTo(results.portfolio().returns().sortino());
        assertThat(returns.path("volatility").asDouble()).isEqualTo(results.portfolio().returns().volatility());
        assertThat(returns.path("startTime").asText()).isEqualTo("2023-11-14T22:13:20Z");
        final JsonNode dd = portfolio.path("maxDrawdown");
        assertThat(dd.path("fraction").asDouble()).isEqualTo(results.portfolio().drawdown().fraction());
        assertThat(dd.path("durationNs").asLong()).isEqualTo(3 * DAY);
        assertThat(dd.path("duration").asText()).isEqualTo("PT72H");
        assertThat(dd.path("recovered").asBoolean()).isTrue();
        assertThat(root.path("perSymbol")).extracting(n -> n.path("scope").asText()).containsExactly("BTC", "ETH|X");
        assertThat(root.path("perSymbol").get(0).path("returns").isNull()).isTrue();
        assertThat(root.path("signalAccuracy").path("byConfidence").get(2).path("group").asText())
            .isEqualTo("[0.60, 0.70)");
        assertThat(root.path("signalAccuracy").path("byConfidence").get(2).path("count").asInt()).isEqualTo(1);
        assertThat(root.path("signalAccuracy").path("byType").get(0).path("group").asText()).isEqualTo("<b>PUSH</b>");
        assertThat(root.path("trades").get(2).path("entryPrice").asDouble()).isEqualTo(0.00001234);
        assertThat(root.path("equityCurve").path("equity").get(5).asDouble()).isEqualTo(113.8005);
        assertThat(root.path("equityCurve").path("timeNs").get(5).asLong()).isEqualTo(T0 + 5 * DAY);
    }

    @Test
    void shouldWriteJsonNumbersWithoutExponentOrNaN()
    {
        final String json = new String(new JsonReportWriter().toBytes(sample()), StandardCharsets.UTF_8);

        assertThat(json).contains("\"entryPrice\": 0.00001234").contains("\"quantity\": 1000000");
        assertThat(json).doesNotContain("NaN").doesNotContain("Infinity").doesNotContain("E-").doesNotContain("\r");
        assertThat(json).endsWith("}\n");
    }

    @Test
    void shouldWriteByteIdenticalJsonForSameInput() throws Exception
    {
        final Path first = new JsonReportWriter().write(sample(), dir.resolve("a"));
        final Path second = new JsonReportWriter().write(sample(), dir.resolve("b"));

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(Files.readAllBytes(new JsonReportWriter().write(sample(), dir.resolve("a"))))
            .isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void shouldKeepUndefinedValuesNullInJson()
    {
        final BacktestResults allWinners = new PerformanceMetrics(MetricsSettings.of(365)).analyse(
            List.of(sample().trades().get(0)),
            new EquityCurve().append(T0, 100).append(T0 + DAY, 100),
            ConfidenceBuckets.defaults());

        final JsonNode root = new JsonReportWriter().toTree(allWinners);

        final JsonNode trades = root.path("portfolio").path("trades");
        assertThat(trades.path("profitFactor").isNull()).isTrue();
        assertThat(trades.path("profitFactorInfinite").asBoolean()).isTrue();
        assertThat(trades.path("averageLoss").isNull()).isTrue();
        assertThat(root.path("portfolio").path("returns").path("sharpe").isNull()).isTrue();
        assertThat(root.path("portfolio").path("returns").path("sortino").isNull()).isTrue();
        assertThat(root.path("portfolio").path("maxDrawdown").path("peakTime").isNull()).isTrue();
        assertThat(root.path("signalAccuracy").path("byConfidence").get(0).path("winRate").isNull()).isTrue();
    }

    @Test
    void shouldRenderMarkdownTables()
    {
        final String md = new MarkdownReportWriter().render(sample());

        assertThat(md).contains("# Backtest report", "## Summary (portfolio)", "## Per symbol",
            "### By confidence", "### By signal type", "## Trades");
        assertThat(md).contains("| Metric | Value |", "| --- | --- |");
        assertThat(md).contains("| Net P&L | 80.00 |", "| Total return | 13.80 % |", "| Profit factor | 2.6000 |");
        assertThat(md).contains("| Max drawdown | 11.00 (10.00 %) |", "| Max drawdown duration | 3d 0h 0m 0s |");
        assertThat(md).contains("| Sortino | " + String.format(java.util.Locale.ROOT, "%.4f", 0.6 * Math.sqrt(252)));
        assertThat(md).contains("| BTC | 2 | 50.00 % | 50.00 |");
        assertThat(md).contains("| [0.60, 0.70) | 1 | 0 | 0.00 % | -50.00 |");
        assertThat(md).contains("| ETH\\|X |");
        assertThat(md).contains("| 3 | ETH\\|X | LONG | 2023-11-17T22:13:20Z | 0.00001234 | 2023-11-18T22:13:20Z | "
            + "0.00001334 | 1000000 | 35.00 | 5.00 | 30.00 | <b>PUSH</b> | 0.72 | TARGET |");
    }

    @Test
    void shouldShowInfinityAndNotApplicableInText()
    {
        final BacktestResults oneWin = new PerformanceMetrics(MetricsSettings.of(365)).analyse(
            List.of(sample().trades().get(0)), new EquityCurve().append(T0, 100), ConfidenceBuckets.defaults());

        final String md = new MarkdownReportWriter().render(oneWin);
        final String html = new HtmlReportWriter().render(oneWin);

        assertThat(md).contains("| Profit factor | ∞ |", "| Sharpe | n/a |", "| Annualised return | n/a |");
        assertThat(md).contains("| [0.00, 0.50) | 0 | 0 | n/a | n/a |");
        assertThat(md).doesNotContain("NaN").doesNotContain("Infinity");
        assertThat(html).contains("<td>Profit factor</td><td>∞</td>").doesNotContain("NaN");
    }

    @Test
    void shouldCaveatAFiveDaySampleAndShowItsAnnualisedReturnAsNotApplicable()
    {
        final BacktestResults fiveDays = sample();

        final String md = new MarkdownReportWriter().render(fiveDays);
        final String html = new HtmlReportWriter().render(fiveDays);
        final JsonNode returns = new JsonReportWriter().toTree(fiveDays).path("portfolio").path("returns");

        assertThat(md).contains("| Sample | 5.0 days, 5 periods (short: see the caveat below) |",
            "| Annualised return | n/a (sample under 30 days) |",
            "**Caveat.** Short sample: 5.0 days and 5 periods (under 30 days or 30 periods)");
        assertThat(html).contains("<p class=\"caveat\" id=\"short-sample\"><strong>Caveat.</strong> Short sample: "
            + "5.0 days");
        assertThat(html).contains("<td>Annualised return</td><td>n/a (sample under 30 days)</td>");
        // JSON keeps the number and says why a reader should not trust it.
        assertThat(returns.path("annualisedReturn").asDouble())
            .isEqualTo(fiveDays.portfolio().returns().annualisedReturn());
        assertThat(returns.path("shortSample").asBoolean()).isTrue();
        assertThat(returns.path("spanDays").asDouble()).isEqualTo(5.0);
        assertThat(returns.path("caveat").asText()).startsWith("short sample: 5.0 days and 5 periods");
    }

    @Test
    void shouldNotCaveatASixtyDaySample()
    {
        final EquityCurve curve = new EquityCurve();
        for (int i = 0; i <= 60; i++)
        {
            curve.append(T0 + i * DAY, 100 + i);
        }
        final BacktestResults sixtyDays = new PerformanceMetrics(MetricsSettings.of(365))
            .analyse(List.of(), curve, ConfidenceBuckets.defaults());

        final String md = new MarkdownReportWriter().render(sixtyDays);
        final JsonNode returns = new JsonReportWriter().toTree(sixtyDays).path("portfolio").path("returns");

        assertThat(md).contains("| Sample | 60.0 days, 60 periods |").doesNotContain("Caveat")
            .doesNotContain("n/a (sample");
        assertThat(md).contains("| Annualised return | " + TextFormat.percent(
            sixtyDays.portfolio().returns().annualisedReturn()) + " |");
        assertThat(new HtmlReportWriter().render(sixtyDays)).doesNotContain("short-sample");
        assertThat(returns.path("shortSample").asBoolean()).isFalse();
        assertThat(returns.path("caveat").isNull()).isTrue();
    }

    @Test
    void shouldRenderSelfContainedHtmlWithTwoChartsAndTradeRows() throws Exception
    {
        final Path file = new HtmlReportWriter().write(sample(), dir);
        final String html = Files.readString(file, StandardCharsets.UTF_8);

        assertThat(count(html, "<svg")).isEqualTo(2);
        assertThat(html).contains("id=\"equity-chart\"", "id=\"drawdown-chart\"");
        // Nothing to fetch: no URL at all, no src= or href= attribute, no script, no external stylesheet or font;
        // url() only to fragments inside the page (the SVG clip paths).
        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContainIgnoringCase("<script")
            .doesNotContainIgnoringCase("<link").doesNotContain("@import");
        assertThat(Pattern.compile("\\b(src|href)\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find()).isFalse();
        assertThat(Pattern.compile("url\\((?!#)").matcher(html).find()).isFalse();
        // The two inline charts must not share element ids.
        final List<String> ids = Pattern.compile("\\bid=\"([^\"]+)\"").matcher(html).results()
            .map(r -> r.group(1)).toList();
        assertThat(ids).doesNotHaveDuplicates().contains("equity-chart", "drawdown-chart");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">").endsWith("</html>\n");
        // Trade rows, with names escaped.
        assertThat(html).contains("<tr><td>1</td><td>BTC</td><td>LONG</td>");
        assertThat(html).contains("<tr><td>2</td><td>BTC</td><td>SHORT</td>");
        assertThat(html).contains("<tr><td>3</td><td>ETH|X</td><td>LONG</td>");
        assertThat(html).contains("&lt;b&gt;PUSH&lt;/b&gt;").doesNotContain("<b>PUSH</b>");
        assertThat(html).contains("<td>Net P&amp;L</td><td>80.00</td>");
    }

    @Test
    void shouldRenderReportsWithoutTradesOrCurve() throws Exception
    {
        final BacktestResults empty = new PerformanceMetrics(MetricsSettings.of(365))
            .analyse(List.of(), new EquityCurve(), ConfidenceBuckets.defaults());

        final List<Path> files = new ReportWriter().writeAll(empty, dir);

        assertThat(files).extracting(p -> p.getFileName().toString())
            .containsExactly("report.json", "report.md", "report.html");
        final JsonNode root = new ObjectMapper().readTree(files.get(0).toFile());
        assertThat(root.path("portfolio").path("returns").isNull()).isTrue();
        assertThat(root.path("portfolio").path("maxDrawdown").isNull()).isTrue();
        assertThat(root.path("portfolio").path("trades").path("winRate").isNull()).isTrue();
        assertThat(root.path("trades")).isEmpty();
        assertThat(Files.readString(files.get(1))).contains("| Trades | 0 |", "_None._");
        final String html = Files.readString(files.get(2));
        assertThat(html).contains("No equity samples.").doesNotContain("<svg").doesNotContain("http");
    }

    @Test
    void shouldRenderChartsForFlatAndSingleSampleCurves()
    {
        final BacktestResults flat = new PerformanceMetrics(MetricsSettings.of(365)).analyse(
            List.of(), new EquityCurve().append(T0, 100).append(T0 + DAY, 100), ConfidenceBuckets.defaults());
        final BacktestResults single = new PerformanceMetrics(MetricsSettings.of(365)).analyse(
            List.of(), new EquityCurve().append(T0, 100), ConfidenceBuckets.defaults());

        assertThat(count(new HtmlReportWriter().render(flat), "<svg")).isEqualTo(2);
        assertThat(count(new HtmlReportWriter().render(single), "<svg")).isEqualTo(2);
    }

    @Test
    void shouldWriteAllThreeReports() throws Exception
    {
        final List<Path> files = new ReportWriter().writeAll(sample(), dir.resolve("run-1"));

        assertThat(files).allSatisfy(p -> assertThat(Files.size(p)).isPositive());
        assertThat(files.get(0).getParent()).isEqualTo(dir.resolve("run-1"));
    }

    private static int count(final String text, final String needle)
    {
        final Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find())
        {
            n++;
        }
        return n;
    }
}
