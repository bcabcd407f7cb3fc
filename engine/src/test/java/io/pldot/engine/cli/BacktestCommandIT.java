package io.pldot.engine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.pldot.engine.TestEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.pldot.engine.cli.CliRun.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code backtest} end to end through picocli on the 100,000 real Bitstamp trades with the shipped config (the
 * default strategy): the JSON's parts agree with each other, two runs print the same JSON, the report files are
 * written and the HTML page stands alone, --from/--to restrict the run, and bad strategy options exit with 2.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class BacktestCommandIT
{
    private static final long NANOS = 1_000_000_000L;

    @TempDir
    static Path dir;

    private static Path journal;
    private static CliRun first;
    private static CliRun second;
    private static JsonNode json;

    @BeforeAll
    static void backtestTheBundledTradesTwice()
    {
        journal = dir.resolve("journal");
        TestEngine.bitstampJournal(journal, TestEngine.shippedConfig());
        first = backtest("--json");
        second = backtest("--json", "--threading", "shared");
        json = first.json();
    }

    @Test
    void shouldPrintOneJsonObjectWithEveryPart()
    {
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(json.fieldNames()).toIterable()
            .contains("run", "portfolio", "perSymbol", "signalAccuracy", "trades", "equityCurve");
        final JsonNode run = json.get("run");
        assertThat(run.get("strategy").asText()).isEqualTo("drummond-mtf");
        assertThat(run.get("inputs").asLong()).isEqualTo(TestEngine.BITSTAMP_TRADES);
        assertThat(run.get("signals").asLong()).isPositive();
        assertThat(run.get("orders").asLong()).isPositive().isLessThanOrEqualTo(run.get("signals").asLong());
        assertThat(run.get("fills").asLong()).isPositive();
        assertThat(json.get("perSymbol")).hasSize(1);
        assertThat(json.get("perSymbol").get(0).get("scope").asText()).isEqualTo("BTCUSD");
        assertThat(json.get("signalAccuracy").get("byConfidence")).isNotEmpty();
        assertThat(json.get("signalAccuracy").get("byType")).isNotEmpty();
        // --json keeps standard error clean (no progress bar, no summary).
        assertThat(first.err()).isEmpty();
    }

    @Test
    void shouldHoldNumbersThatAgreeWithEachOther()
    {
        final JsonNode stats = json.get("portfolio").get("trades");
        final JsonNode trades = json.get("trades");
        assertThat(stats.get("tradeCount").asInt()).isEqualTo(trades.size()).isPositive();
        double net = 0;
        double gross = 0;
        double fees = 0;
        int wins = 0;
        int losses = 0;
        for (final JsonNode trade : trades)
        {
            net += trade.get("netPnl").asDouble();
            gross += trade.get("grossPnl").asDouble();
            fees += trade.get("fees").asDouble();
            wins += trade.get("netPnl").asDouble() > 0 ? 1 : 0;
            losses += trade.get("netPnl").asDouble() < 0 ? 1 : 0;
            assertThat(trade.get("netPnl").asDouble())
                .isCloseTo(trade.get("grossPnl").asDouble() - trade.get("fees").asDouble(), within(1e-6));
            assertThat(trade.get("exitTimeNs").asLong()).isGreaterThanOrEqualTo(trade.get("entryTimeNs").asLong());
        }
        assertThat(stats.get("netPnl").asDouble()).isCloseTo(net, within(1e-6));
        assertThat(stats.get("grossPnl").asDouble()).isCloseTo(gross, within(1e-6));
        assertThat(stats.get("fees").asDouble()).isCloseTo(fees, within(1e-6));
        assertThat(stats.get("winCount").asInt()).isEqualTo(wins);
        assertThat(stats.get("lossCount").asInt()).isEqualTo(losses);
        // The per-symbol report of the only symbol holds the same trades.
        assertThat(json.get("perSymbol").get(0).get("trades")).isEqualTo(stats);

        final JsonNode curve = json.get("equityCurve");
        final JsonNode returns = json.get("portfolio").get("returns");
        final int points = curve.get("points").asInt();
        assertThat(curve.get("timeNs")).hasSize(points);
        assertThat(curve.get("equity")).hasSize(points);
        assertThat(returns.get("periods").asInt()).isEqualTo(points - 1);
        assertThat(returns.get("startEquity").asDouble()).isEqualTo(curve.get("equity").get(0).asDouble());
        assertThat(returns.get("endEquity").asDouble()).isEqualTo(curve.get("equity").get(points - 1).asDouble());
        assertThat(returns.get("totalReturn").asDouble()).isCloseTo(
            returns.get("endEquity").asDouble() / returns.get("startEquity").asDouble() - 1, within(1e-12));
        double peak = Double.NEGATIVE_INFINITY;
        double worst = 0;
        for (int i = 0; i < points; i++)
        {
            final double equity = curve.get("equity").get(i).asDouble();
            peak = Math.max(peak, equity);
            worst = Math.max(worst, (peak - equity) / peak);
            if (i > 0)
            {
                assertThat(curve.get("timeNs").get(i).asLong()).isGreaterThan(curve.get("timeNs").get(i - 1).asLong());
            }
        }
        assertThat(json.get("portfolio").get("maxDrawdown").get("fraction").asDouble()).isCloseTo(worst, within(1e-12));
        // The equity curve spans the inputs: sampled from the first one to the last one.
        assertThat(curve.get("timeNs").get(0).asLong()).isGreaterThanOrEqualTo(json.get("run").get("firstEventTime").asLong());
        assertThat(curve.get("timeNs").get(points - 1).asLong()).isLessThanOrEqualTo(json.get("run").get("lastEventTime").asLong());
    }

    @Test
    void shouldPrintIdenticalJsonTwiceWhateverTheThreading()
    {
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void shouldWriteTheThreeReportsWithASelfContainedHtmlPage() throws IOException
    {
        final Path reports = dir.resolve("reports");
        final CliRun run = backtest("--report", reports.toString(), "-q");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Backtest of drummond-mtf", "report       " + reports.resolve("report.html").toAbsolutePath());
        // 6.7 days of trades: the annualised return is not extrapolated from them, and the summary says why.
        assertThat(run.out()).contains("annualised n/a (sample under 30 days)",
            "  caveat       short sample: 6.7 days and 161 periods (under 30 days or 30 periods)");
        assertThat(json.get("portfolio").get("returns").get("shortSample").asBoolean()).isTrue();
        assertThat(reports.resolve("report.json")).isNotEmptyFile();
        assertThat(reports.resolve("report.md")).isNotEmptyFile();
        final String html = Files.readString(reports.resolve("report.html"));

        // Nothing is fetched from elsewhere: no scripts, style sheets, images or fonts by URL.
        assertThat(html).doesNotContainPattern("(?i)<script[^>]*\\ssrc\\s*=");
        assertThat(html).doesNotContainPattern("(?i)<link[^>]*\\shref\\s*=");
        assertThat(html).doesNotContainPattern("(?i)<img");
        assertThat(html).doesNotContainPattern("(?i)url\\(\\s*['\"]?https?:");
        assertThat(html).doesNotContainPattern("(?i)@import");
        assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=\\s*['\"]?https?:");

        // Charts are inline SVG: one for equity, one for drawdown.
        assertThat(html).contains("<h2>Equity</h2>", "<h2>Drawdown</h2>", "id=\"equity-chart\"", "id=\"drawdown-chart\"");
        assertThat(count(html, "<svg")).isGreaterThanOrEqualTo(2);
        assertThat(section(html, "equity-chart")).contains("<svg", "<path");
        assertThat(section(html, "drawdown-chart")).contains("<svg", "<path");

        // The trade table: one row per trade of the JSON.
        final int tradeTable = html.indexOf("<h2>Trades</h2>");
        assertThat(tradeTable).isPositive();
        final String trades = html.substring(tradeTable, html.indexOf("</table>", tradeTable));
        assertThat(trades).contains("<th>Entry time</th>", "<th>Net P&amp;L</th>");
        assertThat(count(trades, "<tr><td>")).isEqualTo(json.get("trades").size());

        // report.json holds the same trades as --json.
        final JsonNode report = CliRun.parse(Files.readString(reports.resolve("report.json")));
        assertThat(report.get("trades")).isEqualTo(json.get("trades"));
        assertThat(report.get("portfolio")).isEqualTo(json.get("portfolio"));
    }

    @Test
    void shouldRestrictTheRunToFromAndTo()
    {
        final CliRun run = backtest("--from", "2013-11-27", "--to", "2013-11-29T12:00", "--json");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        final JsonNode windowed = run.json();
        final long from = Instant.parse("2013-11-27T00:00:00Z").getEpochSecond() * NANOS;
        final long to = Instant.parse("2013-11-29T12:00:00Z").getEpochSecond() * NANOS;
        final JsonNode r = windowed.get("run");
        assertThat(r.get("from").asLong()).isEqualTo(from);
        assertThat(r.get("to").asLong()).isEqualTo(to);
        assertThat(r.get("inputs").asLong()).isPositive().isLessThan(json.get("run").get("inputs").asLong());
        assertThat(r.get("firstEventTime").asLong()).isGreaterThanOrEqualTo(from);
        assertThat(r.get("lastEventTime").asLong()).isLessThan(to);
        assertThat(windowed.get("trades")).isNotEmpty().allSatisfy(t ->
        {
            assertThat(t.get("entryTimeNs").asLong()).isGreaterThanOrEqualTo(from);
            assertThat(t.get("exitTimeNs").asLong()).isLessThan(to);
        });
        assertThat(windowed.get("equityCurve").get("timeNs")).allSatisfy(t -> assertThat(t.asLong()).isBetween(from, to));
    }

    @Test
    void shouldExitWithTwoNamingAnUnknownStrategy()
    {
        final CliRun run = backtest("--strategy", "ema-crossover");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown strategy 'ema-crossover'", "ema-cross");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void shouldExitWithTwoNamingAnUnknownParameter()
    {
        final CliRun run = backtest("--strategy", "ema-cross", "--param", "fastest=5");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'fastest'", "known: fast, slow, allowShort, ta4jSeed");
        final CliRun value = backtest("--strategy", "ema-cross", "--param", "fast=zero");
        assertThat(value.exitCode()).isEqualTo(2);
        assertThat(value.err()).contains("fast", "zero");
    }

    @Test
    void shouldLeaveAnalyticsOutForAStrategyThatDoesNotReadThemWithTheSameTrades()
    {
        final CliRun auto = backtest("--json", "--strategy", "ema-cross");
        final CliRun on = backtest("--json", "--strategy", "ema-cross", "--analytics", "on");
        assertThat(auto.exitCode()).as(auto.toString()).isZero();
        assertThat(on.exitCode()).as(on.toString()).isZero();
        assertThat(auto.json().get("run").get("analytics").asBoolean()).isFalse();
        assertThat(on.json().get("run").get("analytics").asBoolean()).isTrue();
        assertThat(json.get("run").get("analytics").asBoolean()).as("drummond-mtf reads snapshots").isTrue();
        // Fewer outputs (no snapshots or analytics events), the very same trades and equity.
        assertThat(auto.json().get("run").get("outputs").asLong()).isLessThan(on.json().get("run").get("outputs").asLong());
        assertThat(auto.json().get("trades")).isNotEmpty().isEqualTo(on.json().get("trades"));
        assertThat(auto.json().get("equityCurve")).isEqualTo(on.json().get("equityCurve"));
        assertThat(auto.json().get("portfolio")).isEqualTo(on.json().get("portfolio"));

        final CliRun off = backtest("--analytics", "off");
        assertThat(off.exitCode()).isEqualTo(2);
        assertThat(off.err()).contains("drummond-mtf reads indicator snapshots");
        final CliRun bad = backtest("--analytics", "sometimes");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("'sometimes'", "auto, on, off");
    }

    private static CliRun backtest(final String... options)
    {
        final String[] args = new String[options.length + 5];
        args[0] = "backtest";
        args[1] = "--config";
        args[2] = CONFIG;
        args[3] = "--journal";
        args[4] = journal.toString();
        System.arraycopy(options, 0, args, 5, options.length);
        return CliRun.of(args);
    }

    private static int count(final String text, final String part)
    {
        final Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find())
        {
            n++;
        }
        return n;
    }

    private static String section(final String html, final String id)
    {
        final int start = html.indexOf("id=\"" + id + "\"");
        return html.substring(start, html.indexOf("</svg>", start));
    }
}
