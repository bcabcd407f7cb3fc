package io.pldot.engine.venue;

import io.pldot.journal.instrument.FixedPoint;

/**
 * The simulated venue's money arithmetic: the slipped price of a market or triggered-stop fill, the fee
 * of a fill, and whether a notional fits in a long. All fixed point and exact (through
 * {@link FixedPoint}, 128/192-bit intermediates), every rounding against the trader, so a backtest
 * never looks cheaper than a real venue would be.
 * <p>
 * Stateless static functions: safe from any thread; they do not allocate.
 */
public final class VenuePricing
{
    /** Largest quantity scale: 10^12 x 10^4 still fits the fee divisor in a long. */
    public static final int MAX_QUANTITY_SCALE = 12;

    private static final long[] POWERS_OF_TEN = new long[MAX_QUANTITY_SCALE + 1];

    static
    {
        long p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++)
        {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    private VenuePricing()
    {
    }

    /**
     * Market fill price: the trade price with slippage against the order, rounded against the trader.
     *
     * @param side        of the order.
     * @param tradePrice  fixed-point trade price, > 0.
     * @param slippageBps 0..9999.
     * @return the execution price, or {@link FixedPoint#OUT_OF_RANGE} when a buy's price would not fit.
     */
    public static long slippedPrice(final OrderSide side, final long tradePrice, final int slippageBps)
    {
        if (side == OrderSide.BUY)
        {
            return FixedPoint.mulDivCeil(tradePrice, VenueSettings.BPS + slippageBps, VenueSettings.BPS);
        }
        // A sell never pays to sell: the smallest price it can receive is one unit.
        return Math.max(1, FixedPoint.mulDivFloor(tradePrice, VenueSettings.BPS - slippageBps, VenueSettings.BPS));
    }

    /**
     * Fee in quote currency at the price scale, rounded up (a venue never charges less than the exact fee).
     *
     * @param price         fixed-point execution price, >= 0.
     * @param quantity      fixed-point quantity, >= 0.
     * @param quantityScale 0..{@link #MAX_QUANTITY_SCALE}.
     * @param feeBps        0..10000.
     * @return {@code ceil(price x quantity x feeBps / (10^quantityScale x 10^4))}, or
     *         {@link FixedPoint#OUT_OF_RANGE}.
     */
    public static long fee(final long price, final long quantity, final int quantityScale, final int feeBps)
    {
        return FixedPoint.mulDivCeil(price, quantity, feeBps, POWERS_OF_TEN[quantityScale] * VenueSettings.BPS);
    }

    /**
     * Whether the notional {@code floor(price x quantity / 10^quantityScale)} fits in a long.
     *
     * @param price         fixed-point price, >= 0.
     * @param quantity      fixed-point quantity, >= 0.
     * @param quantityScale 0..{@link #MAX_QUANTITY_SCALE}.
     * @return true when it fits.
     */
    public static boolean notionalFits(final long price, final long quantity, final int quantityScale)
    {
        return FixedPoint.mulDivFloor(price, quantity, POWERS_OF_TEN[quantityScale]) != FixedPoint.OUT_OF_RANGE;
    }
}
