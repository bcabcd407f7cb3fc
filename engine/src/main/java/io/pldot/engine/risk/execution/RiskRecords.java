package io.pldot.engine.risk.execution;

import io.pldot.engine.event.OutputsBuffer;
import io.pldot.engine.risk.ExitReason;
import io.pldot.engine.risk.Portfolio;
import io.pldot.engine.risk.PortfolioRiskMonitor;
import io.pldot.engine.risk.Position;
import io.pldot.engine.risk.RiskRejectReason;
import io.pldot.engine.risk.stop.TrailingStop;
import io.pldot.engine.venue.OrderSide;
import io.pldot.engine.venue.OrderType;
import io.pldot.journal.schema.OrderEventDescriptor;
import io.pldot.journal.schema.OrderIntentDescriptor;
import io.pldot.journal.schema.PortfolioEventDescriptor;
import io.pldot.journal.schema.PositionEventDescriptor;
import io.pldot.journal.schema.RiskRejectDescriptor;
import io.pldot.journal.schema.SignalDescriptor;
import io.pldot.journal.schema.TradingCodes;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * Writes the risk stage's records into the slot's {@link OutputsBuffer}: {@code ORDER_INTENT}, {@code ORDER_EVENT},
 * {@code POSITION_EVENT}, {@code PORTFOLIO_EVENT} and {@code RISK_REJECT}, each stamped with the input being
 * processed ({@link #begin}): its sequence and receive time, and its event time unless the record has its own (a
 * fill's). Counts order intents and refused signals in the {@link RiskStats}. Codes come from the enums'
 * {@code code()}, which equal {@link TradingCodes}.
 * <p>
 * Owned by the risk stage's thread; not thread-safe. Does not allocate.
 */
public final class RiskRecords
{
    private final Portfolio portfolio;
    private final PortfolioRiskMonitor monitor;
    private final RiskStats stats;

    private OutputsBuffer outputs;
    private long sequence;
    private long tsEvent;
    private long tsRecv;

    /**
     * @param portfolio positions and cash the records report.
     * @param monitor   drawdown level and health the portfolio events report.
     * @param stats     counts order intents and rejects.
     */
    public RiskRecords(final Portfolio portfolio, final PortfolioRiskMonitor monitor, final RiskStats stats)
    {
        this.portfolio = portfolio;
        this.monitor = monitor;
        this.stats = stats;
    }

    /**
     * Starts an input: every record until {@link #end} is appended to {@code outputs} with its stamps.
     *
     * @param outputs  the slot's outputs.
     * @param sequence the input's sequence.
     * @param tsEvent  the input's event time.
     * @param tsRecv   the input's receive time.
     */
    public void begin(final OutputsBuffer outputs, final long sequence, final long tsEvent, final long tsRecv)
    {
        this.outputs = outputs;
        this.sequence = sequence;
        this.tsEvent = tsEvent;
        this.tsRecv = tsRecv;
    }

    /** Ends the input (drops the reference to its outputs). */
    public void end()
    {
        outputs = null;
    }

    /** @return the input's sequence. */
    public long sequence()
    {
        return sequence;
    }

    /** @return the input's event time. */
    public long tsEvent()
    {
        return tsEvent;
    }

    /**
     * Writes an {@code ORDER_INTENT} with no signal fields yet (see {@link #putIntentSignal}); counts it.
     *
     * @param index          dense instrument index.
     * @param id             client order id.
     * @param side           of the order.
     * @param quantity       ordered.
     * @param reason         why.
     * @param type           of the order.
     * @param price          limit or stop price, {@code SimulatedVenue.NO_PRICE} for a market order.
     * @param referencePrice the price the decision had in mind (signal entry, mark, stop level).
     * @return the record's offset.
     */
    public int orderIntent(
        final int index, final long id, final OrderSide side, final long quantity, final ExitReason reason,
        final OrderType type, final long price, final long referencePrice)
    {
        stats.countOrder();
        final int at = outputs.claim(OrderIntentDescriptor.LENGTH);
        OrderIntentDescriptor.encode(outputs.buffer(), at, sequence, tsEvent, tsRecv, portfolio.instrumentId(index),
            side.code(), type.code(), reason.code(), id, quantity, price, referencePrice);
        return at;
    }

    /**
     * Fills the signal fields of the order intent at {@code at}.
     *
     * @param at         the intent's offset.
     * @param positionId the position the order opens (its id) or works on.
     * @param stop       the signal's stop price, 0 = none.
     * @param signalType the signal's type code, 0 = none.
     * @param strategy   the signal's strategy code, 0 = none.
     * @param rank       the signal's rank, 0 = none.
     */
    public void putIntentSignal(
        final int at, final long positionId, final long stop, final int signalType, final int strategy, final int rank)
    {
        OrderIntentDescriptor.putSignal(outputs.buffer(), at, positionId, stop, signalType, strategy, rank);
    }

    /**
     * @param instrumentId of the order.
     * @param event        what happened.
     * @param side         of the order, or null when unknown (0).
     * @param liquidity    liquidity code of a fill, else 0.
     * @param rejectReason the venue's reason code of a refusal, else 0.
     * @param id           client order id.
     * @param price        fill, limit or stop price (0 when none).
     * @param quantity     filled (or ordered, for an acceptance or refusal).
     * @param remaining    still open on the order.
     * @param fee          charged for a fill.
     * @param time         event time of the event.
     */
    public void orderEvent(
        final int instrumentId, final TradingCodes.OrderEventType event, final OrderSide side, final int liquidity,
        final int rejectReason, final long id, final long price, final long quantity, final long remaining,
        final long fee, final long time)
    {
        final int at = outputs.claim(OrderEventDescriptor.LENGTH);
        OrderEventDescriptor.encode(outputs.buffer(), at, sequence, time, tsRecv, instrumentId, event.code(),
            side == null ? 0 : side.code(), liquidity, rejectReason, id, price, quantity, remaining, fee);
    }

    /**
     * @param index     dense instrument index of the position.
     * @param event     what happened.
     * @param reason    order reason code (0 for a stop move).
     * @param change    quantity opened, added or closed by this event.
     * @param exitPrice exit price of a reduction (the fill) or close (the average), else 0.
     * @param stopPrice the position's trailing stop, or {@link TrailingStop#NO_PRICE}.
     * @param time      event time of the event.
     */
    public void positionEvent(
        final int index, final TradingCodes.PositionEventType event, final int reason, final long change,
        final long exitPrice, final long stopPrice, final long time)
    {
        final Position p = portfolio.position(index);
        final MutableDirectBuffer b = outputs.buffer();
        final int at = outputs.claim(PositionEventDescriptor.LENGTH);
        PositionEventDescriptor.begin(b, at, sequence, time, tsRecv, p.instrumentId(), event.code(),
            portfolio.sideOf(index).code(), reason, p.positionId());
        PositionEventDescriptor.putQuantities(b, at, p.quantity(), change, p.averageEntry(), exitPrice);
        PositionEventDescriptor.putMoney(b, at, p.realizedPnl(), p.fees(),
            stopPrice == TrailingStop.NO_PRICE ? 0 : stopPrice, p.entryTime());
        PositionEventDescriptor.putSignal(b, at, p.signalType(), p.strategy(), p.confidence());
    }

    /** @param event what happened to the portfolio (the record carries its cash, equity and drawdown state). */
    public void portfolioEvent(final TradingCodes.PortfolioEventType event)
    {
        final int at = outputs.claim(PortfolioEventDescriptor.LENGTH);
        PortfolioEventDescriptor.encode(outputs.buffer(), at, sequence, tsEvent, tsRecv, event.code(), monitor.level() + 1,
            portfolio.cashScale(), monitor.halted(), portfolio.openPositions(), portfolio.cash(), portfolio.equity(),
            portfolio.openExposure(), monitor.dayHigh(), monitor.drawdownBps(), monitor.health());
    }

    /**
     * Writes a {@code RISK_REJECT} for the signal at {@code o} in {@code b}; counts it.
     *
     * @param b      buffer holding the signal.
     * @param o      the signal's offset.
     * @param reason why it was refused.
     * @param detail the limit or value that refused it (see the reasons), 0 = none.
     */
    public void reject(final DirectBuffer b, final int o, final RiskRejectReason reason, final long detail)
    {
        stats.countReject(reason);
        final int at = outputs.claim(RiskRejectDescriptor.LENGTH);
        RiskRejectDescriptor.encode(outputs.buffer(), at, sequence, tsEvent, tsRecv, SignalDescriptor.INSTRUMENT_ID.get(b, o),
            reason.code(), SignalDescriptor.TYPE.get(b, o), SignalDescriptor.STRATEGY.get(b, o), SignalDescriptor.RANK.get(b, o),
            SignalDescriptor.ENTRY_PRICE.get(b, o), SignalDescriptor.STOP_PRICE.get(b, o), detail, SignalDescriptor.CONFIDENCE.get(b, o));
    }
}
