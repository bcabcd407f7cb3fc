package io.pldot.bench;

import io.pldot.engine.pipeline.StageChain;
import io.pldot.engine.config.EngineConfig;
import io.pldot.engine.event.RingSlot;
import io.pldot.engine.stage.AnalyticsStage;
import io.pldot.engine.stage.CandleStage;
import io.pldot.engine.stage.JournalOutputStage;
import io.pldot.engine.stage.OutputListener;
import io.pldot.journal.chronicle.ChronicleJournalAppender;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
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

import java.util.concurrent.TimeUnit;

/**
 * Cost and allocation of one tick through the fused stage chain (candles, then output journaling
 * to Chronicle), on the benchmark thread, in steady state. Ticks are the real Bitstamp trades,
 * cycled; each pass shifts event time forward so candles keep closing as in the data, never
 * "late". Run with the GC profiler: gc.alloc.rate.norm is bytes allocated per tick.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Thread)
public class StageChainPerTickBenchmark
{
    private static final long HOUR_NANOS = 3_600_000_000_000L;

    /** "candles": the candle stage alone; "candles+O": then journal outputs (Chronicle + SHA-256). */
    @Param({"candles+analytics+O", "candles+analytics", "candles+O", "candles"})
    public String chain;
    private boolean journalOutputs;
    private AnalyticsStage analytics;

    private BitstampJournal data;
    private UnsafeBuffer ticks;
    private int[] offsets;
    private int count;
    private int index;
    private long shift;
    private long passSpan;
    private RingSlot slot;
    private CandleStage candles;
    private JournalOutputStage outputs;

    @Setup(Level.Trial)
    public void setUp()
    {
        data = BitstampJournal.create("stage");
        final EngineConfig config = data.config;
        final TickRecords loaded = new TickRecords(data);
        ticks = loaded.records;
        offsets = loaded.offsets;
        count = loaded.count;
        // Shift each pass by whole hours past the data's span, so every timeframe keeps aligning.
        passSpan = loaded.passSpan(HOUR_NANOS);
        slot = new RingSlot(config.pipeline().outputCapacity());
        final StageChain stages =
            StageChain.fromConfig(config, config.registry(), chain.contains("analytics"), false, false);
        candles = stages.candles();
        outputs = new JournalOutputStage(() -> new ChronicleJournalAppender(data.root.resolve("outputs")),
            OutputListener.NONE);
        outputs.onStart();
        journalOutputs = chain.endsWith("+O");
        analytics = stages.analytics();
    }

    @TearDown(Level.Trial)
    public void tearDown()
    {
        outputs.onShutdown();
        data.delete();
    }

    /**
     * One tick: ingress copy into the slot, candle stage, output stage.
     */
    @Benchmark
    public void tick()
    {
        final int offset = offsets[index];
        final int length = offsets[index + 1] - offset;
        final MutableDirectBuffer in = slot.inputForEncoding();
        in.putBytes(0, ticks, offset, length);
        if (shift != 0)
        {
            in.putLong(RecordHeaderDescriptor.TS_EVENT_OFFSET,
                in.getLong(RecordHeaderDescriptor.TS_EVENT_OFFSET, RecordHeaderDescriptor.BYTE_ORDER) + shift,
                RecordHeaderDescriptor.BYTE_ORDER);
        }
        slot.inputEncoded(length);
        candles.onEvent(slot, true);
        if (analytics != null)
        {
            analytics.onEvent(slot, true);
        }
        if (journalOutputs)
        {
            outputs.onEvent(slot, true);
        }
        else
        {
            slot.outputs().reset(); // what the output stage does last
        }
        if (++index == count)
        {
            index = 0;
            shift += passSpan;
        }
    }
}
