package io.pldot.engine.risk;

/**
 * Why the execution chain refused a signal; one per chain step (seed 004 §12.4). Journaled as
 * {@code TradingCodes.RiskRejectReason} with the same names (code = ordinal + 1) and counted by the
 * risk stage.
 */
public enum RiskRejectReason
{
    /** Unknown instrument or type, entry price not positive, or stop on the wrong side of the entry. */
    INVALID_SIGNAL,
    /** The circuit breaker halted new entries for the rest of the day. */
    HALTED,
    /** Daily drawdown is at the critical level: no new entries. */
    ENTRIES_PAUSED,
    /** A position (or pending entry) on the instrument already has that direction. */
    EXISTING_POSITION,
    /** Opposite to the open position while reversals are disabled. */
    REVERSAL_NOT_ALLOWED,
    /** A short entry while short selling is disabled. */
    SHORT_NOT_ALLOWED,
    /** Open positions and pending entries already at the maximum. */
    POSITION_LIMIT,
    /** No room left under the maximum exposure. */
    EXPOSURE_LIMIT,
    /** The portfolio's open risk is already at the maximum. */
    PORTFOLIO_RISK_LIMIT,
    /** The sized quantity rounds below one quantity unit. */
    SIZE_BELOW_MINIMUM,
    /** An exit signal with no position of that direction. */
    NO_POSITION,
    /** An exit is already under way for the position. */
    ORDER_PENDING,
    /** The venue refused the order. */
    VENUE_REJECTED;

    /** @return the wire code (ordinal + 1). */
    public int code()
    {
        return ordinal() + 1;
    }
}
