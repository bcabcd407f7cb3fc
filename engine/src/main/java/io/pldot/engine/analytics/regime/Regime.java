package io.pldot.engine.analytics.regime;

/**
 * Market regime of one symbol on one timeframe, seed 004 §12.5 {@code MarketRegime}
 * (seed lines 2898-2901). Only trending regimes permit trades: longs in an uptrend, shorts in a
 * downtrend.
 */
public enum Regime
{
    /** Filters passed, EMAs stacked fastest above slowest, close above the fastest EMA. */
    UPTREND,
    /** Filters passed, EMAs stacked fastest below slowest, close below the fastest EMA. */
    DOWNTREND,
    /** Anything else, including "not enough data yet". */
    RANGING
}
