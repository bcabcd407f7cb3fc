package io.pldot.engine.pipeline;

import io.pldot.engine.TestEngine;
import io.pldot.engine.app.OutputStatistics;
import io.pldot.engine.app.ProgressListener;
import io.pldot.engine.app.ReplayResult;
import io.pldot.engine.app.ReplayRunner;
import io.pldot.engine.config.EngineConfig;
import io.pldot.journal.chronicle.JournalDirectory;
import io.pldot.journal.JournalReader;
import io.pldot.journal.chronicle.ChronicleJournalAppender;
import io.pldot.journal.format.OutputDigest;
import io.pldot.journal.schema.FeedStatus;
import io.pldot.journal.schema.FeedStatusDescriptor;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.Side;
import io.pldot.journal.schema.TimerDescriptor;
import io.pldot.journal.schema.TradeTickDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A journal recorded live-style (a feed thread and a timer thread publishing concurrently into
 * the ring, J journaling each input) replays to exactly the outputs it recorded.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class LiveRecordingReplayIT
{
    @TempDir
    Path dir;

    @Test
    void shouldReplayLiveRecordedJournalToTheOutputsItRecorded() throws Exception
    {
        final EngineConfig config = TestEngine.shippedConfig();
        // The real trades, read back as the feed thread's source.
        final JournalDirectory source = TestEngine.bitstampJournal(dir.resolve("source"), config);
        final List<long[]> trades = new ArrayList<>();
        try (JournalReader reader = source.openInputReader())
        {
            while (reader.next() > 0)
            {
                final var b = reader.buffer();
                trades.add(new long[]{RecordHeaderDescriptor.tsEvent(b, 0), TradeTickDescriptor.INSTRUMENT_ID.get(b, 0),
                    TradeTickDescriptor.SIDE.get(b, 0), TradeTickDescriptor.PRICE.get(b, 0),
                    TradeTickDescriptor.QUANTITY.get(b, 0), TradeTickDescriptor.VENUE_TRADE_ID.get(b, 0)});
            }
        }

        final JournalDirectory live = new JournalDirectory(dir.resolve("live"));
        final OutputStatistics statistics = new OutputStatistics();
        final Pipeline pipeline = new Pipeline(config, config.registry(), Pipeline.Mode.LIVE, live,
            () -> new ChronicleJournalAppender(live.outputsPath()), statistics);
        final AtomicLong lastTradeTime = new AtomicLong(trades.get(0)[0]);
        final AtomicBoolean feedDone = new AtomicBoolean();
        final Thread feed = new Thread(() ->
        {
            pipeline.live().publishFeedStatus(trades.get(0)[0], FeedStatusDescriptor.ALL_INSTRUMENTS, FeedStatus.CONNECTED);
            for (final long[] t : trades)
            {
                pipeline.live().publishTrade(t[0], t[0] + 1_000, (int)t[1], Side.of((int)t[2]), t[3], t[4], t[5]);
                lastTradeTime.set(t[0]);
            }
            feedDone.set(true);
        }, "feed");
        // Timers interleave with trades in whatever order the threads race to; that order is
        // journaled, and replay must reproduce what it caused.
        final Thread timer = new Thread(() ->
        {
            long timerId = 0;
            while (!feedDone.get())
            {
                pipeline.live().publishTimer(lastTradeTime.get() + 90_000_000_000L, timerId++ % 3);
                Thread.onSpinWait();
            }
            pipeline.live().publishTimer(lastTradeTime.get() + 7_200_000_000_000L, TimerDescriptor.HEARTBEAT_TIMER_ID);
        }, "timer");
        feed.start();
        timer.start();
        feed.join();
        timer.join();
        pipeline.close();
        assertThat(pipeline.failure()).isNull();
        final String recordedHash = pipeline.outputHash();
        final long recordedOutputs = pipeline.outputs();

        // The inputs journal holds every trade and every timer, with sequences 0..n-1 in ring order.
        long inputs = 0;
        long timers = 0;
        try (JournalReader reader = live.openInputReader())
        {
            while (reader.next() > 0)
            {
                assertThat(RecordHeaderDescriptor.sequence(reader.buffer(), 0)).isEqualTo(inputs);
                if (RecordHeaderDescriptor.typeId(reader.buffer(), 0) == RecordType.TIMER.typeId())
                {
                    timers++;
                }
                inputs++;
            }
        }
        assertThat(inputs - timers).isEqualTo(trades.size() + 1); // + the FeedStatus record
        assertThat(timers).isGreaterThan(0);
        assertThat(pipeline.inputsProcessed()).isEqualTo(inputs);
        try (JournalReader reader = live.openOutputReader())
        {
            assertThat(OutputDigest.of(reader).finishHex()).isEqualTo(recordedHash);
        }

        for (final EngineConfig.Threading threading : EngineConfig.Threading.values())
        {
            final ReplayResult replay = new ReplayRunner(config.withThreading(threading), config.registry())
                .replay(live, dir.resolve("replay-" + threading), ProgressListener.NONE);
            assertThat(replay.inputs()).isEqualTo(inputs);
            assertThat(replay.outputs()).isEqualTo(recordedOutputs);
            assertThat(replay.outputHash()).as("replay under %s", threading).isEqualTo(recordedHash);
            assertThat(replay.recordedOutputHash()).isEqualTo(recordedHash);
            assertThat(replay.reproduced()).isTrue();
        }
        assertThat(statistics.candlesByTimeframe()).containsKeys("1m", "1h");
    }
}
