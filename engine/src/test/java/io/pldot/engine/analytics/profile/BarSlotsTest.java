package io.pldot.engine.analytics.profile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-bar slots: bar bounds, the even spread of a bar's volume, commit, eviction and the
 * clamp of a re-centred range, each worked out by hand in the comments.
 */
class BarSlotsTest
{
    @Test
    void shouldMergeTradesBeyondTheBarBoundIntoItsNearestEdgeRow()
    {
        final BarSlots slots = new BarSlots(2, 4);
        slots.add(100, 1);
        slots.add(103, 2); // rows 100..103: four rows, the bound
        slots.add(104, 5); // 104 - 100 = 4 rows away: into the top edge, 103
        slots.add(99, 1);  // 103 - 99 = 4 rows away: into the bottom edge, 100
        slots.seal();
        final int bar = slots.current();
        assertThat(slots.min(bar)).isEqualTo(100);
        assertThat(slots.max(bar)).isEqualTo(103);
        assertThat(slots.volume(bar, 100)).isEqualTo(2);
        assertThat(slots.volume(bar, 103)).isEqualTo(7);
        assertThat(slots.mergedCount()).isEqualTo(2);
    }

    @Test
    void shouldSpreadTheRemainderOverTheCentreRows()
    {
        // 13 over rows 10..14: 2 each and 13 mod 5 = 3 extra units on the centre rows 11, 12, 13.
        final BarSlots odd = new BarSlots(1, 8);
        odd.spread(10, 14, 13);
        odd.seal();
        assertThat(rowsOf(odd, 10, 14)).containsExactly(2, 3, 3, 3, 2);
        // 6 over four rows: 1 each, the 2 extra on the middle two. 5 over four rows: the one extra
        // cannot sit in the middle, it goes half a row up, to the third row.
        final BarSlots even = new BarSlots(1, 8);
        even.spread(0, 3, 6);
        even.seal();
        assertThat(rowsOf(even, 0, 3)).containsExactly(1, 2, 2, 1);
        final BarSlots upper = new BarSlots(1, 8);
        upper.spread(0, 3, 5);
        upper.seal();
        assertThat(rowsOf(upper, 0, 3)).containsExactly(1, 1, 2, 1);
        assertThat(odd.mergedCount() + even.mergedCount() + upper.mergedCount()).isZero();
    }

    @Test
    void shouldSpreadABarWiderThanTheBoundIntoItsTopEdgeRow()
    {
        // 20 over rows 0..9, 2 each; a bar holds 4 rows, so rows 3..9 (7 x 2 = 14) go to row 3:
        // 2, 2, 2, 14, and 10 - 4 = 6 rows merged.
        final BarSlots slots = new BarSlots(1, 4);
        slots.spread(0, 9, 20);
        slots.seal();
        assertThat(rowsOf(slots, 0, 3)).containsExactly(2, 2, 2, 14);
        assertThat(slots.max(slots.current())).isEqualTo(3);
        assertThat(slots.mergedCount()).isEqualTo(6);
    }

    @Test
    void shouldAddAndEvictExactlyWhatABarHolds()
    {
        final BarSlots slots = new BarSlots(1, 4);
        final ProfileRows rows = new ProfileRows(64);
        slots.add(20, 3);
        slots.add(21, 4);
        slots.seal();
        assertThat(slots.addTo(rows, slots.current())).isEqualTo(7);
        slots.advance();
        assertThat(slots.committed()).isEqualTo(1);
        assertThat(rows.at(20)).isEqualTo(3);
        assertThat(rows.at(21)).isEqualTo(4);

        final int leaving = slots.oldest();
        assertThat(slots.evictOldest(rows)).isEqualTo(7);
        assertThat(slots.committed()).isZero();
        assertThat(rows.sum(0, 64)).isZero();
        assertThat(slots.min(leaving)).isEqualTo(BarSlots.EMPTY_MIN);
        assertThat(slots.max(leaving)).isEqualTo(BarSlots.EMPTY_MAX);
        assertThat(slots.oldest()).isEqualTo(slots.next(leaving));
    }

    @Test
    void shouldWrapTheRingOfWindowPlusOneSlots()
    {
        final BarSlots slots = new BarSlots(2, 4); // slots 0, 1, 2
        assertThat(slots.next(0)).isEqualTo(1);
        assertThat(slots.next(2)).isZero();
        slots.add(5, 1);
        slots.seal();
        slots.advance();
        assertThat(slots.current()).isEqualTo(1);
        // A fresh slot starts empty: the first trade sets its range.
        slots.add(9, 1);
        slots.seal();
        assertThat(slots.min(1)).isEqualTo(9);
        assertThat(slots.max(1)).isEqualTo(9);
    }

    @Test
    void shouldClampASlotIntoARangeMergingIntoTheEdgeRows()
    {
        final BarSlots slots = new BarSlots(1, 4);
        slots.add(100, 1);
        slots.add(101, 2);
        slots.add(102, 3);
        slots.add(103, 4);
        slots.seal();
        final int bar = slots.current();
        // Range from 102 up: rows 100 and 101 (1 + 2) go into 102: 6, and 103 keeps 4.
        slots.clamp(bar, 102, 200);
        assertThat(slots.min(bar)).isEqualTo(102);
        assertThat(slots.max(bar)).isEqualTo(103);
        assertThat(rowsOf(slots, 102, 103)).containsExactly(6, 4);
        assertThat(slots.mergedCount()).isEqualTo(2);
        // Range 0..50, wholly below the bar: everything (10) ends in the top edge, row 50.
        slots.clamp(bar, 0, 50);
        assertThat(slots.min(bar)).isEqualTo(50);
        assertThat(slots.max(bar)).isEqualTo(50);
        assertThat(slots.volume(bar, 50)).isEqualTo(10);
        assertThat(slots.mergedCount()).isEqualTo(4);
        // Already inside: unchanged.
        slots.clamp(bar, 0, 50);
        assertThat(slots.mergedCount()).isEqualTo(4);
    }

    private static long[] rowsOf(final BarSlots slots, final long from, final long to)
    {
        final long[] volumes = new long[(int)(to - from + 1)];
        for (long r = from; r <= to; r++)
        {
            volumes[(int)(r - from)] = slots.volume(slots.current(), r);
        }
        return volumes;
    }
}
