package io.pldot.engine.backtest;

import io.pldot.engine.TestEngine;
import io.pldot.engine.app.EventTimeWindow;
import io.pldot.engine.app.ProgressListener;
import io.pldot.engine.backtest.metrics.ClosedTrade;
import io.pldot.engine.backtest.metrics.EquityCurve;
import io.pldot.engine.config.EngineConfig;
import io.pldot.journal.chronicle.JournalDirectory;
import io.pldot.journal.JournalReader;
import io.pldot.journal.format.OutputDigest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backtests of the shipped config's default strategy on the real Bitstamp journal are deterministic: the same
 * {@code backtest --json} text and output hash twice in a row and under both threading layouts; and a window run
 * trades only inside its window.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class BacktestDeterminismIT
{
    @TempDir
    static Path dir;

    private static EngineConfig config;
    private static JournalDirectory journal;

    @BeforeAll
    static void importRealTrades()
    {
        config = TestEngine.shippedConfig();
        journal = TestEngine.bitstampJournal(dir.resolve("journal"), config);
    }

    @Test
    void shouldPrintTheSameJsonAndHashTwiceAndUnderBothLayouts()
    {
        final BacktestOutcome dedicated1 = run(EngineConfig.Threading.DEDICATED, EventTimeWindow.ALL, "d1");
        final BacktestOutcome dedicated2 = run(EngineConfig.Threading.DEDICATED, EventTimeWindow.ALL, "d2");
        final BacktestOutcome shared = run(EngineConfig.Threading.SHARED, EventTimeWindow.ALL, "s1");

        // Something to compare: the default strategy trades on this data.
        assertThat(dedicated1.strategy()).isEqualTo(config.strategySettings().definition().name());
        assertThat(dedicated1.replay().inputs()).isEqualTo(TestEngine.BITSTAMP_TRADES);
        assertThat(dedicated1.results().trades()).isNotEmpty();
        assertThat(dedicated1.fills()).isPositive();
        assertThat(dedicated1.results().equityCurve().size()).isGreaterThan(2);

        final String json = dedicated1.toJson().toString();
        assertThat(dedicated2.toJson().toString()).isEqualTo(json);
        assertThat(shared.toJson().toString()).isEqualTo(json);
        assertThat(dedicated1.replay().outputHash()).matches("[0-9a-f]{64}");
        assertThat(dedicated2.replay().outputHash()).isEqualTo(dedicated1.replay().outputHash());
        assertThat(shared.replay().outputHash()).isEqualTo(dedicated1.replay().outputHash());
        assertThat(shared.replay().outputs()).isEqualTo(dedicated1.replay().outputs());
        // The hash is that of what was journaled, and it is in the JSON.
        try (JournalReader reader = new JournalDirectory(dir.resolve("s1")).openOutputReader())
        {
            assertThat(OutputDigest.of(reader).finishHex()).isEqualTo(shared.replay().outputHash());
        }
        assertThat(json).contains("\"outputHash\":\"" + shared.replay().outputHash() + "\"");
    }

    @Test
    void shouldReconcileTheEquityCurveWithTheTradesToTheCent()
    {
        // Cash moves per (partial) fill; each trade's gross P&L comes from the position's cost basis. Flat at the
        // end, the last equity point must be the initial cash plus the trades' net P&L, to the cent: rounding
        // must not leak between the two books (it did, ~0.09 per trade, with P&L from rounded average prices).
        final BacktestOutcome outcome = run(EngineConfig.Threading.SHARED, EventTimeWindow.ALL, "reconcile");
        assertThat(outcome.openPositions()).isZero();
        final java.math.BigDecimal net = outcome.results().trades().stream()
            .map(t -> java.math.BigDecimal.valueOf(t.netPnl()).setScale(2, java.math.RoundingMode.HALF_EVEN))
            .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        final var curve = outcome.results().equityCurve();
        final java.math.BigDecimal last = java.math.BigDecimal.valueOf(curve.equity(curve.size() - 1))
            .setScale(2, java.math.RoundingMode.HALF_EVEN);
        assertThat(outcome.results().trades()).hasSizeGreaterThan(50);
        assertThat(last).isEqualByComparingTo(config.riskSettings().initialCash().add(net));
    }

    @Test
    void shouldTradeOnlyInsideTheWindow()
    {
        final long from = nanos("2013-11-27T00:00:00Z");
        final long to = nanos("2013-11-30T00:00:00Z");
        final EventTimeWindow window = new EventTimeWindow(from, to);
        final BacktestOutcome all = run(EngineConfig.Threading.SHARED, EventTimeWindow.ALL, "all");
        final BacktestOutcome part = run(EngineConfig.Threading.SHARED, window, "window");

        assertThat(part.replay().inputs()).isPositive().isLessThan(all.replay().inputs());
        assertThat(part.replay().firstEventTime()).isGreaterThanOrEqualTo(from);
        assertThat(part.replay().lastEventTime()).isLessThan(to);
        assertThat(part.results().trades()).isNotEmpty();
        for (final ClosedTrade t : part.results().trades())
        {
            assertThat(t.entryTimeNs()).as("entry of %s", t).isGreaterThanOrEqualTo(from).isLessThan(to);
            assertThat(t.exitTimeNs()).as("exit of %s", t).isGreaterThanOrEqualTo(from).isLessThan(to);
        }
        final EquityCurve curve = part.results().equityCurve();
        assertThat(curve.isEmpty()).isFalse();
        assertThat(curve.timeNs(0)).isGreaterThanOrEqualTo(from);
        assertThat(curve.timeNs(curve.size() - 1)).isLessThan(to);
        // The full run trades outside the window too, so the window did cut something.
        assertThat(all.results().trades()).anySatisfy(t -> assertThat(t.entryTimeNs() < from || t.exitTimeNs() >= to).isTrue());

        assertThat(part.toJson().get("run").get("from").asLong()).isEqualTo(from);
        assertThat(part.toJson().get("run").get("to").asLong()).isEqualTo(to);
        assertThat(all.toJson().get("run").get("from").isNull()).isTrue();
        assertThat(run(EngineConfig.Threading.DEDICATED, window, "window2").toJson().toString())
            .isEqualTo(part.toJson().toString());
    }

    private static BacktestOutcome run(final EngineConfig.Threading threading, final EventTimeWindow window, final String out)
    {
        return new BacktestRunner(config.withThreading(threading), BacktestRunner.DEFAULT_SAMPLE_PERIOD_NANOS)
            .run(journal, window, dir.resolve(out), ProgressListener.NONE);
    }

    private static long nanos(final String instant)
    {
        return Instant.parse(instant).getEpochSecond() * 1_000_000_000L;
    }
}
