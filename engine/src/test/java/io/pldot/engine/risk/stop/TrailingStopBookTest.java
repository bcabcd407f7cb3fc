package io.pldot.engine.risk.stop;

import com.sun.management.ThreadMXBean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Prices are at price scale 2 (5_000_000 is 50,000.00).
 */
class TrailingStopBookTest
{
    private static final int BTC = 1;
    private static final int PEPE = 2;
    private static final long T = 1_700_000_000_000_000_000L;

    private final List<String> events = new ArrayList<>();
    private final TrailingStopListener recorder = new TrailingStopListener()
    {
        @Override
        public void onStopMoved(final long positionId, final int instrumentId, final long stopPrice, final long tsEvent)
        {
            events.add("moved " + positionId + " " + instrumentId + " " + stopPrice + " @" + (tsEvent - T));
        }

        @Override
        public void onStopTriggered(
            final long positionId, final int instrumentId, final PositionSide side, final long stopPrice,
            final long exitPrice, final long tsEvent)
        {
            events.add("triggered " + positionId + " " + side + " stop " + stopPrice + " exit " + exitPrice
                + " @" + (tsEvent - T));
        }

        @Override
        public void onReject(final long positionId, final StopRejectReason reason)
        {
            events.add("reject " + positionId + " " + reason);
        }
    };

    private final TrailingStopBook book = new TrailingStopBook(4, TrailingStopSettings.defaults(), recorder);

    @Test
    void shouldUseTheAssetClassDistances()
    {
        assertThat(TrailingStopSettings.defaults().distanceBps(AssetClass.REGULAR)).isEqualTo(50);
        assertThat(TrailingStopSettings.defaults().distanceBps(AssetClass.VOLATILE)).isEqualTo(1_500);
        assertThat(book.activate(1, BTC, PositionSide.LONG, 5_000_000, AssetClass.REGULAR)).isTrue();
        // Meme coin at 0.000010 (price scale 8: 1,000): 15% -> 1,000 x 1,500 / 10,000 = 150 -> stop 850
        assertThat(book.activate(2, PEPE, PositionSide.LONG, 1_000, AssetClass.VOLATILE)).isTrue();
        assertThat(book.stopPrice(1)).isEqualTo(4_975_000);
        assertThat(book.stopPrice(2)).isEqualTo(850);
        assertThat(book.distanceBps(2)).isEqualTo(1_500);

        final TrailingStopBook custom = new TrailingStopBook(1,
            new TrailingStopSettings(Map.of(AssetClass.REGULAR, 100, AssetClass.VOLATILE, 2_000)), recorder);
        custom.activate(9, PEPE, PositionSide.SHORT, 1_000, AssetClass.VOLATILE);
        assertThat(custom.stopPrice(9)).isEqualTo(1_200); // 1,000 + 1,000 x 2,000 / 10,000
    }

    @Test
    void shouldRefuseIncompleteOrOutOfRangeSettings()
    {
        assertThatThrownBy(() -> new TrailingStopSettings(Map.of(AssetClass.REGULAR, 50)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VOLATILE");
        assertThatThrownBy(() -> new TrailingStopSettings(Map.of(AssetClass.REGULAR, 0, AssetClass.VOLATILE, 1)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REGULAR");
        assertThatThrownBy(() -> new TrailingStopSettings(Map.of(AssetClass.REGULAR, 1, AssetClass.VOLATILE, 10_000)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VOLATILE");
    }

    @Test
    void shouldRunTheSeedExampleThroughTheBookAndRemoveTheTriggeredPosition()
    {
        book.activate(7, BTC, PositionSide.LONG, 5_000_000, AssetClass.REGULAR);
        book.onTick(BTC, T + 1, 5_050_000);
        book.onTick(BTC, T + 2, 5_100_000);
        book.onTick(BTC, T + 3, 5_074_500);
        assertThat(events).containsExactly(
            "moved 7 1 5024750 @1",
            "moved 7 1 5074500 @2",
            "triggered 7 LONG stop 5074500 exit 5074500 @3");
        assertThat(book.size()).isZero();
        assertThat(book.stopPrice(7)).isEqualTo(TrailingStop.NO_PRICE);
    }

    @Test
    void shouldOnlyTouchPositionsOfTheTickedInstrumentAndReportInActivationOrder()
    {
        book.activate(30, BTC, PositionSide.LONG, 5_000_000, 50);  // stop 4,975,000
        book.activate(10, PEPE, PositionSide.LONG, 5_000_000, 50); // other instrument
        book.activate(20, BTC, PositionSide.SHORT, 5_000_000, 50); // stop 5,025,000
        book.activate(5, BTC, PositionSide.LONG, 5_000_000, 10);   // stop 4,995,000

        book.onTick(BTC, T, 4_990_000); // below 4,995,000: only position 5 triggers; short 20 moves down
        // 20: 4,990,000 + 4,990,000 x 50 / 10,000 = 4,990,000 + 24,950 = 5,014,950
        assertThat(events).containsExactly(
            "moved 20 1 5014950 @0",
            "triggered 5 LONG stop 4995000 exit 4990000 @0");
        events.clear();

        book.onTick(BTC, T + 1, 5_100_000); // long 30 moves up, short 20 triggers on the gap up
        assertThat(events).containsExactly(
            "moved 30 1 5074500 @1",
            "triggered 20 SHORT stop 5014950 exit 5100000 @1");
        assertThat(book.size()).isEqualTo(2);
        assertThat(book.stopPrice(10)).isEqualTo(4_975_000); // untouched by BTC ticks
        assertThat(book.mark(30)).isEqualTo(5_100_000);
    }

    @Test
    void shouldTightenOneOrAllButNeverLoosen()
    {
        book.activate(1, BTC, PositionSide.LONG, 5_000_000, 50);   // stop 4,975,000
        book.activate(2, BTC, PositionSide.SHORT, 5_000_000, 20);  // stop 5,010,000
        assertThat(book.tighten(1, 80, T)).isFalse();
        assertThat(book.tighten(1, 50, T)).isFalse();
        assertThat(book.stopPrice(1)).isEqualTo(4_975_000);
        // 0.3%: 5,000,000 x 30 / 10,000 = 15,000 -> 4,985,000
        assertThat(book.tighten(1, 30, T + 5)).isTrue();
        assertThat(book.tighten(99, 30, T)).isFalse();

        // Portfolio risk tightens all to 0.25%: only position 1 (0.3%) is wider; position 2 stays at 0.2%.
        // 5,000,000 x 25 / 10,000 = 12,500 -> 4,987,500
        assertThat(book.tightenAll(25, T + 6)).isEqualTo(1);
        assertThat(book.tightenAll(0, T + 7)).isEqualTo(-1);
        assertThat(book.stopPrice(1)).isEqualTo(4_987_500);
        assertThat(book.stopPrice(2)).isEqualTo(5_010_000);
        assertThat(events).containsExactly(
            "reject 1 NOT_TIGHTER",
            "reject 1 NOT_TIGHTER",
            "moved 1 1 4985000 @5",
            "reject 99 UNKNOWN_POSITION",
            "moved 1 1 4987500 @6",
            "reject " + TrailingStopBook.NO_POSITION_ID + " INVALID_DISTANCE");
        assertThat(book.rejects(StopRejectReason.NOT_TIGHTER)).isEqualTo(2);
    }

    @Test
    void shouldRejectEveryBadRequestWithAReasonAndCountIt()
    {
        book.activate(1, BTC, PositionSide.LONG, 5_000_000, AssetClass.REGULAR);
        book.activate(1, BTC, PositionSide.LONG, 5_000_000, AssetClass.REGULAR);    // DUPLICATE_POSITION
        book.activate(2, BTC, null, 5_000_000, AssetClass.REGULAR);                 // INVALID_SIDE
        book.activate(3, BTC, PositionSide.LONG, 0, AssetClass.REGULAR);            // INVALID_PRICE
        book.activate(4, BTC, PositionSide.LONG, 5_000_000, (AssetClass)null);      // INVALID_DISTANCE
        book.activate(5, BTC, PositionSide.LONG, 5_000_000, 10_000);                // INVALID_DISTANCE
        book.activate(6, BTC, PositionSide.SHORT, Long.MAX_VALUE, 50);              // STOP_OUT_OF_RANGE
        book.tighten(7, 10, T);                                                     // UNKNOWN_POSITION
        book.remove(8);                                                             // UNKNOWN_POSITION
        book.tighten(1, 60, T);                                                     // NOT_TIGHTER
        book.onTick(BTC, T, -3);                                                    // INVALID_PRICE
        book.activate(11, BTC, PositionSide.LONG, 100, 50);
        book.activate(12, BTC, PositionSide.LONG, 100, 50);
        book.activate(13, BTC, PositionSide.LONG, 100, 50);
        book.activate(14, BTC, PositionSide.LONG, 100, 50);                         // BOOK_FULL (capacity 4)

        assertThat(events).containsExactly(
            "reject 1 DUPLICATE_POSITION",
            "reject 2 INVALID_SIDE",
            "reject 3 INVALID_PRICE",
            "reject 4 INVALID_DISTANCE",
            "reject 5 INVALID_DISTANCE",
            "reject 6 STOP_OUT_OF_RANGE",
            "reject 7 UNKNOWN_POSITION",
            "reject 8 UNKNOWN_POSITION",
            "reject 1 NOT_TIGHTER",
            "reject " + TrailingStopBook.NO_POSITION_ID + " INVALID_PRICE",
            "reject 14 BOOK_FULL");
        for (final StopRejectReason reason : StopRejectReason.values())
        {
            final long expected = switch (reason)
            {
                case INVALID_DISTANCE, UNKNOWN_POSITION, INVALID_PRICE -> 2;
                default -> 1;
            };
            assertThat(book.rejects(reason)).as(reason.name()).isEqualTo(expected);
        }
        assertThat(book.size()).isEqualTo(4);
        assertThat(book.remove(1)).isTrue();
        assertThat(book.activate(14, BTC, PositionSide.LONG, 100, 50)).isTrue(); // the freed slot is reused
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void shouldNotAllocateOnTheHotPathAfterWarmUp()
    {
        final long[] counts = new long[3];
        final TrailingStopListener counter = new TrailingStopListener()
        {
            @Override
            public void onStopMoved(final long positionId, final int instrumentId, final long stop, final long ts)
            {
                counts[0]++;
            }

            @Override
            public void onStopTriggered(
                final long positionId, final int instrumentId, final PositionSide side, final long stopPrice,
                final long exitPrice, final long tsEvent)
            {
                counts[1]++;
            }

            @Override
            public void onReject(final long positionId, final StopRejectReason reason)
            {
                counts[2]++;
            }
        };
        final TrailingStopBook hot = new TrailingStopBook(64, TrailingStopSettings.defaults(), counter);
        final ThreadMXBean threads = (ThreadMXBean)ManagementFactory.getThreadMXBean();
        final long thread = Thread.currentThread().getId();
        // The meter must see an allocation, or a zero below would prove nothing.
        final long meterBefore = threads.getThreadAllocatedBytes(thread);
        sink = new long[1024];
        assertThat(threads.getThreadAllocatedBytes(thread) - meterBefore).isGreaterThanOrEqualTo(8 * 1024);

        drive(hot, 0, 50_000);
        long least = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++)
        {
            final long before = threads.getThreadAllocatedBytes(thread);
            drive(hot, 50_000 + run * 20_000, 20_000);
            least = Math.min(least, threads.getThreadAllocatedBytes(thread) - before);
        }
        assertThat(counts[0]).as("moves").isGreaterThan(10_000);
        assertThat(counts[1]).as("triggers").isGreaterThan(1_000);
        assertThat(counts[2]).as("rejects").isGreaterThan(1_000);
        assertThat(least).as("bytes allocated for 20,000 rounds").isZero();
    }

    private static long[] sink;

    private static void drive(final TrailingStopBook book, final int from, final int count)
    {
        // Each round: activate (or be refused when full), tick up, tick down, sometimes tighten or remove.
        for (int i = from; i < from + count; i++)
        {
            final long price = 5_000_000 + i * 10L; // a slow uptrend: every up-tick is a new high for longs
            final PositionSide side = (i & 1) == 0 ? PositionSide.LONG : PositionSide.SHORT;
            book.activate(i, 1 + (i % 3), side, price, (i % 7) == 0 ? AssetClass.VOLATILE : AssetClass.REGULAR);
            // +/-0.2% moves longs up and shorts down without reaching a 0.5% stop; every 4th round a
            // 18% swing each way triggers every position of that instrument, volatile ones too.
            final long swing = (i & 3) == 0 ? 900_000 : 10_000;
            book.onTick(1 + (i % 3), i, price + swing);
            book.onTick(1 + (i % 3), i, price - swing);
            if (i % 5 == 0)
            {
                book.tighten(i - 1, 20, i);
            }
            if (i % 11 == 0)
            {
                book.remove(i - 3);
            }
        }
    }
}
