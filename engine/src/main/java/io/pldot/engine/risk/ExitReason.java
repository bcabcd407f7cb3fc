package io.pldot.engine.risk;

/**
 * Why the risk stage placed an order (ENTRY) or closed a position (the rest). Journaled as
 * {@code TradingCodes.OrderReason} with the same names (code = ordinal + 1).
 */
public enum ExitReason
{
    /** Open or add to a position from a signal. */
    ENTRY,
    /** An EXIT_LONG / EXIT_SHORT signal. */
    SIGNAL_EXIT,
    /** The trailing stop was reached. */
    TRAILING_STOP,
    /** Held longer than the maximum hold time. */
    MAX_HOLD_TIME,
    /** Dump detection. */
    DUMP,
    /** The market leader dumped. */
    CORRELATED_EXIT,
    /** Daily drawdown reached the critical level (worst positions). */
    CRITICAL_LEVEL,
    /** Daily drawdown reached the circuit breaker (everything). */
    CIRCUIT_BREAKER,
    /** An opposite signal reverses the position. */
    REVERSAL;

    /** @return the wire code (ordinal + 1). */
    public int code()
    {
        return ordinal() + 1;
    }
}
