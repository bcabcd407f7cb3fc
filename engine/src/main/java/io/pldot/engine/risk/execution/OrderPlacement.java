package io.pldot.engine.risk.execution;

import io.pldot.engine.risk.ExitReason;
import io.pldot.engine.risk.Portfolio;
import io.pldot.engine.risk.Position;
import io.pldot.engine.risk.PositionOrders;
import io.pldot.engine.risk.stop.PositionSide;
import io.pldot.engine.venue.FillModel;
import io.pldot.engine.venue.OrderSide;
import io.pldot.engine.venue.OrderType;
import io.pldot.engine.venue.SimulatedVenue;
import io.pldot.engine.venue.VenueRejectReason;
import io.pldot.engine.venue.VenueSettings;
import io.pldot.journal.schema.TradingCodes;

/**
 * Sends the risk stage's orders to the {@link SimulatedVenue}: makes the client order ids, submits (or, in the
 * {@link FillModel#SIGNAL_CLOSE} cross-check mode, fills a signal's market order at once) and journals the
 * acceptance; closes positions with market exits ({@link #requestExit}) and cancels entries.
 * <p>
 * <b>Client order ids</b> are {@code inputSequence x 64 + index} (index = order of the decision within the input),
 * so a replay makes the same ids and never invents new ones. While an order is being submitted its fields are kept
 * ({@link #isSubmitting}), so a synchronous venue refusal can be journaled with them.
 * <p>
 * Owned by the risk stage's thread; not thread-safe. Does not allocate.
 */
public final class OrderPlacement
{
    /** Client order ids per input: {@code sequence x 64 + index}. */
    public static final int ORDER_IDS_PER_INPUT = 64;

    private final Portfolio portfolio;
    private final PositionOrders orders;
    private final SimulatedVenue venue;
    private final VenueSettings venueSettings;
    private final RiskRecords records;

    private int nextOrderIndex;
    private long submittingId = Position.NO_ORDER;
    private int submittingInstrument;
    private OrderSide submittingSide;
    private long submittingQuantity;
    private VenueRejectReason lastVenueReject;

    /**
     * @param portfolio     positions and their working orders.
     * @param venue         where orders go.
     * @param venueSettings the fill model (signal-close cross-check).
     * @param records       journals intents and acceptances.
     */
    public OrderPlacement(
        final Portfolio portfolio, final SimulatedVenue venue, final VenueSettings venueSettings,
        final RiskRecords records)
    {
        this.portfolio = portfolio;
        this.orders = portfolio.orders();
        this.venue = venue;
        this.venueSettings = venueSettings;
        this.records = records;
    }

    /** Starts an input: its order ids count from {@code sequence x 64} again. */
    public void beginInput()
    {
        nextOrderIndex = 0;
    }

    /**
     * @return the next client order id of the input.
     * @throws IllegalStateException past {@link #ORDER_IDS_PER_INPUT} orders in one input.
     */
    public long nextOrderId()
    {
        if (nextOrderIndex == ORDER_IDS_PER_INPUT)
        {
            throw new IllegalStateException("more than " + ORDER_IDS_PER_INPUT + " orders for input " +
                records.sequence());
        }
        return records.sequence() * ORDER_IDS_PER_INPUT + nextOrderIndex++;
    }

    /**
     * Submits an order whose intent is written.
     *
     * @param index      dense instrument index.
     * @param id         client order id.
     * @param side       of the order.
     * @param type       of the order.
     * @param quantity   ordered.
     * @param price      limit or stop price; for a market order the reference price (the fill price in the
     *                   signal-close cross-check mode).
     * @param fromSignal true for an order a signal asked for (only those fill at once in the cross-check mode).
     * @return true when the venue accepted (or filled) it; false when it refused it (already reported).
     */
    public boolean place(
        final int index, final long id, final OrderSide side, final OrderType type, final long quantity,
        final long price, final boolean fromSignal)
    {
        final int instrumentId = portfolio.instrumentId(index);
        submittingId = id;
        submittingInstrument = instrumentId;
        submittingSide = side;
        submittingQuantity = quantity;
        lastVenueReject = null;
        final boolean accepted;
        if (type == OrderType.MARKET && fromSignal && venueSettings.fillModel() == FillModel.SIGNAL_CLOSE)
        {
            accepted = venue.fillAtOnce(id, instrumentId, side, quantity, price, records.tsEvent());
        }
        else
        {
            final long orderPrice = type == OrderType.MARKET ? SimulatedVenue.NO_PRICE : price;
            accepted = venue.submit(id, instrumentId, side, type, quantity, orderPrice, records.sequence(),
                records.tsEvent());
            if (accepted)
            {
                records.orderEvent(instrumentId, TradingCodes.OrderEventType.ACCEPTED, side, 0, 0, id, orderPrice,
                    quantity, quantity, 0, records.tsEvent());
            }
        }
        submittingId = Position.NO_ORDER;
        return accepted;
    }

    /**
     * Closes a position with a market order, unless it is flat or already closing; cancels any entry remainder
     * and any resting protective stop first, so the exit covers the whole position and is its only exit.
     *
     * @param index          dense instrument index.
     * @param reason         why.
     * @param referencePrice the price the exit expects (the signal-close fill price for a signal's exit).
     * @param fromSignal     true for an exit a signal asked for.
     */
    public void requestExit(final int index, final ExitReason reason, final long referencePrice, final boolean fromSignal)
    {
        final Position p = portfolio.position(index);
        if (!p.isOpen() || orders.exitPending(index))
        {
            return;
        }
        cancelEntry(index);
        final long stopOrder = orders.stopOrderId(index);
        if (stopOrder != Position.NO_ORDER)
        {
            venue.cancel(stopOrder); // the market exit replaces the resting stop: never both
        }
        final long id = nextOrderId();
        final OrderSide side = p.side() == PositionSide.LONG ? OrderSide.SELL : OrderSide.BUY;
        final long quantity = p.quantity();
        orders.beginExit(index, id, reason);
        final int at = records.orderIntent(index, id, side, quantity, reason, OrderType.MARKET, SimulatedVenue.NO_PRICE,
            referencePrice);
        records.putIntentSignal(at, p.positionId(), 0, 0, 0, 0);
        if (!place(index, id, side, OrderType.MARKET, quantity, referencePrice, fromSignal))
        {
            orders.clearExit(index);
        }
    }

    /** @param index dense instrument index; cancels its working entry, if any (the venue's cancel callback clears it). */
    public void cancelEntry(final int index)
    {
        final long entryId = orders.entryOrderId(index);
        if (entryId != Position.NO_ORDER)
        {
            venue.cancel(entryId); // onCancel reports it and clears the entry
        }
    }

    /** @param reason the venue's refusal, reported while (or right after) an order was being placed. */
    public void venueRejected(final VenueRejectReason reason)
    {
        lastVenueReject = reason;
    }

    /** @return the venue's last refusal since the last {@link #place}, or null. */
    public VenueRejectReason lastVenueReject()
    {
        return lastVenueReject;
    }

    /** @param clientOrderId of a venue callback. @return true when it is the order {@link #place} is submitting. */
    public boolean isSubmitting(final long clientOrderId)
    {
        return clientOrderId == submittingId;
    }

    /** @return instrument id of the order being submitted. */
    public int submittingInstrument()
    {
        return submittingInstrument;
    }

    /** @return side of the order being submitted. */
    public OrderSide submittingSide()
    {
        return submittingSide;
    }

    /** @return quantity of the order being submitted. */
    public long submittingQuantity()
    {
        return submittingQuantity;
    }
}
