package io.pldot.engine.risk.stop;

import io.pldot.journal.instrument.FixedPoint;

/**
 * The trailing stop of one position (OFS §8 (docs/references.md)): activated on entry at a distance from the entry
 * price, then on every tick it follows the best price seen and triggers when price comes back to it.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>Mark.</b> A long tracks the highest price seen (high-water mark, starting at the entry
 *       price), a short the lowest (low-water mark).</li>
 *   <li><b>Stop.</b> long: {@code mark - offset}; short: {@code mark + offset}, where
 *       {@code offset = floor(mark x distanceBps / 10,000)} in price units, but at least 1 unit.
 *       Rounding the offset <i>down</i> puts the stop on the position's side of the exact value
 *       (a long stop rounds up, a short stop rounds down): the distance is a loss limit, and rounding
 *       must never make the possible loss larger than configured. The 1-unit floor only matters for
 *       prices so small that the offset would be zero, where a stop at the mark would trigger on
 *       the mark's own tick.</li>
 *   <li><b>Only in the position's favour.</b> The stop is recomputed when the mark moves and kept only
 *       if it is better (higher for a long, lower for a short); {@link #tighten} only narrows the
 *       distance. Nothing ever moves a stop against the position.</li>
 *   <li><b>Trigger, inclusive.</b> long: {@code price <= stop}; short: {@code price >= stop}, checked
 *       after the mark is updated by the same tick (as in OFS §8). A tick exactly at the stop
 *       triggers.</li>
 *   <li><b>Gaps.</b> The exit price reported ({@link #exitPrice()}) is the tick price that crossed the
 *       stop, not the stop: when price gaps through (a long's stop at 49,750 and the next trade at
 *       45,000), 45,000 is what a market exit could get, and reporting the stop would invent a
 *       better fill than the market offered.</li>
 *   <li><b>Spent after a trigger.</b> Later ticks return {@link StopUpdate#INACTIVE} until the
 *       object is activated again (objects are reused; nothing allocates).</li>
 * </ul>
 * Prices are fixed-point {@code long}s at the instrument's price scale; all products go through
 * {@link FixedPoint#mulDivFloor FixedPoint}, so prices up to {@link Long#MAX_VALUE} neither overflow nor allocate.
 * <p>
 * Single-threaded: owned by the risk stage's thread. Does not allocate.
 */
public final class TrailingStop
{
    /** Price reported when there is none (prices are always > 0). */
    public static final long NO_PRICE = 0;

    private static final int IDLE = 0;
    private static final int ACTIVE = 1;
    private static final int TRIGGERED = 2;

    private int state = IDLE;
    private PositionSide side;
    private int distanceBps;
    private long entryPrice = NO_PRICE;
    private long mark = NO_PRICE;
    private long stop = NO_PRICE;
    private long exitPrice = NO_PRICE;

    /**
     * Activates the stop for a new position, replacing any earlier state.
     *
     * @param side        of the position.
     * @param entryPrice  fixed-point entry price, > 0; the first mark.
     * @param distanceBps trailing distance, 1..9999 bps.
     * @return null when activated, otherwise why not (the object is then left as it was).
     */
    public StopRejectReason activate(final PositionSide side, final long entryPrice, final int distanceBps)
    {
        if (side == null)
        {
            return StopRejectReason.INVALID_SIDE;
        }
        if (entryPrice <= 0)
        {
            return StopRejectReason.INVALID_PRICE;
        }
        if (!TrailingStopSettings.isValidDistance(distanceBps))
        {
            return StopRejectReason.INVALID_DISTANCE;
        }
        final long first = stopFor(side, entryPrice, distanceBps);
        if (first == NO_PRICE)
        {
            return StopRejectReason.STOP_OUT_OF_RANGE;
        }
        this.state = ACTIVE;
        this.side = side;
        this.distanceBps = distanceBps;
        this.entryPrice = entryPrice;
        this.mark = entryPrice;
        this.stop = first;
        this.exitPrice = NO_PRICE;
        return null;
    }

    /**
     * Follows one trade price: updates the mark and the stop, then checks the trigger.
     *
     * @param price fixed-point trade price.
     * @return what the tick did.
     */
    public StopUpdate onTick(final long price)
    {
        if (state != ACTIVE)
        {
            return StopUpdate.INACTIVE;
        }
        if (price <= 0)
        {
            return StopUpdate.INVALID_PRICE;
        }
        boolean moved = false;
        if (side == PositionSide.LONG)
        {
            if (price > mark)
            {
                mark = price;
                moved = moveTo(stopFor(side, mark, distanceBps));
            }
            if (price <= stop)
            {
                return trigger(price);
            }
        }
        else
        {
            if (price < mark)
            {
                mark = price;
                moved = moveTo(stopFor(side, mark, distanceBps));
            }
            if (price >= stop)
            {
                return trigger(price);
            }
        }
        return moved ? StopUpdate.MOVED : StopUpdate.UNCHANGED;
    }

    /**
     * Narrows the trailing distance (portfolio risk tightening stops) and moves the stop closer to
     * the mark accordingly. A distance equal to or wider than the current one changes nothing: a stop
     * is never loosened. The trigger is checked on the next tick, since this call carries no price.
     *
     * @param newDistanceBps the narrower distance, 1..9999 bps.
     * @return null when tightened, otherwise why not.
     */
    public StopRejectReason tighten(final int newDistanceBps)
    {
        if (state != ACTIVE)
        {
            return StopRejectReason.UNKNOWN_POSITION;
        }
        if (!TrailingStopSettings.isValidDistance(newDistanceBps))
        {
            return StopRejectReason.INVALID_DISTANCE;
        }
        if (newDistanceBps >= distanceBps)
        {
            return StopRejectReason.NOT_TIGHTER;
        }
        distanceBps = newDistanceBps;
        moveTo(stopFor(side, mark, newDistanceBps));
        return null;
    }

    /**
     * Deactivates the stop without a trigger (the position was closed by other means).
     */
    public void clear()
    {
        state = IDLE;
        side = null;
        distanceBps = 0;
        entryPrice = NO_PRICE;
        mark = NO_PRICE;
        stop = NO_PRICE;
        exitPrice = NO_PRICE;
    }

    /**
     * @return true while activated and not yet triggered.
     */
    public boolean isActive()
    {
        return state == ACTIVE;
    }

    /**
     * @return true once a tick reached the stop (until the next activation or clear).
     */
    public boolean isTriggered()
    {
        return state == TRIGGERED;
    }

    /**
     * @return side of the position, or null when idle.
     */
    public PositionSide side()
    {
        return side;
    }

    /**
     * @return current trailing distance in bps (0 when idle).
     */
    public int distanceBps()
    {
        return distanceBps;
    }

    /**
     * @return entry price, or {@link #NO_PRICE}.
     */
    public long entryPrice()
    {
        return entryPrice;
    }

    /**
     * @return high-water mark of a long, low-water mark of a short, or {@link #NO_PRICE}.
     */
    public long mark()
    {
        return mark;
    }

    /**
     * @return current stop price (kept after a trigger), or {@link #NO_PRICE}.
     */
    public long stopPrice()
    {
        return stop;
    }

    /**
     * @return the tick price that triggered the stop (the exit price; below a long's stop on a gap),
     *         or {@link #NO_PRICE} before a trigger.
     */
    public long exitPrice()
    {
        return exitPrice;
    }

    /**
     * The stop for a mark, by the rounding rule in the class javadoc.
     *
     * @param side        of the position.
     * @param mark        fixed-point mark, > 0.
     * @param distanceBps 1..9999.
     * @return the stop, or {@link #NO_PRICE} when it would not be a positive long.
     */
    public static long stopFor(final PositionSide side, final long mark, final int distanceBps)
    {
        // mark < 2^63 and distance < 10^4, so the offset is below the mark and always fits.
        final long offset = Math.max(1, FixedPoint.mulDivFloor(mark, distanceBps, TrailingStopSettings.BPS));
        if (side == PositionSide.LONG)
        {
            final long stop = mark - offset;
            return stop > 0 ? stop : NO_PRICE;
        }
        return mark > Long.MAX_VALUE - offset ? NO_PRICE : mark + offset;
    }

    private boolean moveTo(final long candidate)
    {
        final boolean better = side == PositionSide.LONG ? candidate > stop : candidate < stop;
        if (better && candidate != NO_PRICE)
        {
            stop = candidate;
            return true;
        }
        return false;
    }

    private StopUpdate trigger(final long price)
    {
        state = TRIGGERED;
        exitPrice = price;
        return StopUpdate.TRIGGERED;
    }
}
