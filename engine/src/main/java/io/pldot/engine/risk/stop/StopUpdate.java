package io.pldot.engine.risk.stop;

/**
 * What one tick did to a {@link TrailingStop}.
 */
public enum StopUpdate
{
    /** The stop is not active (never activated, or already triggered); the tick was ignored. */
    INACTIVE,
    /** The tick price was zero or negative; the tick was ignored. */
    INVALID_PRICE,
    /** Neither the stop moved nor did the price reach it. */
    UNCHANGED,
    /** The mark reached a new extreme and the stop moved in the position's favour. */
    MOVED,
    /** The price reached or crossed the stop; the stop is now spent. */
    TRIGGERED
}
