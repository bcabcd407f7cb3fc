package io.pldot.engine.backtest;

import io.pldot.engine.backtest.metrics.ClosedTrade;
import io.pldot.engine.backtest.metrics.EquityCurve;
import io.pldot.engine.backtest.metrics.TradeSide;
import io.pldot.engine.stage.OutputListener;
import io.pldot.journal.instrument.FixedPoint;
import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.AnalyticsCodes;
import io.pldot.journal.schema.OrderEventDescriptor;
import io.pldot.journal.schema.PortfolioEventDescriptor;
import io.pldot.journal.schema.PositionEventDescriptor;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.RiskRejectDescriptor;
import io.pldot.journal.schema.TradingCodes;
import org.agrona.DirectBuffer;
import org.agrona.collections.Long2LongHashMap;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the risk stage's output records into what the metrics layer takes: a {@link ClosedTrade}
 * per CLOSED position event, and the portfolio equity curve sampled from the EQUITY_MARK portfolio
 * events — the last mark of each {@code samplePeriod} of event time (so Sharpe and Sortino see
 * returns over equal periods), plus the very first mark as the curve's start and the very last one
 * as its end.
 * <p>
 * Fixed-point values become doubles here, the decimal edge of the engine. A position's quantity is
 * the sum of its entry fills (OPENED and INCREASED changes), since partial exits leave CLOSED with
 * quantity 0. Runs on the output stage's thread (it is an {@link OutputListener}); read the results
 * after the pipeline closed. Allocates one object per closed trade and amortised growth of the
 * curve, never per tick.
 */
public final class BacktestCollector implements OutputListener
{
    private final InstrumentRegistry registry;
    private final long samplePeriodNanos;
    private final List<ClosedTrade> trades = new ArrayList<>();
    private final EquityCurve curve = new EquityCurve(4_096);
    private final Long2LongHashMap enteredByPosition = new Long2LongHashMap(0);
    private long pendingTime = Long.MIN_VALUE;
    private double pendingEquity;
    private long currentBucket = Long.MIN_VALUE;
    private long lastAppendedTime = Long.MIN_VALUE;
    private long signals;
    private long fills;
    private final long[] riskRejectsByReason = new long[64];

    /**
     * @param registry          instruments, for symbols and scales.
     * @param samplePeriodNanos event-time period of the equity curve's points (e.g. 1h).
     */
    public BacktestCollector(final InstrumentRegistry registry, final long samplePeriodNanos)
    {
        if (samplePeriodNanos <= 0)
        {
            throw new IllegalArgumentException("equity sample period must be positive: " + samplePeriodNanos);
        }
        this.registry = registry;
        this.samplePeriodNanos = samplePeriodNanos;
    }

    @Override
    public void onOutput(final DirectBuffer buffer, final int offset, final int length)
    {
        final int typeId = RecordHeaderDescriptor.typeId(buffer, offset);
        if (typeId == RecordType.POSITION_EVENT.typeId())
        {
            onPositionEvent(buffer, offset);
        }
        else if (typeId == RecordType.PORTFOLIO_EVENT.typeId())
        {
            if (PortfolioEventDescriptor.EVENT.get(buffer, offset) == TradingCodes.PortfolioEventType.EQUITY_MARK.code())
            {
                onEquityMark(RecordHeaderDescriptor.tsEvent(buffer, offset), FixedPoint.toDouble(
                    PortfolioEventDescriptor.EQUITY.get(buffer, offset), PortfolioEventDescriptor.CASH_SCALE.get(buffer, offset)));
            }
        }
        else if (typeId == RecordType.SIGNAL.typeId())
        {
            signals++;
        }
        else if (typeId == RecordType.ORDER_EVENT.typeId())
        {
            final int event = OrderEventDescriptor.EVENT.get(buffer, offset);
            if (event == TradingCodes.OrderEventType.FILLED.code() || event == TradingCodes.OrderEventType.PARTIALLY_FILLED.code())
            {
                fills++;
            }
        }
        else if (typeId == RecordType.RISK_REJECT.typeId())
        {
            riskRejectsByReason[RiskRejectDescriptor.REASON.get(buffer, offset) & 63]++;
        }
    }

    private void onPositionEvent(final DirectBuffer buffer, final int offset)
    {
        final int event = PositionEventDescriptor.EVENT.get(buffer, offset);
        final long positionId = PositionEventDescriptor.POSITION_ID.get(buffer, offset);
        if (event == TradingCodes.PositionEventType.OPENED.code() || event == TradingCodes.PositionEventType.INCREASED.code())
        {
            enteredByPosition.put(positionId, enteredByPosition.get(positionId) + PositionEventDescriptor.CHANGE.get(buffer, offset));
        }
        else if (event == TradingCodes.PositionEventType.CLOSED.code())
        {
            final long entered = enteredByPosition.remove(positionId);
            final int instrumentId = PositionEventDescriptor.INSTRUMENT_ID.get(buffer, offset);
            final Instrument instrument = registry.byId(instrumentId);
            if (instrument == null)
            {
                throw new IllegalStateException("position event for unknown instrument id " + instrumentId);
            }
            final int ps = instrument.priceScale();
            final double gross = FixedPoint.toDouble(PositionEventDescriptor.REALIZED_PNL.get(buffer, offset), ps);
            final double fees = FixedPoint.toDouble(PositionEventDescriptor.FEES.get(buffer, offset), ps);
            final String signalType = AnalyticsCodes.label(TradingCodes.SignalType.class,
                PositionEventDescriptor.SIGNAL_TYPE.get(buffer, offset));
            final String reason = AnalyticsCodes.label(TradingCodes.OrderReason.class, PositionEventDescriptor.REASON.get(buffer, offset));
            final double confidence = PositionEventDescriptor.CONFIDENCE.get(buffer, offset);
            trades.add(ClosedTrade.of(
                instrument.symbol(),
                PositionEventDescriptor.SIDE.get(buffer, offset) == TradingCodes.PositionSide.SHORT.code() ?
                    TradeSide.SHORT : TradeSide.LONG,
                PositionEventDescriptor.ENTRY_TIME.get(buffer, offset),
                FixedPoint.toDouble(PositionEventDescriptor.AVERAGE_ENTRY.get(buffer, offset), ps),
                RecordHeaderDescriptor.tsEvent(buffer, offset),
                FixedPoint.toDouble(PositionEventDescriptor.EXIT_PRICE.get(buffer, offset), ps),
                FixedPoint.toDouble(entered, instrument.quantityScale()),
                gross,
                fees,
                signalType == null ? "UNKNOWN" : signalType,
                Double.isFinite(confidence) ? Math.max(0.0, Math.min(1.0, confidence)) : 0.0,
                reason == null ? "UNKNOWN" : reason));
        }
    }

    private void onEquityMark(final long time, final double equity)
    {
        final long bucket = Math.floorDiv(time, samplePeriodNanos);
        if (lastAppendedTime == Long.MIN_VALUE)
        {
            // The first mark starts the curve, so the first period's return is measured from it.
            append(time, equity);
            currentBucket = bucket;
            return;
        }
        if (bucket != currentBucket && pendingTime != Long.MIN_VALUE)
        {
            append(pendingTime, pendingEquity);
            pendingTime = Long.MIN_VALUE;
        }
        currentBucket = bucket;
        pendingTime = time;
        pendingEquity = equity;
    }

    private void append(final long time, final double equity)
    {
        if (time >= lastAppendedTime)
        {
            curve.append(time, equity);
            lastAppendedTime = time;
        }
    }

    /**
     * Adds the last mark still waiting for its period to end; call once, after the pipeline closed.
     *
     * @return this.
     */
    public BacktestCollector finish()
    {
        if (pendingTime != Long.MIN_VALUE)
        {
            append(pendingTime, pendingEquity);
            pendingTime = Long.MIN_VALUE;
        }
        return this;
    }

    /**
     * @return the closed trades, in the order they closed.
     */
    public List<ClosedTrade> trades()
    {
        return trades;
    }

    /**
     * @return the sampled portfolio equity curve.
     */
    public EquityCurve equityCurve()
    {
        return curve;
    }

    /**
     * @return signal records seen.
     */
    public long signals()
    {
        return signals;
    }

    /**
     * @return fill events (full and partial).
     */
    public long fills()
    {
        return fills;
    }

    /**
     * @return risk rejects by reason name, in reason order, only reasons that occurred.
     */
    public java.util.Map<String, Long> riskRejectsByReason()
    {
        final java.util.Map<String, Long> byReason = new java.util.LinkedHashMap<>();
        for (final TradingCodes.RiskRejectReason reason : TradingCodes.RiskRejectReason.values())
        {
            final long count = riskRejectsByReason[reason.code()];
            if (count > 0)
            {
                byReason.put(reason.name(), count);
            }
        }
        return byReason;
    }

    /**
     * @return positions still open at the end (entered but never closed).
     */
    public int openPositions()
    {
        return enteredByPosition.size();
    }
}
