package io.pldot.engine.venue;

/**
 * Receives what the {@link SimulatedVenue} does, with primitive arguments (enum constants are
 * shared, not allocated) so nothing allocates. Called on the venue's owning thread. From these
 * methods an implementation may submit or cancel orders, but must not call
 * {@link SimulatedVenue#onTrade}.
 */
public interface VenueListener
{
    /**
     * An order (or part of it) filled.
     *
     * @param clientOrderId of the order.
     * @param instrumentId  of the order.
     * @param side          of the order.
     * @param price         fixed-point execution price (after slippage for market and stop fills).
     * @param quantity      fixed-point quantity filled now.
     * @param fee           charged, in quote currency at the price scale, rounded up; >= 0.
     * @param tsEvent       event time (epoch ns) of the trade it filled against.
     * @param remaining     quantity still open; 0 when the order is done.
     */
    void onFill(
        long clientOrderId, int instrumentId, OrderSide side, long price, long quantity, long fee, long tsEvent,
        long remaining);

    /**
     * An order, cancel or trade was refused.
     *
     * @param clientOrderId of the order, or {@link SimulatedVenue#NO_ORDER_ID} for a refused trade tick.
     * @param reason        why.
     */
    void onReject(long clientOrderId, VenueRejectReason reason);

    /**
     * An open order was cancelled; its remaining quantity will not fill.
     *
     * @param clientOrderId of the order.
     */
    void onCancel(long clientOrderId);
}
