package io.pldot.engine.pipeline;

import io.pldot.engine.TestEngine;
import io.pldot.engine.app.EventTimeWindow;
import io.pldot.engine.app.ProgressListener;
import io.pldot.engine.app.ReplayResult;
import io.pldot.engine.app.ReplayRunner;
import io.pldot.engine.config.EngineConfig;
import io.pldot.engine.stage.OutputListener;
import io.pldot.journal.chronicle.JournalDirectory;
import io.pldot.journal.JournalReader;
import io.pldot.journal.format.OutputDigest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Replays of the real Bitstamp journal are bit-for-bit identical: twice in a row, and under both
 * threading layouts.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ReplayDeterminismIT
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
    void shouldGiveSameOutputHashWhenReplayedTwiceAndUnderBothLayouts()
    {
        final ReplayResult dedicated1 = replay(EngineConfig.Threading.DEDICATED, "d1");
        final ReplayResult dedicated2 = replay(EngineConfig.Threading.DEDICATED, "d2");
        final ReplayResult shared = replay(EngineConfig.Threading.SHARED, "s1");

        assertThat(dedicated1.inputs()).isEqualTo(TestEngine.BITSTAMP_TRADES);
        assertThat(dedicated1.outputs()).isGreaterThan(0);
        assertThat(dedicated1.candlesByTimeframe()).containsKeys("1m", "5m", "15m", "1h");
        // All analytics are on in the shipped config: one snapshot per closed candle, plus their events.
        assertThat(dedicated1.outputsByType().get("indicator-snapshot"))
            .isEqualTo(dedicated1.outputsByType().get("candle-closed")).isPositive();
        assertThat(dedicated1.outputsByType()).containsKeys("pattern-event", "zone-event", "gap-event");
        assertThat(dedicated1.outputHash()).matches("[0-9a-f]{64}");
        assertThat(dedicated2.outputHash()).isEqualTo(dedicated1.outputHash());
        assertThat(shared.outputHash()).isEqualTo(dedicated1.outputHash());
        assertThat(shared.outputs()).isEqualTo(dedicated1.outputs());
    }

    @Test
    void shouldGiveTheSameCandlesWithAnalyticsOffAndOnlyCandleOutputs()
    {
        final EngineConfig candlesOnly = config.withAnalyticsEnabled(false).withThreading(EngineConfig.Threading.SHARED);
        final ReplayResult off = new ReplayRunner(candlesOnly, candlesOnly.registry())
            .replay(journal, dir.resolve("off"), ProgressListener.NONE);
        final ReplayResult on = replay(EngineConfig.Threading.SHARED, "on");
        assertThat(off.outputsByType()).containsEntry("candle-closed", on.outputsByType().get("candle-closed"))
            .containsEntry("indicator-snapshot", 0L).containsEntry("pattern-event", 0L)
            .containsEntry("zone-event", 0L).containsEntry("gap-event", 0L);
        assertThat(off.candlesByTimeframe()).isEqualTo(on.candlesByTimeframe());
        assertThat(off.outputHash()).isNotEqualTo(on.outputHash());
    }

    @Test
    void shouldFeedOnlyInputsInsideTheWindowAndShowEveryOutputToTheListener()
    {
        final ReplayResult all = replay(EngineConfig.Threading.SHARED, "all");
        final long split = all.firstEventTime() + (all.lastEventTime() - all.firstEventTime()) / 3;
        final EngineConfig shared = config.withThreading(EngineConfig.Threading.SHARED);
        final long[] seen = new long[1];
        final ReplayResult before = new ReplayRunner(shared, shared.registry()).replay(journal, dir.resolve("before"),
            new EventTimeWindow(Long.MIN_VALUE, split), (buffer, offset, length) -> seen[0]++, false, ProgressListener.NONE);
        final ReplayResult after = new ReplayRunner(shared, shared.registry()).replay(journal, dir.resolve("after"),
            new EventTimeWindow(split, Long.MAX_VALUE), OutputListener.NONE, false, ProgressListener.NONE);

        assertThat(before.inputs()).isPositive();
        assertThat(after.inputs()).isPositive();
        assertThat(before.inputs() + after.inputs()).isEqualTo(all.inputs());
        assertThat(before.lastEventTime()).isLessThan(split);
        assertThat(after.firstEventTime()).isGreaterThanOrEqualTo(split);
        assertThat(seen[0]).isEqualTo(before.outputs()).isPositive();
        assertThatThrownBy(() -> new ReplayRunner(shared, shared.registry()).replay(journal, dir.resolve("none"),
            new EventTimeWindow(0, 1), OutputListener.NONE, false, ProgressListener.NONE))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("no inputs").hasMessageContaining("window");
    }

    @Test
    void shouldJournalExactlyTheOutputsItHashed()
    {
        final ReplayResult result = replay(EngineConfig.Threading.SHARED, "hashed");
        try (JournalReader reader = new JournalDirectory(dir.resolve("hashed")).openOutputReader())
        {
            final OutputDigest digest = OutputDigest.of(reader);
            assertThat(digest.records()).isEqualTo(result.outputs());
            assertThat(digest.finishHex()).isEqualTo(result.outputHash());
        }
    }

    @Test
    void shouldReportRecordedOutputsReproducedOnSecondReplayOfSameJournal()
    {
        final JournalDirectory own = TestEngine.bitstampJournal(dir.resolve("own"), config);
        final ReplayRunner runner = new ReplayRunner(config, config.registry());
        final ReplayResult first = runner.replay(own, null, ProgressListener.NONE);
        assertThat(first.outputsPath()).isEqualTo(own.outputsPath().toString());
        assertThat(first.recordedOutputHash()).isNull();

        final ReplayResult second = runner.replay(own, null, ProgressListener.NONE);
        assertThat(second.outputsPath()).contains(ReplayRunner.REPLAY_FOLDER);
        assertThat(second.recordedOutputHash()).isEqualTo(first.outputHash());
        assertThat(second.reproduced()).isTrue();
    }

    private static ReplayResult replay(final EngineConfig.Threading threading, final String out)
    {
        return new ReplayRunner(config.withThreading(threading), config.registry())
            .replay(journal, dir.resolve(out), ProgressListener.NONE);
    }
}
