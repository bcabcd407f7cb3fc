package io.pldot.engine.analytics.profile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape rules of {@link ProfileShape} on rows built by hand, the thirds worked out in each
 * comment from part(r) = floor(3 (r − L) / n).
 */
class ShapeRulesTest
{
    /** Rows 0, 1, 2, ... holding the given volumes. */
    private static ProfileRows rows(final long... volumes)
    {
        final ProfileRows rows = new ProfileRows(64);
        for (int r = 0; r < volumes.length; r++)
        {
            rows.add(r, volumes[r]);
        }
        return rows;
    }

    @Test
    void shouldCallFewerThanThreeRowsBalanced()
    {
        assertThat(ShapeRules.classify(rows(1, 9), 0, 1, 1)).isEqualTo(ProfileShape.BALANCED);
        assertThat(ShapeRules.classify(rows(5), 0, 0, 0)).isEqualTo(ProfileShape.BALANCED);
    }

    @Test
    void shouldFindADoubleDistributionOnlyWhenBothOuterThirdsExceedTwiceTheMiddle()
    {
        // 6 rows: thirds 0-1, 2-3, 4-5 hold 20, 2, 20; 20 > 2 x 2 on both sides.
        assertThat(ShapeRules.classify(rows(10, 10, 1, 1, 10, 10), 0, 5, 0))
            .isEqualTo(ProfileShape.DOUBLE_DISTRIBUTION);
        // Thirds 20, 10, 20: 20 is not more than 2 x 10, so the POC's third decides (row 0: lower).
        assertThat(ShapeRules.classify(rows(10, 10, 5, 5, 10, 10), 0, 5, 0)).isEqualTo(ProfileShape.B_SHAPE);
    }

    @Test
    void shouldSplitUnevenThirdsAsTheFloorRuleDoes()
    {
        // 7 rows: 3r/7 gives parts 0,0,0,1,1,2,2, so row 2 is in the lower third. Lower 1+1+3 = 5,
        // middle 1+1 = 2, upper 5+5 = 10: 5 > 4 and 10 > 4, a double distribution. Were row 2
        // counted in the middle third, the lower third would hold 2 and it would not be one.
        assertThat(ShapeRules.classify(rows(1, 1, 3, 1, 1, 5, 5), 0, 6, 5))
            .isEqualTo(ProfileShape.DOUBLE_DISTRIBUTION);
    }

    @Test
    void shouldClassifyByThePocThird()
    {
        // 9 even rows (thirds 3, 3, 3: never double): 3 x 7 / 9 = 2, 3 x 2 / 9 = 0, 3 x 3 / 9 = 1.
        final ProfileRows even = rows(1, 1, 1, 1, 1, 1, 1, 1, 1);
        assertThat(ShapeRules.classify(even, 0, 8, 7)).isEqualTo(ProfileShape.P_SHAPE);
        assertThat(ShapeRules.classify(even, 0, 8, 2)).isEqualTo(ProfileShape.B_SHAPE);
        assertThat(ShapeRules.classify(even, 0, 8, 3)).isEqualTo(ProfileShape.BALANCED);
        assertThat(ShapeRules.classify(even, 0, 8, 5)).isEqualTo(ProfileShape.BALANCED);
        assertThat(ShapeRules.classify(even, 0, 8, 6)).isEqualTo(ProfileShape.P_SHAPE);
    }
}
