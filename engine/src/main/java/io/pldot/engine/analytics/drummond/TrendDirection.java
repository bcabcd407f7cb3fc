package io.pldot.engine.analytics.drummond;

/**
 * Direction attached to a market state or a pattern: up (bullish), down (bearish) or neutral.
 */
public enum TrendDirection
{
    /** Bullish: closes above PLdot, or a pattern that expects prices to rise. */
    UP,
    /** Bearish: closes below PLdot, or a pattern that expects prices to fall. */
    DOWN,
    /** No direction (also DGAS's (docs/references.md) "no prior trend yet"). */
    NEUTRAL;

    /**
     * @param sign +1, -1 or 0.
     * @return {@link #UP} for a positive sign, {@link #DOWN} for a negative one, else {@link #NEUTRAL}.
     */
    public static TrendDirection ofSign(final int sign)
    {
        return sign > 0 ? UP : sign < 0 ? DOWN : NEUTRAL;
    }

    /**
     * @return +1 for {@link #UP}, -1 for {@link #DOWN}, 0 for {@link #NEUTRAL}.
     */
    public int sign()
    {
        return this == UP ? 1 : this == DOWN ? -1 : 0;
    }
}
