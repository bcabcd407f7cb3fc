package io.pldot.engine.risk;

/**
 * Why the risk stage placed an order (ENTRY) or closed a position (the rest). Journaled as
 * {@code TradingCodes.OrderReason} with the same names.
 */
public enum ExitReason
{
    /** Open or add to a position from a signal. */
    ENTRY(1),
    /** An EXIT_LONG / EXIT_SHORT signal. */
    SIGNAL_EXIT(2),
    /** The trailing stop was reached. */
    TRAILING_STOP(3),
    /** Held longer than the maximum hold time. */
    MAX_HOLD_TIME(4),
    /** Dump detection. */
    DUMP(5),
    /** The market leader dumped. */
    CORRELATED_EXIT(6),
    /** Daily drawdown reached the critical level (worst positions). */
    CRITICAL_LEVEL(7),
    /** Daily drawdown reached the circuit breaker (everything). */
    CIRCUIT_BREAKER(8),
    /** An opposite signal reverses the position. */
    REVERSAL(9);

    private final int code;

    ExitReason(final int code)
    {
        this.code = code;
    }

    /** @return the wire code, equal to {@code TradingCodes.OrderReason}'s constant of the same name. */
    public int code()
    {
        return code;
    }
}
