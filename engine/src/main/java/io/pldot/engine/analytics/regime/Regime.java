package io.pldot.engine.analytics.regime;

/**
 * Market regime of one symbol on one timeframe, OFS §12.5 (docs/references.md) {@code MarketRegime}.
 * Only trending regimes permit trades: longs in an uptrend, shorts in a
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
