package io.pldot.engine.analytics.zones;

import com.sun.management.ThreadMXBean;
import io.pldot.engine.analytics.Bar;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Fair value gaps on crafted candles: only highs and lows matter, open and close are set to them.
 */
class FairValueGapsTest
{
    private static long[] sink;

    private final Bar bar = new Bar();
    private long time;

    private void feed(final FairValueGaps gaps, final double high, final double low)
    {
        gaps.update(bar.set(time, time + 60, low, high, low, high, 100));
        time += 60;
    }

    private static List<String> events(final FairValueGaps gaps)
    {
        final List<String> out = new ArrayList<>();
        for (int i = 0; i < gaps.eventCount(); i++)
        {
            out.add(gaps.eventType(i) + " " + gaps.eventGapId(i) + " " + gaps.eventGapDirection(i) + " "
                + gaps.eventLow(i) + ".." + gaps.eventHigh(i));
        }
        return out;
    }

    @Test
    void shouldOpenPartiallyFillAndFillBullishGap()
    {
        final FairValueGaps gaps = new FairValueGaps(FairValueGapSettings.defaults());
        feed(gaps, 100, 95);                 // t 0: bar1
        feed(gaps, 108, 99);                 // t 60: bar2
        assertThat(gaps.eventCount()).isZero();
        feed(gaps, 110, 103);                // t 120: bar3, 100 < 103: bullish [100, 103]
        assertThat(events(gaps)).containsExactly("CREATED 1 BULLISH 100.0..103.0");
        assertThat(gaps.gapSize(0)).isEqualTo(3.0);
        assertThat(gaps.gapCreatedAt(0)).isEqualTo(120L);
        assertThat(gaps.gapStatus(0)).isEqualTo(GapStatus.OPEN);
        assertThat(gaps.gapDirection(0)).isEqualTo(GapDirection.BULLISH);
        assertThat(gaps.gapFilledAt(0)).isEqualTo(FairValueGaps.NO_TIME);
        assertThat(gaps.gapLastTouched(0)).isEqualTo(FairValueGaps.NO_TIME);

        feed(gaps, 110, 104);                // above the gap
        feed(gaps, 110, 103);                // touches the near edge 103 exactly: not entering
        assertThat(gaps.eventCount()).isZero();
        assertThat(gaps.gapFillPercent(0)).isEqualTo(0.0);

        feed(gaps, 110, 102);                // t 300: low 102 inside: 1 of 3 filled
        assertThat(events(gaps)).containsExactly("PARTIALLY_FILLED 1 BULLISH 100.0..103.0");
        assertThat(gaps.eventStatus(0)).isEqualTo(GapStatus.PARTIAL);
        assertThat(gaps.eventFillPercent(0)).isCloseTo(100.0 / 3.0, within(1e-12));
        assertThat(gaps.eventLastTouched(0)).isEqualTo(300L);
        assertThat(gaps.eventCreatedAt(0)).isEqualTo(120L);
        assertThat(gaps.gapStatus(0)).isEqualTo(GapStatus.PARTIAL);
        assertThat(gaps.gapFillPercent(0)).isCloseTo(100.0 / 3.0, within(1e-12));

        feed(gaps, 110, 101.5);              // deeper, still partial: no new event, 1.5 of 3
        assertThat(gaps.eventCount()).isZero();
        assertThat(gaps.gapFillPercent(0)).isEqualTo(50.0);
        assertThat(gaps.gapLastTouched(0)).isEqualTo(360L);
        feed(gaps, 110, 102.5);              // t 420, shallower: the deepest fill stays
        assertThat(gaps.gapFillPercent(0)).isEqualTo(50.0);
        assertThat(gaps.gapLastTouched(0)).isEqualTo(420L);

        feed(gaps, 110, 100);                // t 480: low reaches 100, the far edge: filled
        assertThat(events(gaps)).containsExactly("FILLED 1 BULLISH 100.0..103.0");
        assertThat(gaps.eventStatus(0)).isEqualTo(GapStatus.FILLED);
        assertThat(gaps.eventFillPercent(0)).isEqualTo(100.0);
        assertThat(gaps.eventLastTouched(0)).isEqualTo(480L);
        assertThat(gaps.gapStatus(0)).isEqualTo(GapStatus.FILLED);
        assertThat(gaps.gapFillPercent(0)).isEqualTo(100.0);
        assertThat(gaps.gapFilledAt(0)).isEqualTo(480L);
        feed(gaps, 110, 90);                 // filled is final
        assertThat(gaps.eventCount()).isZero();
        assertThat(gaps.gapCount()).isEqualTo(1);
    }

    @Test
    void shouldOpenPartiallyFillAndFillBearishGap()
    {
        final FairValueGaps gaps = new FairValueGaps(FairValueGapSettings.defaults());
        feed(gaps, 105, 100);                // bar1
        feed(gaps, 101, 92);                 // bar2
        feed(gaps, 97, 90);                  // bar3: 100 > 97: bearish [97, 100]
        assertThat(events(gaps)).containsExactly("CREATED 1 BEARISH 97.0..100.0");
        feed(gaps, 97, 90);                  // high 97: touches the near edge only
        assertThat(gaps.eventCount()).isZero();
        feed(gaps, 98.5, 90);                // high 98.5: 1.5 of 3 filled
        assertThat(events(gaps)).containsExactly("PARTIALLY_FILLED 1 BEARISH 97.0..100.0");
        assertThat(gaps.gapFillPercent(0)).isEqualTo(50.0);
        feed(gaps, 99.99, 90);               // just short of the far edge: still partial
        assertThat(gaps.gapStatus(0)).isEqualTo(GapStatus.PARTIAL);
        feed(gaps, 101, 95);                 // crosses 100: filled
        assertThat(events(gaps)).containsExactly("FILLED 1 BEARISH 97.0..100.0");
    }

    @Test
    void shouldFillStraightFromOpenWhenBarJumpsOverGap()
    {
        final FairValueGaps gaps = new FairValueGaps(FairValueGapSettings.defaults());
        feed(gaps, 100, 95);
        feed(gaps, 108, 99);
        feed(gaps, 110, 103);                // bullish [100, 103]
        feed(gaps, 106, 104);                // above it; bar1 (108, 99) overlaps: no gap
        feed(gaps, 99, 97);                  // jumps below the whole gap: straight to FILLED, and
                                             // bar1 (110, 103): 103 > 99 forms bearish [99, 103]
        assertThat(events(gaps)).containsExactly("FILLED 1 BULLISH 100.0..103.0", "CREATED 2 BEARISH 99.0..103.0");
    }

    @Test
    void shouldNotFormGapOnNearMisses()
    {
        final FairValueGaps gaps = new FairValueGaps(FairValueGapSettings.defaults());
        feed(gaps, 100, 95);
        feed(gaps, 108, 99);
        feed(gaps, 110, 100);                // bar1.high 100 = bar3.low 100: touching, no gap
        feed(gaps, 100, 100);                // flat bar: bar1 (108, 99) overlaps it
        feed(gaps, 100, 100);                // flat again: bar1 (110, 100): low 100 = high 100, no gap
        feed(gaps, 100, 100);
        assertThat(gaps.gapCount()).isZero();

        final FairValueGaps twoBars = new FairValueGaps(FairValueGapSettings.defaults());
        feed(twoBars, 100, 95);
        feed(twoBars, 200, 150);             // a jump, but only two bars: nothing before the third
        assertThat(twoBars.gapCount()).isZero();

        final FairValueGaps sized = new FairValueGaps(new FairValueGapSettings(32, 1.0));
        feed(sized, 100, 95);
        feed(sized, 108, 99);
        feed(sized, 110, 101);               // gap of 1: not larger than the minimum 1
        feed(sized, 120, 111.5);             // bar1 (108, 99): gap 3.5 > 1: formed
        assertThat(events(sized)).containsExactly("CREATED 1 BULLISH 108.0..111.5");
    }

    @Test
    void shouldEvictFilledGapFirstThenOldest()
    {
        final FairValueGaps gaps = new FairValueGaps(new FairValueGapSettings(2, 0.0));
        feed(gaps, 10, 9);
        feed(gaps, 12, 10);
        feed(gaps, 14, 11);                  // A: bar1 (10, 9) -> bullish [10, 11]
        feed(gaps, 16, 13);                  // B: bar1 (12, 10) -> bullish [12, 13]
        assertThat(events(gaps)).containsExactly("CREATED 2 BULLISH 12.0..13.0");
        feed(gaps, 30, 12);                  // low 12 fills B; A needs < 11: untouched; bar1 (14, 11): no gap
        assertThat(events(gaps)).containsExactly("FILLED 2 BULLISH 12.0..13.0");
        feed(gaps, 40, 31);                  // C: bar1 (16, 13) -> [16, 31]; full: filled B goes, not A (oldest)
        assertThat(events(gaps)).containsExactly("EVICTED 2 BULLISH 12.0..13.0", "CREATED 3 BULLISH 16.0..31.0");
        assertThat(gaps.gapId(0)).isEqualTo(1L);
        assertThat(gaps.gapId(1)).isEqualTo(3L);
        assertThat(gaps.indexOf(2)).isEqualTo(-1);
        feed(gaps, 50, 41);                  // D: bar1 (30, 12) -> [30, 41]; none filled: the oldest, A, goes
        assertThat(events(gaps)).containsExactly("EVICTED 1 BULLISH 10.0..11.0", "CREATED 4 BULLISH 30.0..41.0");
        feed(gaps, 60, 35);                  // D entered (35 < 41), C not (35 > 31); bar1 (40, 31): no gap
        assertThat(events(gaps)).containsExactly("PARTIALLY_FILLED 4 BULLISH 30.0..41.0");
        assertThat(gaps.gapId(0)).isEqualTo(3L);
        assertThat(gaps.gapId(1)).isEqualTo(4L);
    }

    @Test
    void shouldRejectInvalidSettingsAndIndexes()
    {
        assertThatThrownBy(() -> new FairValueGapSettings(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FairValueGapSettings(8, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FairValueGapSettings(8, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        final FairValueGaps gaps = new FairValueGaps(FairValueGapSettings.defaults());
        assertThatThrownBy(() -> gaps.gapLow(0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> gaps.eventLow(0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void shouldNotAllocateAfterWarmUp()
    {
        final FairValueGaps gaps = new FairValueGaps(FairValueGapSettings.defaults());
        final ThreadMXBean threads = (ThreadMXBean)ManagementFactory.getThreadMXBean();
        assertThat(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()).isTrue();
        final long meterBefore = threads.getThreadAllocatedBytes(Thread.currentThread().threadId());
        sink = new long[1024];
        assertThat(threads.getThreadAllocatedBytes(Thread.currentThread().threadId()) - meterBefore)
            .isGreaterThanOrEqualTo(8 * 1024);
        long events = run(gaps, 0, 20_000);
        long least = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++)
        {
            final long before = threads.getThreadAllocatedBytes(Thread.currentThread().threadId());
            events += run(gaps, 20_000 * (attempt + 1), 10_000);
            final long after = threads.getThreadAllocatedBytes(Thread.currentThread().threadId());
            least = Math.min(least, after - before);
        }
        assertThat(least).as("bytes allocated over 10,000 bars").isZero();
        assertThat(events).isGreaterThan(10_000);
    }

    private long run(final FairValueGaps gaps, final int from, final int count)
    {
        long events = 0;
        for (int i = from; i < from + count; i++)
        {
            // Jumps of 3 up or down every few bars, small bars in between: gaps form and fill.
            final double base = 100 + ((i / 5) % 2 == 0 ? 3 * (i % 5) : 12 - 3 * (i % 5));
            feed(gaps, base + 1, base);
            events += gaps.eventCount();
        }
        return events;
    }
}
