package io.pldot.engine.analytics.drummond;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The projections and zones of one line type, on lines whose projections (end + (end − start))
 * and chains are worked out in each comment. Values are quarters: exact in binary, so every gap
 * compares as by hand.
 */
class LineZonesTest
{
    @Test
    void shouldProjectEachLineOneBarAhead()
    {
        final LineZones zones = new LineZones(5, false, 0.5);
        zones.addLine(9, 10); // 10 + (10 - 9) = 11
        assertThat(zones.lineEnd).isEqualTo(10.0);
        assertThat(zones.lineSlope).isEqualTo(1.0);
        assertThat(zones.projections.get(0)).isEqualTo(11.0);
    }

    @Test
    void shouldChainProjectionsWithinTheAbsoluteTolerance()
    {
        // Projections 11, 10.5, 10, 20; sorted 10, 10.5, 11, 20. Gaps 0.5, 0.5 (join: <= 0.5)
        // and 9: zones [10, 11] of 3 lines and [20, 20] of 1.
        final LineZones zones = fourLines();
        zones.chained();
        assertThat(zones.zones).isEqualTo(2);
        assertThat(zones.zoneLower[0]).isEqualTo(10.0);
        assertThat(zones.zoneUpper[0]).isEqualTo(11.0);
        assertThat(zones.zoneStrength[0]).isEqualTo(3);
        assertThat(zones.zoneLower[1]).isEqualTo(20.0);
        assertThat(zones.zoneUpper[1]).isEqualTo(20.0);
        assertThat(zones.zoneStrength[1]).isEqualTo(1);
        // Ranks 0 and 3 start a zone.
        assertThat(zones.starts).isEqualTo(0b1001L);
    }

    @Test
    void shouldFindTheNearestZoneOnEachSideOfTheClose()
    {
        // Zone centers 10.5 (strength 3) and 20 (strength 1), as above.
        final LineZones zones = fourLines();
        zones.findNearest(15, true);
        assertThat(zones.nearestCenter).isEqualTo(10.5);
        assertThat(zones.nearestStrength).isEqualTo(3);
        zones.findNearest(15, false);
        assertThat(zones.nearestCenter).isEqualTo(20.0);
        assertThat(zones.nearestStrength).isEqualTo(1);
        // At the center counts; 10.75 is inside the lower zone but above its center.
        zones.findNearest(10.5, true);
        assertThat(zones.nearestCenter).isEqualTo(10.5);
        zones.findNearest(10.75, false);
        assertThat(zones.nearestCenter).isEqualTo(20.0);
        // Nothing below 5, nothing above 25, and a NaN close has no side.
        zones.findNearest(5, true);
        assertThat(zones.nearestCenter).isNaN();
        assertThat(zones.nearestStrength).isZero();
        zones.findNearest(25, false);
        assertThat(zones.nearestCenter).isNaN();
        zones.findNearest(Double.NaN, true);
        assertThat(zones.nearestCenter).isNaN();
    }

    @Test
    void shouldScaleAPercentToleranceWithThePreviousProjection()
    {
        // Projections 100, 109, 121 (flat lines). 109 - 100 = 9 <= 10% of 100 = 10: joins;
        // 121 - 109 = 12 > 10% of 109 = 10.9: a new zone.
        final LineZones zones = new LineZones(5, true, 10);
        zones.addLine(100, 100);
        zones.addLine(109, 109);
        zones.addLine(121, 121);
        zones.chained();
        assertThat(zones.zones).isEqualTo(2);
        assertThat(zones.zoneStrength[0]).isEqualTo(2);
        assertThat(zones.zoneLower[1]).isEqualTo(121.0);
    }

    @Test
    void shouldDropTheOldestProjectionBeyondTheLookback()
    {
        // Lookback 2: 10, then 10.5 (one zone of 2), then 20 pushes 10 out: 10.5 and 20, apart.
        final LineZones zones = new LineZones(2, false, 0.5);
        zones.addLine(10, 10);
        zones.addLine(10.5, 10.5);
        zones.findNearest(30, true);
        assertThat(zones.nearestCenter).isEqualTo(10.25);
        assertThat(zones.nearestStrength).isEqualTo(2);
        zones.addLine(20, 20);
        zones.findNearest(15, true);
        assertThat(zones.nearestCenter).isEqualTo(10.5);
        assertThat(zones.nearestStrength).isEqualTo(1);
    }

    @Test
    void shouldSearchTheFullListWhenACenterCouldOverflow()
    {
        // 0 and 2^1002 (beyond 2^1000: the reference scan, not the bit mask): two zones.
        final LineZones zones = new LineZones(5, false, 0.5);
        zones.addLine(0, 0);
        zones.addLine(0, 0x1p1001); // 2^1001 + 2^1001
        zones.findNearest(1, true);
        assertThat(zones.nearestCenter).isZero();
        assertThat(zones.nearestStrength).isEqualTo(1);
        zones.findNearest(1, false);
        assertThat(zones.nearestCenter).isEqualTo(0x1p1002);
    }

    /** Projections 11, 10.5, 10 and 20 with an absolute tolerance of 0.5. */
    private static LineZones fourLines()
    {
        final LineZones zones = new LineZones(5, false, 0.5);
        zones.addLine(9, 10);      // 11
        zones.addLine(10, 10.25);  // 10.5
        zones.addLine(0, 5);       // 10
        zones.addLine(20, 20);     // 20
        return zones;
    }
}
