package io.pldot.bench;

import java.util.Locale;

/**
 * A small harness for profilers (JFR, async-profiler): loops
 * {@link AnalyticsUpdateBenchmark#fullIndicatorUpdate} (one closed 1m candle of the Bitstamp
 * trades through every indicator of one symbol × timeframe) for a while, with the benchmark's own
 * setup, and prints the mean wall and thread CPU time and the bytes allocated per update every
 * 100,000 updates. Not a benchmark: use the JMH figures.
 * <p>
 * Usage: {@code java $PLDOT_JVM_FLAGS -XX:StartFlightRecording=filename=update.jfr,settings=profile
 * -cp bench/target/pldot-bench-all.jar io.pldot.bench.AnalyticsUpdateProfile [seconds]}, seconds
 * default 20.
 */
public final class AnalyticsUpdateProfile
{
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
            // Thread CPU time as well as wall time: on a shared machine the wall time also counts the
            // slices other processes took.
            final com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean)java.lang.management.ManagementFactory.getThreadMXBean();
            final long end = System.nanoTime() + seconds * 1_000_000_000L;
            long sink = 0;
            while (System.nanoTime() < end)
            {
                final long start = System.nanoTime();
                final long cpuStart = threads.getCurrentThreadCpuTime();
                final long allocatedStart = threads.getCurrentThreadAllocatedBytes();
                final int updates = 100_000;
                for (int i = 0; i < updates; i++)
                {
                    sink += benchmark.fullIndicatorUpdate();
                }
                final double allocated = (threads.getCurrentThreadAllocatedBytes() - allocatedStart) / (double)updates;
                System.out.printf(Locale.ROOT, "%8.1f ns/update (cpu %8.1f) %8.1f B/update%n",
                    (System.nanoTime() - start) / (double)updates, (threads.getCurrentThreadCpuTime() - cpuStart) / (double)updates,
                    allocated);
            }
            System.out.println("records " + sink);
        }
        finally
        {
            benchmark.tearDown();
        }
    }
}
