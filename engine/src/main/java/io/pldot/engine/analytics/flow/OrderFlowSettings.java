package io.pldot.engine.analytics.flow;

/**
 * Settings of one {@link OrderFlow}. Immutable; safe from any thread.
 *
 * @param rollingBars  number of closed candles the rolling delta and rolling imbalance cover, 1..4096.
 * @param maxImbalance cap of the buy/sell imbalance ratio, finite and &gt; 1: the value reported when
 *                     the sell side is zero and the buy side is not (the OFS {@code inf}).
 */
public record OrderFlowSettings(int rollingBars, double maxImbalance)
{
    /** Default rolling window: the last 20 candles. */
    public static final int ROLLING_BARS_DEFAULT = 20;
    /** Default imbalance cap: 100 (the OFS signal thresholds are 2.0 and 0.5). */
    public static final double MAX_IMBALANCE_DEFAULT = 100.0;
    /** Largest rolling window accepted. */
    public static final int ROLLING_BARS_MAX = 4096;

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException naming the bad field.
     */
    public OrderFlowSettings
    {
        if (rollingBars < 1 || rollingBars > ROLLING_BARS_MAX)
        {
            throw new IllegalArgumentException(
                "rollingBars must be 1.." + ROLLING_BARS_MAX + ", was " + rollingBars);
        }
        if (!(maxImbalance > 1.0) || Double.isInfinite(maxImbalance))
        {
            throw new IllegalArgumentException("maxImbalance must be finite and > 1, was " + maxImbalance);
        }
    }

    /**
     * @return the defaults: 20 candles, imbalance capped at 100.
     */
    public static OrderFlowSettings defaults()
    {
        return new OrderFlowSettings(ROLLING_BARS_DEFAULT, MAX_IMBALANCE_DEFAULT);
    }
}
