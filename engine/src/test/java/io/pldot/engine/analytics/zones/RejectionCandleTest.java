package io.pldot.engine.analytics.zones;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rejection-candle rule with the defaults (wick over 2 × body, strength 20 per unit of
 * wick / body, at most 100), on candles whose wicks are worked out in each comment. Prices are
 * halves and whole numbers: exact in binary, so the compares are the hand's.
 */
class RejectionCandleTest
{
    private final RejectionCandle rule = new RejectionCandle(2.0, 20.0);

    @Test
    void shouldFormADemandZoneFromALongLowerWick()
    {
        // Open 10, close 11: body 1, lower wick 10 - 7 = 3 > 2, upper wick 11.5 - 11 = 0.5.
        // Zone [low, body bottom] = [7, 10], strength 3 / 1 x 20 = 60.
        assertThat(rule.match(10, 11.5, 7, 11)).isEqualTo(ZoneKind.DEMAND);
        assertThat(rule.zoneLow()).isEqualTo(7.0);
        assertThat(rule.zoneHigh()).isEqualTo(10.0);
        assertThat(rule.zoneStrength()).isEqualTo(60.0);
    }

    @Test
    void shouldFormASupplyZoneFromALongUpperWick()
    {
        // Open 11, close 10 (bearish): body 1, upper wick 14 - 11 = 3, lower wick 10 - 9.5 = 0.5.
        // Zone [body top, high] = [11, 14], strength 60.
        assertThat(rule.match(11, 14, 9.5, 10)).isEqualTo(ZoneKind.SUPPLY);
        assertThat(rule.zoneLow()).isEqualTo(11.0);
        assertThat(rule.zoneHigh()).isEqualTo(14.0);
        assertThat(rule.zoneStrength()).isEqualTo(60.0);
    }

    @Test
    void shouldLetTheLongerWickWinAndGiveADojiFullStrength()
    {
        // Doji at 10: body 0, so any wick qualifies; lower 2 beats upper 1: demand [8, 10], 100.
        assertThat(rule.match(10, 11, 8, 10)).isEqualTo(ZoneKind.DEMAND);
        assertThat(rule.zoneLow()).isEqualTo(8.0);
        assertThat(rule.zoneHigh()).isEqualTo(10.0);
        assertThat(rule.zoneStrength()).isEqualTo(100.0);
    }

    @Test
    void shouldCapTheStrength()
    {
        // Body 1, lower wick 10: 10 x 20 = 200, capped at 100.
        assertThat(rule.match(20, 21, 10, 21)).isEqualTo(ZoneKind.DEMAND);
        assertThat(rule.zoneStrength()).isEqualTo(100.0);
    }

    @Test
    void shouldFormNoZoneForIndecisionAFlatBarOrShortWicks()
    {
        // Equal wicks of 1 on a doji: indecision.
        assertThat(rule.match(10, 11, 9, 10)).isNull();
        // Zero range: no wick at all (0 is not more than 0).
        assertThat(rule.match(10, 10, 10, 10)).isNull();
        // Body 2, wicks 4 each way: not more than 2 x 2.
        assertThat(rule.match(10, 16, 6, 12)).isNull();
    }
}
