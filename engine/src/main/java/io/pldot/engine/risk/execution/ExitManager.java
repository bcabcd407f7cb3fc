package io.pldot.engine.risk.execution;

import io.pldot.engine.risk.DumpDetector;
import io.pldot.engine.risk.EntryOrder;
import io.pldot.engine.risk.ExitReason;
import io.pldot.engine.risk.Portfolio;
import io.pldot.engine.risk.PortfolioRiskMonitor;
import io.pldot.engine.risk.Position;
import io.pldot.engine.risk.PositionOrders;
import io.pldot.engine.risk.ProtectiveStop;
import io.pldot.engine.risk.RiskSettings;
import io.pldot.engine.risk.stop.PositionSide;
import io.pldot.engine.risk.stop.TrailingStop;
import io.pldot.engine.risk.stop.TrailingStopBook;
import io.pldot.engine.venue.OrderSide;
import io.pldot.engine.venue.OrderType;
import io.pldot.engine.venue.SimulatedVenue;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.TradingCodes;

/**
 * Everything that closes or protects open positions without a signal, in the order the risk stage calls it:
 * <ul>
 *   <li><b>Entry timeouts</b> ({@link #expireEntries}, {@code risk.entryOrder: limit}): a limit entry that has not
 *       filled {@code risk.entryTimeout} of event time after the decision is cancelled on the first input at or
 *       after that time, before the venue sees that input's trade ({@code ORDER_EVENT} CANCELLED); the slot is
 *       freed when nothing filled, a partly filled entry keeps the filled part as the position.</li>
 *   <li><b>Trades</b> ({@link #onTrade}): the venue fills resting orders, the mark moves, the trailing stops follow
 *       the tick (STOP_MOVED); a stop reached submits a closing market order (it fills on a later trade, so a gap
 *       costs what the market cost); positions held longer than {@code risk.maxHold} are closed.</li>
 *   <li><b>Portfolio risk</b> ({@link #onPortfolioRisk}): equity is marked and the daily drawdown level updated;
 *       entering WARNING tightens every stop, CRITICAL closes the worst positions (entries pause), the
 *       CIRCUIT_BREAKER flattens everything and halts new entries until the next UTC day ({@code PORTFOLIO_EVENT}s
 *       report each change).</li>
 *   <li><b>Candles</b> ({@link #onSmallestCandle}): each smallest-timeframe candle feeds the {@link DumpDetector}
 *       (a dump against the position closes it) and, for the configured market leader, its dump closes every
 *       other long (correlated exits).</li>
 *   <li><b>Venue protective stops</b> ({@link #syncStops}, {@code risk.protectiveStop: venue} with trailing stops
 *       on): every open position has one resting STOP order at its trailing-stop price for its whole quantity
 *       ({@code ORDER_INTENT} type STOP, reason TRAILING_STOP); when the stop moves or the size changes the order
 *       is replaced (CANCELLED, then a new intent and ACCEPTED) right after the STOP_MOVED / fill that caused it.
 *       <b>Exactly one exit path is live per position:</b> while a venue stop works for it, the tick-by-tick
 *       trailing-stop exit here is off (the stop is still trailed: the book drives the replacements); it fires
 *       only for a position with no venue stop working (refused, or filled with quantity left). Any other exit
 *       cancels the resting stop before its market order ({@link OrderPlacement#requestExit}).</li>
 * </ul>
 * Owned by the risk stage's thread; not thread-safe. Does not allocate after construction.
 */
public final class ExitManager
{
    private final InstrumentRegistry registry;
    private final RiskSettings settings;
    private final Portfolio portfolio;
    private final PositionOrders orders;
    private final PortfolioRiskMonitor monitor;
    private final DumpDetector dumps;
    private final SimulatedVenue venue;
    private final TrailingStopBook stops;
    private final OrderPlacement placement;
    private final RiskRecords records;
    private final int leaderIndex;
    private final boolean limitEntries;
    private final boolean venueStops;
    private final long entryTimeoutNanos;

    // Stops reached during one tick; acted on after the book has finished iterating.
    private final int[] triggeredIndexes;
    private final long[] triggeredPrices;
    private int triggered;

    /**
     * @param registry  instruments, by dense index.
     * @param settings  hold time, drawdown rules, dump detection, leader, order types.
     * @param portfolio positions, marks and working orders.
     * @param monitor   the daily drawdown levels.
     * @param dumps     dump detection per instrument.
     * @param venue     the simulated venue.
     * @param stops     the trailing stops.
     * @param placement sends and cancels orders.
     * @param records   journals the portfolio events.
     */
    public ExitManager(
        final InstrumentRegistry registry, final RiskSettings settings, final Portfolio portfolio,
        final PortfolioRiskMonitor monitor, final DumpDetector dumps, final SimulatedVenue venue,
        final TrailingStopBook stops, final OrderPlacement placement, final RiskRecords records)
    {
        if (settings.leaderSymbol() != null && registry.bySymbol(settings.leaderSymbol()) == null)
        {
            throw new IllegalArgumentException("risk.correlation.leaderSymbol: " +
                registry.unknownSymbolMessage(settings.leaderSymbol()));
        }
        this.registry = registry;
        this.settings = settings;
        this.portfolio = portfolio;
        this.orders = portfolio.orders();
        this.monitor = monitor;
        this.dumps = dumps;
        this.venue = venue;
        this.stops = stops;
        this.placement = placement;
        this.records = records;
        this.leaderIndex = settings.leaderSymbol() == null ? -1 :
            registry.indexOf(registry.bySymbol(settings.leaderSymbol()).id());
        this.limitEntries = settings.entryOrder() == EntryOrder.LIMIT;
        this.venueStops = settings.protectiveStop() == ProtectiveStop.VENUE && settings.trailingStops();
        this.entryTimeoutNanos = settings.entryTimeoutNanos();
        this.triggeredIndexes = new int[Math.max(1, registry.size())];
        this.triggeredPrices = new long[Math.max(1, registry.size())];
    }

    /** @return true when protective stops rest in the venue ({@link #syncStops} has work to do). */
    public boolean venueStops()
    {
        return venueStops;
    }

    /** Cancels the limit entries (or their unfilled rest) that have rested for the entry timeout. */
    public void expireEntries()
    {
        if (!limitEntries || entryTimeoutNanos <= 0)
        {
            return;
        }
        final long now = records.tsEvent();
        for (int i = 0; i < portfolio.size(); i++)
        {
            if (orders.entryPending(i) && orders.entryIsLimit(i) && now - orders.entryPlacedAt(i) >= entryTimeoutNanos)
            {
                venue.cancel(orders.entryOrderId(i)); // onCancel journals it and frees the entry
            }
        }
    }

    /**
     * A trade tick: the venue, the mark, the trailing stops (exits for those reached), the max hold time.
     *
     * @param instrumentId of the trade.
     * @param price        trade price.
     * @param quantity     trade quantity.
     */
    public void onTrade(final int instrumentId, final long price, final long quantity)
    {
        final int index = registry.indexOf(instrumentId);
        if (index < 0)
        {
            return;
        }
        final long now = records.tsEvent();
        venue.onTrade(records.sequence(), instrumentId, now, price, quantity);
        portfolio.mark(index, price);
        triggered = 0;
        stops.onTick(instrumentId, now, price);
        for (int t = 0; t < triggered; t++)
        {
            // With venue stops, a position whose stop order works in the venue exits there, never here too.
            if (!venueStops || orders.stopOrderId(triggeredIndexes[t]) == Position.NO_ORDER)
            {
                placement.requestExit(triggeredIndexes[t], ExitReason.TRAILING_STOP, triggeredPrices[t], false);
            }
        }
        if (settings.maxHoldNanos() > 0)
        {
            for (int i = 0; i < portfolio.size(); i++)
            {
                final Position p = portfolio.position(i);
                if (p.isOpen() && now - p.entryTime() >= settings.maxHoldNanos())
                {
                    placement.requestExit(i, ExitReason.MAX_HOLD_TIME, portfolio.markOf(i), false);
                }
            }
        }
        if (venueStops)
        {
            syncStops(); // replacements right after the fills and stop moves that caused them
        }
    }

    /**
     * The trailing-stop book reached a stop during {@link #onTrade}: remembered, acted on after the book's tick.
     *
     * @param index     dense instrument index.
     * @param exitPrice the price the exit expects.
     */
    public void onStopTriggered(final int index, final long exitPrice)
    {
        triggeredIndexes[triggered] = index;
        triggeredPrices[triggered] = exitPrice;
        triggered++;
    }

    /** Marks equity, updates the daily drawdown level and acts on a level change. */
    public void onPortfolioRisk()
    {
        final long now = records.tsEvent();
        final int before = monitor.update(now, portfolio.equity());
        final int level = monitor.level();
        if (monitor.resumedNow())
        {
            records.portfolioEvent(TradingCodes.PortfolioEventType.RESUMED);
        }
        if (level == before)
        {
            return;
        }
        records.portfolioEvent(TradingCodes.PortfolioEventType.LEVEL_CHANGED);
        if (level >= PortfolioRiskMonitor.WARNING && before < PortfolioRiskMonitor.WARNING)
        {
            stops.tightenAll(settings.warningStopBps(), now);
        }
        if (level == PortfolioRiskMonitor.CIRCUIT_BREAKER)
        {
            for (int i = 0; i < portfolio.size(); i++)
            {
                placement.cancelEntry(i);
                placement.requestExit(i, ExitReason.CIRCUIT_BREAKER, portfolio.markOf(i), false);
            }
            records.portfolioEvent(TradingCodes.PortfolioEventType.HALTED);
        }
        else if (level >= PortfolioRiskMonitor.CRITICAL && before < PortfolioRiskMonitor.CRITICAL)
        {
            for (int n = 0; n < settings.criticalCloseCount(); n++)
            {
                final int worst = portfolio.worstOpenWithoutExit();
                if (worst < 0)
                {
                    break;
                }
                placement.requestExit(worst, ExitReason.CRITICAL_LEVEL, portfolio.markOf(worst), false);
            }
        }
    }

    /**
     * A closed candle of the smallest timeframe: dump exits and, for the leader, correlated exits.
     *
     * @param instrumentId of the candle.
     * @param close        its close.
     * @param buyVolume    its aggressive buy volume.
     * @param sellVolume   its aggressive sell volume.
     */
    public void onSmallestCandle(final int instrumentId, final long close, final long buyVolume, final long sellVolume)
    {
        final int index = registry.indexOf(instrumentId);
        if (index < 0)
        {
            return;
        }
        final int dump = dumps.onCandle(index, close, buyVolume, sellVolume);
        final Position p = portfolio.position(index);
        if (p.isOpen() && ((p.side() == PositionSide.LONG && (dump & DumpDetector.AGAINST_LONG) != 0)
            || (p.side() == PositionSide.SHORT && (dump & DumpDetector.AGAINST_SHORT) != 0)))
        {
            placement.requestExit(index, ExitReason.DUMP, close, false);
        }
        if (index == leaderIndex && dumps.leaderDumped(index))
        {
            for (int i = 0; i < portfolio.size(); i++)
            {
                final Position other = portfolio.position(i);
                if (i != leaderIndex && other.isOpen() && other.side() == PositionSide.LONG)
                {
                    placement.requestExit(i, ExitReason.CORRELATED_EXIT, portfolio.markOf(i), false);
                }
            }
        }
    }

    /**
     * risk.protectiveStop: venue. Makes every open position without a working exit have exactly one stop order
     * resting in the venue at its trailing stop (or, once the book has let go of a triggered stop, at the last
     * level placed) for its whole quantity; replaces (cancel + new) an order whose price or quantity is stale.
     * Does nothing unless {@link #venueStops()}.
     */
    public void syncStops()
    {
        if (!venueStops)
        {
            return;
        }
        for (int i = 0; i < portfolio.size(); i++)
        {
            final Position p = portfolio.position(i);
            if (!p.isOpen() || orders.exitPending(i) || orders.stopRefused(i))
            {
                continue;
            }
            long level = stops.stopPrice(p.positionId());
            if (level == TrailingStop.NO_PRICE)
            {
                level = orders.stopLevel(i);
            }
            if (level <= 0)
            {
                continue;
            }
            final long resting = orders.stopOrderId(i);
            if (resting != Position.NO_ORDER)
            {
                if (orders.stopOrderPrice(i) == level && orders.stopOrderQuantity(i) == p.quantity())
                {
                    continue;
                }
                venue.cancel(resting); // onCancel journals it and forgets the order
            }
            final long id = placement.nextOrderId();
            final OrderSide side = p.side() == PositionSide.LONG ? OrderSide.SELL : OrderSide.BUY;
            final long quantity = p.quantity();
            orders.beginStopOrder(i, id, level, quantity);
            final int at = records.orderIntent(i, id, side, quantity, ExitReason.TRAILING_STOP, OrderType.STOP, level,
                portfolio.markOf(i));
            records.putIntentSignal(at, p.positionId(), 0, 0, 0, 0);
            if (!placement.place(i, id, side, OrderType.STOP, quantity, level, false))
            {
                orders.stopOrderRefused(i); // the stage executes this position's trailing stop from now on
            }
        }
    }
}
