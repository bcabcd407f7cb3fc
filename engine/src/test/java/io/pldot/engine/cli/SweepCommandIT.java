package io.pldot.engine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.pldot.engine.TestEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.pldot.engine.cli.CliRun.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sweep} end to end on the 100,000 real Bitstamp trades: an ema-cross grid of 2 × 2 points, ranked, run on
 * one and on two threads, cross-checked against {@code backtest} of the same point, and a walk-forward of 2 folds.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class SweepCommandIT
{
    private static final String[] GRID = {"--strategy", "ema-cross", "--grid", "fast=5,9", "--grid", "slow=21,30"};

    @TempDir
    static Path dir;

    private static Path journal;
    private static CliRun parallel;
    private static CliRun sequential;

    @BeforeAll
    static void sweepTheBundledTrades()
    {
        journal = dir.resolve("journal");
        TestEngine.bitstampJournal(journal, TestEngine.shippedConfig());
        parallel = sweep("--threads", "2", "--json");
        sequential = sweep("--threads", "1", "--json");
    }

    @Test
    void shouldRankTheFourPointsOfTheGridBySharpe()
    {
        assertThat(parallel.exitCode()).as(parallel.toString()).isZero();
        final JsonNode json = parallel.json();
        assertThat(json.get("schema").asText()).isEqualTo("pldot.sweep/1");
        assertThat(json.get("strategy").asText()).isEqualTo("ema-cross");
        assertThat(json.get("rankedBy").asText()).isEqualTo("sharpe");
        assertThat(json.get("runCount").asInt()).isEqualTo(4);
        final List<String> points = new ArrayList<>();
        final List<Double> sharpe = new ArrayList<>();
        for (int i = 0; i < 4; i++)
        {
            final JsonNode run = json.get("runs").get(i);
            assertThat(run.get("rank").asInt()).isEqualTo(i + 1);
            assertThat(run.get("window").get("phase").asText()).isEqualTo("FULL");
            assertThat(run.get("tradeCount").asInt()).isPositive();
            points.add(run.get("gridIndex").asInt() + ":" + run.get("params").get("fast").asText() + "/" +
                run.get("params").get("slow").asText());
            sharpe.add(run.get("sharpe").asDouble());
        }
        // Grid order: the last key varies fastest.
        assertThat(points).containsExactlyInAnyOrder("0:5/21", "1:5/30", "2:9/21", "3:9/30");
        assertThat(sharpe).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        // --json keeps standard error free of progress lines; the temporary run journals are gone.
        assertThat(parallel.err()).isEmpty();
        assertThat(journal.resolve(SweepCommand.SWEEP_FOLDER)).doesNotExist();
    }

    @Test
    void shouldGiveTheSameResultsOnOneThreadAsOnTwo()
    {
        assertThat(sequential.exitCode()).as(sequential.toString()).isZero();
        assertThat(sequential.out()).isEqualTo(parallel.out());
    }

    @Test
    void shouldMeasureEachPointAsTheBacktestCommandDoes()
    {
        final JsonNode run = parallel.json().get("runs").get(0);
        final CliRun backtest = CliRun.of("backtest", "--config", CONFIG, "--journal", journal.toString(),
            "--strategy", "ema-cross", "--param", "fast=" + run.get("params").get("fast").asText(),
            "--param", "slow=" + run.get("params").get("slow").asText(), "--json", "-q");
        assertThat(backtest.exitCode()).as(backtest.toString()).isZero();
        final JsonNode portfolio = backtest.json().get("portfolio");
        assertThat(portfolio.get("trades").get("tradeCount").asInt()).isEqualTo(run.get("tradeCount").asInt());
        assertThat(portfolio.get("trades").get("netPnl").asDouble()).isEqualTo(run.get("netPnl").asDouble());
        assertThat(portfolio.get("returns").get("sharpe").asDouble()).isEqualTo(run.get("sharpe").asDouble());
        assertThat(portfolio.get("maxDrawdown").get("fraction").asDouble()).isEqualTo(run.get("maxDrawdown").asDouble());
    }

    @Test
    void shouldPrintTheRankedTableWithProgressOnStandardError()
    {
        final CliRun text = sweep("--rank", "net-pnl");
        assertThat(text.exitCode()).as(text.toString()).isZero();
        assertThat(text.out()).contains("Sweep of ema-cross on ", "ranked by net-pnl (higher is better), 4 runs",
            "rank  fast  slow  trades  net P&L  profit factor");
        // A week of trades: each run's Sharpe is annualised from a short sample, and the header says so.
        assertThat(text.out()).contains("  caveat      short sample: the range spans 6.7 days (under 30)");
        assertThat(text.lines().stream().filter(l -> l.matches("\\s+[1-4]  [59] .*"))).hasSize(4);
        assertThat(text.err()).contains("4 runs on", "sweep: run 4/4 done");
    }

    @Test
    void shouldWalkForwardTwoFoldsChoosingOnInSampleAndTestingOutOfSample()
    {
        final CliRun run = sweep("--walk-forward", "2", "--json");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        final JsonNode json = run.json();
        assertThat(json.get("schema").asText()).isEqualTo(SweepCommand.WALK_FORWARD_SCHEMA);
        assertThat(json.get("mode").asText()).isEqualTo("rolling");
        final JsonNode folds = json.get("folds");
        assertThat(folds).hasSize(2);
        for (int f = 0; f < 2; f++)
        {
            final JsonNode fold = folds.get(f);
            final JsonNode inSample = fold.get("inSample");
            assertThat(inSample).hasSize(4);
            assertThat(inSample.get(0).get("window").get("phase").asText()).isEqualTo("IN_SAMPLE");
            // The chosen point is the in-sample winner; out of sample it runs right after its in-sample window.
            assertThat(fold.get("chosen").get("gridIndex")).isEqualTo(inSample.get(0).get("gridIndex"));
            final JsonNode oos = fold.get("outOfSample");
            assertThat(oos.get("params")).isEqualTo(fold.get("chosen").get("params"));
            assertThat(oos.get("window").get("phase").asText()).isEqualTo("OUT_OF_SAMPLE");
            assertThat(oos.get("window").get("fold").asInt()).isEqualTo(f);
            assertThat(oos.get("window").get("fromNs").asLong())
                .isEqualTo(inSample.get(0).get("window").get("toNs").asLong());
        }
        // Rolling: fold 1 learns on fold 0's out-of-sample segment; the last segment ends at the data's end.
        assertThat(folds.get(1).get("inSample").get(0).get("window").get("fromNs").asLong())
            .isEqualTo(folds.get(0).get("outOfSample").get("window").get("fromNs").asLong());
        assertThat(folds.get(1).get("outOfSample").get("window").get("toNs").asLong())
            .isEqualTo(json.get("toNs").asLong());

        final CliRun text = sweep("--walk-forward", "2", "--anchored", "-q");
        assertThat(text.exitCode()).as(text.toString()).isZero();
        assertThat(text.out()).contains("2 folds, anchored", "fold 0", "fold 1", "chosen: fast=",
            "out-of-sample  ", "Out of sample, all folds: ");
        assertThat(text.err()).isEmpty();
    }

    @Test
    void shouldRefuseAGridKeyThatIsNotAParameterOfTheStrategy()
    {
        final CliRun run = CliRun.of("sweep", "--config", CONFIG, "--journal", journal.toString(),
            "--strategy", "ema-cross", "--grid", "fastest=5,9");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--grid key 'fastest'", "ema-cross", "known: fast, slow, allowShort, ta4jSeed");
    }

    @Test
    void shouldSkipPointsTheStrategyRefusesAndSayWhy() throws Exception
    {
        final CliRun text = CliRun.of("sweep", "--config", CONFIG, "--journal", journal.toString(),
            "--strategy", "ema-cross", "--grid", "fast=5,30", "--grid", "slow=21", "-q");
        assertThat(text.exitCode()).isEqualTo(0);
        assertThat(text.out()).contains("skipped     1 grid point not valid for ema-cross:",
            "#1 fast=30, slow=21: ", "must be less than slow");
        final CliRun json = CliRun.of("sweep", "--config", CONFIG, "--journal", journal.toString(),
            "--strategy", "ema-cross", "--grid", "fast=5,30", "--grid", "slow=21", "--json", "-q");
        assertThat(json.exitCode()).isEqualTo(0);
        final JsonNode root = json.json();
        assertThat(root.get("skipped")).hasSize(1);
        assertThat(root.get("skipped").get(0).get("gridIndex").asInt()).isEqualTo(1);
        assertThat(root.get("skipped").get(0).get("params").get("fast").asText()).isEqualTo("30");
        assertThat(root.get("skipped").get(0).get("reason").asText()).contains("must be less than slow");
        assertThat(root.get("runs")).hasSize(1);
        assertThat(root.get("runs").get(0).get("gridIndex").asInt()).isEqualTo(0);
        assertThat(root.get("runs").get(0).get("params").get("fast").asText()).isEqualTo("5");
    }

    @Test
    void shouldRefuseBadPointsAndOptionsBeforeRunningAnything() throws Exception
    {
        final CliRun point = CliRun.of("sweep", "--config", CONFIG, "--journal", journal.toString(),
            "--strategy", "ema-cross", "--grid", "fast=30,40", "--grid", "slow=21");
        assertThat(point.exitCode()).isEqualTo(2);
        assertThat(point.err()).contains("no --grid point is valid for strategy ema-cross",
            "{fast=30, slow=21}", "must be less than slow");
        final CliRun rank = sweep("--rank", "calmar");
        assertThat(rank.exitCode()).isEqualTo(2);
        assertThat(rank.err()).contains("'calmar'", "sharpe, net-pnl, profit-factor, max-drawdown");
        final CliRun anchored = sweep("--anchored");
        assertThat(anchored.exitCode()).isEqualTo(2);
        assertThat(anchored.err()).contains("--anchored needs --walk-forward");
        assertThat(Files.exists(journal.resolve(SweepCommand.SWEEP_FOLDER))).isFalse();
    }

    private static CliRun sweep(final String... options)
    {
        final List<String> args = new ArrayList<>(List.of("sweep", "--config", CONFIG, "--journal", journal.toString()));
        args.addAll(List.of(GRID));
        args.addAll(List.of(options));
        return CliRun.of(args.toArray(new String[0]));
    }
}
