package io.pldot.engine.venue;

/**
 * Why the simulated venue refused an order, a cancel or a trade tick. Counted per reason by
 * {@link SimulatedVenue} and reported through {@link VenueListener#onReject}.
 */
public enum VenueRejectReason
{
    /** Cancel of a client order id that is not open (never seen, filled, cancelled or rejected). */
    UNKNOWN_ORDER,
    /** Every open-order slot is in use. */
    BOOK_FULL,
    /** Order or trade quantity is zero or negative. */
    NON_POSITIVE_QUANTITY,
    /** Limit or stop price zero or negative, market order with a price, or trade price zero or negative. */
    INVALID_PRICE,
    /** The client order id is already open. */
    DUPLICATE_ID,
    /** The side is missing (null). */
    INVALID_SIDE,
    /** The order type is missing (null). */
    INVALID_ORDER_TYPE,
    /** The client order id is the reserved {@link SimulatedVenue#NO_ORDER_ID}. */
    INVALID_ORDER_ID,
    /** The instrument was not defined on the venue. */
    UNKNOWN_INSTRUMENT,
    /** The decision time is negative, or decision time + latency does not fit in a long. */
    INVALID_TIME,
    /**
     * price x quantity (at the quantity scale), the fee, or the slipped price does not fit in a long:
     * at submit for a limit or stop order, at fill time for a market or triggered stop order (the
     * order is then removed).
     */
    NOTIONAL_OVERFLOW
}
