package io.pldot.engine.risk;

/**
 * Why the execution chain refused a signal; one per chain step (OFS §12.4 (docs/references.md)). Journaled as
 * {@code TradingCodes.RiskRejectReason} with the same names and counted by the
 * risk stage.
 */
public enum RiskRejectReason
{
    /** Unknown instrument or type, entry price not positive, or stop on the wrong side of the entry. */
    INVALID_SIGNAL(1),
    /** The circuit breaker halted new entries for the rest of the day. */
    HALTED(2),
    /** Daily drawdown is at the critical level: no new entries. */
    ENTRIES_PAUSED(3),
    /** A position (or pending entry) on the instrument already has that direction. */
    EXISTING_POSITION(4),
    /** Opposite to the open position while reversals are disabled. */
    REVERSAL_NOT_ALLOWED(5),
    /** A short entry while short selling is disabled. */
    SHORT_NOT_ALLOWED(6),
    /** Open positions and pending entries already at the maximum. */
    POSITION_LIMIT(7),
    /** No room left under the maximum exposure. */
    EXPOSURE_LIMIT(8),
    /** The portfolio's open risk is already at the maximum. */
    PORTFOLIO_RISK_LIMIT(9),
    /** The sized quantity rounds below one quantity unit. */
    SIZE_BELOW_MINIMUM(10),
    /** An exit signal with no position of that direction. */
    NO_POSITION(11),
    /** An exit is already under way for the position. */
    ORDER_PENDING(12),
    /** The venue refused the order. */
    VENUE_REJECTED(13);

    private final int code;

    RiskRejectReason(final int code)
    {
        this.code = code;
    }

    /** @return the wire code, equal to {@code TradingCodes.RiskRejectReason}'s constant of the same name. */
    public int code()
    {
        return code;
    }
}
