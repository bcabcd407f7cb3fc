package io.pldot.engine.risk.execution;

import io.pldot.engine.risk.ExitReason;
import io.pldot.engine.risk.Portfolio;
import io.pldot.engine.risk.PortfolioRiskMonitor;
import io.pldot.engine.risk.Position;
import io.pldot.engine.risk.PositionOrders;
import io.pldot.engine.risk.RiskSettings;
import io.pldot.engine.risk.stop.PositionSide;
import io.pldot.engine.risk.stop.StopRejectReason;
import io.pldot.engine.risk.stop.TrailingStop;
import io.pldot.engine.risk.stop.TrailingStopBook;
import io.pldot.engine.risk.stop.TrailingStopListener;
import io.pldot.engine.venue.OrderSide;
import io.pldot.engine.venue.SimulatedVenue;
import io.pldot.engine.venue.VenueListener;
import io.pldot.engine.venue.VenueRejectReason;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.TradingCodes;

/**
 * What the {@link SimulatedVenue} and the {@link TrailingStopBook} report back to the risk stage, booked and
 * journaled:
 * <ul>
 *   <li><b>Fills</b>: {@code ORDER_EVENT} FILLED / PARTIALLY_FILLED (resting limit entries as MAKER, market and
 *       triggered stop orders as TAKER), cash moves, then {@code POSITION_EVENT} OPENED / INCREASED for an entry
 *       (a new position activates its trailing stop at its asset class's distance, tightened while the drawdown
 *       is at WARNING or worse, unless trailing stops are off) or REDUCED / CLOSED for an exit. A venue stop order
 *       that starts filling becomes the position's working exit (reason TRAILING_STOP).</li>
 *   <li><b>Refusals</b>: {@code ORDER_EVENT} REJECTED with the venue's reason (the order's fields when it was
 *       refused while being submitted); a refused venue stop hands the position's exit back to the stage's own
 *       trailing stop.</li>
 *   <li><b>Cancels</b>: {@code ORDER_EVENT} CANCELLED with what was left open; the order is forgotten.</li>
 *   <li><b>Stops</b>: {@code POSITION_EVENT} STOP_MOVED; a stop reached goes to the {@link ExitManager}.</li>
 * </ul>
 * Wired once after construction ({@link #attach}), since the venue and the book take it as their listener.
 * Owned by the risk stage's thread; not thread-safe. Does not allocate.
 */
public final class ExecutionCallbacks implements VenueListener, TrailingStopListener
{
    private final InstrumentRegistry registry;
    private final RiskSettings settings;
    private final Portfolio portfolio;
    private final PositionOrders orders;
    private final PortfolioRiskMonitor monitor;
    private final RiskRecords records;
    private final RiskStats stats;
    private final int[] distanceBps;
    private SimulatedVenue venue;
    private TrailingStopBook stops;
    private OrderPlacement placement;
    private ExitManager exits;

    /**
     * @param registry    instruments, by dense index.
     * @param settings    trailing stops on or off, the WARNING stop distance.
     * @param portfolio   books the fills.
     * @param monitor     the drawdown level (stop distance of a new position).
     * @param records     journals the events.
     * @param stats       counts fills, refusals, opens and closes.
     * @param distanceBps trailing distance per dense index.
     */
    public ExecutionCallbacks(
        final InstrumentRegistry registry, final RiskSettings settings, final Portfolio portfolio,
        final PortfolioRiskMonitor monitor, final RiskRecords records, final RiskStats stats, final int[] distanceBps)
    {
        this.registry = registry;
        this.settings = settings;
        this.portfolio = portfolio;
        this.orders = portfolio.orders();
        this.monitor = monitor;
        this.records = records;
        this.stats = stats;
        this.distanceBps = distanceBps;
    }

    /**
     * @param venue     that reports here (cancels a stop order left on a closed position).
     * @param stops     that report here (activated on an opening fill, removed on the close).
     * @param placement the order being submitted (a synchronous refusal's fields).
     * @param exits     takes the stops reached.
     */
    public void attach(
        final SimulatedVenue venue, final TrailingStopBook stops, final OrderPlacement placement, final ExitManager exits)
    {
        this.venue = venue;
        this.stops = stops;
        this.placement = placement;
        this.exits = exits;
    }

    @Override
    public void onFill(
        final long clientOrderId, final int instrumentId, final OrderSide side, final long price,
        final long quantity, final long fee, final long time, final long remaining)
    {
        stats.countFill();
        final int index = registry.indexOf(instrumentId);
        // Resting limit entries fill as makers; market and (triggered) stop orders as takers.
        final boolean maker = clientOrderId == orders.entryOrderId(index) && orders.entryIsLimit(index);
        records.orderEvent(instrumentId, remaining == 0 ? TradingCodes.OrderEventType.FILLED :
            TradingCodes.OrderEventType.PARTIALLY_FILLED, side,
            (maker ? TradingCodes.Liquidity.MAKER : TradingCodes.Liquidity.TAKER).code(), 0,
            clientOrderId, price, quantity, remaining, fee, time);
        portfolio.settle(index, side == OrderSide.BUY, price, quantity, fee);
        if (clientOrderId == orders.entryOrderId(index))
        {
            onEntryFill(index, instrumentId, price, quantity, fee, time, remaining);
        }
        else
        {
            if (clientOrderId == orders.stopOrderId(index))
            {
                // The venue stop triggered: it is now the position's working exit (reason TRAILING_STOP).
                orders.stopOrderToExit(index);
            }
            if (clientOrderId == orders.exitOrderId(index))
            {
                onExitFill(index, price, quantity, fee, time, remaining);
            }
        }
    }

    private void onEntryFill(
        final int index, final int instrumentId, final long price, final long quantity, final long fee,
        final long time, final long remaining)
    {
        final boolean opened = portfolio.fillEntry(index, price, quantity, fee, time, remaining);
        if (opened)
        {
            stats.countOpened();
        }
        if (opened && settings.trailingStops())
        {
            final int distance = monitor.level() >= PortfolioRiskMonitor.WARNING ?
                Math.min(distanceBps[index], settings.warningStopBps()) : distanceBps[index];
            stops.activate(portfolio.position(index).positionId(), instrumentId, portfolio.sideOf(index), price,
                distance);
        }
        positionEvent(index, opened ? TradingCodes.PositionEventType.OPENED :
            TradingCodes.PositionEventType.INCREASED, ExitReason.ENTRY.code(), quantity, 0, time);
    }

    private void onExitFill(
        final int index, final long price, final long quantity, final long fee, final long time, final long remaining)
    {
        final ExitReason reason = orders.exitReason(index);
        final boolean closed = portfolio.fillExit(index, price, quantity, fee, remaining);
        if (closed)
        {
            final long positionId = portfolio.position(index).positionId();
            if (stops.stopPrice(positionId) != TrailingStop.NO_PRICE)
            {
                stops.remove(positionId);
            }
            stats.countClosed(reason);
            positionEvent(index, TradingCodes.PositionEventType.CLOSED, reason.code(), quantity,
                portfolio.position(index).averageExit(), time);
            final long stopOrder = orders.stopOrderId(index);
            if (stopOrder != Position.NO_ORDER)
            {
                venue.cancel(stopOrder); // never expected (exits cancel it first); a flat book rests nothing
            }
            portfolio.finishClose(index);
        }
        else
        {
            positionEvent(index, TradingCodes.PositionEventType.REDUCED, reason.code(), quantity, price, time);
        }
    }

    private void positionEvent(
        final int index, final TradingCodes.PositionEventType event, final int reason, final long change,
        final long exitPrice, final long time)
    {
        records.positionEvent(index, event, reason, change, exitPrice,
            stops.stopPrice(portfolio.position(index).positionId()), time);
    }

    @Override
    public void onReject(final long clientOrderId, final VenueRejectReason reason)
    {
        stats.countVenueReject();
        placement.venueRejected(reason);
        if (clientOrderId == SimulatedVenue.NO_ORDER_ID)
        {
            return; // a refused trade tick: the candle stage already journaled why
        }
        final int index;
        final OrderSide side;
        final long quantity;
        if (placement.isSubmitting(clientOrderId))
        {
            index = registry.indexOf(placement.submittingInstrument());
            side = placement.submittingSide();
            quantity = placement.submittingQuantity();
        }
        else
        {
            index = orders.indexOfOrder(clientOrderId);
            side = null;
            quantity = 0;
            if (index >= 0 && clientOrderId == orders.stopOrderId(index))
            {
                orders.stopOrderRefused(index); // the stage executes this position's trailing stop instead
            }
            else if (index >= 0)
            {
                orders.clearOrder(index, clientOrderId);
            }
        }
        records.orderEvent(index < 0 ? 0 : portfolio.instrumentId(index), TradingCodes.OrderEventType.REJECTED, side,
            0, reason.code(), clientOrderId, 0, quantity, 0, 0, records.tsEvent());
    }

    @Override
    public void onCancel(final long clientOrderId)
    {
        final int index = orders.indexOfOrder(clientOrderId);
        if (index < 0)
        {
            return;
        }
        final long remaining;
        final OrderSide side;
        final long price;
        if (clientOrderId == orders.stopOrderId(index))
        {
            remaining = orders.stopOrderQuantity(index);
            side = portfolio.sideOf(index) == PositionSide.LONG ? OrderSide.SELL : OrderSide.BUY;
            price = orders.stopOrderPrice(index);
        }
        else
        {
            remaining = orders.entryRemaining(index);
            side = orders.entrySideOf(index) == PositionSide.LONG ? OrderSide.BUY : OrderSide.SELL;
            price = orders.entryIsLimit(index) ? orders.entryReference(index) : 0;
        }
        records.orderEvent(portfolio.instrumentId(index), TradingCodes.OrderEventType.CANCELLED, side, 0, 0,
            clientOrderId, price, 0, remaining, 0, records.tsEvent());
        orders.clearOrder(index, clientOrderId);
    }

    @Override
    public void onStopMoved(final long positionId, final int instrumentId, final long stopPrice, final long time)
    {
        positionEvent(registry.indexOf(instrumentId), TradingCodes.PositionEventType.STOP_MOVED, 0, 0, 0, time);
    }

    @Override
    public void onStopTriggered(
        final long positionId, final int instrumentId, final PositionSide side, final long stopPrice,
        final long exitPrice, final long time)
    {
        exits.onStopTriggered(registry.indexOf(instrumentId), exitPrice);
    }

    @Override
    public void onReject(final long positionId, final StopRejectReason reason)
    {
        // Counted by the book (stopRejects); none is expected: ids are unique and the book is sized
        // to one position per instrument.
    }
}
