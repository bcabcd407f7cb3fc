package io.pldot.engine.decision;

import io.pldot.journal.schema.AnalyticsCodes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live level list from hand-written sequences of zone and gap events.
 */
class LiveLevelsTest
{
    private static final int DEMAND = AnalyticsCodes.ZoneKind.DEMAND.code();
    private static final int SUPPLY = AnalyticsCodes.ZoneKind.SUPPLY.code();
    private static final int BULLISH = AnalyticsCodes.GapDirection.BULLISH.code();
    private static final int BEARISH = AnalyticsCodes.GapDirection.BEARISH.code();

    @Test
    void shouldAddUpdateAndForgetZonesByKindAndFirstSeen()
    {
        final LiveLevels zones = new LiveLevels(4);
        zones.on(DEMAND, false, 0, 100, 1.0, 2.0);
        zones.on(SUPPLY, false, 0, 100, 5.0, 6.0); // same time, other kind: another zone
        zones.on(DEMAND, false, 0, 200, 3.0, 4.0);
        assertThat(zones.count()).isEqualTo(3);
        // A test of the first zone updates it in place.
        zones.on(DEMAND, false, 1, 100, 1.0, 2.0);
        assertThat(zones.count()).isEqualTo(3);
        assertThat(zones.tests(0)).isEqualTo(1);
        // Breaking the supply zone (index 1) shifts the later one down, keeping first-seen order.
        zones.on(SUPPLY, true, 0, 100, 5.0, 6.0);
        assertThat(zones.count()).isEqualTo(2);
        assertThat(zones.kind(1)).isEqualTo(DEMAND);
        assertThat(zones.firstSeen(1)).isEqualTo(200);
        assertThat(zones.low(1)).isEqualTo(3.0);
        assertThat(zones.high(1)).isEqualTo(4.0);
        // Breaking a zone the list does not hold changes nothing.
        zones.on(SUPPLY, true, 0, 999, 5.0, 6.0);
        assertThat(zones.count()).isEqualTo(2);
    }

    @Test
    void shouldNarrowAGapInPlaceAndForgetItOnceFilled()
    {
        final LiveLevels gaps = new LiveLevels(4);
        gaps.on(BULLISH, false, 0, 10, 1.0, 2.0);
        gaps.on(BEARISH, false, 0, 10, 7.0, 8.0); // same time, other direction: another gap
        gaps.on(BULLISH, false, 0, 20, 3.0, 4.0);
        // A partial fill narrows the first gap in place.
        gaps.on(BULLISH, false, 0, 10, 1.0, 1.5);
        assertThat(gaps.count()).isEqualTo(3);
        assertThat(gaps.high(0)).isEqualTo(1.5);
        // Filling the bearish gap (index 1) shifts the later one down.
        gaps.on(BEARISH, true, 0, 10, 7.0, 8.0);
        assertThat(gaps.count()).isEqualTo(2);
        assertThat(gaps.kind(1)).isEqualTo(BULLISH);
        assertThat(gaps.firstSeen(1)).isEqualTo(20);
    }

    @Test
    void shouldDropTheOldestLevelWhenFull()
    {
        final LiveLevels levels = new LiveLevels(2);
        levels.on(DEMAND, false, 0, 1, 1.0, 2.0);
        levels.on(DEMAND, false, 0, 2, 2.0, 3.0);
        levels.on(DEMAND, false, 0, 3, 3.0, 4.0); // level 1 goes
        assertThat(levels.count()).isEqualTo(2);
        assertThat(levels.firstSeen(0)).isEqualTo(2);
        assertThat(levels.firstSeen(1)).isEqualTo(3);
    }
}
