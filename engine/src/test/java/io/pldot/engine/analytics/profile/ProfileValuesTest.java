package io.pldot.engine.analytics.profile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * POC, value area and shape on rows built by hand; each expectation worked out in its comment.
 */
class ProfileValuesTest
{
    @Test
    void shouldRoundTheValueAreaTargetUpExactly()
    {
        // 180 x 70% = 126 exactly; 181 x 70% = 126.7 -> 127; 1 x 1% = 0.01 -> 1.
        assertThat(ProfileValues.threshold(180, 70)).isEqualTo(126);
        assertThat(ProfileValues.threshold(181, 70)).isEqualTo(127);
        assertThat(ProfileValues.threshold(1, 1)).isEqualTo(1);
        assertThat(ProfileValues.threshold(0, 70)).isZero();
        // The whole of the largest volume, with no overflow on the way.
        assertThat(ProfileValues.threshold(Long.MAX_VALUE, 100)).isEqualTo(Long.MAX_VALUE);
        // 2^62 x 70% = 3,228,180,212,899,171,532.8 -> ...533.
        assertThat(ProfileValues.threshold(1L << 62, 70)).isEqualTo(3_228_180_212_899_171_533L);
    }

    @Test
    void shouldExpandFromThePocToTheTarget()
    {
        // Rows 100..108 hold 5 10 20 35 40 30 25 10 5: total 180, target 126. POC 104 (40).
        // Below 103 (35) beats above 105 (30): 75. Above 105 (30) beats below 102 (20): 105.
        // Above 106 (25) beats below 102 (20): 130 >= 126. VAL 103, VAH 106.
        // Thirds 100-102 (35), 103-105 (105), 106-108 (40); POC in the middle: balanced.
        final ProfileRows rows = new ProfileRows(64);
        final long[] volumes = {5, 10, 20, 35, 40, 30, 25, 10, 5};
        for (int i = 0; i < volumes.length; i++)
        {
            rows.add(100 + i, volumes[i]);
        }
        final ProfileValues values = new ProfileValues(rows, 70);
        values.compute(98, 110, 180); // the window is wider than the occupied rows
        assertThat(values.pocRow()).isEqualTo(104);
        assertThat(values.valueAreaLowRow()).isEqualTo(103);
        assertThat(values.valueAreaHighRow()).isEqualTo(106);
        assertThat(values.valueAreaVolume()).isEqualTo(130);
        assertThat(values.shape()).isEqualTo(ProfileShape.BALANCED);
    }

    @Test
    void shouldStepOverEmptyRowsAndStopWhenOneSideRunsOut()
    {
        // Rows 10 (4), 13 (10), 14 (3), 20 (5): total 22, 70% = 15.4 -> 16. POC 13: area 10.
        // Below 10 (4) beats above 14 (3): 14, VAL 10. Nothing below: above 14 (3): 17 >= 16.
        // Thirds of 11 rows: 10-13 (14), 14-17 (3), 18-20 (5): 5 is not > 6, not double.
        // POC third 3 x 3 / 11 = 0: lower, B shape.
        final ProfileRows rows = new ProfileRows(64);
        rows.add(10, 4);
        rows.add(13, 10);
        rows.add(14, 3);
        rows.add(20, 5);
        final ProfileValues values = new ProfileValues(rows, 70);
        values.compute(10, 20, 22);
        assertThat(values.pocRow()).isEqualTo(13);
        assertThat(values.valueAreaLowRow()).isEqualTo(10);
        assertThat(values.valueAreaHighRow()).isEqualTo(14);
        assertThat(values.valueAreaVolume()).isEqualTo(17);
        assertThat(values.shape()).isEqualTo(ProfileShape.B_SHAPE);

        // At 100% the area takes every occupied row: 10..20, all 22.
        final ProfileValues all = new ProfileValues(rows, 100);
        all.compute(10, 20, 22);
        assertThat(all.valueAreaLowRow()).isEqualTo(10);
        assertThat(all.valueAreaHighRow()).isEqualTo(20);
        assertThat(all.valueAreaVolume()).isEqualTo(22);
    }

    @Test
    void shouldHaveNoShapeWithoutVolume()
    {
        final ProfileRows rows = new ProfileRows(64);
        final ProfileValues values = new ProfileValues(rows, 70);
        assertThat(values.shape()).isNull();
        rows.add(5, 3);
        values.compute(5, 5, 3);
        assertThat(values.shape()).isEqualTo(ProfileShape.BALANCED);
        assertThat(values.valueAreaVolume()).isEqualTo(3);
        rows.add(5, -3);
        values.compute(5, 5, 0);
        assertThat(values.shape()).isNull();
        assertThat(values.valueAreaVolume()).isZero();
    }
}
