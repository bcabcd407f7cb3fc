package io.pldot.engine.decision;

import io.pldot.journal.instrument.FixedPoint;

/**
 * Stop and target prices of an entry, in fixed point at the instrument's price scale: a stop a
 * distance away (ATR multiple) or at a level (zone boundary), and a target at a reward/risk
 * multiple of the stop distance. Distances in price units are rounded to the nearest tick
 * ({@link Math#round}); the target's offset is rounded the same way. A price that would be 0 or
 * negative (a short's target far below zero) is returned as 0, meaning "none". Stateless.
 */
public final class ProtectivePrices
{
    /** No price. */
    public static final long NONE = 0L;

    private ProtectivePrices()
    {
    }

    /**
     * @param entry    fixed-point entry.
     * @param distance stop distance in price units (e.g. 1.5 × ATR), positive.
     * @param scale    price scale.
     * @param isLong   true: stop below the entry; false: above.
     * @return the stop, fixed point, or {@link #NONE} when the distance is not a positive finite number.
     */
    public static long stopAtDistance(final long entry, final double distance, final int scale, final boolean isLong)
    {
        if (!(distance > 0.0) || !Double.isFinite(distance))
        {
            return NONE;
        }
        final long ticks = Math.round(distance * FixedPoint.powerOfTen(scale));
        if (ticks <= 0)
        {
            return NONE;
        }
        final long stop = isLong ? entry - ticks : entry + ticks;
        return stop > 0 ? stop : NONE;
    }

    /**
     * @param level a price level in price units (a zone boundary).
     * @param scale price scale.
     * @return it in fixed point (nearest tick), or {@link #NONE} when not positive and finite.
     */
    public static long atLevel(final double level, final int scale)
    {
        if (!(level > 0.0) || !Double.isFinite(level))
        {
            return NONE;
        }
        return Math.round(level * FixedPoint.powerOfTen(scale));
    }

    /**
     * @param entry       fixed-point entry.
     * @param stop        fixed-point stop (not {@link #NONE}).
     * @param rewardRisk  target distance ÷ stop distance.
     * @return entry ± rewardRisk × |entry − stop|, on the side opposite the stop; {@link #NONE}
     *         without a stop or when it would not be positive.
     */
    public static long target(final long entry, final long stop, final double rewardRisk)
    {
        if (stop == NONE || stop == entry)
        {
            return NONE;
        }
        final long offset = Math.round(rewardRisk * Math.abs((double)(entry - stop)));
        final long target = stop < entry ? entry + offset : entry - offset;
        return target > 0 ? target : NONE;
    }
}
