package io.pldot.engine.venue;

import com.sun.management.ThreadMXBean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatedVenueAllocationTest
{
    private static final int BTC = 1;
    private static final long T = 1_700_000_000_000_000_000L;

    private static long[] sink;

    private final long[] counts = new long[3];
    private SimulatedVenue venue;
    private final VenueListener counter = new VenueListener()
    {
        @Override
        public void onFill(
            final long clientOrderId, final int instrumentId, final OrderSide side, final long price,
            final long quantity, final long fee, final long tsEvent, final long remaining)
        {
            counts[0]++;
            if (remaining == 0 && (clientOrderId & 7) == 0)
            {
                // Re-entrant submit from a callback, as the risk stage may do: decided at this trade,
                // so it must not fill on it.
                venue.submit(-clientOrderId, BTC, side, OrderType.MARKET, quantity, SimulatedVenue.NO_PRICE,
                    sequence, tsEvent);
            }
        }

        @Override
        public void onReject(final long clientOrderId, final VenueRejectReason reason)
        {
            counts[1]++;
        }

        @Override
        public void onCancel(final long clientOrderId)
        {
            counts[2]++;
        }
    };
    private long sequence;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void shouldNotAllocateOnTheHotPathAfterWarmUp()
    {
        venue = new SimulatedVenue(new VenueSettings(1_000_000, 5, 2, 7, true), 64, counter);
        venue.defineInstrument(BTC, 8);
        final ThreadMXBean threads = (ThreadMXBean)ManagementFactory.getThreadMXBean();
        final long thread = Thread.currentThread().getId();
        // The meter must see an allocation, or a zero below would prove nothing.
        final long meterBefore = threads.getThreadAllocatedBytes(thread);
        sink = new long[1024];
        assertThat(threads.getThreadAllocatedBytes(thread) - meterBefore).isGreaterThanOrEqualTo(8 * 1024);

        drive(0, 50_000);
        long least = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++)
        {
            final long before = threads.getThreadAllocatedBytes(thread);
            drive(50_000 + run * 20_000, 20_000);
            least = Math.min(least, threads.getThreadAllocatedBytes(thread) - before);
        }
        assertThat(counts[0]).as("fills").isGreaterThan(50_000);
        assertThat(counts[1]).as("rejects").isGreaterThan(1_000);
        assertThat(counts[2]).as("cancels").isGreaterThan(1_000);
        assertThat(least).as("bytes allocated for 20,000 rounds (trade, submit, cancel)").isZero();
    }

    private void drive(final int from, final int count)
    {
        for (int i = from; i < from + count; i++)
        {
            sequence++;
            final long ts = T + i * 400_000L;
            final long price = 5_000_000 + (i % 200) * 500 - 50_000;
            venue.onTrade(sequence, BTC, ts, price, 30_000_000 + (i % 7) * 10_000_000);
            final OrderSide side = (i & 1) == 0 ? OrderSide.BUY : OrderSide.SELL;
            switch (i % 4)
            {
                case 0 -> venue.submit(i + 1, BTC, side, OrderType.MARKET, 50_000_000, SimulatedVenue.NO_PRICE,
                    sequence, ts);
                case 1 -> venue.submit(i + 1, BTC, side, OrderType.LIMIT, 50_000_000, price, sequence, ts);
                case 2 -> venue.submit(i + 1, BTC, side, OrderType.STOP, 50_000_000, price, sequence, ts);
                default -> venue.cancel(i - 1 - (i % 3)); // an open, a filled or an unknown order
            }
            if (i % 50 == 0)
            {
                venue.submit(i + 1, BTC, side, OrderType.LIMIT, 0, price, sequence, ts); // NON_POSITIVE_QUANTITY
            }
        }
    }
}
