package io.pldot.engine.analytics.drummond;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DrummondLinesTest
{
    private static final double EPS = 1e-9;

    @Test
    void shouldHaveNoLineOnTheFirstBar()
    {
        final DrummondLines lines = new DrummondLines(20, ZoneToleranceMode.ABSOLUTE, 0.5);
        lines.update(10, 8, 9);
        assertThat(lines.hasLines()).isFalse();
        assertThat(lines.zoneCount(LineType.SUPPORT)).isZero();
        assertThat(lines.latestProjection(LineType.RESISTANCE)).isNaN();
        assertThat(lines.nearestSupportPrice()).isNaN();
        assertThat(lines.nearestSupportStrength()).isZero();
        assertThat(lines.nearestResistancePrice()).isNaN();
        assertThat(lines.nearestResistanceStrength()).isZero();
    }

    @Test
    void shouldProjectEachTwoBarLineOneBarAhead()
    {
        final DrummondLines lines = new DrummondLines(20, ZoneToleranceMode.ABSOLUTE, 0.5);
        lines.update(10, 8, 9);
        lines.update(11, 7.5, 10);
        // highs 10 -> 11 project 11 + 1 = 12; lows 8 -> 7.5 project 7.5 - 0.5 = 7
        assertThat(lines.latestProjection(LineType.RESISTANCE)).isCloseTo(12.0, within(EPS));
        assertThat(lines.latestSlope(LineType.RESISTANCE)).isCloseTo(1.0, within(EPS));
        assertThat(lines.latestProjection(LineType.SUPPORT)).isCloseTo(7.0, within(EPS));
        assertThat(lines.latestSlope(LineType.SUPPORT)).isCloseTo(-0.5, within(EPS));
        assertThat(lines.zoneCount(LineType.RESISTANCE)).isEqualTo(1);
        assertThat(lines.zoneStrength(LineType.RESISTANCE, 0)).isEqualTo(1);
        // close 10: support 7 below it, resistance 12 above it
        assertThat(lines.nearestSupportPrice()).isCloseTo(7.0, within(EPS));
        assertThat(lines.nearestResistancePrice()).isCloseTo(12.0, within(EPS));
    }

    @Test
    void shouldClusterNearbyProjectionsOfOneTypeWithinTheLookback()
    {
        final DrummondLines lines = new DrummondLines(3, ZoneToleranceMode.ABSOLUTE, 0.5);
        lines.update(10, 8, 9);
        lines.update(11, 9, 10);       // R 12,   S 10
        lines.update(11.2, 9.1, 10);   // R 11.4, S 9.2
        lines.update(11.3, 9.5, 10);   // R 11.4, S 9.9
        // R sorted 11.4, 11.4, 12: gaps 0 (join), 0.6 > 0.5 (new) -> [11.4 x2], [12 x1]
        assertThat(lines.zoneCount(LineType.RESISTANCE)).isEqualTo(2);
        assertThat(lines.zoneCenter(LineType.RESISTANCE, 0)).isCloseTo(11.4, within(EPS));
        assertThat(lines.zoneStrength(LineType.RESISTANCE, 0)).isEqualTo(2);
        assertThat(lines.zoneCenter(LineType.RESISTANCE, 1)).isCloseTo(12.0, within(EPS));
        assertThat(lines.zoneStrength(LineType.RESISTANCE, 1)).isEqualTo(1);
        // S sorted 9.2, 9.9, 10: gaps 0.7 (new), 0.1 (join) -> [9.2], [9.9..10 x2] centered 9.95
        assertThat(lines.zoneCount(LineType.SUPPORT)).isEqualTo(2);
        assertThat(lines.zoneLower(LineType.SUPPORT, 1)).isCloseTo(9.9, within(EPS));
        assertThat(lines.zoneUpper(LineType.SUPPORT, 1)).isCloseTo(10.0, within(EPS));
        assertThat(lines.zoneCenter(LineType.SUPPORT, 1)).isCloseTo(9.95, within(EPS));
        assertThat(lines.zoneStrength(LineType.SUPPORT, 1)).isEqualTo(2);
        // close 10: support at or below it is 9.95 (x2); resistance at or above it 11.4 (x2)
        assertThat(lines.nearestSupportPrice()).isCloseTo(9.95, within(EPS));
        assertThat(lines.nearestSupportStrength()).isEqualTo(2);
        assertThat(lines.nearestResistancePrice()).isCloseTo(11.4, within(EPS));
        assertThat(lines.nearestResistanceStrength()).isEqualTo(2);

        lines.update(12, 10, 11);      // R 12.7, S 10.5; the lookback of 3 pairs drops R 12 and S 10
        // R 11.4, 11.4, 12.7 -> [11.4 x2], [12.7]; S 9.2, 9.9, 10.5 -> gaps 0.7, 0.6 -> three zones
        assertThat(lines.zoneCount(LineType.RESISTANCE)).isEqualTo(2);
        assertThat(lines.zoneCenter(LineType.RESISTANCE, 1)).isCloseTo(12.7, within(EPS));
        assertThat(lines.zoneCount(LineType.SUPPORT)).isEqualTo(3);
        // close 11: nearest support 10.5 (x1); nearest resistance 11.4 (x2)
        assertThat(lines.nearestSupportPrice()).isCloseTo(10.5, within(EPS));
        assertThat(lines.nearestSupportStrength()).isEqualTo(1);
        assertThat(lines.nearestResistancePrice()).isCloseTo(11.4, within(EPS));
    }

    @Test
    void shouldClusterWithAPercentageOfPrice()
    {
        // resistance projections 2h2 - h1: 1000 -> 1000 gives 1000; 1000 -> 1000.45 gives 1000.9;
        // 1000.45 -> 1001.225 gives 1002
        final double[] highs = {1000, 1000, 1000.45, 1001.225};
        final DrummondLines percent = new DrummondLines(20, ZoneToleranceMode.PERCENT, 0.1);
        final DrummondLines absolute = new DrummondLines(20, ZoneToleranceMode.ABSOLUTE, 0.5);
        for (final double high : highs)
        {
            percent.update(high, high - 10, high - 5);
            absolute.update(high, high - 10, high - 5);
        }
        // 0.1 % of 1000 is 1.0: 1000.9 - 1000 = 0.9 joins; 1002 - 1000.9 = 1.1 > 1.0009 does not
        assertThat(percent.zoneCount(LineType.RESISTANCE)).isEqualTo(2);
        assertThat(percent.zoneStrength(LineType.RESISTANCE, 0)).isEqualTo(2);
        assertThat(percent.zoneCenter(LineType.RESISTANCE, 0)).isCloseTo(1000.45, within(EPS));
        // the absolute 0.5 keeps all three apart
        assertThat(absolute.zoneCount(LineType.RESISTANCE)).isEqualTo(3);
    }

    @Test
    void shouldStayBoundedByTheLookback()
    {
        final DrummondLines lines = new DrummondLines(7, ZoneToleranceMode.ABSOLUTE, 0.5);
        for (int n = 0; n < 1_000; n++)
        {
            final double high = 100 + (n * 37 % 11);
            lines.update(high, high - 3, high - 1);
        }
        for (final LineType type : LineType.values())
        {
            int lines7 = 0;
            for (int z = 0; z < lines.zoneCount(type); z++)
            {
                lines7 += lines.zoneStrength(type, z);
            }
            assertThat(lines7).as(type + " lines in zones").isEqualTo(7);
        }
    }

    @Test
    void shouldMakeOneZoneOfFlatBars()
    {
        final DrummondLines lines = new DrummondLines(20, ZoneToleranceMode.ABSOLUTE, 0);
        for (int n = 0; n < 30; n++)
        {
            lines.update(5, 5, 5);
        }
        assertThat(lines.zoneCount(LineType.SUPPORT)).isEqualTo(1);
        assertThat(lines.zoneStrength(LineType.SUPPORT, 0)).isEqualTo(20);
        assertThat(lines.nearestSupportPrice()).isEqualTo(5.0);
        assertThat(lines.nearestResistancePrice()).isEqualTo(5.0);
        assertThat(lines.nearestResistanceStrength()).isEqualTo(20);
    }

    @Test
    void shouldRefuseAnIndexOutsideTheZones()
    {
        final DrummondLines lines = new DrummondLines(20, ZoneToleranceMode.ABSOLUTE, 0.5);
        assertThatThrownBy(() -> lines.zoneCenter(LineType.SUPPORT, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new DrummondLines(0, ZoneToleranceMode.ABSOLUTE, 0.5))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DrummondLines(65, ZoneToleranceMode.ABSOLUTE, 0.5))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DrummondLines(20, ZoneToleranceMode.PERCENT, -1))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
