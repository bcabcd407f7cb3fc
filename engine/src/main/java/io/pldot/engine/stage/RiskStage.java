package io.pldot.engine.stage;

import io.pldot.engine.event.OutputsBuffer;
import io.pldot.engine.event.RingSlot;
import io.pldot.engine.risk.DumpDetector;
import io.pldot.engine.risk.ExitReason;
import io.pldot.engine.risk.Portfolio;
import io.pldot.engine.risk.PortfolioRiskMonitor;
import io.pldot.engine.risk.RiskRejectReason;
import io.pldot.engine.risk.RiskSettings;
import io.pldot.engine.risk.execution.ExecutionCallbacks;
import io.pldot.engine.risk.execution.ExecutionChain;
import io.pldot.engine.risk.execution.ExitManager;
import io.pldot.engine.risk.execution.OrderPlacement;
import io.pldot.engine.risk.execution.RiskParts;
import io.pldot.engine.risk.execution.RiskRecords;
import io.pldot.engine.risk.execution.RiskStats;
import io.pldot.engine.risk.stop.StopRejectReason;
import io.pldot.engine.risk.stop.TrailingStopSettings;
import io.pldot.engine.venue.FillModel;
import io.pldot.engine.venue.SimulatedVenue;
import io.pldot.engine.venue.VenueSettings;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.CandleClosedDescriptor;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.TradeTickDescriptor;
import io.pldot.journal.schema.TradingCodes;
import org.agrona.DirectBuffer;

/**
 * Stage R: risk, portfolio and paper execution; the single owner of cash and positions (README
 * "Architecture", README "Risk and execution"). It runs after the decision stage on the same slot and, for each input
 * (an input rejected upstream skips the first three steps):
 * <ol>
 *   <li><b>Entry timeouts</b> of resting limit entries ({@link ExitManager#expireEntries}).</li>
 *   <li><b>Venue.</b> A trade tick first goes to the {@link SimulatedVenue}: resting orders may fill
 *       ({@code ORDER_EVENT}, then {@code POSITION_EVENT} OPENED / INCREASED / REDUCED / CLOSED,
 *       {@link ExecutionCallbacks}); a new position activates its trailing stop.</li>
 *   <li><b>Trailing stops</b> follow the tick ({@code POSITION_EVENT} STOP_MOVED); a stop reached submits a closing
 *       market order; positions held longer than the max hold time are closed ({@link ExitManager#onTrade}).</li>
 *   <li><b>Portfolio risk</b> ({@link PortfolioRiskMonitor}, {@link ExitManager#onPortfolioRisk}): equity is marked
 *       and the daily drawdown level updated; WARNING tightens every stop, CRITICAL closes the worst positions and
 *       pauses entries, the CIRCUIT_BREAKER flattens everything and halts new entries until the next UTC day.</li>
 *   <li><b>Candles</b>: each CANDLE_CLOSED of the smallest timeframe in the slot feeds the {@link DumpDetector}
 *       and, for the configured market leader, correlated exits ({@link ExitManager#onSmallestCandle}).</li>
 *   <li><b>Signals</b> in the slot, in rank order, run the {@link ExecutionChain} (OFS §12.4 (docs/references.md)): portfolio gate
 *       → existing position → reversal → position limit → exposure and portfolio risk → sizing and order placement
 *       → monitoring. Each refusal is a {@code RISK_REJECT}; an accepted signal is an {@code ORDER_INTENT} submitted
 *       to the venue, which fills it on later ticks only, unless the cross-check {@link FillModel#SIGNAL_CLOSE} is
 *       configured.</li>
 *   <li><b>Equity mark</b>: one {@code PORTFOLIO_EVENT} EQUITY_MARK per input whose outputs hold at least one
 *       CANDLE_CLOSED of the smallest configured timeframe, written last; the backtest equity curve is built from
 *       these.</li>
 * </ol>
 * <b>Order types</b> (opt-in; the defaults place market orders only): {@code risk.entryOrder: limit} makes entries
 * LIMIT orders at the signal's entry price, cancelled after {@code risk.entryTimeout} ({@link ExecutionChain},
 * {@link ExitManager}); {@code risk.protectiveStop: venue} (with trailing stops on) rests a STOP order in the venue
 * at each position's trailing stop, replaced as it moves, with exactly one exit path live per position
 * ({@link ExitManager#syncStops}).
 * <p>
 * <b>Client order ids</b> are {@code inputSequence x 64 + index} ({@link OrderPlacement}), so a replay makes the
 * same ids. <b>Money</b> is fixed point: cash and equity in quote currency at the cash scale (the largest price
 * scale of the instruments; every instrument is assumed quoted in the same currency), positions at each
 * instrument's scales; products go through {@code FixedPoint.mulDivFloor / mulDivCeil}. Records are written by
 * {@link RiskRecords}, counters kept by {@link RiskStats}; {@link RiskParts} wires the parts. Time is the input's event time; nothing reads a clock.
 * <p>
 * No allocation per event after construction. Owned by its handler thread; not thread-safe; the
 * accessors are for summaries on that thread or after the pipeline stopped.
 */
public final class RiskStage implements Stage
{
    /** Client order ids per input: {@code sequence x 64 + index}. */
    public static final int ORDER_IDS_PER_INPUT = OrderPlacement.ORDER_IDS_PER_INPUT;
    /** Most signals one input may carry; further ones are refused as INVALID_SIGNAL. */
    public static final int MAX_SIGNALS_PER_INPUT = ExecutionChain.MAX_SIGNALS_PER_INPUT;

    private final int smallestTimeframeSeconds;
    private final RiskParts parts;
    private final RiskStats stats;
    private final RiskRecords records;
    private final ExitManager exits;
    private final ExecutionChain chain;

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
        this.smallestTimeframeSeconds = smallestTimeframeSeconds;
        this.parts = new RiskParts(registry, settings, venueSettings, stopSettings);
        this.stats = parts.stats();
        this.records = parts.records();
        this.exits = parts.exits();
        this.chain = parts.chain();
    }

    @Override
    public void onEvent(final RingSlot slot, final boolean endOfBatch)
    {
        final DirectBuffer in = slot.input();
        final OutputsBuffer outputs = slot.outputs();
        records.begin(outputs, RecordHeaderDescriptor.sequence(in, 0), RecordHeaderDescriptor.tsEvent(in, 0),
            RecordHeaderDescriptor.tsRecv(in, 0));
        parts.placement().beginInput();
        chain.beginInput();
        // Only what earlier stages wrote: the records appended below are not revisited.
        final int end = outputs.length();
        final DirectBuffer out = outputs.buffer();
        // The candle stage flags an input it refused, so the venue and the exits never see it.
        final boolean rejected = slot.inputRejected();
        if (!rejected)
        {
            exits.expireEntries();
        }
        if (!rejected && RecordHeaderDescriptor.typeId(in, 0) == RecordType.TRADE_TICK.typeId())
        {
            exits.onTrade(TradeTickDescriptor.INSTRUMENT_ID.get(in, 0), TradeTickDescriptor.PRICE.get(in, 0),
                TradeTickDescriptor.QUANTITY.get(in, 0));
        }
        exits.onPortfolioRisk();
        exits.syncStops();
        boolean markDue = false;
        for (int offset = 0; offset < end; offset = outputs.next(offset))
        {
            final int typeId = RecordHeaderDescriptor.typeId(out, offset);
            if (typeId == RecordType.CANDLE_CLOSED.typeId()
                && CandleClosedDescriptor.TIMEFRAME_SECONDS.get(out, offset) == smallestTimeframeSeconds)
            {
                markDue = true;
                exits.onSmallestCandle(CandleClosedDescriptor.INSTRUMENT_ID.get(out, offset),
                    CandleClosedDescriptor.CLOSE.get(out, offset), CandleClosedDescriptor.BUY_VOLUME.get(out, offset),
                    CandleClosedDescriptor.SELL_VOLUME.get(out, offset));
            }
            else if (typeId == RecordType.SIGNAL.typeId())
            {
                chain.add(out, offset);
            }
        }
        if (chain.run(out) > 0)
        {
            exits.syncStops();
        }
        if (markDue)
        {
            records.portfolioEvent(TradingCodes.PortfolioEventType.EQUITY_MARK);
            stats.countEquityMark();
        }
        records.end();
    }

    // ---------------------------------------------------------------- accessors for summaries

    /** @return the portfolio (cash, positions, marks); read-only use. */
    public Portfolio portfolio()
    {
        return parts.portfolio();
    }

    /** @return cash, quote currency at {@link Portfolio#cashScale()}. */
    public long cash()
    {
        return parts.portfolio().cash();
    }

    /** @return equity marked to the last trade prices, at the cash scale. */
    public long equity()
    {
        return parts.portfolio().equity();
    }

    /** @return open positions. */
    public int openPositions()
    {
        return parts.portfolio().openPositions();
    }

    /** @return the daily drawdown level index (see {@link PortfolioRiskMonitor}). */
    public int drawdownLevel()
    {
        return parts.monitor().level();
    }

    /** @return true while the circuit breaker halts new entries. */
    public boolean halted()
    {
        return parts.monitor().halted();
    }

    /** @return order intents written. */
    public long orders()
    {
        return stats.orders();
    }

    /** @return fills (full or partial). */
    public long fills()
    {
        return stats.fills();
    }

    /** @return orders the venue refused. */
    public long venueRejects()
    {
        return stats.venueRejects();
    }

    /**
     * @param reason of the rejects to count.
     * @return signals refused for it.
     */
    public long rejects(final RiskRejectReason reason)
    {
        return stats.rejects(reason);
    }

    /**
     * @param reason of the exits to count (ENTRY counts nothing).
     * @return positions closed for it.
     */
    public long exits(final ExitReason reason)
    {
        return stats.exits(reason);
    }

    /** @return positions opened. */
    public long positionsOpened()
    {
        return stats.positionsOpened();
    }

    /** @return positions closed. */
    public long positionsClosed()
    {
        return stats.positionsClosed();
    }

    /** @return equity marks written. */
    public long equityMarks()
    {
        return stats.equityMarks();
    }

    /** @return the simulated venue (read-only use: counters, open orders). */
    public SimulatedVenue venue()
    {
        return parts.venue();
    }

    /**
     * @param reason of the trailing-stop rejects to count.
     * @return requests the stop book refused (should stay 0).
     */
    public long stopRejects(final StopRejectReason reason)
    {
        return parts.stops().rejects(reason);
    }

    @Override
    public String name()
    {
        return "risk";
    }
}
