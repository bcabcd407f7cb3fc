package io.pldot.bench;

import io.pldot.engine.config.EngineConfig;
import io.pldot.engine.pipeline.Pipeline;
import io.pldot.engine.stage.OutputListener;
import io.pldot.journal.JournalReader;
import io.pldot.journal.chronicle.ChronicleJournalAppender;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A small harness for profilers (JFR, async-profiler): replays the Bitstamp journal through the
 * pipeline pass after pass, as {@link ReplayThroughputBenchmark#replay} does (candles only, no
 * decision or risk stage), and prints records/s per second of run. With {@code raw} it instead
 * reads the journal as {@link ChronicleRawReadBenchmark} does. Not a benchmark: use the JMH figures.
 * <p>
 * Usage: {@code java $PLDOT_JVM_FLAGS -XX:StartFlightRecording=filename=replay.jfr,settings=profile
 * -cp bench/target/pldot-bench-all.jar io.pldot.bench.ReplayProfile [SHARED|DEDICATED|raw|stages]
 * [YIELDING|BLOCKING|BUSY_SPIN|SLEEPING] [seconds]} (defaults SHARED, YIELDING, 20). {@code stages}
 * runs the consumer's stages inline on one thread, over preloaded records: their CPU cost per record
 * ({@code stages candles}: the candle stage alone).
 */
public final class ReplayProfile
{
    private static final long HOUR_NANOS = 3_600_000_000_000L;
    /** -Dpldot.prefault=false: the output appender without its prefaulter thread (to compare). */
    private static final boolean PREFAULT = Boolean.parseBoolean(System.getProperty("pldot.prefault", "true"));

    private ReplayProfile()
    {
    }

    /**
     * @param args [threading|raw] [wait strategy] [seconds].
     */
    public static void main(final String[] args)
    {
        final String threading = args.length > 0 ? args[0] : "SHARED";
        final String wait = args.length > 1 ? args[1] : "YIELDING";
        final long seconds = args.length > 2 ? Long.parseLong(args[2]) : 20;
        final BitstampJournal data = BitstampJournal.create("replay-profile");
        try (JournalReader reader = data.journal.openInputReader())
        {
            if (threading.equals("raw"))
            {
                rawRead(reader, seconds);
                return;
            }
            if (threading.equals("stages"))
            {
                stagesInline(data, reader, seconds, !wait.equals("candles"));
                return;
            }
            final EngineConfig base = data.config;
            final EngineConfig config = new EngineConfig(base.journal(), base.instruments(), base.candles(),
                new EngineConfig.PipelineSettings(EngineConfig.Threading.parse(threading),
                    EngineConfig.WaitStrategyKind.parse(wait), 1024, 8192),
                base.imports(), base.display(), base.analytics()).withAnalyticsEnabled(false).withStrategyEnabled(false);
            final Path out = data.root.resolve("outputs");
            final Pipeline pipeline = new Pipeline(config, config.registry(), Pipeline.Mode.REPLAY, null,
                () -> new ChronicleJournalAppender(out, PREFAULT), OutputListener.NONE);
            long first = 0;
            long last = 0;
            long n = 0;
            while (reader.next() > 0)
            {
                last = RecordHeaderDescriptor.tsEvent(reader.buffer(), 0);
                first = n++ == 0 ? last : first;
            }
            final long passSpan = ((last - first) / HOUR_NANOS + 2) * HOUR_NANOS;
            final long end = System.nanoTime() + seconds * 1_000_000_000L;
            long shift = 0;
            long windowStart = System.nanoTime();
            long windowRecords = 0;
            while (System.nanoTime() < end)
            {
                reader.toStart();
                int length;
                while ((length = reader.next()) > 0)
                {
                    pipeline.publishReplayed(reader.buffer(), 0, length, shift);
                    windowRecords++;
                }
                pipeline.awaitIdle();
                shift += passSpan;
                windowStart = report(windowStart, windowRecords);
                windowRecords = windowStart < 0 ? windowRecords : 0;
                windowStart = Math.abs(windowStart);
            }
            pipeline.close();
            System.out.println("inputs " + pipeline.inputsProcessed() + " outputs " + pipeline.outputs() +
                " hash " + pipeline.outputHash());
        }
        finally
        {
            data.delete();
        }
    }

    private static void rawRead(final JournalReader reader, final long seconds)
    {
        final UnsafeBuffer copy = new UnsafeBuffer(ByteBuffer.allocateDirect(RecordHeaderDescriptor.MAX_RECORD_LENGTH));
        final long end = System.nanoTime() + seconds * 1_000_000_000L;
        long sum = 0;
        long windowStart = System.nanoTime();
        long windowRecords = 0;
        while (System.nanoTime() < end)
        {
            reader.toStart();
            int length;
            while ((length = reader.next()) > 0)
            {
                copy.putBytes(0, reader.buffer(), 0, length);
                sum += length + copy.getLong(RecordHeaderDescriptor.SEQUENCE_OFFSET);
                windowRecords++;
            }
            windowStart = report(windowStart, windowRecords);
            windowRecords = windowStart < 0 ? windowRecords : 0;
            windowStart = Math.abs(windowStart);
        }
        System.out.println("sum " + sum);
    }

    /**
     * The consumer's work alone, on this thread: the records preloaded into 1024 slots' worth of
     * memory, then per record a copy into a slot, the candle stage and the output stage, ending a
     * "batch" every 1024 records (as a caught-up consumer of a 1024-slot ring at most would).
     */
    private static void stagesInline(
        final BitstampJournal data, final JournalReader reader, final long seconds, final boolean journal)
    {
        final EngineConfig config = data.config;
        final int count = (int)data.trades;
        final UnsafeBuffer ticks = new UnsafeBuffer(ByteBuffer.allocateDirect(count * 64));
        final int[] offsets = new int[count + 1];
        int at = 0;
        int n = 0;
        long first = 0;
        long last = 0;
        int length;
        while ((length = reader.next()) > 0)
        {
            ticks.putBytes(at, reader.buffer(), 0, length);
            last = RecordHeaderDescriptor.tsEvent(reader.buffer(), 0);
            first = n == 0 ? last : first;
            offsets[n++] = at;
            at += length;
        }
        offsets[n] = at;
        final long passSpan = ((last - first) / HOUR_NANOS + 2) * HOUR_NANOS;
        final io.pldot.engine.event.RingSlot[] slots = new io.pldot.engine.event.RingSlot[1024];
        for (int i = 0; i < slots.length; i++)
        {
            slots[i] = new io.pldot.engine.event.RingSlot(config.pipeline().outputCapacity());
        }
        final io.pldot.engine.stage.CandleStage candles = new io.pldot.engine.stage.CandleStage(
            config.registry(), config.candles().timeframeSeconds(), config.candles().timerGraceNanos());
        final io.pldot.engine.stage.JournalOutputStage outputs = new io.pldot.engine.stage.JournalOutputStage(
            () -> new ChronicleJournalAppender(data.root.resolve("outputs"), PREFAULT), OutputListener.NONE);
        outputs.onStart();
        final long end = System.nanoTime() + seconds * 1_000_000_000L;
        long shift = 0;
        long windowStart = System.nanoTime();
        long windowRecords = 0;
        long seq = 0;
        while (System.nanoTime() < end)
        {
            for (int i = 0; i < count; i++)
            {
                final io.pldot.engine.event.RingSlot slot = slots[(int)(seq & 1023)];
                slot.setInput(ticks, offsets[i], offsets[i + 1] - offsets[i]);
                if (shift != 0)
                {
                    slot.shiftEventTime(shift);
                }
                final boolean endOfBatch = (seq & 1023) == 1023 || i == count - 1;
                candles.onEvent(slot, endOfBatch);
                if (journal)
                {
                    outputs.onEvent(slot, endOfBatch);
                }
                else
                {
                    slot.outputs().reset();
                }
                seq++;
                windowRecords++;
            }
            shift += passSpan;
            windowStart = report(windowStart, windowRecords);
            windowRecords = windowStart < 0 ? windowRecords : 0;
            windowStart = Math.abs(windowStart);
        }
        outputs.onShutdown();
        System.out.println("inputs " + outputs.inputs() + " outputs " + outputs.outputs());
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final java.util.Map<String, Long> WINDOW_CPU = new java.util.TreeMap<>();

    /**
     * Prints the window's rate, and each busy thread's CPU time per record (less sensitive to other
     * load on the machine than the rate), once a second has passed: returns the new window start,
     * or -start to keep counting.
     */
    private static long report(final long windowStart, final long windowRecords)
    {
        final long now = System.nanoTime();
        if (now - windowStart < 1_000_000_000L)
        {
            return -windowStart;
        }
        final StringBuilder cpu = new StringBuilder();
        for (final Thread thread : Thread.getAllStackTraces().keySet())
        {
            final String name = thread.getName();
            if (name.startsWith("pldot-") || name.equals("main"))
            {
                final long total = THREADS.getThreadCpuTime(thread.threadId());
                final Long before = WINDOW_CPU.put(name, total);
                if (before != null)
                {
                    cpu.append(String.format(Locale.ROOT, "  %s %.1f", name, (total - before) / (double)windowRecords));
                }
            }
        }
        System.out.printf(Locale.ROOT, "%,14.0f records/s  ns CPU/record:%s%n", windowRecords * 1e9 / (now - windowStart), cpu);
        return now;
    }
}
