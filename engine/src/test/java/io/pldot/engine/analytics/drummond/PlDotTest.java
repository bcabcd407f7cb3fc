package io.pldot.engine.analytics.drummond;

import io.pldot.engine.analytics.bar.Bar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PlDotTest
{
    private static final double EPS = 1e-12;

    private final PlDot pldot = new PlDot();
    private final Bar bar = new Bar();

    @Test
    void shouldHaveTheFirstValueOnTheThirdBarAndTheFirstSlopeOnTheFourth()
    {
        // typical prices: (12+8+10)/3 = 10, (13+9+11)/3 = 11, (15+9+12)/3 = 12, (14+10+15)/3 = 13
        pldot.update(TestBars.bar(bar, 1, 12, 8, 10));
        assertThat(pldot.hasValue()).isFalse();
        assertThat(pldot.value()).isNaN();
        assertThat(pldot.projectedValue()).isNaN();
        assertThat(pldot.slope()).isNaN();
        assertThat(pldot.slopeTrend()).isEqualTo(SlopeTrend.HORIZONTAL);

        pldot.update(TestBars.bar(bar, 2, 13, 9, 11));
        assertThat(pldot.hasValue()).isFalse();
        assertThat(pldot.value()).isNaN();

        pldot.update(TestBars.bar(bar, 3, 15, 9, 12));
        // (10 + 11 + 12) / 3 = 11
        assertThat(pldot.hasValue()).isTrue();
        assertThat(pldot.value()).isCloseTo(11.0, within(EPS));
        assertThat(pldot.projectedValue()).isEqualTo(pldot.value());
        assertThat(pldot.previousValue()).isNaN();
        assertThat(pldot.hasSlope()).isFalse();
        assertThat(pldot.slope()).isNaN();
        assertThat(pldot.slopeTrend()).as("no slope yet counts as horizontal").isEqualTo(SlopeTrend.HORIZONTAL);

        pldot.update(TestBars.bar(bar, 4, 14, 10, 15));
        // (11 + 12 + 13) / 3 = 12; slope 12 - 11 = 1; the dot plotted at bar 4 is bar 3's 11
        assertThat(pldot.value()).isCloseTo(12.0, within(EPS));
        assertThat(pldot.previousValue()).isCloseTo(11.0, within(EPS));
        assertThat(pldot.slope()).isCloseTo(1.0, within(EPS));
        assertThat(pldot.slopeTrend()).isEqualTo(SlopeTrend.UP);
        assertThat(pldot.bars()).isEqualTo(4);
        assertThat(pldot.valueCount()).isEqualTo(2);
    }

    @Test
    void shouldKeepTheLastFiveValues()
    {
        // closes 1..8 with high = low = close: PLdots 2, 3, 4, 5, 6, 7 (bars 3..8)
        for (int n = 1; n <= 8; n++)
        {
            pldot.update(n, n, n);
        }
        assertThat(pldot.valueAgo(0)).isCloseTo(7.0, within(EPS));
        assertThat(pldot.valueAgo(1)).isCloseTo(6.0, within(EPS));
        assertThat(pldot.valueAgo(4)).isCloseTo(3.0, within(EPS));
        assertThat(pldot.valueAgo(5)).isNaN();
        assertThat(pldot.valueAgo(-1)).isNaN();
    }

    @Test
    void shouldGiveTheExactPriceAndZeroSlopeForFlatBars()
    {
        // The naive mean is not exact: (0.1 + 0.1 + 0.1) / 3 = 0.10000000000000002.
        assertThat((0.1 + 0.1 + 0.1) / 3.0).isNotEqualTo(0.1);
        for (int n = 1; n <= 6; n++)
        {
            pldot.update(0.1, 0.1, 0.1);
        }
        assertThat(pldot.value()).isEqualTo(0.1);
        assertThat(pldot.slope()).isEqualTo(0.0);
        assertThat(pldot.slopeTrend()).isEqualTo(SlopeTrend.HORIZONTAL);
    }

    @Test
    void shouldFollowFallingPrices()
    {
        // closes 9, 8, 7, 6 (high = low = close): PLdots 8 then 7, slope -1
        pldot.update(9, 9, 9);
        pldot.update(8, 8, 8);
        pldot.update(7, 7, 7);
        pldot.update(6, 6, 6);
        assertThat(pldot.slope()).isCloseTo(-1.0, within(EPS));
        assertThat(pldot.slopeTrend()).isEqualTo(SlopeTrend.DOWN);
    }

    @Test
    void shouldCallSlopesBelowTheThresholdHorizontal()
    {
        assertThat(SlopeTrend.of(0.00009)).isEqualTo(SlopeTrend.HORIZONTAL);
        assertThat(SlopeTrend.of(-0.00009)).isEqualTo(SlopeTrend.HORIZONTAL);
        assertThat(SlopeTrend.of(0.0001)).isEqualTo(SlopeTrend.UP);
        assertThat(SlopeTrend.of(-0.0001)).isEqualTo(SlopeTrend.DOWN);
        assertThat(SlopeTrend.of(0.0)).isEqualTo(SlopeTrend.HORIZONTAL);
        assertThat(SlopeTrend.of(Double.NaN)).isEqualTo(SlopeTrend.HORIZONTAL);
    }
}
