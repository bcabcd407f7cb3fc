package io.pldot.bench;

import io.pldot.engine.pipeline.StageChain;
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
 * runs the consumer's stages inline on one thread, over preloaded records: their CPU cost per record.
 * Its second argument picks the stages: {@code candles} (the candle stage alone), {@code analytics}
 * (candles and every analytic of the default config, outputs dropped), {@code analytics+journal}
 * (the same, outputs journaled), anything else (candles, outputs journaled).
 * <p>
 * Each line also shows each thread's CPU time per record and, on Linux, each CPU's busy and steal
 * share (from /proc/stat). Diagnostics, as system properties: {@code -Dpldot.outputs=discard}
 * (outputs digested, not journaled), {@code -Dpldot.preloaded=true} (ingress publishes from records
 * copied into memory once instead of reading the journal), {@code -Dpldot.ring=N} (ring slots,
 * default 1024), {@code -Dpldot.prefault=false} (no output prefaulter), and in {@code raw} mode
 * {@code -Dpldot.spinner=yield|pause} (a second thread that only waits, as an idle stage thread does).
 */
public final class ReplayProfile
{
    private static final java.util.Map<String, long[]> PROC_STAT = new java.util.HashMap<>();
    /** -Dpldot.outputs=discard: outputs digested but not journaled (as the benchmark's outputs=discard). */
    private static final boolean DISCARD = "discard".equals(System.getProperty("pldot.outputs"));
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
                startSpinner(System.getProperty("pldot.spinner", "none"));
                rawRead(reader, seconds);
                return;
            }
            if (threading.equals("stages"))
            {
                // The second argument names the stages: candles, candles+journal (any other value, as
                // before), analytics (candles and analytics, outputs dropped), analytics+journal.
                stagesInline(data, reader, seconds, !wait.equals("candles") && !wait.equals("analytics"),
                    wait.startsWith("analytics"));
                return;
            }
            final EngineConfig base = data.config;
            final EngineConfig config = new EngineConfig(base.journal(), base.instruments(), base.candles(),
                new EngineConfig.PipelineSettings(EngineConfig.Threading.parse(threading),
                    EngineConfig.WaitStrategyKind.parse(wait), Integer.getInteger("pldot.ring", 1024), 8192),
                base.imports(), base.display(), base.analytics()).withAnalyticsEnabled(false).withStrategyEnabled(false);
            final Path out = data.root.resolve("outputs");
            final Pipeline pipeline = new Pipeline(config, config.registry(), Pipeline.Mode.REPLAY, null,
                () -> DISCARD ? new ReplayThroughputBenchmark.DiscardingAppender() : new ChronicleJournalAppender(out, PREFAULT),
                OutputListener.NONE);
            final long passSpan = ReplayThroughputBenchmark.passSpanNanos(reader);
            final long n = data.trades;
            // -Dpldot.preloaded=true: ingress publishes from the records copied into memory once,
            // not from the journal (to tell the reader's cost in the pipeline from the ring's).
            final boolean preloaded = Boolean.getBoolean("pldot.preloaded");
            final UnsafeBuffer records = new UnsafeBuffer(ByteBuffer.allocateDirect(preloaded ? (int)n * 128 : 0));
            final int[] offsets = new int[preloaded ? (int)n + 1 : 0];
            if (preloaded)
            {
                reader.toStart();
                int at = 0;
                int i = 0;
                int length;
                while ((length = reader.next()) > 0)
                {
                    records.putBytes(at, reader.buffer(), 0, length);
                    offsets[i++] = at;
                    at += length;
                }
                offsets[i] = at;
            }
            final long end = System.nanoTime() + seconds * 1_000_000_000L;
            long shift = 0;
            long windowStart = System.nanoTime();
            long windowRecords = 0;
            while (System.nanoTime() < end)
            {
                if (preloaded)
                {
                    for (int i = 0; i < n; i++)
                    {
                        pipeline.publishReplayed(records, offsets[i], offsets[i + 1] - offsets[i], shift);
                    }
                    windowRecords += n;
                }
                reader.toStart();
                int length;
                while (!preloaded && (length = reader.next()) > 0)
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

    /**
     * -Dpldot.spinner=yield|pause (raw mode): a daemon thread that only waits, as an idle stage
     * thread does (Thread.yield or Thread.onSpinWait in a loop), touching no data the reader uses:
     * shows whether a waiting thread on the other core slows the reader by itself.
     */
    private static void startSpinner(final String kind)
    {
        if (kind.equals("none"))
        {
            return;
        }
        final Thread spinner = new Thread(() ->
        {
            while (true)
            {
                if (kind.equals("yield"))
                {
                    Thread.yield();
                }
                else
                {
                    Thread.onSpinWait();
                }
            }
        }, "pldot-spinner");
        spinner.setDaemon(true);
        spinner.start();
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
        final BitstampJournal data, final JournalReader reader, final long seconds, final boolean journal,
        final boolean withAnalytics)
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
        final long passSpan = ReplayThroughputBenchmark.passSpanNanos(first, last);
        final io.pldot.engine.event.RingSlot[] slots = new io.pldot.engine.event.RingSlot[1024];
        for (int i = 0; i < slots.length; i++)
        {
            slots[i] = new io.pldot.engine.event.RingSlot(config.pipeline().outputCapacity());
        }
        final StageChain stages = StageChain.fromConfig(config, config.registry(), withAnalytics, false, false);
        final io.pldot.engine.stage.CandleStage candles = stages.candles();
        final io.pldot.engine.stage.AnalyticsStage analytics = stages.analytics();
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
                if (analytics != null)
                {
                    analytics.onEvent(slot, endOfBatch);
                }
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
        System.out.printf(Locale.ROOT, "%,14.0f records/s  ns CPU/record:%s%s%n",
            windowRecords * 1e9 / (now - windowStart), cpu, machine());
        return now;
    }

    /** Per-CPU busy and steal shares since the last window, from /proc/stat (Linux; empty elsewhere). */
    private static String machine()
    {
        try
        {
            final StringBuilder sb = new StringBuilder("  |");
            for (final String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")))
            {
                if (!line.startsWith("cpu") || line.startsWith("cpu "))
                {
                    continue;
                }
                final String[] f = line.trim().split("\\s+");
                long total = 0;
                for (int i = 1; i < f.length; i++)
                {
                    total += Long.parseLong(f[i]);
                }
                final long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
                final long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
                final long[] now = {total, idle, steal};
                final long[] before = PROC_STAT.put(f[0], now);
                if (before != null && now[0] > before[0])
                {
                    final double span = now[0] - before[0];
                    sb.append(String.format(Locale.ROOT, " %s busy %.0f%% steal %.0f%%", f[0],
                        100 * (1 - (now[1] - before[1]) / span), 100 * (now[2] - before[2]) / span));
                }
            }
            return sb.length() > 3 ? sb.toString() : "";
        }
        catch (final java.io.IOException | RuntimeException ex)
        {
            return "";
        }
    }
}
