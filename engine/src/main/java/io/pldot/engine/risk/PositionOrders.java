package io.pldot.engine.risk;

import io.pldot.engine.risk.stop.PositionSide;

/**
 * The orders working on each instrument's position, by dense index: at most one entry order (with what it was
 * sized with), one exit order (with its reason) and, with {@code risk.protectiveStop: venue}, one protective stop
 * order resting in the venue. The risk stage records here what it places and what the venue reports; the
 * {@link Portfolio} books the fills. The state itself lives in the {@link Position} (one object per instrument, so
 * a position and its orders are read together); this class is the only writer of its order fields, except fills
 * ({@link Portfolio#fillEntry}, {@link Portfolio#fillExit}, {@link Portfolio#finishClose}).
 * <p>
 * Owned by the risk stage's thread; not thread-safe. Does not allocate.
 */
public final class PositionOrders
{
    private final Position[] positions;

    PositionOrders(final Position[] positions)
    {
        this.positions = positions;
    }

    /**
     * Records an entry order about to be placed (risk stage only).
     *
     * @param index       dense index.
     * @param id          client order id.
     * @param side        of the position it opens.
     * @param quantity    ordered.
     * @param reference   the signal's entry price.
     * @param plannedStop stop the size was computed against.
     * @param signalType  the signal's type code.
     * @param strategy    the signal's strategy code.
     * @param confidence  the signal's confidence.
     */
    public void beginEntry(
        final int index, final long id, final PositionSide side, final long quantity, final long reference,
        final long plannedStop, final int signalType, final int strategy, final double confidence)
    {
        final Position p = positions[index];
        p.entryOrderId = id;
        p.entrySide = side;
        p.entryRemaining = quantity;
        p.entryReference = reference;
        p.entryStop = plannedStop;
        p.entrySignalType = signalType;
        p.entryStrategy = strategy;
        p.entryConfidence = confidence;
    }

    /**
     * Records how the entry just begun is placed (risk stage only).
     *
     * @param index dense index.
     * @param limit true for a resting limit order (maker fills, timeout).
     * @param time  event time of the decision.
     */
    public void entryPlaced(final int index, final boolean limit, final long time)
    {
        positions[index].entryLimit = limit;
        positions[index].entryPlacedAt = time;
    }

    /** @param index dense index. @return true when the working entry is a resting limit order. */
    public boolean entryIsLimit(final int index)
    {
        return positions[index].entryLimit;
    }

    /** @param index dense index. @return the working entry's reference (signal entry; the limit price of a limit entry). */
    public long entryReference(final int index)
    {
        return positions[index].entryReference;
    }

    /** @param index dense index. @return event time the working entry was decided. */
    public long entryPlacedAt(final int index)
    {
        return positions[index].entryPlacedAt;
    }

    /**
     * Records a protective stop order about to be placed in the venue (risk stage only).
     *
     * @param index    dense index.
     * @param id       client order id.
     * @param price    stop price.
     * @param quantity the position's quantity.
     */
    public void beginStopOrder(final int index, final long id, final long price, final long quantity)
    {
        final Position p = positions[index];
        p.stopOrderId = id;
        p.stopOrderPrice = price;
        p.stopOrderQuantity = quantity;
        p.stopLevel = price;
    }

    /**
     * The venue refused the stop order just placed: the stage executes this position's trailing stop.
     *
     * @param index dense index.
     */
    public void stopOrderRefused(final int index)
    {
        positions[index].clearStopOrder();
        positions[index].stopRefused = true;
    }

    /**
     * The protective stop order started to fill: from now on it is the position's working exit
     * (reason TRAILING_STOP), so no other exit is sent while it works (risk stage only).
     *
     * @param index dense index.
     */
    public void stopOrderToExit(final int index)
    {
        final Position p = positions[index];
        p.exitOrderId = p.stopOrderId;
        p.exitReason = ExitReason.TRAILING_STOP;
        p.clearStopOrder();
    }

    /** @param index dense index. @return the resting protective stop order id, or {@link Position#NO_ORDER}. */
    public long stopOrderId(final int index)
    {
        return positions[index].stopOrderId;
    }

    /** @param index dense index. @return the resting stop order's price (0 when none). */
    public long stopOrderPrice(final int index)
    {
        return positions[index].stopOrderPrice;
    }

    /** @param index dense index. @return the resting stop order's quantity (0 when none). */
    public long stopOrderQuantity(final int index)
    {
        return positions[index].stopOrderQuantity;
    }

    /** @param index dense index. @return price of the last stop order placed for the open position, 0 = none. */
    public long stopLevel(final int index)
    {
        return positions[index].stopLevel;
    }

    /** @param index dense index. @return true when the venue refused the position's stop order. */
    public boolean stopRefused(final int index)
    {
        return positions[index].stopRefused;
    }

    /** @param index dense instrument index; forgets its pending entry (refused or cancelled). */
    public void clearEntry(final int index)
    {
        positions[index].clearEntryOrder();
    }

    /**
     * Records an exit order about to be placed (risk stage only).
     *
     * @param index  dense index.
     * @param id     client order id.
     * @param reason why.
     */
    public void beginExit(final int index, final long id, final ExitReason reason)
    {
        positions[index].exitOrderId = id;
        positions[index].exitReason = reason;
    }

    /** @param index dense instrument index; forgets its pending exit (refused). */
    public void clearExit(final int index)
    {
        positions[index].exitOrderId = Position.NO_ORDER;
    }

    /**
     * @param clientOrderId of an entry, exit or protective stop order.
     * @return the dense index of the instrument it works on, or -1.
     */
    public int indexOfOrder(final long clientOrderId)
    {
        for (int i = 0; i < positions.length; i++)
        {
            if (positions[i].entryOrderId == clientOrderId || positions[i].exitOrderId == clientOrderId
                || positions[i].stopOrderId == clientOrderId)
            {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param index         dense instrument index.
     * @param clientOrderId the order that is finished (refused or cancelled).
     */
    public void clearOrder(final int index, final long clientOrderId)
    {
        final Position p = positions[index];
        if (p.entryOrderId == clientOrderId)
        {
            p.clearEntryOrder();
        }
        else if (p.exitOrderId == clientOrderId)
        {
            p.exitOrderId = Position.NO_ORDER;
        }
        else if (p.stopOrderId == clientOrderId)
        {
            p.clearStopOrder();
        }
    }

    /** @param index dense index. @return true when an entry order is working. */
    public boolean entryPending(final int index)
    {
        return positions[index].entryOrderId != Position.NO_ORDER;
    }

    /** @param index dense index. @return true when an exit order is working. */
    public boolean exitPending(final int index)
    {
        return positions[index].exitOrderId != Position.NO_ORDER;
    }

    /** @param index dense index. @return the working entry order id, or {@link Position#NO_ORDER}. */
    public long entryOrderId(final int index)
    {
        return positions[index].entryOrderId;
    }

    /** @param index dense index. @return the working exit order id, or {@link Position#NO_ORDER}. */
    public long exitOrderId(final int index)
    {
        return positions[index].exitOrderId;
    }

    /** @param index dense index. @return why the working exit was placed. */
    public ExitReason exitReason(final int index)
    {
        return positions[index].exitReason;
    }

    /** @param index dense index. @return the entry order's open quantity. */
    public long entryRemaining(final int index)
    {
        return positions[index].entryRemaining;
    }

    /** @param index dense index. @return the entry order's side. */
    public PositionSide entrySideOf(final int index)
    {
        return positions[index].entrySide;
    }
}
