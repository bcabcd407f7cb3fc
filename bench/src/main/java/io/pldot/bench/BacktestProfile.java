package io.pldot.bench;

import io.pldot.engine.stage.OutputListener;

import java.util.Locale;

/**
 * A small harness for profilers (JFR, async-profiler): runs {@link BacktestChain} passes over the
 * Bitstamp ticks for a while, as {@link BacktestThroughputBenchmark#chain} does, and prints ticks/s
 * per second of run and the backtest's state. Not a benchmark: use the JMH figures.
 * <p>
 * Usage: {@code java $PLDOT_JVM_FLAGS -XX:StartFlightRecording=filename=bt.jfr,settings=profile
 * -cp bench/target/pldot-bench-all.jar io.pldot.bench.BacktestProfile [chain] [seconds]}, chain one
 * of {@code candles, candles+A, candles+A+D, drummond-mtf, ema-cross, ema-cross:analytics-off}
 * (default drummond-mtf), seconds default 20. Like the benchmark, each pass
 * shifts event time by whole days and starts a fresh risk stage (built here in the loop: its bytes
 * show up in the profile, ~1 per 100,000 ticks). Each second it prints ticks/s and this thread's CPU
 * ns per tick (less disturbed than wall time on a shared machine).
 */
public final class BacktestProfile
{
    private BacktestProfile()
    {
    }

    /**
     * @param args [chain] [seconds].
     */
    public static void main(final String[] args)
    {
        final BacktestChain.Kind kind = BacktestChain.Kind.of(args.length > 0 ? args[0] : "drummond-mtf");
        final long seconds = args.length > 1 ? Long.parseLong(args[1]) : 20;
        final BitstampJournal data = BitstampJournal.create("backtest-profile");
        try
        {
            final TickRecords ticks = new TickRecords(data);
            final com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean)java.lang.management.ManagementFactory.getThreadMXBean();
            long before = threads.getCurrentThreadAllocatedBytes();
            final BacktestChain chain = new BacktestChain(kind, data.config, OutputListener.NONE);
            final long chainBytes = threads.getCurrentThreadAllocatedBytes() - before;
            before = threads.getCurrentThreadAllocatedBytes();
            final Object risk = kind.risk ? chain.newRiskStage() : null;
            System.out.printf(Locale.ROOT, "construction: chain %,d B, a fresh risk stage %,d B%n", chainBytes,
                threads.getCurrentThreadAllocatedBytes() - before);
            final long end = System.nanoTime() + seconds * 1_000_000_000L;
            long passes = 0;
            long sink = 0;
            long windowStart = System.nanoTime();
            long windowPasses = 0;
            // Thread CPU, not wall time: the machine may be shared, and CPU time of this thread is less noisy.
            long windowCpu = threads.getCurrentThreadCpuTime();
            while (System.nanoTime() < end)
            {
                if (passes > 0 && chain.risk != null)
                {
                    chain.risk = chain.newRiskStage(); // a fresh portfolio per pass, as the benchmark does
                }
                sink += chain.pass(ticks, passes * ticks.passSpan(BacktestChain.DAY_NANOS), passes * ticks.count);
                passes++;
                windowPasses++;
                final long now = System.nanoTime();
                if (now - windowStart >= 1_000_000_000L)
                {
                    final long cpu = threads.getCurrentThreadCpuTime();
                    System.out.printf(Locale.ROOT, "%,12.0f ticks/s %7.1f cpu ns/tick  [%d passes] %s%n",
                        windowPasses * (double)ticks.count * 1e9 / (now - windowStart),
                        (cpu - windowCpu) / (windowPasses * (double)ticks.count), passes, chain.summary());
                    windowStart = now;
                    windowCpu = cpu;
                    windowPasses = 0;
                }
            }
            System.out.println("outputs " + sink + (risk == null ? "" : ""));
        }
        finally
        {
            data.delete();
        }
    }
}
