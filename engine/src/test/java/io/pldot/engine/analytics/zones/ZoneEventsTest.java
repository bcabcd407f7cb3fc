package io.pldot.engine.analytics.zones;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The zone event buffer: each event keeps the copy it was given, and only the events of the
 * current update are readable.
 */
class ZoneEventsTest
{
    private static final byte DEMAND = (byte)ZoneKind.DEMAND.ordinal();
    private static final byte SUPPLY = (byte)ZoneKind.SUPPLY.ordinal();
    private static final byte TESTED = (byte)ZoneStatus.TESTED.ordinal();
    private static final byte FRESH = (byte)ZoneStatus.FRESH.ordinal();

    @Test
    void shouldKeepEveryFieldOfEachEventInOrder()
    {
        final ZoneEvents events = new ZoneEvents(4);
        events.add(ZoneEventType.TESTED, 7, DEMAND, TESTED, 1.5, 2.5, 60.0, 1_000, 2_000, 3);
        events.add(ZoneEventType.CREATED, 8, SUPPLY, FRESH, 3.0, 4.0, 100.0, 3_000, SupplyDemandZones.NO_TIME, 0);
        assertThat(events.count()).isEqualTo(2);

        assertThat(events.type(0)).isEqualTo((byte)ZoneEventType.TESTED.ordinal());
        assertThat(events.zoneId(0)).isEqualTo(7);
        assertThat(events.zoneKind(0)).isEqualTo(DEMAND);
        assertThat(events.status(0)).isEqualTo(TESTED);
        assertThat(events.low(0)).isEqualTo(1.5);
        assertThat(events.high(0)).isEqualTo(2.5);
        assertThat(events.strength(0)).isEqualTo(60.0);
        assertThat(events.firstSeen(0)).isEqualTo(1_000);
        assertThat(events.lastTested(0)).isEqualTo(2_000);
        assertThat(events.testCount(0)).isEqualTo(3);

        assertThat(events.type(1)).isEqualTo((byte)ZoneEventType.CREATED.ordinal());
        assertThat(events.zoneId(1)).isEqualTo(8);
        assertThat(events.zoneKind(1)).isEqualTo(SUPPLY);
        assertThat(events.status(1)).isEqualTo(FRESH);
        assertThat(events.low(1)).isEqualTo(3.0);
        assertThat(events.high(1)).isEqualTo(4.0);
        assertThat(events.strength(1)).isEqualTo(100.0);
        assertThat(events.firstSeen(1)).isEqualTo(3_000);
        assertThat(events.lastTested(1)).isEqualTo(SupplyDemandZones.NO_TIME);
        assertThat(events.testCount(1)).isZero();
    }

    @Test
    void shouldRejectIndicesOutsideTheCurrentUpdate()
    {
        final ZoneEvents events = new ZoneEvents(4);
        events.add(ZoneEventType.BROKEN, 1, DEMAND, (byte)ZoneStatus.BROKEN.ordinal(), 1, 2, 50, 0, 0, 0);
        assertThatThrownBy(() -> events.type(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> events.low(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        // After a clear the earlier event is still in the arrays but no longer readable.
        events.clear();
        assertThat(events.count()).isZero();
        assertThatThrownBy(() -> events.zoneId(0)).isInstanceOf(IndexOutOfBoundsException.class);
        events.add(ZoneEventType.EVICTED, 2, SUPPLY, FRESH, 5, 6, 70, 9, 9, 1);
        assertThat(events.count()).isEqualTo(1);
        assertThat(events.zoneId(0)).isEqualTo(2);
    }
}
