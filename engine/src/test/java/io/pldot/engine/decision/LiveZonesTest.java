package io.pldot.engine.decision;

import io.pldot.journal.schema.AnalyticsCodes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live zone list from a hand-written sequence of zone events.
 */
class LiveZonesTest
{
    private static final int DEMAND = AnalyticsCodes.ZoneKind.DEMAND.code();
    private static final int SUPPLY = AnalyticsCodes.ZoneKind.SUPPLY.code();
    private static final int FRESH = AnalyticsCodes.ZoneStatus.FRESH.code();
    private static final int TESTED = AnalyticsCodes.ZoneStatus.TESTED.code();
    private static final int BROKEN = AnalyticsCodes.ZoneStatus.BROKEN.code();

    @Test
    void shouldAddUpdateAndForgetZonesByKindAndFirstSeen()
    {
        final LiveZones zones = new LiveZones(4);
        zones.on(DEMAND, FRESH, 0, 100, 1.0, 2.0);
        zones.on(SUPPLY, FRESH, 0, 100, 5.0, 6.0); // same time, other kind: another zone
        zones.on(DEMAND, FRESH, 0, 200, 3.0, 4.0);
        assertThat(zones.count()).isEqualTo(3);
        // A test of the first zone updates it in place.
        zones.on(DEMAND, TESTED, 1, 100, 1.0, 2.0);
        assertThat(zones.count()).isEqualTo(3);
        assertThat(zones.tests(0)).isEqualTo(1);
        // Breaking the supply zone (index 1) shifts the later one down, keeping first-seen order.
        zones.on(SUPPLY, BROKEN, 0, 100, 5.0, 6.0);
        assertThat(zones.count()).isEqualTo(2);
        assertThat(zones.kind(1)).isEqualTo(DEMAND);
        assertThat(zones.firstSeen(1)).isEqualTo(200);
        assertThat(zones.low(1)).isEqualTo(3.0);
        assertThat(zones.high(1)).isEqualTo(4.0);
        // Breaking a zone the list does not hold changes nothing.
        zones.on(SUPPLY, BROKEN, 0, 999, 5.0, 6.0);
        assertThat(zones.count()).isEqualTo(2);
    }

    @Test
    void shouldDropTheOldestZoneWhenFull()
    {
        final LiveZones zones = new LiveZones(2);
        zones.on(DEMAND, FRESH, 0, 1, 1.0, 2.0);
        zones.on(DEMAND, FRESH, 0, 2, 2.0, 3.0);
        zones.on(DEMAND, FRESH, 0, 3, 3.0, 4.0); // zone 1 goes
        assertThat(zones.count()).isEqualTo(2);
        assertThat(zones.firstSeen(0)).isEqualTo(2);
        assertThat(zones.firstSeen(1)).isEqualTo(3);
    }
}
