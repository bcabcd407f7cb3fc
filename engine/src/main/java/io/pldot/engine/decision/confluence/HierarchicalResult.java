package io.pldot.engine.decision.confluence;

/**
 * The result of one {@link HierarchicalFilter} evaluation, as mutable primitive fields reused for
 * every decision. Not thread-safe.
 */
public final class HierarchicalResult
{
    /** Levels passed, 0..4 (4 = a trade). */
    public int levelsPassed;
    /** +1 long (uptrend), −1 short (downtrend), 0 when level 1 failed. */
    public int direction;
    /** Index of the zone price is at (in the higher view), −1 when none. */
    public int zone;
    /** The zone's boundary beyond which the idea is wrong: its low for a long, its high for a short. */
    public double zoneBoundary = Double.NaN;
    /** Imbalance (buy/sell) of the lower, trading and higher timeframes' last bars. */
    public double imbalanceLower = Double.NaN;
    /** Imbalance of the trading timeframe. */
    public double imbalanceTrading = Double.NaN;
    /** Imbalance of the higher timeframe. */
    public double imbalanceHigher = Double.NaN;
    /** Bounce strength of the lower timeframe's last bar, 0..1. */
    public double bounceStrength;
    /** Lower bar volume / mean volume of the 19 bars before it. */
    public double volumeSpike = Double.NaN;
    /** OFS §12.5's entry score: bounce strength × lower imbalance. */
    public double entryScore;
}
