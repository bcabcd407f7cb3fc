package io.pldot.bench;

import io.pldot.engine.config.EngineConfig;
import io.pldot.engine.pipeline.Pipeline;
import io.pldot.engine.stage.OutputListener;
import io.pldot.journal.JournalAppender;
import io.pldot.journal.JournalReader;
import io.pldot.journal.chronicle.ChronicleJournalAppender;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import org.agrona.DirectBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Replay throughput of a real trade journal ({@link BenchDataset}: the 99,982 Bitstamp trades or the
 * 9,999 Binance futures trades) through the pipeline. Its
 * baselines, run in the same JMH run on the same records, are {@link ChronicleRawReadBenchmark}
 * (read every record, nothing else: the ceiling for a replay that must read the journal) and
 * {@link DisruptorBaselineBenchmark} (a bare 1-producer/1-consumer ring: the cost of the ring).
 * Steady state: the pipeline, the reader and the baselines' ring are built once per trial; one
 * operation is one pass over all records (and, here, waiting until the ring has drained);
 * records per second = ops/s x records. The ring is 1024 slots.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class ReplayThroughputBenchmark
{
    @Param({"SHARED", "DEDICATED"})
    public String threading;

    @Param({"YIELDING", "BLOCKING"})
    public String waitStrategy;

    /** Which real trades are replayed (see {@link BenchDataset}): sparse 2013 Bitstamp or dense 2020 Binance futures. */
    @Param({"bitstamp", "binance-futures"})
    public String dataset;

    /** "on": all analytics (the shipped config); "off": candles only, the issue-3 comparison baseline. */
    @Param({"on", "off"})
    public String analytics;

    /**
     * "true": the output appender keeps the pages ahead of its write position in the page cache
     * from its own thread, as the engine's replay does; "false" (to compare, with -p prefault=true,false):
     * the output stage's thread faults them in itself.
     */
    @Param({"true"})
    public boolean prefault;

    /**
     * "chronicle": outputs are journaled to a Chronicle queue, as the engine's replay does.
     * "discard" (a diagnostic, with -p outputs=chronicle,discard): outputs are digested but not
     * journaled, which leaves out the queue writes and the page faults of the output file's fresh
     * pages: the difference is what journaling the outputs costs on this machine.
     */
    @Param({"chronicle"})
    public String outputs;

    private static final long HOUR_NANOS = 3_600_000_000_000L;

    private BitstampJournal data;
    private Pipeline pipeline;
    private JournalReader reader;
    private long shift;
    private long passSpan;
    /** Inputs the pipeline processed, read when the trial ends (for the smoke test). */
    long inputsAtTearDown;
    /** Outputs journaled (or discarded), read when the trial ends (for the smoke test). */
    long outputsAtTearDown;

    @Setup(Level.Trial)
    public void setUp()
    {
        // Checked before anything is created, so a bad value leaves nothing behind.
        final boolean journalOutputs = switch (outputs)
        {
            case "chronicle" -> true;
            case "discard" -> false;
            default -> throw new IllegalArgumentException("outputs must be chronicle or discard: " + outputs);
        };
        data = BitstampJournal.create("replay", BenchDataset.of(dataset));
        final EngineConfig base = data.config;
        final EngineConfig config = new EngineConfig(base.journal(), base.instruments(), base.candles(),
            new EngineConfig.PipelineSettings(EngineConfig.Threading.parse(threading),
                EngineConfig.WaitStrategyKind.parse(waitStrategy), 1024, 8192),
            base.imports(), base.display(), base.analytics()).withAnalyticsEnabled(analytics.equals("on"))
            // The spine and its analytics (issues 2 and 3): no decision or risk stage, whose cost
            // BacktestThroughputBenchmark measures; with them on, "off" would still run D and R.
            .withStrategyEnabled(false);
        final Path out = data.root.resolve("outputs");
        pipeline = new Pipeline(config, config.registry(), Pipeline.Mode.REPLAY, null,
            () -> journalOutputs ? new ChronicleJournalAppender(out, prefault) : new DiscardingAppender(),
            OutputListener.NONE);
        reader = data.journal.openInputReader();
        passSpan = passSpanNanos(reader);
    }

    /**
     * How far each pass of a multi-pass replay shifts event time: whole hours, more than the
     * journal's span, so candles keep closing as in the data instead of every trade of the next
     * pass being refused as late. Reads the reader through to its end.
     *
     * @param reader over the journal's inputs, at its start.
     * @return the shift per pass, ns.
     */
    static long passSpanNanos(final JournalReader reader)
    {
        long first = 0;
        long last = 0;
        long n = 0;
        while (reader.next() > 0)
        {
            last = RecordHeaderDescriptor.tsEvent(reader.buffer(), 0);
            first = n++ == 0 ? last : first;
        }
        return passSpanNanos(first, last);
    }

    /**
     * @param first event time of the first record.
     * @param last  event time of the last record.
     * @return whole hours covering [first, last] plus one, ns (see {@link #passSpanNanos(JournalReader)}).
     */
    static long passSpanNanos(final long first, final long last)
    {
        return ((last - first) / HOUR_NANOS + 2) * HOUR_NANOS;
    }

    @TearDown(Level.Trial)
    public void tearDown()
    {
        pipeline.close();
        inputsAtTearDown = pipeline.inputsProcessed();
        outputsAtTearDown = pipeline.outputs();
        reader.close();
        data.delete();
    }

    /**
     * One pass of the engine's replay over the whole journal, as {@code ReplayRunner} does it: read
     * each record, copy it from the journal straight into a ring slot (event time shifted by whole
     * hours after the first pass), publish in batches (stages: candles, output journaling), and
     * wait until the ring has drained.
     *
     * @return the shift used (consumed so the work cannot be eliminated).
     */
    @Benchmark
    public long replay()
    {
        reader.toStart();
        int length;
        while ((length = reader.next()) > 0)
        {
            pipeline.publishReplayed(reader.buffer(), 0, length, shift);
        }
        pipeline.awaitIdle();
        shift += passSpan;
        return shift;
    }

    /**
     * The "discard" outputs: an appender that writes nothing (the output stage still gathers and
     * digests every record). Output stage's thread only.
     */
    static final class DiscardingAppender implements JournalAppender
    {
        private long bytes;

        @Override
        public void append(final DirectBuffer buffer, final int offset, final int length)
        {
            bytes += length;
        }

        @Override
        public void close()
        {
        }
    }
}
