package io.pldot.engine.venue;

import io.pldot.journal.instrument.FixedPoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expected values are worked by hand in the comments; prices are plain fixed-point longs.
 */
class VenuePricingTest
{
    @Test
    void shouldRoundABuysSlippedPriceUp()
    {
        // 5_000_001 x 10_005 / 10_000 = 5_002_501.0005 -> ceil 5_002_502
        assertThat(VenuePricing.slippedPrice(OrderSide.BUY, 5_000_001, 5)).isEqualTo(5_002_502);
    }

    @Test
    void shouldRoundASellsSlippedPriceDown()
    {
        // 5_000_001 x 9_995 / 10_000 = 4_997_500.9995 -> floor 4_997_500
        assertThat(VenuePricing.slippedPrice(OrderSide.SELL, 5_000_001, 5)).isEqualTo(4_997_500);
    }

    @Test
    void shouldNotSlipWithZeroBps()
    {
        assertThat(VenuePricing.slippedPrice(OrderSide.BUY, 12_345, 0)).isEqualTo(12_345);
        assertThat(VenuePricing.slippedPrice(OrderSide.SELL, 12_345, 0)).isEqualTo(12_345);
    }

    @Test
    void shouldNeverLetASellReceiveLessThanOneUnit()
    {
        // 1 x 1 / 10_000 = 0.0001 -> floor 0, raised to 1
        assertThat(VenuePricing.slippedPrice(OrderSide.SELL, 1, 9_999)).isEqualTo(1);
    }

    @Test
    void shouldReportABuyPriceThatDoesNotFit()
    {
        assertThat(VenuePricing.slippedPrice(OrderSide.BUY, Long.MAX_VALUE, 1)).isEqualTo(FixedPoint.OUT_OF_RANGE);
    }

    @Test
    void shouldChargeTheExactFeeWhenItDividesEvenly()
    {
        // 50,000.00 (scale 2) x 1 BTC (scale 8) = 5_000_000 at the price scale; x 5 / 10_000 = 2_500 (25.00)
        assertThat(VenuePricing.fee(5_000_000, 100_000_000, 8, 5)).isEqualTo(2_500);
    }

    @Test
    void shouldRoundTheFeeUp()
    {
        // 3 x 1 x 1 / 10_000 = 0.0003 -> ceil 1
        assertThat(VenuePricing.fee(3, 1, 0, 1)).isEqualTo(1);
        // 10_001 x 3 x 10 / 10_000 = 30.003 -> ceil 31
        assertThat(VenuePricing.fee(10_001, 3, 0, 10)).isEqualTo(31);
    }

    @Test
    void shouldChargeNothingAtZeroBps()
    {
        assertThat(VenuePricing.fee(5_000_000, 100_000_000, 8, 0)).isZero();
    }

    @Test
    void shouldTellWhetherANotionalFits()
    {
        // MAX x 2 / 1 does not fit; MAX x 2 / 10 does
        assertThat(VenuePricing.notionalFits(Long.MAX_VALUE, 2, 0)).isFalse();
        assertThat(VenuePricing.notionalFits(Long.MAX_VALUE, 2, 1)).isTrue();
        assertThat(VenuePricing.notionalFits(5_000_000, 100_000_000, 8)).isTrue();
    }
}
