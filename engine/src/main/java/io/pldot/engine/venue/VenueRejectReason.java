package io.pldot.engine.venue;

/**
 * Why the simulated venue refused an order, a cancel or a trade tick. Counted per reason by
 * {@link SimulatedVenue} and reported through {@link VenueListener#onReject}.
 */
public enum VenueRejectReason
{
    /** Cancel of a client order id that is not open (never seen, filled, cancelled or rejected). */
    UNKNOWN_ORDER(1),
    /** Every open-order slot is in use. */
    BOOK_FULL(2),
    /** Order or trade quantity is zero or negative. */
    NON_POSITIVE_QUANTITY(3),
    /** Limit or stop price zero or negative, market order with a price, or trade price zero or negative. */
    INVALID_PRICE(4),
    /** The client order id is already open. */
    DUPLICATE_ID(5),
    /** The side is missing (null). */
    INVALID_SIDE(6),
    /** The order type is missing (null). */
    INVALID_ORDER_TYPE(7),
    /** The client order id is the reserved {@link SimulatedVenue#NO_ORDER_ID}. */
    INVALID_ORDER_ID(8),
    /** The instrument was not defined on the venue. */
    UNKNOWN_INSTRUMENT(9),
    /** The decision time is negative, or decision time + latency does not fit in a long. */
    INVALID_TIME(10),
    /**
     * price x quantity (at the quantity scale), the fee, or the slipped price does not fit in a long:
     * at submit for a limit or stop order, at fill time for a market or triggered stop order (the
     * order is then removed).
     */
    NOTIONAL_OVERFLOW(11);

    private final int code;

    VenueRejectReason(final int code)
    {
        this.code = code;
    }

    /** @return the wire code, equal to {@code TradingCodes.VenueReject}'s constant of the same name. */
    public int code()
    {
        return code;
    }
}
