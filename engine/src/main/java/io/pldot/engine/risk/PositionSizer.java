package io.pldot.engine.risk;

import io.pldot.journal.instrument.FixedPoint;

/**
 * Fixed-point sizing arithmetic of the execution chain: shares of equity in basis points and the
 * entry-to-stop distance a position is sized against (risk per trade / stop distance = quantity).
 * Stateless; safe from any thread. Does not allocate.
 */
public final class PositionSizer
{
    private PositionSizer()
    {
    }

    /**
     * @param amount fixed-point money, any sign.
     * @param bps    share in basis points, >= 0.
     * @return {@code floor(amount x bps / 10,000)}, or 0 when the amount is not positive (no equity, no
     *         room); {@link Long#MAX_VALUE} if it would not fit.
     */
    public static long share(final long amount, final int bps)
    {
        if (amount <= 0)
        {
            return 0;
        }
        final long share = FixedPoint.mulDivFloor(amount, bps, RiskSettings.BPS);
        return share == FixedPoint.OUT_OF_RANGE ? Long.MAX_VALUE : share;
    }

    /**
     * @param entry       fixed-point entry price, > 0.
     * @param stop        the signal's stop, 0 for none.
     * @param distanceBps the trailing distance used when the signal has no stop.
     * @return the price distance risked per unit: |entry - stop|, or the trailing distance from the
     *         entry (at least one price unit).
     */
    public static long stopDistance(final long entry, final long stop, final int distanceBps)
    {
        if (stop > 0)
        {
            return Math.abs(entry - stop);
        }
        return Math.max(1, FixedPoint.mulDivFloor(entry, distanceBps, RiskSettings.BPS));
    }
}
