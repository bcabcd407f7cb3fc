package io.pldot.engine.venue;

/**
 * The simulated venue's reject checks on a new order: everything about the order itself that can be
 * told before it rests. Which reason wins when several apply is fixed by the order of the checks here
 * (id, side, type, instrument, quantity, price, time, notional), so a bad order is refused the same way
 * on every replay. Book-state checks (duplicate id, book full) belong to the caller, which sees the book.
 * <p>
 * Single-threaded: owned by the venue's thread. Does not allocate.
 */
final class OrderChecks
{
    private final VenueInstruments instruments;
    private final long latencyNanos;

    /**
     * @param instruments  the venue's instrument table.
     * @param latencyNanos the venue's latency, >= 0: decision time + latency must fit in a long.
     */
    OrderChecks(final VenueInstruments instruments, final long latencyNanos)
    {
        this.instruments = instruments;
        this.latencyNanos = latencyNanos;
    }

    /**
     * @param clientOrderId    not {@link SimulatedVenue#NO_ORDER_ID}.
     * @param instrumentId     a defined instrument.
     * @param side             not null.
     * @param type             not null.
     * @param quantity         > 0.
     * @param price            > 0, or {@link SimulatedVenue#NO_PRICE} for a market order.
     * @param decisionTsEvent  >= 0, and + latency fits in a long.
     * @return the first reason the order is refused for, or null when it may rest.
     */
    VenueRejectReason check(
        final long clientOrderId, final int instrumentId, final OrderSide side, final OrderType type,
        final long quantity, final long price, final long decisionTsEvent)
    {
        if (clientOrderId == SimulatedVenue.NO_ORDER_ID)
        {
            return VenueRejectReason.INVALID_ORDER_ID;
        }
        if (side == null)
        {
            return VenueRejectReason.INVALID_SIDE;
        }
        if (type == null)
        {
            return VenueRejectReason.INVALID_ORDER_TYPE;
        }
        if (!instruments.isDefined(instrumentId))
        {
            return VenueRejectReason.UNKNOWN_INSTRUMENT;
        }
        if (quantity <= 0)
        {
            return VenueRejectReason.NON_POSITIVE_QUANTITY;
        }
        if (type == OrderType.MARKET ? price != SimulatedVenue.NO_PRICE : price <= 0)
        {
            return VenueRejectReason.INVALID_PRICE;
        }
        if (decisionTsEvent < 0 || decisionTsEvent > Long.MAX_VALUE - latencyNanos)
        {
            return VenueRejectReason.INVALID_TIME;
        }
        // A market order's price is not known until it fills; its notional is checked then.
        if (type != OrderType.MARKET
            && !VenuePricing.notionalFits(price, quantity, instruments.quantityScale(instrumentId)))
        {
            return VenueRejectReason.NOTIONAL_OVERFLOW;
        }
        return null;
    }
}
