package io.pldot.engine.analytics.drummond;

/**
 * Direction of the PLdot slope (DGAS (docs/references.md) {@code pldot_slope_trend}: rising, falling, horizontal).
 * The slope is horizontal when its absolute value is below {@link #HORIZONTAL_THRESHOLD}.
 */
public enum SlopeTrend
{
    /** Slope at or above the threshold: the PLdot is rising. */
    UP,
    /** Slope at or below minus the threshold: the PLdot is falling. */
    DOWN,
    /** |slope| below the threshold, or no slope yet (DGAS treats the missing first slope as 0). */
    HORIZONTAL;

    /** |slope| below this is horizontal (DGAS {@code slope_threshold}), in price units per bar. */
    public static final double HORIZONTAL_THRESHOLD = 0.0001;

    /**
     * @param slope PLdot change over one bar; NaN when not yet defined.
     * @return the trend of that slope; {@link #HORIZONTAL} for NaN.
     */
    public static SlopeTrend of(final double slope)
    {
        if (!(Math.abs(slope) >= HORIZONTAL_THRESHOLD))
        {
            return HORIZONTAL;
        }
        return slope > 0 ? UP : DOWN;
    }
}
