package io.pldot.bench;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A diagnostic harness, not a benchmark: the round-trip time of one cache line between two
 * threads (ping-pong on a padded counter), printed every second. It tells whether the cost of
 * handing data from one core to the other changes over time on this machine (e.g. when a
 * hypervisor moves the virtual CPUs between cores that share a cache and cores that do not),
 * which the replay pipeline's ingress-to-stage hand-over depends on.
 * <p>
 * Usage: {@code java -cp bench/target/pldot-bench-all.jar io.pldot.bench.CoreToCoreLatencyProfile [seconds]}
 * (default 30). Each line: round trips in that second and the mean round trip in ns.
 * <p>
 * Two threads, busy-spinning: run it on an otherwise idle machine.
 */
public final class CoreToCoreLatencyProfile
{
    /** Longs between the two counters and around them: 256 bytes. */
    private static final int SPACING = 32;
    private static final int PING = SPACING;
    private static final int PONG = 2 * SPACING;

    private CoreToCoreLatencyProfile()
    {
    }

    /**
     * @param args [seconds].
     * @throws InterruptedException if interrupted while joining the echo thread.
     */
    public static void main(final String[] args) throws InterruptedException
    {
        final long seconds = args.length > 0 ? Long.parseLong(args[0]) : 30;
        // One array, the two counters 256 bytes apart: each alone on its cache lines, adjacent-line
        // prefetch included (two separate objects could share a line).
        final AtomicLongArray lines = new AtomicLongArray(3 * SPACING);
        final Thread echo = new Thread(() ->
        {
            long expected = 1;
            while (expected > 0)
            {
                final long value = lines.get(PING);
                if (value == expected)
                {
                    lines.lazySet(PONG, value);
                    expected++;
                }
                else if (value < 0)
                {
                    return;
                }
                else
                {
                    Thread.onSpinWait();
                }
            }
        }, "pldot-echo");
        echo.setDaemon(true);
        echo.start();
        final long end = System.nanoTime() + seconds * 1_000_000_000L;
        long next = 1;
        long windowStart = System.nanoTime();
        long windowTrips = 0;
        while (System.nanoTime() < end)
        {
            lines.lazySet(PING, next);
            while (lines.get(PONG) != next)
            {
                Thread.onSpinWait();
            }
            next++;
            windowTrips++;
            if ((windowTrips & 1023) == 0)
            {
                final long now = System.nanoTime();
                if (now - windowStart >= 1_000_000_000L)
                {
                    System.out.printf(Locale.ROOT, "%,12d round trips/s  %7.1f ns per round trip%n",
                        windowTrips * 1_000_000_000L / (now - windowStart), (now - windowStart) / (double)windowTrips);
                    windowStart = now;
                    windowTrips = 0;
                }
            }
        }
        lines.set(PING, -1);
        echo.join(1000);
    }
}
