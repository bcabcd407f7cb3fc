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
 * JSON fields of the trading records (signals, orders, fills, positions, risk), appended to the
 * formatter's object: prices and quantities as exact decimal strings, codes as names, undefined
 * as null. Not thread-safe: uses the formatter's builder.
 */
final class TradingRecordJson
{
    private TradingRecordJson()
    {
    }

    static void signal(final RecordFormatter f, final DirectBuffer b, final int o)
    {
        final StringBuilder sb = f.builder();
        final int id = SignalDescriptor.instrumentId(b, o);
        f.jsonSymbolOf(id);
        sb.append(",\"timeframe\":\"").append(RecordFormatter.timeframeLabel(SignalDescriptor.timeframeSeconds(b, o))).append('"');
        label(sb, "signal", AnalyticsCodes.label(TradingCodes.SignalType.class, SignalDescriptor.type(b, o)));
        sb.append(",\"strategy\":").append(SignalDescriptor.strategy(b, o));
        sb.append(",\"entry\":");
        f.jsonPriceOf(id, SignalDescriptor.entryPrice(b, o));
        sb.append(",\"stop\":");
        optionalPrice(f, id, SignalDescriptor.stopPrice(b, o));
        sb.append(",\"target\":");
        optionalPrice(f, id, SignalDescriptor.targetPrice(b, o));
        number(sb, "confidence", SignalDescriptor.confidence(b, o));
        number(sb, "strength", SignalDescriptor.strength(b, o));
        number(sb, "alignment", SignalDescriptor.alignment(b, o));
        number(sb, "confluence", SignalDescriptor.confluence(b, o));
        label(sb, "riskLevel", AnalyticsCodes.label(TradingCodes.RiskLevel.class, SignalDescriptor.riskLevel(b, o)));
        sb.append(",\"rank\":").append(SignalDescriptor.rank(b, o));
        label(sb, "higherDirection", AnalyticsCodes.label(AnalyticsCodes.Direction.class, SignalDescriptor.higherDirection(b, o)));
        label(sb, "tradingDirection", AnalyticsCodes.label(AnalyticsCodes.Direction.class, SignalDescriptor.tradingDirection(b, o)));
        label(sb, "state", AnalyticsCodes.label(AnalyticsCodes.MarketState.class, SignalDescriptor.state(b, o)));
        label(sb, "pattern", AnalyticsCodes.label(AnalyticsCodes.Pattern.class, SignalDescriptor.pattern(b, o)));
        sb.append(",\"barTime\":").append(SignalDescriptor.barTime(b, o));
    }

    static void orderIntent(final RecordFormatter f, final DirectBuffer b, final int o)
    {
        final StringBuilder sb = f.builder();
        final int id = OrderIntentDescriptor.instrumentId(b, o);
        f.jsonSymbolOf(id);
        label(sb, "side", AnalyticsCodes.label(TradingCodes.OrderSide.class, OrderIntentDescriptor.side(b, o)));
        label(sb, "orderType", AnalyticsCodes.label(TradingCodes.OrderType.class, OrderIntentDescriptor.orderType(b, o)));
        label(sb, "reason", AnalyticsCodes.label(TradingCodes.OrderReason.class, OrderIntentDescriptor.reason(b, o)));
        sb.append(",\"clientOrderId\":").append(OrderIntentDescriptor.clientOrderId(b, o));
        sb.append(",\"positionId\":").append(OrderIntentDescriptor.positionId(b, o));
        sb.append(",\"quantity\":");
        f.jsonQuantityOf(id, OrderIntentDescriptor.quantity(b, o));
        sb.append(",\"price\":");
        optionalPrice(f, id, OrderIntentDescriptor.price(b, o));
        sb.append(",\"referencePrice\":");
        optionalPrice(f, id, OrderIntentDescriptor.referencePrice(b, o));
        sb.append(",\"stop\":");
        optionalPrice(f, id, OrderIntentDescriptor.stopPrice(b, o));
        label(sb, "signal", AnalyticsCodes.label(TradingCodes.SignalType.class, OrderIntentDescriptor.signalType(b, o)));
        sb.append(",\"strategy\":").append(OrderIntentDescriptor.strategy(b, o));
        sb.append(",\"rank\":").append(OrderIntentDescriptor.rank(b, o));
    }

    static void orderEvent(final RecordFormatter f, final DirectBuffer b, final int o)
    {
        final StringBuilder sb = f.builder();
        final int id = OrderEventDescriptor.instrumentId(b, o);
        f.jsonSymbolOf(id);
        label(sb, "event", AnalyticsCodes.label(TradingCodes.OrderEventType.class, OrderEventDescriptor.event(b, o)));
        label(sb, "side", AnalyticsCodes.label(TradingCodes.OrderSide.class, OrderEventDescriptor.side(b, o)));
        label(sb, "liquidity", AnalyticsCodes.label(TradingCodes.Liquidity.class, OrderEventDescriptor.liquidity(b, o)));
        label(sb, "rejectReason", AnalyticsCodes.label(TradingCodes.VenueReject.class, OrderEventDescriptor.rejectReason(b, o)));
        sb.append(",\"clientOrderId\":").append(OrderEventDescriptor.clientOrderId(b, o));
        sb.append(",\"price\":");
        f.jsonPriceOf(id, OrderEventDescriptor.price(b, o));
        sb.append(",\"quantity\":");
        f.jsonQuantityOf(id, OrderEventDescriptor.quantity(b, o));
        sb.append(",\"remaining\":");
        f.jsonQuantityOf(id, OrderEventDescriptor.remaining(b, o));
        sb.append(",\"fee\":");
        f.jsonPriceOf(id, OrderEventDescriptor.fee(b, o));
    }

    static void riskReject(final RecordFormatter f, final DirectBuffer b, final int o)
    {
        final StringBuilder sb = f.builder();
        final int id = RiskRejectDescriptor.instrumentId(b, o);
        f.jsonSymbolOf(id);
        label(sb, "reason", AnalyticsCodes.label(TradingCodes.RiskRejectReason.class, RiskRejectDescriptor.reason(b, o)));
        label(sb, "signal", AnalyticsCodes.label(TradingCodes.SignalType.class, RiskRejectDescriptor.signalType(b, o)));
        sb.append(",\"strategy\":").append(RiskRejectDescriptor.strategy(b, o));
        sb.append(",\"rank\":").append(RiskRejectDescriptor.rank(b, o));
        sb.append(",\"entry\":");
        f.jsonPriceOf(id, RiskRejectDescriptor.entryPrice(b, o));
        sb.append(",\"stop\":");
        optionalPrice(f, id, RiskRejectDescriptor.stopPrice(b, o));
        sb.append(",\"detail\":").append(RiskRejectDescriptor.detail(b, o));
        number(sb, "confidence", RiskRejectDescriptor.confidence(b, o));
    }

    static void positionEvent(final RecordFormatter f, final DirectBuffer b, final int o)
    {
        final StringBuilder sb = f.builder();
        final int id = PositionEventDescriptor.instrumentId(b, o);
        f.jsonSymbolOf(id);
        label(sb, "event", AnalyticsCodes.label(TradingCodes.PositionEventType.class, PositionEventDescriptor.event(b, o)));
        label(sb, "side", AnalyticsCodes.label(TradingCodes.PositionSide.class, PositionEventDescriptor.side(b, o)));
        label(sb, "reason", AnalyticsCodes.label(TradingCodes.OrderReason.class, PositionEventDescriptor.reason(b, o)));
        sb.append(",\"positionId\":").append(PositionEventDescriptor.positionId(b, o));
        sb.append(",\"quantity\":");
        f.jsonQuantityOf(id, PositionEventDescriptor.quantity(b, o));
        sb.append(",\"change\":");
        f.jsonQuantityOf(id, PositionEventDescriptor.change(b, o));
        sb.append(",\"averageEntry\":");
        f.jsonPriceOf(id, PositionEventDescriptor.averageEntry(b, o));
        sb.append(",\"exitPrice\":");
        optionalPrice(f, id, PositionEventDescriptor.exitPrice(b, o));
        sb.append(",\"realizedPnl\":");
        f.jsonPriceOf(id, PositionEventDescriptor.realizedPnl(b, o));
        sb.append(",\"fees\":");
        f.jsonPriceOf(id, PositionEventDescriptor.fees(b, o));
        sb.append(",\"stop\":");
        optionalPrice(f, id, PositionEventDescriptor.stopPrice(b, o));
        sb.append(",\"entryTime\":").append(PositionEventDescriptor.entryTime(b, o));
        label(sb, "signal", AnalyticsCodes.label(TradingCodes.SignalType.class, PositionEventDescriptor.signalType(b, o)));
        sb.append(",\"strategy\":").append(PositionEventDescriptor.strategy(b, o));
        number(sb, "confidence", PositionEventDescriptor.confidence(b, o));
    }

    static void portfolioEvent(final RecordFormatter f, final DirectBuffer b, final int o)
    {
        final StringBuilder sb = f.builder();
        final int scale = PortfolioEventDescriptor.cashScale(b, o);
        label(sb, "event", AnalyticsCodes.label(TradingCodes.PortfolioEventType.class, PortfolioEventDescriptor.event(b, o)));
        label(sb, "level", AnalyticsCodes.label(TradingCodes.DrawdownLevel.class, PortfolioEventDescriptor.level(b, o)));
        sb.append(",\"halted\":").append(PortfolioEventDescriptor.halted(b, o));
        sb.append(",\"openPositions\":").append(PortfolioEventDescriptor.openPositions(b, o));
        money(sb, "cash", PortfolioEventDescriptor.cash(b, o), scale);
        money(sb, "equity", PortfolioEventDescriptor.equity(b, o), scale);
        money(sb, "exposure", PortfolioEventDescriptor.exposure(b, o), scale);
        money(sb, "dayHigh", PortfolioEventDescriptor.dayHigh(b, o), scale);
        sb.append(",\"drawdownBps\":").append(PortfolioEventDescriptor.drawdownBps(b, o));
        number(sb, "health", PortfolioEventDescriptor.health(b, o));
    }

    private static void money(final StringBuilder sb, final String key, final long value, final int scale)
    {
        sb.append(",\"").append(key).append("\":\"");
        FixedPoint.append(value, scale, sb);
        sb.append('"');
    }

    private static void optionalPrice(final RecordFormatter f, final int id, final long value)
    {
        if (value == 0)
        {
            f.builder().append("null");
        }
        else
        {
            f.jsonPriceOf(id, value);
        }
    }

    private static void number(final StringBuilder sb, final String key, final double value)
    {
        sb.append(",\"").append(key).append("\":");
        AnalyticsColumns.appendNumber(sb, value);
    }

    private static void label(final StringBuilder sb, final String key, final String value)
    {
        sb.append(",\"").append(key).append("\":");
        if (value == null)
        {
            sb.append("null");
        }
        else
        {
            sb.append('"').append(value).append('"');
        }
    }
}
