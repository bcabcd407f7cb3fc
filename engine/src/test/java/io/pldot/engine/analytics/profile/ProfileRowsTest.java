package io.pldot.engine.analytics.profile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The committed rows and their block index, on rows built by hand (64 rows: two blocks of 32).
 */
class ProfileRowsTest
{
    /** Row r holds r + 1 units, rows 0..63. */
    private static ProfileRows ramp()
    {
        final ProfileRows rows = new ProfileRows(64);
        for (long r = 0; r < 64; r++)
        {
            rows.add(r, r + 1);
        }
        return rows;
    }

    @Test
    void shouldSumRowsFromWholeBlocksPartialBlocksAndAcrossTheRing()
    {
        final ProfileRows rows = ramp();
        // 1 + 2 + ... + 64 = 64 x 65 / 2 = 2080 (both blocks whole).
        assertThat(rows.sum(0, 64)).isEqualTo(2080);
        // Rows 10..39 hold 11..40: (11 + 40) x 30 / 2 = 765 (a partial block on each side).
        assertThat(rows.sum(10, 40)).isEqualTo(765);
        // Rows 40..45 inside one block: 41 + ... + 46 = 261.
        assertThat(rows.sum(40, 46)).isEqualTo(261);
        // Empty range.
        assertThat(rows.sum(7, 7)).isZero();
    }

    @Test
    void shouldMapRowsBeyondTheArrayOntoTheRing()
    {
        final ProfileRows rows = new ProfileRows(64);
        // Rows 60..69: indices 60..63, then rows 64..69 at indices 0..5.
        for (long r = 60; r < 70; r++)
        {
            rows.add(r, r - 59);
        }
        // 1 + 2 + ... + 10 = 55, summed over the two runs of indices.
        assertThat(rows.sum(60, 70)).isEqualTo(55);
        // Rows 62..65 hold 3, 4, 5, 6.
        assertThat(rows.sum(62, 66)).isEqualTo(18);
        assertThat(rows.at(64)).isEqualTo(5);
        assertThat(rows.at(0)).isEqualTo(5); // the same index: row 0 is not in this window
    }

    @Test
    void shouldRefreshTheMaximumAsRowsComeAndGo()
    {
        final ProfileRows rows = new ProfileRows(64);
        assertThat(rows.refreshMaxima()).isZero();
        rows.add(3, 10);
        rows.add(40, 7);
        assertThat(rows.refreshMaxima()).isEqualTo(10);
        rows.add(3, -10);
        assertThat(rows.refreshMaxima()).isEqualTo(7); // block 0 dirty again: its maximum is now 0
        rows.add(40, -7);
        assertThat(rows.refreshMaxima()).isZero();
        assertThat(rows.sum(0, 64)).isZero();
    }

    @Test
    void shouldPickTheMaximumRowNearestTheMiddleAndTheUpperOnATie()
    {
        final ProfileRows nearest = new ProfileRows(64);
        nearest.add(100, 5);
        nearest.add(104, 9);
        nearest.add(110, 9);
        nearest.add(120, 1);
        // Occupied 100..120, middle 110: 110 is at distance 0, 104 at 6.
        assertThat(nearest.refreshMaxima()).isEqualTo(9);
        assertThat(nearest.nearestMaxRow(100, 120, 9)).isEqualTo(110);

        final ProfileRows tie = new ProfileRows(64);
        tie.add(100, 9);
        tie.add(101, 2);
        tie.add(104, 9);
        // Middle 102: 100 and 104 both 2 rows away; the upper one wins.
        assertThat(tie.refreshMaxima()).isEqualTo(9);
        assertThat(tie.nearestMaxRow(100, 104, 9)).isEqualTo(104);
    }

    @Test
    void shouldFindTheNextOccupiedRowOrStopPastTheLimit()
    {
        final ProfileRows rows = new ProfileRows(64);
        rows.add(10, 1);
        rows.add(15, 1);
        assertThat(rows.nextOccupiedUp(11, 20)).isEqualTo(15);
        assertThat(rows.nextOccupiedUp(15, 20)).isEqualTo(15);
        assertThat(rows.nextOccupiedUp(16, 20)).isEqualTo(21);
        assertThat(rows.nextOccupiedDown(14, 5)).isEqualTo(10);
        assertThat(rows.nextOccupiedDown(9, 5)).isEqualTo(4);
    }

    @Test
    void shouldClearEveryRowAndBlock()
    {
        final ProfileRows rows = ramp();
        assertThat(rows.refreshMaxima()).isEqualTo(64);
        rows.clear();
        assertThat(rows.sum(0, 64)).isZero();
        assertThat(rows.refreshMaxima()).isZero();
    }

    @Test
    void shouldSizeBlocksToTheRing()
    {
        // 32-row blocks, or the whole ring when it is smaller.
        assertThat(ProfileRows.blockShift(1024)).isEqualTo(5);
        assertThat(ProfileRows.blockShift(8)).isEqualTo(3);
        assertThat(ProfileRows.dirtyWords(32)).isEqualTo(1);
        assertThat(ProfileRows.dirtyWords(65)).isEqualTo(2);
        final ProfileRows small = new ProfileRows(8);
        small.add(6, 4);
        small.add(9, 2); // index 1
        assertThat(small.refreshMaxima()).isEqualTo(4);
        assertThat(small.sum(6, 10)).isEqualTo(6);
    }

    @Test
    void shouldThrowRatherThanOverflowARow()
    {
        final ProfileRows rows = new ProfileRows(64);
        rows.add(0, Long.MAX_VALUE);
        assertThatThrownBy(() -> rows.add(0, 1)).isInstanceOf(ArithmeticException.class);
    }
}
