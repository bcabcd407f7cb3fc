package io.pldot.engine.decision.mtf;

/**
 * What the multi-timeframe coordinator recommends (DGAS (docs/references.md) {@code recommended_action}).
 */
public enum RecommendedAction
{
    /** Enter or hold long: trade permitted, direction up. */
    LONG,
    /** Enter or hold short: trade permitted, direction down. */
    SHORT,
    /** Higher and trading timeframes point opposite ways: reduce exposure on the trading side's losing leg. */
    REDUCE,
    /** Nothing to do. */
    WAIT
}
