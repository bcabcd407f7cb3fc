package io.pldot.engine.backtest.metrics;

/**
 * Direction of a closed round-trip trade.
 */
public enum TradeSide
{
    /** Bought first, sold to close. */
    LONG,
    /** Sold first, bought back to close. */
    SHORT
}
