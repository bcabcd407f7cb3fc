package io.pldot.engine.risk.execution;

import io.pldot.engine.risk.EntryOrder;
import io.pldot.engine.risk.ExitReason;
import io.pldot.engine.risk.Portfolio;
import io.pldot.engine.risk.PortfolioRiskMonitor;
import io.pldot.engine.risk.Position;
import io.pldot.engine.risk.PositionOrders;
import io.pldot.engine.risk.PositionSizer;
import io.pldot.engine.risk.RiskRejectReason;
import io.pldot.engine.risk.RiskSettings;
import io.pldot.engine.risk.stop.PositionSide;
import io.pldot.engine.risk.stop.TrailingStopBook;
import io.pldot.engine.venue.FillModel;
import io.pldot.engine.venue.OrderSide;
import io.pldot.engine.venue.OrderType;
import io.pldot.engine.venue.SimulatedVenue;
import io.pldot.engine.venue.VenueRejectReason;
import io.pldot.engine.venue.VenueSettings;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.SignalDescriptor;
import io.pldot.journal.schema.TradingCodes;
import org.agrona.DirectBuffer;

/**
 * The execution chain (OFS §12.4 (docs/references.md)): turns each signal of an input, in rank order, into an order or a refusal.
 * Steps: validation → portfolio gate (halted / paused, shorts allowed) → existing position → reversal → position
 * limit → exposure and portfolio risk → sizing and order placement → monitoring (the trailing stop activates with
 * the first fill, {@link ExecutionCallbacks}). Each refusal is a {@code RISK_REJECT} with its reason; an accepted
 * signal is an {@code ORDER_INTENT} submitted to the venue, which fills it on later ticks only (after the
 * event-time latency), unless the cross-check {@link FillModel#SIGNAL_CLOSE} is configured.
 * <p>
 * With {@code risk.entryOrder: limit} an entry is a LIMIT order at the signal's entry price (buy limit for a long,
 * sell limit for a short): it rests in the venue and fills only on a later trade that reaches the price, at the
 * limit, with the maker fee and no slippage. While it rests it counts in the position limit, the exposure and the
 * portfolio risk at its limit price, like any pending entry. The {@link FillModel#SIGNAL_CLOSE} cross-check mode
 * still fills entries at once (market semantics).
 * <p>
 * Usage per input: {@link #add} each SIGNAL record while scanning the outputs, then {@link #run}. Owned by the risk
 * stage's thread; not thread-safe. Does not allocate after construction.
 */
public final class ExecutionChain
{
    /** Most signals one input may carry; further ones are refused as INVALID_SIGNAL. */
    public static final int MAX_SIGNALS_PER_INPUT = 32;

    // Looked up here, not with SignalType.of, which copies values() on every call.
    private static final TradingCodes.SignalType[] SIGNAL_TYPES = TradingCodes.SignalType.values();

    private final InstrumentRegistry registry;
    private final RiskSettings settings;
    private final Portfolio portfolio;
    private final PositionOrders orders;
    private final PortfolioRiskMonitor monitor;
    private final TrailingStopBook stops;
    private final OrderPlacement placement;
    private final RiskRecords records;
    private final int[] distanceBps;
    // risk.fixedQuantity at each instrument's quantity scale (dense index); 0 = risk-based sizing.
    private final long[] fixedQuantity;
    // The signal-close cross-check fills at once at the signal's price: always a market order there.
    private final boolean limitEntries;

    private final int[] signalOffsets = new int[MAX_SIGNALS_PER_INPUT];
    private final int[] signalRanks = new int[MAX_SIGNALS_PER_INPUT];
    private int signals;

    /**
     * @param registry      instruments, by dense index.
     * @param settings      sizing and limits.
     * @param venueSettings the fill model (no limit entries in the signal-close cross-check).
     * @param portfolio     positions, cash and working orders.
     * @param monitor       the drawdown gate.
     * @param stops         the trailing stops (open risk).
     * @param placement     sends the orders.
     * @param records       journals intents and refusals.
     * @param distanceBps   trailing distance per dense index (the stop when a signal has none).
     */
    public ExecutionChain(
        final InstrumentRegistry registry, final RiskSettings settings, final VenueSettings venueSettings,
        final Portfolio portfolio, final PortfolioRiskMonitor monitor, final TrailingStopBook stops,
        final OrderPlacement placement, final RiskRecords records, final int[] distanceBps)
    {
        this.registry = registry;
        this.settings = settings;
        this.portfolio = portfolio;
        this.orders = portfolio.orders();
        this.monitor = monitor;
        this.stops = stops;
        this.placement = placement;
        this.records = records;
        this.distanceBps = distanceBps;
        this.fixedQuantity = new long[registry.size()];
        for (int i = 0; i < registry.size(); i++)
        {
            fixedQuantity[i] = settings.fixedQuantityUnits(registry.instruments().get(i).quantityScale());
        }
        this.limitEntries = settings.entryOrder() == EntryOrder.LIMIT && venueSettings.fillModel() != FillModel.SIGNAL_CLOSE;
    }

    /** Starts an input: no signals collected. */
    public void beginInput()
    {
        signals = 0;
    }

    /**
     * Collects a SIGNAL record of the input, in stable rank order (rank 0, unranked, after every ranked one);
     * one past {@link #MAX_SIGNALS_PER_INPUT} is refused at once.
     *
     * @param b buffer holding the signal.
     * @param o the signal's offset.
     */
    public void add(final DirectBuffer b, final int o)
    {
        if (signals == MAX_SIGNALS_PER_INPUT)
        {
            records.reject(b, o, RiskRejectReason.INVALID_SIGNAL, MAX_SIGNALS_PER_INPUT);
            return;
        }
        final int rank = SignalDescriptor.RANK.get(b, o);
        final int key = rank == 0 ? 256 : rank;
        int at = signals++;
        while (at > 0 && signalRanks[at - 1] > key)
        {
            signalOffsets[at] = signalOffsets[at - 1];
            signalRanks[at] = signalRanks[at - 1];
            at--;
        }
        signalOffsets[at] = o;
        signalRanks[at] = key;
    }

    /**
     * Runs the chain for every collected signal, in rank order.
     *
     * @param b the buffer the signals were collected from.
     * @return how many signals ran.
     */
    public int run(final DirectBuffer b)
    {
        for (int s = 0; s < signals; s++)
        {
            onSignal(b, signalOffsets[s]);
        }
        return signals;
    }

    private void onSignal(final DirectBuffer b, final int o)
    {
        final int index = registry.indexOf(SignalDescriptor.INSTRUMENT_ID.get(b, o));
        final int typeCode = SignalDescriptor.TYPE.get(b, o);
        final TradingCodes.SignalType type = typeCode >= 1 && typeCode <= SIGNAL_TYPES.length ?
            SIGNAL_TYPES[typeCode - 1] : null;
        final long entry = SignalDescriptor.ENTRY_PRICE.get(b, o);
        final long stop = SignalDescriptor.STOP_PRICE.get(b, o);
        final double confidence = SignalDescriptor.CONFIDENCE.get(b, o);
        if (index < 0 || type == null || entry <= 0 || stop < 0 || !(confidence >= 0.0 && confidence <= 1.0))
        {
            records.reject(b, o, RiskRejectReason.INVALID_SIGNAL, 0);
            return;
        }
        final Position p = portfolio.position(index);
        if (type == TradingCodes.SignalType.EXIT_LONG || type == TradingCodes.SignalType.EXIT_SHORT)
        {
            final PositionSide side = type == TradingCodes.SignalType.EXIT_LONG ? PositionSide.LONG : PositionSide.SHORT;
            if (!p.isOpen() || p.side() != side)
            {
                records.reject(b, o, RiskRejectReason.NO_POSITION, 0);
            }
            else if (orders.exitPending(index))
            {
                records.reject(b, o, RiskRejectReason.ORDER_PENDING, 0);
            }
            else
            {
                placement.requestExit(index, ExitReason.SIGNAL_EXIT, entry, true);
            }
            return;
        }
        final PositionSide side = type == TradingCodes.SignalType.LONG ? PositionSide.LONG : PositionSide.SHORT;
        if (stop > 0 && (side == PositionSide.LONG ? stop >= entry : stop <= entry))
        {
            records.reject(b, o, RiskRejectReason.INVALID_SIGNAL, stop);
            return;
        }
        if (refusedByGates(b, o, p, index, side))
        {
            return;
        }
        // 2. Reversal: an opposite signal closes the open side first (that part stands even if a later
        //    step refuses the new side: the signal says the old direction is over).
        final boolean reversing = p.isOpen();
        if (reversing)
        {
            if (!settings.allowReversal())
            {
                records.reject(b, o, RiskRejectReason.REVERSAL_NOT_ALLOWED, p.positionId());
                return;
            }
            if (!orders.exitPending(index))
            {
                placement.requestExit(index, ExitReason.REVERSAL, entry, true);
            }
        }
        // 3. Position limit: a reversal reuses its instrument's slot.
        if (!reversing && portfolio.occupiedSlots() >= settings.maxPositions())
        {
            records.reject(b, o, RiskRejectReason.POSITION_LIMIT, settings.maxPositions());
            return;
        }
        final long quantity = size(b, o, index, reversing, entry, stop, confidence);
        if (quantity > 0)
        {
            place(b, o, index, side, type, quantity, entry, stop, confidence);
        }
    }

    /** 0. Portfolio gate (the drawdown levels), shorts allowed, 1. existing position: true when refused. */
    private boolean refusedByGates(
        final DirectBuffer b, final int o, final Position p, final int index, final PositionSide side)
    {
        if (monitor.halted())
        {
            records.reject(b, o, RiskRejectReason.HALTED, monitor.drawdownBps());
            return true;
        }
        if (monitor.level() >= PortfolioRiskMonitor.CRITICAL)
        {
            records.reject(b, o, RiskRejectReason.ENTRIES_PAUSED, monitor.drawdownBps());
            return true;
        }
        if (side == PositionSide.SHORT && !settings.allowShort())
        {
            records.reject(b, o, RiskRejectReason.SHORT_NOT_ALLOWED, 0);
            return true;
        }
        // One position per instrument and direction; one entry in flight.
        if ((p.isOpen() && p.side() == side) || orders.entryPending(index))
        {
            records.reject(b, o, RiskRejectReason.EXISTING_POSITION, p.positionId());
            return true;
        }
        return false;
    }

    /** 4. Exposure and portfolio risk, 5. sizing: the quantity, or 0 when refused (reported). */
    private long size(
        final DirectBuffer b, final int o, final int index, final boolean reversing, final long entry, final long stop,
        final double confidence)
    {
        // In cash units; what a reversal closes no longer counts.
        final long equity = portfolio.equity();
        final long exposureLimit = PositionSizer.share(equity, settings.maxExposureBps());
        final long exposureRoom = exposureLimit - portfolio.committedExposure(reversing ? index : -1);
        if (exposureRoom <= 0)
        {
            records.reject(b, o, RiskRejectReason.EXPOSURE_LIMIT, exposureLimit);
            return 0;
        }
        final long riskLimit = PositionSizer.share(equity, settings.maxPortfolioRiskBps());
        final long riskBudget = riskLimit - portfolio.committedRisk(reversing ? index : -1, stops);
        if (riskBudget <= 0)
        {
            records.reject(b, o, RiskRejectReason.PORTFOLIO_RISK_LIMIT, riskLimit);
            return 0;
        }
        if (fixedQuantity[index] > 0)
        {
            // risk.fixedQuantity: the configured size or nothing; shrinking it would no longer be the
            // fixed-amount trading it is there to reproduce.
            final long quantity = fixedQuantity[index];
            if (quantity > portfolio.quantityFor(index, exposureRoom, entry))
            {
                records.reject(b, o, RiskRejectReason.EXPOSURE_LIMIT, exposureLimit);
                return 0;
            }
            return quantity;
        }
        long riskAmount = PositionSizer.share(equity, settings.riskPerTradeBps());
        if (settings.confidenceScaling())
        {
            riskAmount = (long)Math.floor(riskAmount * confidence);
        }
        riskAmount = Math.min(riskAmount, riskBudget);
        final long stopDistance = PositionSizer.stopDistance(entry, stop, distanceBps[index]);
        final long quantity = Math.min(
            portfolio.quantityFor(index, riskAmount, stopDistance),
            portfolio.quantityFor(index, exposureRoom, entry));
        if (quantity < 1)
        {
            records.reject(b, o, RiskRejectReason.SIZE_BELOW_MINIMUM, riskAmount);
            return 0;
        }
        return quantity;
    }

    /** 5. Placement; 6. monitoring starts with the first fill (the trailing stop, {@link ExecutionCallbacks}). */
    private void place(
        final DirectBuffer b, final int o, final int index, final PositionSide side, final TradingCodes.SignalType type,
        final long quantity, final long entry, final long stop, final double confidence)
    {
        final long stopDistance = PositionSizer.stopDistance(entry, stop, distanceBps[index]);
        final long plannedStop = side == PositionSide.LONG ? Math.max(1, entry - stopDistance) : entry + stopDistance;
        final long id = placement.nextOrderId();
        orders.beginEntry(index, id, side, quantity, entry, plannedStop, type.code(), SignalDescriptor.STRATEGY.get(b, o),
            confidence);
        orders.entryPlaced(index, limitEntries, records.tsEvent());
        final OrderSide orderSide = side == PositionSide.LONG ? OrderSide.BUY : OrderSide.SELL;
        final OrderType orderType = limitEntries ? OrderType.LIMIT : OrderType.MARKET;
        final int at = records.orderIntent(index, id, orderSide, quantity, ExitReason.ENTRY, orderType,
            limitEntries ? entry : SimulatedVenue.NO_PRICE, entry);
        records.putIntentSignal(at, id, stop, type.code(), SignalDescriptor.STRATEGY.get(b, o), SignalDescriptor.RANK.get(b, o));
        if (!placement.place(index, id, orderSide, orderType, quantity, entry, true))
        {
            orders.clearEntry(index);
            final VenueRejectReason why = placement.lastVenueReject();
            records.reject(b, o, RiskRejectReason.VENUE_REJECTED, why == null ? 0 : why.code());
        }
    }
}
