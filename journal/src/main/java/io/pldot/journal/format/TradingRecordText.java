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
        final int id = SignalDescriptor.instrumentId(b, o);
        f.symbolOf(id);
        sb.append(' ').append(String.format("%-4s", RecordFormatter.timeframeLabel(SignalDescriptor.timeframeSeconds(b, o))));
        sb.append(' ').append(String.format("%-10s", orCode(
            AnalyticsCodes.label(TradingCodes.SignalType.class, SignalDescriptor.type(b, o)), SignalDescriptor.type(b, o))));
        sb.append(" entry=");
        f.priceOf(id, SignalDescriptor.entryPrice(b, o));
        sb.append(" stop=");
        optionalPrice(f, id, SignalDescriptor.stopPrice(b, o));
        sb.append(" target=");
        optionalPrice(f, id, SignalDescriptor.targetPrice(b, o));
        sb.append(" conf=");
        DisplayNumber.append(sb, SignalDescriptor.confidence(b, o));
        sb.append(" strength=");
        DisplayNumber.append(sb, SignalDescriptor.strength(b, o));
        sb.append(" risk=").append(orDash(AnalyticsCodes.label(TradingCodes.RiskLevel.class, SignalDescriptor.riskLevel(b, o))));
        sb.append(" rank=").append(SignalDescriptor.rank(b, o));
        sb.append(" strategy=").append(SignalDescriptor.strategy(b, o));
    }

    static void orderIntent(final RecordFormatter f, final DirectBuffer b, final int o)
    {
        final StringBuilder sb = f.builder();
        final int id = OrderIntentDescriptor.instrumentId(b, o);
        f.symbolOf(id);
        sb.append(' ').append(String.format("%-4s", code(TradingCodes.OrderSide.class, OrderIntentDescriptor.side(b, o))));
        sb.append(' ').append(code(TradingCodes.OrderType.class, OrderIntentDescriptor.orderType(b, o)));
        sb.append(' ');
        f.quantityOf(id, OrderIntentDescriptor.quantity(b, o));
        sb.append(" @ ");
        final long price = OrderIntentDescriptor.price(b, o);
        if (price == 0)
        {
            sb.append("MKT");
        }
        else
        {
            f.priceOf(id, price);
        }
        sb.append(" ref=");
        optionalPrice(f, id, OrderIntentDescriptor.referencePrice(b, o));
        sb.append(" reason=").append(code(TradingCodes.OrderReason.class, OrderIntentDescriptor.reason(b, o)));
        sb.append(" coid=").append(OrderIntentDescriptor.clientOrderId(b, o));
        sb.append(" pos=").append(OrderIntentDescriptor.positionId(b, o));
        if (OrderIntentDescriptor.signalType(b, o) != 0)
        {
            sb.append(" signal=").append(code(TradingCodes.SignalType.class, OrderIntentDescriptor.signalType(b, o)));
            sb.append(" stop=");
            optionalPrice(f, id, OrderIntentDescriptor.stopPrice(b, o));
            sb.append(" rank=").append(OrderIntentDescriptor.rank(b, o));
            sb.append(" strategy=").append(OrderIntentDescriptor.strategy(b, o));
        }
    }

    static void orderEvent(final RecordFormatter f, final DirectBuffer b, final int o)
    {
        final StringBuilder sb = f.builder();
        final int id = OrderEventDescriptor.instrumentId(b, o);
        f.symbolOf(id);
        sb.append(' ').append(String.format("%-16s", code(TradingCodes.OrderEventType.class, OrderEventDescriptor.event(b, o))));
        sb.append(' ').append(String.format("%-4s", code(TradingCodes.OrderSide.class, OrderEventDescriptor.side(b, o))));
        sb.append(' ');
        f.quantityOf(id, OrderEventDescriptor.quantity(b, o));
        sb.append(" @ ");
        f.priceOf(id, OrderEventDescriptor.price(b, o));
        sb.append(" remaining=");
        f.quantityOf(id, OrderEventDescriptor.remaining(b, o));
        sb.append(" fee=");
        f.priceOf(id, OrderEventDescriptor.fee(b, o));
        if (OrderEventDescriptor.liquidity(b, o) != 0)
        {
            sb.append(' ').append(code(TradingCodes.Liquidity.class, OrderEventDescriptor.liquidity(b, o)));
        }
        if (OrderEventDescriptor.rejectReason(b, o) != 0)
        {
            sb.append(" reason=").append(code(TradingCodes.VenueReject.class, OrderEventDescriptor.rejectReason(b, o)));
        }
        sb.append(" coid=").append(OrderEventDescriptor.clientOrderId(b, o));
    }

    static void riskReject(final RecordFormatter f, final DirectBuffer b, final int o)
    {
        final StringBuilder sb = f.builder();
        final int id = RiskRejectDescriptor.instrumentId(b, o);
        f.symbolOf(id);
        sb.append(' ').append(code(TradingCodes.RiskRejectReason.class, RiskRejectDescriptor.reason(b, o)));
        sb.append(" signal=").append(code(TradingCodes.SignalType.class, RiskRejectDescriptor.signalType(b, o)));
        sb.append(" entry=");
        f.priceOf(id, RiskRejectDescriptor.entryPrice(b, o));
        sb.append(" stop=");
        optionalPrice(f, id, RiskRejectDescriptor.stopPrice(b, o));
        sb.append(" conf=");
        DisplayNumber.append(sb, RiskRejectDescriptor.confidence(b, o));
        sb.append(" detail=").append(RiskRejectDescriptor.detail(b, o));
        sb.append(" rank=").append(RiskRejectDescriptor.rank(b, o));
        sb.append(" strategy=").append(RiskRejectDescriptor.strategy(b, o));
    }

    static void positionEvent(final RecordFormatter f, final DirectBuffer b, final int o)
    {
        final StringBuilder sb = f.builder();
        final int id = PositionEventDescriptor.instrumentId(b, o);
        f.symbolOf(id);
        sb.append(' ').append(String.format("%-10s", code(TradingCodes.PositionEventType.class, PositionEventDescriptor.event(b, o))));
        sb.append(' ').append(String.format("%-5s", code(TradingCodes.PositionSide.class, PositionEventDescriptor.side(b, o))));
        sb.append(" qty=");
        f.quantityOf(id, PositionEventDescriptor.quantity(b, o));
        sb.append(" change=");
        f.quantityOf(id, PositionEventDescriptor.change(b, o));
        sb.append(" avgEntry=");
        f.priceOf(id, PositionEventDescriptor.averageEntry(b, o));
        sb.append(" exit=");
        optionalPrice(f, id, PositionEventDescriptor.exitPrice(b, o));
        sb.append(" pnl=");
        f.priceOf(id, PositionEventDescriptor.realizedPnl(b, o));
        sb.append(" fees=");
        f.priceOf(id, PositionEventDescriptor.fees(b, o));
        sb.append(" stop=");
        optionalPrice(f, id, PositionEventDescriptor.stopPrice(b, o));
        sb.append(" reason=").append(orDash(AnalyticsCodes.label(TradingCodes.OrderReason.class, PositionEventDescriptor.reason(b, o))));
        sb.append(" pos=").append(PositionEventDescriptor.positionId(b, o));
        sb.append(" entered=").append(f.clockTime(PositionEventDescriptor.entryTime(b, o)));
    }

    static void portfolioEvent(final RecordFormatter f, final DirectBuffer b, final int o)
    {
        final StringBuilder sb = f.builder();
        final int scale = PortfolioEventDescriptor.cashScale(b, o);
        sb.append(String.format("%-15s", code(TradingCodes.PortfolioEventType.class, PortfolioEventDescriptor.event(b, o))));
        sb.append(" level=").append(code(TradingCodes.DrawdownLevel.class, PortfolioEventDescriptor.level(b, o)));
        sb.append(" equity=");
        FixedPoint.append(PortfolioEventDescriptor.equity(b, o), scale, sb);
        sb.append(" cash=");
        FixedPoint.append(PortfolioEventDescriptor.cash(b, o), scale, sb);
        sb.append(" exposure=");
        FixedPoint.append(PortfolioEventDescriptor.exposure(b, o), scale, sb);
        sb.append(" dd=");
        FixedPoint.append(PortfolioEventDescriptor.drawdownBps(b, o), 2, sb);
        sb.append("% health=");
        // One decimal is what an operator reads; the JSON keeps the full double.
        AnalyticsColumns.appendNumber(sb, Math.round(PortfolioEventDescriptor.health(b, o) * 10) / 10.0);
        sb.append(" positions=").append(PortfolioEventDescriptor.openPositions(b, o));
        if (PortfolioEventDescriptor.halted(b, o))
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
