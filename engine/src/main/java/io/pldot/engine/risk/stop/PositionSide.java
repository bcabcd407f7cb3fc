package io.pldot.engine.risk.stop;

/**
 * The direction of a position a trailing stop protects.
 */
public enum PositionSide
{
    /** Bought: the stop sits below the high-water mark and triggers when price falls to it. */
    LONG,
    /** Sold short: the stop sits above the low-water mark and triggers when price rises to it. */
    SHORT
}
