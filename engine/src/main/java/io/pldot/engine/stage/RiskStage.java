package io.pldot.engine.stage;

import io.pldot.engine.event.OutputsBuffer;
import io.pldot.engine.event.RingSlot;
import io.pldot.engine.risk.DumpDetector;
import io.pldot.engine.risk.EntryOrder;
import io.pldot.engine.risk.ExitReason;
import io.pldot.engine.risk.Portfolio;
import io.pldot.engine.risk.PortfolioRiskMonitor;
import io.pldot.engine.risk.Position;
import io.pldot.engine.risk.PositionSizer;
import io.pldot.engine.risk.ProtectiveStop;
import io.pldot.engine.risk.RiskRejectReason;
import io.pldot.engine.risk.RiskSettings;
import io.pldot.engine.risk.stop.AssetClass;
import io.pldot.engine.risk.stop.PositionSide;
import io.pldot.engine.risk.stop.StopRejectReason;
import io.pldot.engine.risk.stop.TrailingStop;
import io.pldot.engine.risk.stop.TrailingStopBook;
import io.pldot.engine.risk.stop.TrailingStopListener;
import io.pldot.engine.risk.stop.TrailingStopSettings;
import io.pldot.engine.venue.FillModel;
import io.pldot.engine.venue.OrderSide;
import io.pldot.engine.venue.OrderType;
import io.pldot.engine.venue.SimulatedVenue;
import io.pldot.engine.venue.VenueListener;
import io.pldot.engine.venue.VenueRejectReason;
import io.pldot.engine.venue.VenueSettings;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.CandleClosedDescriptor;
import io.pldot.journal.schema.OrderEventDescriptor;
import io.pldot.journal.schema.OrderIntentDescriptor;
import io.pldot.journal.schema.PortfolioEventDescriptor;
import io.pldot.journal.schema.PositionEventDescriptor;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.RiskRejectDescriptor;
import io.pldot.journal.schema.SignalDescriptor;
import io.pldot.journal.schema.TradeTickDescriptor;
import io.pldot.journal.schema.TradingCodes;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * Stage R: risk, portfolio and paper execution; the single owner of cash and positions (DESIGN
 * "The pipeline", SPEC §5). It runs after the decision stage on the same slot and, for each input:
 * <ol>
 *   <li><b>Venue.</b> A trade tick (not rejected upstream) first goes to the {@link SimulatedVenue}:
 *       resting orders may fill ({@code ORDER_EVENT}, then {@code POSITION_EVENT} OPENED / INCREASED /
 *       REDUCED / CLOSED). A new position activates its trailing stop at its asset class's distance (unless trailing
 *       stops are off in the settings).</li>
 *   <li><b>Trailing stops</b> follow the tick ({@code POSITION_EVENT} STOP_MOVED); a stop reached
 *       submits a closing market order (it fills on a later trade, so a gap costs what the market
 *       cost).</li>
 *   <li><b>Max hold time</b>: positions held longer are closed.</li>
 *   <li><b>Portfolio risk</b> ({@link PortfolioRiskMonitor}): equity is marked to the last trade
 *       prices and the daily drawdown level is updated; entering WARNING tightens every stop, CRITICAL
 *       closes the worst positions and pauses entries, the CIRCUIT_BREAKER flattens everything and
 *       halts new entries until the next UTC day ({@code PORTFOLIO_EVENT}s report each change).</li>
 *   <li><b>Candles</b>: each CANDLE_CLOSED of the smallest timeframe in the slot feeds the
 *       {@link DumpDetector} (volume reversal, order-flow flip, momentum break → exit) and, for the
 *       configured market leader, correlated exits of every other long.</li>
 *   <li><b>Signals</b> in the slot, in rank order, run the execution chain (seed 004 §12.4): portfolio
 *       gate (halted / paused) → existing position → reversal → position limit → exposure and
 *       portfolio risk → sizing and order placement → monitoring (the trailing stop on fill). Each
 *       refusal is a {@code RISK_REJECT} with its reason; an accepted signal is an {@code ORDER_INTENT}
 *       submitted to the venue, which fills it on later ticks only (after the event-time latency),
 *       unless the cross-check {@link FillModel#SIGNAL_CLOSE} is configured.</li>
 *   <li><b>Equity mark</b>: one {@code PORTFOLIO_EVENT} EQUITY_MARK per input whose outputs hold at
 *       least one CANDLE_CLOSED of the smallest configured timeframe, written last; the backtest
 *       equity curve is built from these.</li>
 * </ol>
 * <h2>Order types (opt-in; the defaults place market orders only)</h2>
 * <ul>
 *   <li><b>{@code risk.entryOrder: limit}</b>: an entry is a LIMIT order at the signal's entry price (buy limit
 *       for a long, sell limit for a short). It rests in the venue and fills only on a later trade that reaches
 *       the price, at the limit, with the maker fee and no slippage (fills are journaled with MAKER liquidity).
 *       What has not filled {@code risk.entryTimeout} of event time after the decision is cancelled on the
 *       first input at or after that time, before the venue sees that input's trade ({@code ORDER_EVENT}
 *       CANCELLED); the slot is freed when nothing filled, and a partly filled entry keeps the filled part as
 *       the position. While it rests, the entry counts in the position limit, the exposure and the portfolio
 *       risk at its limit price, like any pending entry. The {@link FillModel#SIGNAL_CLOSE} cross-check mode
 *       still fills entries at once (market semantics).</li>
 *   <li><b>{@code risk.protectiveStop: venue}</b> (with trailing stops on): every open position also has a
 *       resting STOP order in the venue at its current trailing-stop price, for its whole quantity (sell stop
 *       for a long, buy stop for a short; {@code ORDER_INTENT} type STOP, reason TRAILING_STOP). When the
 *       trailing stop moves or the position's size changes the order is replaced: {@code ORDER_EVENT}
 *       CANCELLED for the old order, then {@code ORDER_INTENT} and ACCEPTED for the new one, right after the
 *       STOP_MOVED / fill that caused it. It triggers inside the venue on the first eligible trade that reaches
 *       it and fills on that trade at the trade price with slippage and the taker fee (a gap through the stop
 *       costs what the market cost). <b>Exactly one exit path is live per position:</b> while a venue stop
 *       order rests for a position (or, once it has started filling, works as the position's exit order), the
 *       stage's own tick-by-tick trailing-stop exit is switched off for it; the stage still trails the stop
 *       price (the book drives the replacements). The stage's market exit fires only for a position that has
 *       no venue stop working: the venue refused its stop order, or the stop filled up and some quantity
 *       remains. Any other exit (signal, max hold, dump, drawdown levels, reversal) cancels the resting stop
 *       before its market order is sent. After a replacement the new stop is live only after the venue's
 *       event-time latency (0 by default), just as the stage's own market exit would wait for it.</li>
 * </ul>
 * <b>Client order ids</b> are {@code inputSequence x 64 + index} (index = order of the decision within
 * the input), so a replay makes the same ids and never invents new ones. <b>Money</b> is fixed point:
 * cash and equity in quote currency at the cash scale (the largest price scale of the instruments;
 * every instrument is assumed quoted in the same currency), positions at each instrument's scales;
 * products go through {@code FixedPoint.mulDivFloor / mulDivCeil}. Time is the input's event time; nothing reads a clock.
 * <p>
 * No allocation per event after construction. Owned by its handler thread; not thread-safe; the
 * accessors are for summaries on that thread or after the pipeline stopped.
 */
public final class RiskStage implements Stage
{
    /** Client order ids per input: {@code sequence x 64 + index}. */
    public static final int ORDER_IDS_PER_INPUT = 64;
    /** Most signals one input may carry; further ones are refused as INVALID_SIGNAL. */
    public static final int MAX_SIGNALS_PER_INPUT = 32;

    private static final RiskRejectReason[] REJECTS = RiskRejectReason.values();
    // Looked up here, not with SignalType.of, which copies values() on every call.
    private static final TradingCodes.SignalType[] SIGNAL_TYPES = TradingCodes.SignalType.values();
    private static final ExitReason[] EXITS = ExitReason.values();

    private final InstrumentRegistry registry;
    private final RiskSettings settings;
    private final VenueSettings venueSettings;
    private final int smallestTimeframeSeconds;
    private final Portfolio portfolio;
    private final PortfolioRiskMonitor monitor;
    private final DumpDetector dumps;
    private final SimulatedVenue venue;
    private final TrailingStopBook stops;
    private final int[] distanceBps;
    // risk.fixedQuantity at each instrument's quantity scale (dense index); 0 = risk-based sizing.
    private final long[] fixedQuantity;
    private final int leaderIndex;
    private final boolean limitEntries;
    private final boolean venueStops;
    private final long entryTimeoutNanos;
    private final Callbacks callbacks = new Callbacks();

    // The input being processed.
    private OutputsBuffer outputs;
    private long sequence;
    private long tsEvent;
    private long tsRecv;
    private int nextOrderIndex;

    // Set while submitting, so a synchronous venue reject can be reported with the order's fields.
    private long submittingId = Position.NO_ORDER;
    private int submittingInstrument;
    private OrderSide submittingSide;
    private long submittingQuantity;
    private VenueRejectReason lastVenueReject;

    // Stops reached during one tick; acted on after the book has finished iterating.
    private final int[] triggeredIndexes;
    private final long[] triggeredPrices;
    private int triggered;

    private final int[] signalOffsets = new int[MAX_SIGNALS_PER_INPUT];
    private final int[] signalRanks = new int[MAX_SIGNALS_PER_INPUT];

    private final long[] rejects = new long[REJECTS.length];
    private final long[] exits = new long[EXITS.length];
    private long orders;
    private long fills;
    private long venueRejects;
    private long positionsOpened;
    private long positionsClosed;
    private long equityMarks;

    /**
     * @param registry                 instruments (all assumed quoted in the same currency).
     * @param settings                 sizing and portfolio-risk rules.
     * @param venueSettings            the simulated venue's latency, slippage, fees and fill model.
     * @param stopSettings             trailing distance per asset class.
     * @param smallestTimeframeSeconds candles of this timeframe drive dump detection and equity marks.
     */
    public RiskStage(
        final InstrumentRegistry registry,
        final RiskSettings settings,
        final VenueSettings venueSettings,
        final TrailingStopSettings stopSettings,
        final int smallestTimeframeSeconds)
    {
        if (smallestTimeframeSeconds <= 0)
        {
            throw new IllegalArgumentException("smallestTimeframeSeconds must be > 0, was " + smallestTimeframeSeconds);
        }
        this.registry = registry;
        this.settings = settings;
        this.venueSettings = venueSettings;
        this.smallestTimeframeSeconds = smallestTimeframeSeconds;
        this.portfolio = new Portfolio(registry, settings);
        this.monitor = new PortfolioRiskMonitor(settings);
        this.dumps = new DumpDetector(settings, registry.size());
        this.venue = new SimulatedVenue(venueSettings, 2 * RiskSettings.MAX_POSITIONS + 2, callbacks);
        this.stops = new TrailingStopBook(Math.max(1, registry.size()), stopSettings, callbacks);
        this.distanceBps = new int[registry.size()];
        this.fixedQuantity = new long[registry.size()];
        for (int i = 0; i < registry.size(); i++)
        {
            final var instrument = registry.instruments().get(i);
            venue.defineInstrument(instrument.id(), instrument.quantityScale());
            distanceBps[i] = stopSettings.distanceBps(settings.volatileSymbols().contains(instrument.symbol()) ?
                AssetClass.VOLATILE : AssetClass.REGULAR);
            fixedQuantity[i] = settings.fixedQuantityUnits(instrument.quantityScale());
        }
        if (settings.leaderSymbol() != null && registry.bySymbol(settings.leaderSymbol()) == null)
        {
            throw new IllegalArgumentException("risk.correlation.leaderSymbol: " +
                registry.unknownSymbolMessage(settings.leaderSymbol()));
        }
        this.leaderIndex = settings.leaderSymbol() == null ? -1 :
            registry.indexOf(registry.bySymbol(settings.leaderSymbol()).id());
        this.limitEntries = settings.entryOrder() == EntryOrder.LIMIT;
        this.venueStops = settings.protectiveStop() == ProtectiveStop.VENUE && settings.trailingStops();
        this.entryTimeoutNanos = settings.entryTimeoutNanos();
        this.triggeredIndexes = new int[Math.max(1, registry.size())];
        this.triggeredPrices = new long[Math.max(1, registry.size())];
    }

    @Override
    public void onEvent(final RingSlot slot, final boolean endOfBatch)
    {
        final DirectBuffer in = slot.input();
        outputs = slot.outputs();
        sequence = RecordHeaderDescriptor.sequence(in, 0);
        tsEvent = RecordHeaderDescriptor.tsEvent(in, 0);
        tsRecv = RecordHeaderDescriptor.tsRecv(in, 0);
        nextOrderIndex = 0;
        // Only what earlier stages wrote: the records appended below are not revisited.
        final int end = outputs.length();
        final DirectBuffer out = outputs.buffer();
        boolean rejected = false;
        for (int offset = 0; offset < end; offset = outputs.next(offset))
        {
            if (RecordHeaderDescriptor.typeId(out, offset) == RecordType.INPUT_REJECTED.typeId())
            {
                rejected = true;
            }
        }
        if (!rejected && limitEntries && entryTimeoutNanos > 0)
        {
            expireEntries();
        }
        if (!rejected && RecordHeaderDescriptor.typeId(in, 0) == RecordType.TRADE_TICK.typeId())
        {
            onTrade(in);
        }
        updatePortfolioRisk();
        if (venueStops)
        {
            syncStops();
        }
        boolean markDue = false;
        int signals = 0;
        for (int offset = 0; offset < end; offset = outputs.next(offset))
        {
            final int typeId = RecordHeaderDescriptor.typeId(out, offset);
            if (typeId == RecordType.CANDLE_CLOSED.typeId()
                && CandleClosedDescriptor.timeframeSeconds(out, offset) == smallestTimeframeSeconds)
            {
                markDue = true;
                onSmallestCandle(out, offset);
            }
            else if (typeId == RecordType.SIGNAL.typeId())
            {
                if (signals == MAX_SIGNALS_PER_INPUT)
                {
                    reject(out, offset, RiskRejectReason.INVALID_SIGNAL, MAX_SIGNALS_PER_INPUT);
                }
                else
                {
                    addSignal(signals++, offset, SignalDescriptor.rank(out, offset));
                }
            }
        }
        for (int s = 0; s < signals; s++)
        {
            onSignal(out, signalOffsets[s]);
        }
        if (venueStops && signals > 0)
        {
            syncStops();
        }
        if (markDue)
        {
            portfolioEvent(TradingCodes.PortfolioEventType.EQUITY_MARK);
            equityMarks++;
        }
        outputs = null;
    }

    private void addSignal(final int count, final int offset, final int rank)
    {
        // Stable insertion by rank; rank 0 (unranked) goes after every ranked signal.
        final int key = rank == 0 ? 256 : rank;
        int at = count;
        while (at > 0 && signalRanks[at - 1] > key)
        {
            signalOffsets[at] = signalOffsets[at - 1];
            signalRanks[at] = signalRanks[at - 1];
            at--;
        }
        signalOffsets[at] = offset;
        signalRanks[at] = key;
    }

    private void onTrade(final DirectBuffer in)
    {
        final int instrumentId = TradeTickDescriptor.instrumentId(in, 0);
        final int index = registry.indexOf(instrumentId);
        if (index < 0)
        {
            return;
        }
        final long price = TradeTickDescriptor.price(in, 0);
        venue.onTrade(sequence, instrumentId, tsEvent, price, TradeTickDescriptor.quantity(in, 0));
        portfolio.mark(index, price);
        triggered = 0;
        stops.onTick(instrumentId, tsEvent, price);
        for (int t = 0; t < triggered; t++)
        {
            // With venue stops, a position whose stop order works in the venue exits there, never here too.
            if (!venueStops || portfolio.stopOrderId(triggeredIndexes[t]) == Position.NO_ORDER)
            {
                requestExit(triggeredIndexes[t], ExitReason.TRAILING_STOP, triggeredPrices[t], false);
            }
        }
        if (settings.maxHoldNanos() > 0)
        {
            for (int i = 0; i < portfolio.size(); i++)
            {
                final Position p = portfolio.position(i);
                if (p.isOpen() && tsEvent - portfolio.entryTime(i) >= settings.maxHoldNanos())
                {
                    requestExit(i, ExitReason.MAX_HOLD_TIME, portfolio.markOf(i), false);
                }
            }
        }
        if (venueStops)
        {
            syncStops(); // replacements right after the fills and stop moves that caused them
        }
    }

    /** Cancels the limit entries (or their unfilled rest) that have rested for the entry timeout. */
    private void expireEntries()
    {
        for (int i = 0; i < portfolio.size(); i++)
        {
            if (portfolio.entryPending(i) && portfolio.entryIsLimit(i)
                && tsEvent - portfolio.entryPlacedAt(i) >= entryTimeoutNanos)
            {
                venue.cancel(portfolio.entryOrderId(i)); // onCancel journals it and frees the entry
            }
        }
    }

    /**
     * risk.protectiveStop: venue. Makes every open position without a working exit have exactly one stop order
     * resting in the venue at its trailing stop (or, once the book has let go of a triggered stop, at the last
     * level placed) for its whole quantity; replaces (cancel + new) an order whose price or quantity is stale.
     */
    private void syncStops()
    {
        for (int i = 0; i < portfolio.size(); i++)
        {
            final Position p = portfolio.position(i);
            if (!p.isOpen() || portfolio.exitPending(i) || portfolio.stopRefused(i))
            {
                continue;
            }
            long level = stops.stopPrice(p.positionId());
            if (level == TrailingStop.NO_PRICE)
            {
                level = portfolio.stopLevel(i);
            }
            if (level <= 0)
            {
                continue;
            }
            final long resting = portfolio.stopOrderId(i);
            if (resting != Position.NO_ORDER)
            {
                if (portfolio.stopOrderPrice(i) == level && portfolio.stopOrderQuantity(i) == p.quantity())
                {
                    continue;
                }
                venue.cancel(resting); // onCancel journals it and forgets the order
            }
            final long id = nextOrderId();
            final OrderSide side = p.side() == PositionSide.LONG ? OrderSide.SELL : OrderSide.BUY;
            final long quantity = p.quantity();
            portfolio.beginStopOrder(i, id, level, quantity);
            final int at = orderIntent(i, id, side, quantity, ExitReason.TRAILING_STOP, OrderType.STOP, level,
                portfolio.markOf(i));
            OrderIntentDescriptor.putSignal(outputs.buffer(), at, p.positionId(), 0, 0, 0, 0);
            if (!place(i, id, side, OrderType.STOP, quantity, level, false))
            {
                portfolio.stopOrderRefused(i); // the stage executes this position's trailing stop from now on
            }
        }
    }

    private void updatePortfolioRisk()
    {
        final int before = monitor.update(tsEvent, portfolio.equity());
        final int level = monitor.level();
        if (monitor.resumedNow())
        {
            portfolioEvent(TradingCodes.PortfolioEventType.RESUMED);
        }
        if (level == before)
        {
            return;
        }
        portfolioEvent(TradingCodes.PortfolioEventType.LEVEL_CHANGED);
        if (level >= PortfolioRiskMonitor.WARNING && before < PortfolioRiskMonitor.WARNING)
        {
            stops.tightenAll(settings.warningStopBps(), tsEvent);
        }
        if (level == PortfolioRiskMonitor.CIRCUIT_BREAKER)
        {
            for (int i = 0; i < portfolio.size(); i++)
            {
                cancelEntry(i);
                requestExit(i, ExitReason.CIRCUIT_BREAKER, portfolio.markOf(i), false);
            }
            portfolioEvent(TradingCodes.PortfolioEventType.HALTED);
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
                requestExit(worst, ExitReason.CRITICAL_LEVEL, portfolio.markOf(worst), false);
            }
        }
    }

    private void onSmallestCandle(final DirectBuffer out, final int offset)
    {
        final int index = registry.indexOf(CandleClosedDescriptor.instrumentId(out, offset));
        if (index < 0)
        {
            return;
        }
        final long close = CandleClosedDescriptor.close(out, offset);
        final int dump = dumps.onCandle(index, close, CandleClosedDescriptor.buyVolume(out, offset),
            CandleClosedDescriptor.sellVolume(out, offset));
        final Position p = portfolio.position(index);
        if (p.isOpen() && ((p.side() == PositionSide.LONG && (dump & DumpDetector.AGAINST_LONG) != 0)
            || (p.side() == PositionSide.SHORT && (dump & DumpDetector.AGAINST_SHORT) != 0)))
        {
            requestExit(index, ExitReason.DUMP, close, false);
        }
        if (index == leaderIndex && dumps.leaderDumped(index))
        {
            for (int i = 0; i < portfolio.size(); i++)
            {
                final Position other = portfolio.position(i);
                if (i != leaderIndex && other.isOpen() && other.side() == PositionSide.LONG)
                {
                    requestExit(i, ExitReason.CORRELATED_EXIT, portfolio.markOf(i), false);
                }
            }
        }
    }

    // ---------------------------------------------------------------- execution chain (seed 004 §12.4)

    private void onSignal(final DirectBuffer b, final int o)
    {
        final int index = registry.indexOf(SignalDescriptor.instrumentId(b, o));
        final int typeCode = SignalDescriptor.type(b, o);
        final TradingCodes.SignalType type = typeCode >= 1 && typeCode <= SIGNAL_TYPES.length ?
            SIGNAL_TYPES[typeCode - 1] : null;
        final long entry = SignalDescriptor.entryPrice(b, o);
        final long stop = SignalDescriptor.stopPrice(b, o);
        final double confidence = SignalDescriptor.confidence(b, o);
        if (index < 0 || type == null || entry <= 0 || stop < 0 || !(confidence >= 0.0 && confidence <= 1.0))
        {
            reject(b, o, RiskRejectReason.INVALID_SIGNAL, 0);
            return;
        }
        final Position p = portfolio.position(index);
        if (type == TradingCodes.SignalType.EXIT_LONG || type == TradingCodes.SignalType.EXIT_SHORT)
        {
            final PositionSide side = type == TradingCodes.SignalType.EXIT_LONG ? PositionSide.LONG : PositionSide.SHORT;
            if (!p.isOpen() || p.side() != side)
            {
                reject(b, o, RiskRejectReason.NO_POSITION, 0);
            }
            else if (portfolio.exitPending(index))
            {
                reject(b, o, RiskRejectReason.ORDER_PENDING, 0);
            }
            else
            {
                requestExit(index, ExitReason.SIGNAL_EXIT, entry, true);
            }
            return;
        }
        final PositionSide side = type == TradingCodes.SignalType.LONG ? PositionSide.LONG : PositionSide.SHORT;
        if (stop > 0 && (side == PositionSide.LONG ? stop >= entry : stop <= entry))
        {
            reject(b, o, RiskRejectReason.INVALID_SIGNAL, stop);
            return;
        }
        // 0. Portfolio gate: the drawdown levels decide whether anything new may open at all.
        if (monitor.halted())
        {
            reject(b, o, RiskRejectReason.HALTED, monitor.drawdownBps());
            return;
        }
        if (monitor.level() >= PortfolioRiskMonitor.CRITICAL)
        {
            reject(b, o, RiskRejectReason.ENTRIES_PAUSED, monitor.drawdownBps());
            return;
        }
        if (side == PositionSide.SHORT && !settings.allowShort())
        {
            reject(b, o, RiskRejectReason.SHORT_NOT_ALLOWED, 0);
            return;
        }
        // 1. Existing position: one position per instrument and direction; one entry in flight.
        if ((p.isOpen() && p.side() == side) || portfolio.entryPending(index))
        {
            reject(b, o, RiskRejectReason.EXISTING_POSITION, p.positionId());
            return;
        }
        // 2. Reversal: an opposite signal closes the open side first (that part stands even if a later
        //    step refuses the new side: the signal says the old direction is over).
        final boolean reversing = p.isOpen();
        if (reversing)
        {
            if (!settings.allowReversal())
            {
                reject(b, o, RiskRejectReason.REVERSAL_NOT_ALLOWED, p.positionId());
                return;
            }
            if (!portfolio.exitPending(index))
            {
                requestExit(index, ExitReason.REVERSAL, entry, true);
            }
        }
        // 3. Position limit: a reversal reuses its instrument's slot.
        if (!reversing && portfolio.occupiedSlots() >= settings.maxPositions())
        {
            reject(b, o, RiskRejectReason.POSITION_LIMIT, settings.maxPositions());
            return;
        }
        // 4. Exposure and portfolio risk, in cash units; what a reversal closes no longer counts.
        final long equity = portfolio.equity();
        final long exposureLimit = PositionSizer.share(equity, settings.maxExposureBps());
        final long exposureRoom = exposureLimit - portfolio.committedExposure(reversing ? index : -1);
        if (exposureRoom <= 0)
        {
            reject(b, o, RiskRejectReason.EXPOSURE_LIMIT, exposureLimit);
            return;
        }
        final long riskLimit = PositionSizer.share(equity, settings.maxPortfolioRiskBps());
        final long riskBudget = riskLimit - portfolio.committedRisk(reversing ? index : -1, stops);
        if (riskBudget <= 0)
        {
            reject(b, o, RiskRejectReason.PORTFOLIO_RISK_LIMIT, riskLimit);
            return;
        }
        // 5. Sizing and placement.
        final long stopDistance = PositionSizer.stopDistance(entry, stop, distanceBps[index]);
        final long quantity;
        if (fixedQuantity[index] > 0)
        {
            // risk.fixedQuantity: the configured size or nothing; shrinking it would no longer be the
            // fixed-amount trading it is there to reproduce.
            quantity = fixedQuantity[index];
            if (quantity > portfolio.quantityFor(index, exposureRoom, entry))
            {
                reject(b, o, RiskRejectReason.EXPOSURE_LIMIT, exposureLimit);
                return;
            }
        }
        else
        {
            long riskAmount = PositionSizer.share(equity, settings.riskPerTradeBps());
            if (settings.confidenceScaling())
            {
                riskAmount = (long)Math.floor(riskAmount * confidence);
            }
            riskAmount = Math.min(riskAmount, riskBudget);
            quantity = Math.min(
                portfolio.quantityFor(index, riskAmount, stopDistance),
                portfolio.quantityFor(index, exposureRoom, entry));
            if (quantity < 1)
            {
                reject(b, o, RiskRejectReason.SIZE_BELOW_MINIMUM, riskAmount);
                return;
            }
        }
        final long plannedStop = side == PositionSide.LONG ? Math.max(1, entry - stopDistance) : entry + stopDistance;
        final long id = nextOrderId();
        portfolio.beginEntry(index, id, side, quantity, entry, plannedStop, type.code(),
            SignalDescriptor.strategy(b, o), confidence);
        // The signal-close cross-check fills at once at the signal's price: always a market order there.
        final boolean limit = limitEntries && venueSettings.fillModel() != FillModel.SIGNAL_CLOSE;
        portfolio.entryPlaced(index, limit, tsEvent);
        final OrderSide orderSide = side == PositionSide.LONG ? OrderSide.BUY : OrderSide.SELL;
        final OrderType orderType = limit ? OrderType.LIMIT : OrderType.MARKET;
        final int at = orderIntent(index, id, orderSide, quantity, ExitReason.ENTRY, orderType,
            limit ? entry : SimulatedVenue.NO_PRICE, entry);
        OrderIntentDescriptor.putSignal(outputs.buffer(), at, id, stop, type.code(), SignalDescriptor.strategy(b, o),
            SignalDescriptor.rank(b, o));
        if (!place(index, id, orderSide, orderType, quantity, entry, true))
        {
            portfolio.clearEntry(index);
            reject(b, o, RiskRejectReason.VENUE_REJECTED, lastVenueReject == null ? 0 : lastVenueReject.code());
        }
        // 6. Monitoring: the trailing stop activates with the first fill (Callbacks.onFill).
    }

    private void reject(final DirectBuffer b, final int o, final RiskRejectReason reason, final long detail)
    {
        rejects[reason.ordinal()]++;
        final int at = outputs.claim(RiskRejectDescriptor.LENGTH);
        RiskRejectDescriptor.encode(outputs.buffer(), at, sequence, tsEvent, tsRecv, SignalDescriptor.instrumentId(b, o),
            reason.code(), SignalDescriptor.type(b, o), SignalDescriptor.strategy(b, o), SignalDescriptor.rank(b, o),
            SignalDescriptor.entryPrice(b, o), SignalDescriptor.stopPrice(b, o), detail, SignalDescriptor.confidence(b, o));
    }

    // ---------------------------------------------------------------- orders

    private long nextOrderId()
    {
        if (nextOrderIndex == ORDER_IDS_PER_INPUT)
        {
            throw new IllegalStateException("more than " + ORDER_IDS_PER_INPUT + " orders for input " + sequence);
        }
        return sequence * ORDER_IDS_PER_INPUT + nextOrderIndex++;
    }

    /**
     * Closes a position with a market order, unless it is flat or already closing; cancels any entry
     * remainder first so the exit covers the whole position.
     */
    private void requestExit(final int index, final ExitReason reason, final long referencePrice, final boolean fromSignal)
    {
        final Position p = portfolio.position(index);
        if (!p.isOpen() || portfolio.exitPending(index))
        {
            return;
        }
        cancelEntry(index);
        final long stopOrder = portfolio.stopOrderId(index);
        if (stopOrder != Position.NO_ORDER)
        {
            venue.cancel(stopOrder); // the market exit replaces the resting stop: never both
        }
        final long id = nextOrderId();
        final OrderSide side = p.side() == PositionSide.LONG ? OrderSide.SELL : OrderSide.BUY;
        final long quantity = p.quantity();
        portfolio.beginExit(index, id, reason);
        orderIntent(index, id, side, quantity, reason, OrderType.MARKET, SimulatedVenue.NO_PRICE, referencePrice);
        OrderIntentDescriptor.putSignal(outputs.buffer(), outputs.length() - OrderIntentDescriptor.LENGTH,
            p.positionId(), 0, 0, 0, 0);
        if (!place(index, id, side, OrderType.MARKET, quantity, referencePrice, fromSignal))
        {
            portfolio.clearExit(index);
        }
    }

    private void cancelEntry(final int index)
    {
        final long entryId = portfolio.entryOrderId(index);
        if (entryId != Position.NO_ORDER)
        {
            venue.cancel(entryId); // onCancel reports it and clears the entry
        }
    }

    private int orderIntent(
        final int index, final long id, final OrderSide side, final long quantity, final ExitReason reason,
        final OrderType type, final long price, final long referencePrice)
    {
        orders++;
        final int at = outputs.claim(OrderIntentDescriptor.LENGTH);
        OrderIntentDescriptor.encode(outputs.buffer(), at, sequence, tsEvent, tsRecv, portfolio.instrumentId(index),
            side.code(), type.code(), reason.code(), id, quantity, price, referencePrice);
        return at;
    }

    /**
     * @param price limit or stop price; for a market order the reference price (the fill price in the
     *              signal-close cross-check mode).
     */
    private boolean place(
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
            accepted = venue.fillAtOnce(id, instrumentId, side, quantity, price, tsEvent);
        }
        else
        {
            final long orderPrice = type == OrderType.MARKET ? SimulatedVenue.NO_PRICE : price;
            accepted = venue.submit(id, instrumentId, side, type, quantity, orderPrice, sequence, tsEvent);
            if (accepted)
            {
                orderEvent(instrumentId, TradingCodes.OrderEventType.ACCEPTED, side, 0, 0, id, orderPrice, quantity,
                    quantity, 0, tsEvent);
            }
        }
        submittingId = Position.NO_ORDER;
        return accepted;
    }

    // ---------------------------------------------------------------- records

    private void orderEvent(
        final int instrumentId, final TradingCodes.OrderEventType event, final OrderSide side, final int liquidity,
        final int rejectReason, final long id, final long price, final long quantity, final long remaining,
        final long fee, final long time)
    {
        final int at = outputs.claim(OrderEventDescriptor.LENGTH);
        OrderEventDescriptor.encode(outputs.buffer(), at, sequence, time, tsRecv, instrumentId, event.code(),
            side == null ? 0 : side.code(), liquidity, rejectReason, id, price, quantity, remaining, fee);
    }

    private void positionEvent(
        final int index, final TradingCodes.PositionEventType event, final int reason, final long change,
        final long exitPrice, final long time)
    {
        final Position p = portfolio.position(index);
        final MutableDirectBuffer b = outputs.buffer();
        final int at = outputs.claim(PositionEventDescriptor.LENGTH);
        PositionEventDescriptor.begin(b, at, sequence, time, tsRecv, p.instrumentId(), event.code(),
            portfolio.sideOf(index).code(), reason, portfolio.positionIdOf(index));
        PositionEventDescriptor.putQuantities(b, at, p.quantity(), change, portfolio.averageEntryOf(index), exitPrice);
        final long stop = stops.stopPrice(portfolio.positionIdOf(index));
        PositionEventDescriptor.putMoney(b, at, portfolio.realizedPnl(index), portfolio.fees(index),
            stop == TrailingStop.NO_PRICE ? 0 : stop, portfolio.entryTime(index));
        PositionEventDescriptor.putSignal(b, at, portfolio.signalType(index), portfolio.strategy(index),
            portfolio.confidence(index));
    }

    private void portfolioEvent(final TradingCodes.PortfolioEventType event)
    {
        final int at = outputs.claim(PortfolioEventDescriptor.LENGTH);
        PortfolioEventDescriptor.encode(outputs.buffer(), at, sequence, tsEvent, tsRecv, event.code(), monitor.level() + 1,
            portfolio.cashScale(), monitor.halted(), portfolio.openPositions(), portfolio.cash(), portfolio.equity(),
            portfolio.openExposure(), monitor.dayHigh(), monitor.drawdownBps(), monitor.health());
    }

    // ---------------------------------------------------------------- accessors for summaries

    /** @return the portfolio (cash, positions, marks); read-only use. */
    public Portfolio portfolio()
    {
        return portfolio;
    }

    /** @return cash, quote currency at {@link Portfolio#cashScale()}. */
    public long cash()
    {
        return portfolio.cash();
    }

    /** @return equity marked to the last trade prices, at the cash scale. */
    public long equity()
    {
        return portfolio.equity();
    }

    /** @return open positions. */
    public int openPositions()
    {
        return portfolio.openPositions();
    }

    /** @return the daily drawdown level index (see {@link PortfolioRiskMonitor}). */
    public int drawdownLevel()
    {
        return monitor.level();
    }

    /** @return true while the circuit breaker halts new entries. */
    public boolean halted()
    {
        return monitor.halted();
    }

    /** @return order intents written. */
    public long orders()
    {
        return orders;
    }

    /** @return fills (full or partial). */
    public long fills()
    {
        return fills;
    }

    /** @return orders the venue refused. */
    public long venueRejects()
    {
        return venueRejects;
    }

    /**
     * @param reason of the rejects to count.
     * @return signals refused for it.
     */
    public long rejects(final RiskRejectReason reason)
    {
        return rejects[reason.ordinal()];
    }

    /**
     * @param reason of the exits to count (ENTRY counts nothing).
     * @return positions closed for it.
     */
    public long exits(final ExitReason reason)
    {
        return exits[reason.ordinal()];
    }

    /** @return positions opened. */
    public long positionsOpened()
    {
        return positionsOpened;
    }

    /** @return positions closed. */
    public long positionsClosed()
    {
        return positionsClosed;
    }

    /** @return equity marks written. */
    public long equityMarks()
    {
        return equityMarks;
    }

    /** @return the simulated venue (read-only use: counters, open orders). */
    public SimulatedVenue venue()
    {
        return venue;
    }

    /**
     * @param reason of the trailing-stop rejects to count.
     * @return requests the stop book refused (should stay 0).
     */
    public long stopRejects(final StopRejectReason reason)
    {
        return stops.rejects(reason);
    }

    @Override
    public String name()
    {
        return "risk";
    }

    /**
     * The venue's and the stop book's callbacks, kept off the stage's public surface.
     */
    private final class Callbacks implements VenueListener, TrailingStopListener
    {
        @Override
        public void onFill(
            final long clientOrderId, final int instrumentId, final OrderSide side, final long price,
            final long quantity, final long fee, final long time, final long remaining)
        {
            fills++;
            final int index = registry.indexOf(instrumentId);
            // Resting limit entries fill as makers; market and (triggered) stop orders as takers.
            final boolean maker = clientOrderId == portfolio.entryOrderId(index) && portfolio.entryIsLimit(index);
            orderEvent(instrumentId, remaining == 0 ? TradingCodes.OrderEventType.FILLED :
                TradingCodes.OrderEventType.PARTIALLY_FILLED, side,
                (maker ? TradingCodes.Liquidity.MAKER : TradingCodes.Liquidity.TAKER).code(), 0,
                clientOrderId, price, quantity, remaining, fee, time);
            portfolio.settle(index, side == OrderSide.BUY, price, quantity, fee);
            if (clientOrderId == portfolio.entryOrderId(index))
            {
                final boolean opened = portfolio.fillEntry(index, price, quantity, fee, time, remaining);
                if (opened)
                {
                    positionsOpened++;
                }
                if (opened && settings.trailingStops())
                {
                    final int distance = monitor.level() >= PortfolioRiskMonitor.WARNING ?
                        Math.min(distanceBps[index], settings.warningStopBps()) : distanceBps[index];
                    stops.activate(portfolio.positionIdOf(index), instrumentId, portfolio.sideOf(index), price, distance);
                }
                positionEvent(index, opened ? TradingCodes.PositionEventType.OPENED :
                    TradingCodes.PositionEventType.INCREASED, ExitReason.ENTRY.code(), quantity, 0, time);
            }
            else
            {
                if (clientOrderId == portfolio.stopOrderId(index))
                {
                    // The venue stop triggered: it is now the position's working exit (reason TRAILING_STOP).
                    portfolio.stopOrderToExit(index);
                }
                if (clientOrderId == portfolio.exitOrderId(index))
                {
                    onExitFill(index, price, quantity, fee, time, remaining);
                }
            }
        }

        private void onExitFill(
            final int index, final long price, final long quantity, final long fee, final long time, final long remaining)
        {
            final ExitReason reason = portfolio.exitReason(index);
            final boolean closed = portfolio.fillExit(index, price, quantity, fee, remaining);
            if (closed)
            {
                final long positionId = portfolio.positionIdOf(index);
                if (stops.stopPrice(positionId) != TrailingStop.NO_PRICE)
                {
                    stops.remove(positionId);
                }
                positionsClosed++;
                exits[reason.ordinal()]++;
                positionEvent(index, TradingCodes.PositionEventType.CLOSED, reason.code(), quantity,
                    portfolio.averageExitOf(index), time);
                final long stopOrder = portfolio.stopOrderId(index);
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

        @Override
        public void onReject(final long clientOrderId, final VenueRejectReason reason)
        {
            venueRejects++;
            lastVenueReject = reason;
            if (clientOrderId == SimulatedVenue.NO_ORDER_ID)
            {
                return; // a refused trade tick: the candle stage already journaled why
            }
            final int index;
            final OrderSide side;
            final long quantity;
            if (clientOrderId == submittingId)
            {
                index = registry.indexOf(submittingInstrument);
                side = submittingSide;
                quantity = submittingQuantity;
            }
            else
            {
                index = portfolio.indexOfOrder(clientOrderId);
                side = null;
                quantity = 0;
                if (index >= 0 && clientOrderId == portfolio.stopOrderId(index))
                {
                    portfolio.stopOrderRefused(index); // the stage executes this position's trailing stop instead
                }
                else if (index >= 0)
                {
                    portfolio.clearOrder(index, clientOrderId);
                }
            }
            orderEvent(index < 0 ? 0 : portfolio.instrumentId(index), TradingCodes.OrderEventType.REJECTED, side, 0,
                reason.code(), clientOrderId, 0, quantity, 0, 0, tsEvent);
        }

        @Override
        public void onCancel(final long clientOrderId)
        {
            final int index = portfolio.indexOfOrder(clientOrderId);
            if (index < 0)
            {
                return;
            }
            final long remaining;
            final OrderSide side;
            final long price;
            if (clientOrderId == portfolio.stopOrderId(index))
            {
                remaining = portfolio.stopOrderQuantity(index);
                side = portfolio.sideOf(index) == PositionSide.LONG ? OrderSide.SELL : OrderSide.BUY;
                price = portfolio.stopOrderPrice(index);
            }
            else
            {
                remaining = portfolio.entryRemaining(index);
                side = portfolio.entrySideOf(index) == PositionSide.LONG ? OrderSide.BUY : OrderSide.SELL;
                price = portfolio.entryIsLimit(index) ? portfolio.entryReference(index) : 0;
            }
            orderEvent(portfolio.instrumentId(index), TradingCodes.OrderEventType.CANCELLED, side, 0, 0, clientOrderId,
                price, 0, remaining, 0, tsEvent);
            portfolio.clearOrder(index, clientOrderId);
        }

        @Override
        public void onStopMoved(final long positionId, final int instrumentId, final long stopPrice, final long time)
        {
            final int index = registry.indexOf(instrumentId);
            positionEvent(index, TradingCodes.PositionEventType.STOP_MOVED, 0, 0, 0, time);
        }

        @Override
        public void onStopTriggered(
            final long positionId, final int instrumentId, final PositionSide side, final long stopPrice,
            final long exitPrice, final long time)
        {
            triggeredIndexes[triggered] = registry.indexOf(instrumentId);
            triggeredPrices[triggered] = exitPrice;
            triggered++;
        }

        @Override
        public void onReject(final long positionId, final StopRejectReason reason)
        {
            // Counted by the book (stopRejects); none is expected: ids are unique and the book is sized
            // to one position per instrument.
        }
    }
}
