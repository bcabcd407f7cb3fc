package io.pldot.journal.format;

import io.pldot.journal.instrument.FixedPoint;
import io.pldot.journal.schema.AnalyticsCodes;
import io.pldot.journal.schema.OrderEventDescriptor;
import io.pldot.journal.schema.OrderIntentDescriptor;
import io.pldot.journal.schema.PortfolioEventDescriptor;
import io.pldot.journal.schema.PositionEventDescriptor;
import io.pldot.journal.schema.RiskRejectDescriptor;
import io.pldot.journal.schema.SignalDescriptor;
import io.pldot.journal.schema.TradingCodes;
import org.agrona.DirectBuffer;

/**
 * Human-readable text of the trading records (signals, orders, fills, positions, risk), appended
 * to the formatter's line; scores are rounded for people by {@link DisplayNumber} (the JSON keeps
 * the exact doubles). Not thread-safe: uses the formatter's builder.
 */
final class TradingRecordText
{
    private TradingRecordText()
    {
    }

    static void signal(final RecordFormatter f, final DirectBuffer b, final int o)
    {
        final StringBuilder sb = f.builder();
        final int id = SignalDescriptor.INSTRUMENT_ID.get(b, o);
        f.symbolOf(id);
        sb.append(' ').append(String.format("%-4s", RecordFormatter.timeframeLabel(SignalDescriptor.TIMEFRAME_SECONDS.get(b, o))));
        sb.append(' ').append(String.format("%-10s", orCode(
            AnalyticsCodes.label(TradingCodes.SignalType.class, SignalDescriptor.TYPE.get(b, o)), SignalDescriptor.TYPE.get(b, o))));
        sb.append(" entry=");
        f.priceOf(id, SignalDescriptor.ENTRY_PRICE.get(b, o));
        sb.append(" stop=");
        optionalPrice(f, id, SignalDescriptor.STOP_PRICE.get(b, o));
        sb.append(" target=");
        optionalPrice(f, id, SignalDescriptor.TARGET_PRICE.get(b, o));
        sb.append(" conf=");
        DisplayNumber.append(sb, SignalDescriptor.CONFIDENCE.get(b, o));
        sb.append(" strength=");
        DisplayNumber.append(sb, SignalDescriptor.STRENGTH.get(b, o));
        sb.append(" risk=").append(orDash(AnalyticsCodes.label(TradingCodes.RiskLevel.class, SignalDescriptor.RISK_LEVEL.get(b, o))));
        sb.append(" rank=").append(SignalDescriptor.RANK.get(b, o));
        sb.append(" strategy=").append(SignalDescriptor.STRATEGY.get(b, o));
    }

    static void orderIntent(final RecordFormatter f, final DirectBuffer b, final int o)
    {
        final StringBuilder sb = f.builder();
        final int id = OrderIntentDescriptor.INSTRUMENT_ID.get(b, o);
        f.symbolOf(id);
        sb.append(' ').append(String.format("%-4s", code(TradingCodes.OrderSide.class, OrderIntentDescriptor.SIDE.get(b, o))));
        sb.append(' ').append(code(TradingCodes.OrderType.class, OrderIntentDescriptor.ORDER_TYPE.get(b, o)));
        sb.append(' ');
        f.quantityOf(id, OrderIntentDescriptor.QUANTITY.get(b, o));
        sb.append(" @ ");
        final long price = OrderIntentDescriptor.PRICE.get(b, o);
        if (price == 0)
        {
            sb.append("MKT");
        }
        else
        {
            f.priceOf(id, price);
        }
        sb.append(" ref=");
        optionalPrice(f, id, OrderIntentDescriptor.REFERENCE_PRICE.get(b, o));
        sb.append(" reason=").append(code(TradingCodes.OrderReason.class, OrderIntentDescriptor.REASON.get(b, o)));
        sb.append(" coid=").append(OrderIntentDescriptor.CLIENT_ORDER_ID.get(b, o));
        sb.append(" pos=").append(OrderIntentDescriptor.POSITION_ID.get(b, o));
        if (OrderIntentDescriptor.SIGNAL_TYPE.get(b, o) != 0)
        {
            sb.append(" signal=").append(code(TradingCodes.SignalType.class, OrderIntentDescriptor.SIGNAL_TYPE.get(b, o)));
            sb.append(" stop=");
            optionalPrice(f, id, OrderIntentDescriptor.STOP_PRICE.get(b, o));
            sb.append(" rank=").append(OrderIntentDescriptor.RANK.get(b, o));
            sb.append(" strategy=").append(OrderIntentDescriptor.STRATEGY.get(b, o));
        }
    }

    static void orderEvent(final RecordFormatter f, final DirectBuffer b, final int o)
    {
        final StringBuilder sb = f.builder();
        final int id = OrderEventDescriptor.INSTRUMENT_ID.get(b, o);
        f.symbolOf(id);
        sb.append(' ').append(String.format("%-16s", code(TradingCodes.OrderEventType.class, OrderEventDescriptor.EVENT.get(b, o))));
        sb.append(' ').append(String.format("%-4s", code(TradingCodes.OrderSide.class, OrderEventDescriptor.SIDE.get(b, o))));
        sb.append(' ');
        f.quantityOf(id, OrderEventDescriptor.QUANTITY.get(b, o));
        sb.append(" @ ");
        f.priceOf(id, OrderEventDescriptor.PRICE.get(b, o));
        sb.append(" remaining=");
        f.quantityOf(id, OrderEventDescriptor.REMAINING.get(b, o));
        sb.append(" fee=");
        f.priceOf(id, OrderEventDescriptor.FEE.get(b, o));
        if (OrderEventDescriptor.LIQUIDITY.get(b, o) != 0)
        {
            sb.append(' ').append(code(TradingCodes.Liquidity.class, OrderEventDescriptor.LIQUIDITY.get(b, o)));
        }
        if (OrderEventDescriptor.REJECT_REASON.get(b, o) != 0)
        {
            sb.append(" reason=").append(code(TradingCodes.VenueReject.class, OrderEventDescriptor.REJECT_REASON.get(b, o)));
        }
        sb.append(" coid=").append(OrderEventDescriptor.CLIENT_ORDER_ID.get(b, o));
    }

    static void riskReject(final RecordFormatter f, final DirectBuffer b, final int o)
    {
        final StringBuilder sb = f.builder();
        final int id = RiskRejectDescriptor.INSTRUMENT_ID.get(b, o);
        f.symbolOf(id);
        sb.append(' ').append(code(TradingCodes.RiskRejectReason.class, RiskRejectDescriptor.REASON.get(b, o)));
        sb.append(" signal=").append(code(TradingCodes.SignalType.class, RiskRejectDescriptor.SIGNAL_TYPE.get(b, o)));
        sb.append(" entry=");
        f.priceOf(id, RiskRejectDescriptor.ENTRY_PRICE.get(b, o));
        sb.append(" stop=");
        optionalPrice(f, id, RiskRejectDescriptor.STOP_PRICE.get(b, o));
        sb.append(" conf=");
        DisplayNumber.append(sb, RiskRejectDescriptor.CONFIDENCE.get(b, o));
        sb.append(" detail=").append(RiskRejectDescriptor.DETAIL.get(b, o));
        sb.append(" rank=").append(RiskRejectDescriptor.RANK.get(b, o));
        sb.append(" strategy=").append(RiskRejectDescriptor.STRATEGY.get(b, o));
    }

    static void positionEvent(final RecordFormatter f, final DirectBuffer b, final int o)
    {
        final StringBuilder sb = f.builder();
        final int id = PositionEventDescriptor.INSTRUMENT_ID.get(b, o);
        f.symbolOf(id);
        sb.append(' ').append(String.format("%-10s", code(TradingCodes.PositionEventType.class, PositionEventDescriptor.EVENT.get(b, o))));
        sb.append(' ').append(String.format("%-5s", code(TradingCodes.PositionSide.class, PositionEventDescriptor.SIDE.get(b, o))));
        sb.append(" qty=");
        f.quantityOf(id, PositionEventDescriptor.QUANTITY.get(b, o));
        sb.append(" change=");
        f.quantityOf(id, PositionEventDescriptor.CHANGE.get(b, o));
        sb.append(" avgEntry=");
        f.priceOf(id, PositionEventDescriptor.AVERAGE_ENTRY.get(b, o));
        sb.append(" exit=");
        optionalPrice(f, id, PositionEventDescriptor.EXIT_PRICE.get(b, o));
        sb.append(" pnl=");
        f.priceOf(id, PositionEventDescriptor.REALIZED_PNL.get(b, o));
        sb.append(" fees=");
        f.priceOf(id, PositionEventDescriptor.FEES.get(b, o));
        sb.append(" stop=");
        optionalPrice(f, id, PositionEventDescriptor.STOP_PRICE.get(b, o));
        sb.append(" reason=").append(orDash(AnalyticsCodes.label(TradingCodes.OrderReason.class, PositionEventDescriptor.REASON.get(b, o))));
        sb.append(" pos=").append(PositionEventDescriptor.POSITION_ID.get(b, o));
        sb.append(" entered=").append(f.clockTime(PositionEventDescriptor.ENTRY_TIME.get(b, o)));
    }

    static void portfolioEvent(final RecordFormatter f, final DirectBuffer b, final int o)
    {
        final StringBuilder sb = f.builder();
        final int scale = PortfolioEventDescriptor.CASH_SCALE.get(b, o);
        sb.append(String.format("%-15s", code(TradingCodes.PortfolioEventType.class, PortfolioEventDescriptor.EVENT.get(b, o))));
        sb.append(" level=").append(code(TradingCodes.DrawdownLevel.class, PortfolioEventDescriptor.LEVEL.get(b, o)));
        sb.append(" equity=");
        FixedPoint.append(PortfolioEventDescriptor.EQUITY.get(b, o), scale, sb);
        sb.append(" cash=");
        FixedPoint.append(PortfolioEventDescriptor.CASH.get(b, o), scale, sb);
        sb.append(" exposure=");
        FixedPoint.append(PortfolioEventDescriptor.EXPOSURE.get(b, o), scale, sb);
        sb.append(" dd=");
        FixedPoint.append(PortfolioEventDescriptor.DRAWDOWN_BPS.get(b, o), 2, sb);
        sb.append("% health=");
        // One decimal is what an operator reads; the JSON keeps the full double.
        AnalyticsColumns.appendNumber(sb, Math.round(PortfolioEventDescriptor.HEALTH.get(b, o) * 10) / 10.0);
        sb.append(" positions=").append(PortfolioEventDescriptor.OPEN_POSITIONS.get(b, o));
        if (PortfolioEventDescriptor.HALTED.get(b, o))
        {
            sb.append(" HALTED");
        }
    }

    private static <E extends Enum<E>> String code(final Class<E> type, final int code)
    {
        return orCode(AnalyticsCodes.label(type, code), code);
    }

    private static void optionalPrice(final RecordFormatter f, final int id, final long value)
    {
        if (value == 0)
        {
            f.builder().append('-');
        }
        else
        {
            f.priceOf(id, value);
        }
    }

    private static String orDash(final String label)
    {
        return label == null ? "-" : label;
    }

    private static String orCode(final String label, final int code)
    {
        return label == null ? "?" + code : label;
    }
}
