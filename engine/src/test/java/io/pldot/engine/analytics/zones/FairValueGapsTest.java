package io.pldot.engine.analytics.zones;

import com.sun.management.ThreadMXBean;
import io.pldot.engine.analytics.bar.Bar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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

    /**
     * Against a plain list that applies the documented rules to every gap, oldest first (no slots,
     * no reach bounds, no bit mask of reached slots): random walks on a coarse price grid, so bars
     * touch gap edges exactly, repeat prices and are sometimes flat. Capacities up to 64 take the
     * bit-mask path, larger ones the per-gap loop; 1 and 3 evict on almost every gap.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 3, 32, 64, 65, 100})
    void shouldMatchAStraightforwardListOnRandomBars(final int capacity)
    {
        final Random random = new Random(capacity);
        final FairValueGaps gaps = new FairValueGaps(new FairValueGapSettings(capacity, capacity % 2 == 0 ? 0.0 : 0.5));
        final ReferenceGaps reference = new ReferenceGaps(capacity, capacity % 2 == 0 ? 0.0 : 0.5);
        double price = 100;
        long events = 0;
        for (int t = 0; t < 20_000; t++)
        {
            price = Math.max(5, price + (random.nextInt(9) - 4) * 0.5);
            final double low = random.nextInt(8) == 0 ? price : price - random.nextInt(4) * 0.5;
            final double high = random.nextInt(8) == 0 ? price : price + random.nextInt(4) * 0.5;
            bar.set(60L * t, 60L * t + 60, low, high, low, high, 1);
            gaps.update(bar);
            final List<String> expected = reference.update(bar);
            final List<String> actual = new ArrayList<>();
            for (int i = 0; i < gaps.eventCount(); i++)
            {
                actual.add(gaps.eventType(i) + " " + gaps.eventGapId(i) + " " + gaps.eventGapDirection(i) + " "
                    + gaps.eventStatus(i) + " " + gaps.eventLow(i) + " " + gaps.eventHigh(i) + " "
                    + gaps.eventFillPercent(i) + " " + gaps.eventCreatedAt(i) + " " + gaps.eventLastTouched(i));
            }
            assertThat(actual).as("events of bar %d", t).isEqualTo(expected);
            events += actual.size();
            final List<String> listed = new ArrayList<>();
            for (int i = 0; i < gaps.gapCount(); i++)
            {
                listed.add(gaps.gapId(i) + " " + gaps.gapDirection(i) + " " + gaps.gapStatus(i) + " " + gaps.gapLow(i)
                    + " " + gaps.gapHigh(i) + " " + gaps.gapFillPercent(i) + " " + gaps.gapCreatedAt(i) + " "
                    + gaps.gapLastTouched(i) + " " + gaps.gapFilledAt(i));
            }
            assertThat(listed).as("gaps after bar %d", t).isEqualTo(reference.listed());
        }
        assertThat(events).as("events compared").isGreaterThan(2_000);
    }

    /** The documented rules on a list of gap records, oldest first. */
    private static final class ReferenceGaps
    {
        private static final class Gap
        {
            long id;
            GapDirection direction;
            GapStatus status;
            double low;
            double high;
            double fill;
            long created;
            long touched = FairValueGaps.NO_TIME;
            long filledAt = FairValueGaps.NO_TIME;

            String event(final GapEventType type)
            {
                return type + " " + id + " " + direction + " " + status + " " + low + " " + high + " " + fill + " "
                    + created + " " + touched;
            }
        }

        private final int capacity;
        private final double minGapSize;
        private final List<Gap> list = new ArrayList<>();
        private final double[] highs = new double[2];
        private final double[] lows = new double[2];
        private long seen;
        private long nextId = 1;

        ReferenceGaps(final int capacity, final double minGapSize)
        {
            this.capacity = capacity;
            this.minGapSize = minGapSize;
        }

        List<String> update(final Bar bar)
        {
            final List<String> events = new ArrayList<>();
            final long time = bar.openTime();
            for (final Gap g : list)
            {
                if (g.status == GapStatus.FILLED)
                {
                    continue;
                }
                final boolean bullish = g.direction == GapDirection.BULLISH;
                if (bullish ? bar.low() <= g.low : bar.high() >= g.high)
                {
                    g.status = GapStatus.FILLED;
                    g.fill = 100.0;
                    g.touched = time;
                    g.filledAt = time;
                    events.add(g.event(GapEventType.FILLED));
                }
                else if (bullish ? bar.low() < g.high : bar.high() > g.low)
                {
                    final double depth = bullish ? g.high - bar.low() : bar.high() - g.low;
                    g.fill = Math.max(g.fill, depth / (g.high - g.low) * 100.0);
                    g.touched = time;
                    if (g.status == GapStatus.OPEN)
                    {
                        g.status = GapStatus.PARTIAL;
                        events.add(g.event(GapEventType.PARTIALLY_FILLED));
                    }
                }
            }
            if (seen >= 2)
            {
                final double bar1High = highs[seen % 2 == 0 ? 0 : 1];
                final double bar1Low = lows[seen % 2 == 0 ? 0 : 1];
                if (bar1High < bar.low() && bar.low() - bar1High > minGapSize)
                {
                    create(GapDirection.BULLISH, bar1High, bar.low(), time, events);
                }
                else if (bar1Low > bar.high() && bar1Low - bar.high() > minGapSize)
                {
                    create(GapDirection.BEARISH, bar.high(), bar1Low, time, events);
                }
            }
            // Slot seen % 2 held the bar two back: the bar just read replaces it.
            highs[(int)(seen % 2)] = bar.high();
            lows[(int)(seen % 2)] = bar.low();
            seen++;
            return events;
        }

        private void create(
            final GapDirection direction, final double low, final double high, final long time, final List<String> events)
        {
            if (list.size() == capacity)
            {
                int victim = 0;
                for (int i = 0; i < list.size(); i++)
                {
                    if (list.get(i).status == GapStatus.FILLED)
                    {
                        victim = i;
                        break;
                    }
                }
                events.add(list.remove(victim).event(GapEventType.EVICTED));
            }
            final Gap g = new Gap();
            g.id = nextId++;
            g.direction = direction;
            g.status = GapStatus.OPEN;
            g.low = low;
            g.high = high;
            g.created = time;
            list.add(g);
            events.add(g.event(GapEventType.CREATED));
        }

        List<String> listed()
        {
            final List<String> out = new ArrayList<>();
            for (final Gap g : list)
            {
                out.add(g.id + " " + g.direction + " " + g.status + " " + g.low + " " + g.high + " " + g.fill + " "
                    + g.created + " " + g.touched + " " + g.filledAt);
            }
            return out;
        }
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
        // The JIT compiles the update in stages over the first tens of thousands of bars
        // (interpreted and C1 code allocates the vector temporaries that C2 keeps in registers):
        // a longer warm-up, and the least of several runs is the steady state.
        long events = run(gaps, 0, 50_000);
        long least = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 6; attempt++)
        {
            final long before = threads.getThreadAllocatedBytes(Thread.currentThread().threadId());
            events += run(gaps, 50_000 + 10_000 * attempt, 10_000);
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
