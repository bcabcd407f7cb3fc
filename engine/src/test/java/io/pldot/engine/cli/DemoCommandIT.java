package io.pldot.engine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static io.pldot.engine.cli.CliRun.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code demo} end to end: import, replay, the last candles, then the backtest of the configured strategy with its
 * report beside the journal; the numbers it explains are those of {@code backtest --json} on the same journal.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class DemoCommandIT
{
    @TempDir
    Path dir;

    @Test
    void shouldImportReplayBacktestAndSayWhereTheReportIs() throws IOException
    {
        final Path journal = dir.resolve("demo-journal");
        final CliRun demo = CliRun.of("demo", "--config", CONFIG, "--demo-journal", journal.toString());
        assertThat(demo.exitCode()).as(demo.toString()).isZero();
        assertThat(demo.out()).contains("1. Import", "99,982 trades journaled", "2. Replay", "3. The last three 1h",
            "4. Backtest: the strategy in the config (drummond-mtf)");

        final Path report = dir.resolve("demo-report");
        assertThat(report.resolve("report.html")).isNotEmptyFile();
        assertThat(report.resolve("report.md")).isNotEmptyFile();
        assertThat(report.resolve("report.json")).isNotEmptyFile();
        assertThat(demo.out()).contains("Report: open " + report.resolve("report.html"));

        // What the demo explains is what a backtest of the same journal measures.
        final CliRun backtest = CliRun.of("backtest", "--config", CONFIG, "--journal", journal.toString(), "--json", "-q");
        assertThat(backtest.exitCode()).as(backtest.toString()).isZero();
        final JsonNode json = backtest.json();
        final JsonNode trades = json.get("portfolio").get("trades");
        assertThat(demo.out()).contains(String.format(Locale.ROOT,
            "%,d signals from the strategy -> %,d orders past the risk checks -> %,d fills",
            json.get("run").get("signals").asLong(), json.get("run").get("orders").asLong(),
            json.get("run").get("fills").asLong()));
        assertThat(demo.out()).contains(String.format(Locale.ROOT, "%,d trades closed (entry and exit): %,d won, %,d lost",
            trades.get("tradeCount").asInt(), trades.get("winCount").asInt(), trades.get("lossCount").asInt()));
        assertThat(demo.out()).contains(String.format(Locale.ROOT, "net P&L      %,.2f", trades.get("netPnl").asDouble()));
        assertThat(demo.out()).contains(String.format(Locale.ROOT, "max drawdown %.2f%%",
            json.get("portfolio").get("maxDrawdown").get("fraction").asDouble() * 100));
        assertThat(CliRun.parse(Files.readString(report.resolve("report.json"))).get("trades")).isEqualTo(json.get("trades"));
        // A week of trades: the demo says its Sharpe is annualised from a short sample.
        assertThat(demo.out()).contains("   caveat       short sample: 6.7 days");
        assertThat(Files.readString(report.resolve("report.md"))).contains("| Annualised return | n/a (sample under 30 days) |",
            "**Caveat.** Short sample: 6.7 days");
    }
}
