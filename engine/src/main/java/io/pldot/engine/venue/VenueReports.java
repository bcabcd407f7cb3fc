package io.pldot.engine.venue;

/**
 * What the simulated venue tells its {@link VenueListener}, and the counts of it: fills, cancels and
 * rejects per reason. Fills and rejects found while matching one trade are first held here
 * ({@link #holdFill}, {@link #holdReject}) and delivered by {@link #deliver} once the book is consistent
 * again, in matching order, so a listener may submit and cancel from its callbacks. The held events live
 * in preallocated parallel arrays; delivering takes primitives and shared enum constants, so nothing
 * allocates.
 * <p>
 * Single-threaded: owned by the venue's thread.
 */
final class VenueReports
{
    private static final OrderSide[] SIDES = OrderSide.values();
    private static final VenueRejectReason[] REASONS = VenueRejectReason.values();
    private static final byte FILL = -1;

    private final VenueListener listener;

    // Events found while matching one trade; one per resting order at most, so capacity bounds them.
    private final long[] orderIds;
    private final int[] instrumentIds;
    private final byte[] sides;
    private final long[] prices;
    private final long[] quantities;
    private final long[] fees;
    private final long[] remaining;
    private final byte[] rejects; // reason ordinal, or FILL
    private int held;

    private final long[] rejectCounts = new long[REASONS.length];
    private long fills;
    private long cancels;

    /**
     * @param listener receives fills, rejects and cancels.
     * @param capacity most events held for one trade: the book's capacity.
     */
    VenueReports(final VenueListener listener, final int capacity)
    {
        this.listener = listener;
        orderIds = new long[capacity];
        instrumentIds = new int[capacity];
        sides = new byte[capacity];
        prices = new long[capacity];
        quantities = new long[capacity];
        fees = new long[capacity];
        remaining = new long[capacity];
        rejects = new byte[capacity];
    }

    /**
     * Counts and reports a reject at once.
     *
     * @return false, so a refusing method can return it.
     */
    boolean reject(final long clientOrderId, final VenueRejectReason reason)
    {
        rejectCounts[reason.ordinal()]++;
        listener.onReject(clientOrderId, reason);
        return false;
    }

    /**
     * Counts and reports a fill at once (one not found by matching a trade).
     */
    void fill(
        final long clientOrderId, final int instrumentId, final OrderSide side, final long price,
        final long quantity, final long fee, final long tsEvent, final long remainingQuantity)
    {
        fills++;
        listener.onFill(clientOrderId, instrumentId, side, price, quantity, fee, tsEvent, remainingQuantity);
    }

    /**
     * Counts and reports a cancel at once.
     */
    void cancelled(final long clientOrderId)
    {
        cancels++;
        listener.onCancel(clientOrderId);
    }

    /**
     * Holds a fill of the resting order at {@code order} for {@link #deliver}; call it after the order's
     * remaining quantity was reduced, which the fill reports.
     */
    void holdFill(final RestingOrders book, final int order, final long price, final long quantity, final long fee)
    {
        hold(book, order, price, quantity, fee, FILL);
    }

    /**
     * Holds a reject of the resting order at {@code order} for {@link #deliver}.
     */
    void holdReject(final RestingOrders book, final int order, final VenueRejectReason reason)
    {
        hold(book, order, 0, 0, 0, (byte)reason.ordinal());
    }

    /**
     * @return whether events are held.
     */
    boolean isHolding()
    {
        return held > 0;
    }

    /**
     * Drops any held events without delivering them.
     */
    void clearHeld()
    {
        held = 0;
    }

    /**
     * Counts and reports the held events in the order they were held, then holds none.
     *
     * @param tsEvent event time of the trade they were found on.
     */
    void deliver(final long tsEvent)
    {
        // Copy the count first: a callback may submit or cancel, which never holds events.
        final int count = held;
        held = 0;
        for (int e = 0; e < count; e++)
        {
            if (rejects[e] != FILL)
            {
                reject(orderIds[e], REASONS[rejects[e]]);
            }
            else
            {
                fill(orderIds[e], instrumentIds[e], SIDES[sides[e]], prices[e], quantities[e], fees[e], tsEvent,
                    remaining[e]);
            }
        }
    }

    long rejects(final VenueRejectReason reason)
    {
        return rejectCounts[reason.ordinal()];
    }

    long fills()
    {
        return fills;
    }

    long cancels()
    {
        return cancels;
    }

    private void hold(
        final RestingOrders book, final int order, final long price, final long quantity, final long fee,
        final byte reject)
    {
        final int e = held++;
        orderIds[e] = book.clientOrderId(order);
        instrumentIds[e] = book.instrumentId(order);
        sides[e] = book.side(order);
        prices[e] = price;
        quantities[e] = quantity;
        fees[e] = fee;
        remaining[e] = book.remaining(order);
        rejects[e] = reject;
    }
}
