package io.pldot.bench;

import java.util.Locale;

/**
 * A small harness for profilers (JFR, async-profiler): loops
 * {@link AnalyticsUpdateBenchmark#fullIndicatorUpdate} (one closed 1m candle of the Bitstamp trades
 * through every indicator of one symbol × timeframe, snapshot written) for a while and prints the
 * mean time per update of each second of run, and at the end the fastest slice of 10,000 updates
 * (on a shared machine, the least disturbed one: a steadier figure to compare two builds by than
 * the means). Not a benchmark: use the JMH figures.
 * <p>
 * Usage: {@code java $PLDOT_JVM_FLAGS -XX:StartFlightRecording=filename=drum.jfr,settings=profile
 * -cp bench/target/pldot-bench-all.jar io.pldot.bench.AnalyticsUpdateProfile [seconds]}, seconds
 * default 20. Single-threaded; allocates only in its setup.
 */
public final class AnalyticsUpdateProfile
{
    private static final int SLICE = 10_000;

    private AnalyticsUpdateProfile()
    {
    }

    /**
     * @param args [seconds].
     */
    public static void main(final String[] args)
    {
        final long seconds = args.length > 0 ? Long.parseLong(args[0]) : 20;
        final AnalyticsUpdateBenchmark benchmark = new AnalyticsUpdateBenchmark();
        benchmark.setUp();
        try
        {
            long sink = 0;
            long fastestSlice = Long.MAX_VALUE;
            final long end = System.nanoTime() + seconds * 1_000_000_000L;
            while (System.nanoTime() < end)
            {
                final long start = System.nanoTime();
                long updates = 0;
                while (System.nanoTime() - start < 1_000_000_000L)
                {
                    final long sliceStart = System.nanoTime();
                    for (int i = 0; i < SLICE; i++)
                    {
                        sink += benchmark.fullIndicatorUpdate();
                    }
                    fastestSlice = Math.min(fastestSlice, System.nanoTime() - sliceStart);
                    updates += SLICE;
                }
                System.out.printf(Locale.ROOT, "%.1f ns/update%n", (System.nanoTime() - start) / (double)updates);
            }
            System.out.printf(Locale.ROOT, "fastest slice: %.1f ns/update%n", fastestSlice / (double)SLICE);
            System.out.println("records written: " + sink);
        }
        finally
        {
            benchmark.tearDown();
        }
    }
}
