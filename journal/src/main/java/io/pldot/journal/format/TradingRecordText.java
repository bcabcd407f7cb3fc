package io.pldot.journal.format;

import io.pldot.journal.format.TextItem.Style;
import io.pldot.journal.schema.OrderEventDescriptor;
import io.pldot.journal.schema.OrderIntentDescriptor;
import io.pldot.journal.schema.PortfolioEventDescriptor;
import io.pldot.journal.schema.PositionEventDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.RiskRejectDescriptor;
import io.pldot.journal.schema.SignalDescriptor;

import static io.pldot.journal.format.TextItem.item;

/**
 * The text lines of the trading records (signals, orders, fills, positions, risk, portfolio) as
 * {@link TextLayout}s over the descriptors' field constants: which fields a line shows, in what order, under
 * which label (the text's "entry=" where the JSON says "entry", "conf=" for "confidence"), in which column and
 * when. {@link FieldTableText} prints them; scores are rounded for people by {@link DisplayNumber} (the JSON keeps
 * the exact doubles). Built once at class initialisation; immutable, safe from any thread.
 */
final class TradingRecordText
{
    private static final TextLayout SIGNAL = TextLayout.of(RecordType.SIGNAL,
        item(SignalDescriptor.INSTRUMENT_ID, ""),
        item(SignalDescriptor.TIMEFRAME_SECONDS, " ").pad(4),
        item(SignalDescriptor.TYPE, " ").pad(10),
        item(SignalDescriptor.ENTRY_PRICE, " entry="),
        item(SignalDescriptor.STOP_PRICE, " stop="),
        item(SignalDescriptor.TARGET_PRICE, " target="),
        item(SignalDescriptor.CONFIDENCE, " conf="),
        item(SignalDescriptor.STRENGTH, " strength="),
        item(SignalDescriptor.RISK_LEVEL, " risk=").as(Style.CODE_OR_DASH),
        item(SignalDescriptor.RANK, " rank="),
        item(SignalDescriptor.STRATEGY, " strategy="));

    private static final TextLayout ORDER_INTENT = TextLayout.of(RecordType.ORDER_INTENT,
        item(OrderIntentDescriptor.INSTRUMENT_ID, ""),
        item(OrderIntentDescriptor.SIDE, " ").pad(4),
        item(OrderIntentDescriptor.ORDER_TYPE, " "),
        item(OrderIntentDescriptor.QUANTITY, " "),
        item(OrderIntentDescriptor.PRICE, " @ ").as(Style.MARKET_PRICE),
        item(OrderIntentDescriptor.REFERENCE_PRICE, " ref="),
        item(OrderIntentDescriptor.REASON, " reason="),
        item(OrderIntentDescriptor.CLIENT_ORDER_ID, " coid="),
        item(OrderIntentDescriptor.POSITION_ID, " pos="),
        item(OrderIntentDescriptor.SIGNAL_TYPE, " signal=").whenSet(),
        item(OrderIntentDescriptor.STOP_PRICE, " stop=").when(OrderIntentDescriptor.SIGNAL_TYPE),
        item(OrderIntentDescriptor.RANK, " rank=").when(OrderIntentDescriptor.SIGNAL_TYPE),
        item(OrderIntentDescriptor.STRATEGY, " strategy=").when(OrderIntentDescriptor.SIGNAL_TYPE));

    private static final TextLayout ORDER_EVENT = TextLayout.of(RecordType.ORDER_EVENT,
        item(OrderEventDescriptor.INSTRUMENT_ID, ""),
        item(OrderEventDescriptor.EVENT, " ").pad(16),
        item(OrderEventDescriptor.SIDE, " ").pad(4),
        item(OrderEventDescriptor.QUANTITY, " "),
        item(OrderEventDescriptor.PRICE, " @ "),
        item(OrderEventDescriptor.REMAINING, " remaining="),
        item(OrderEventDescriptor.FEE, " fee="),
        item(OrderEventDescriptor.LIQUIDITY, " ").whenSet(),
        item(OrderEventDescriptor.REJECT_REASON, " reason=").whenSet(),
        item(OrderEventDescriptor.CLIENT_ORDER_ID, " coid="));

    private static final TextLayout RISK_REJECT = TextLayout.of(RecordType.RISK_REJECT,
        item(RiskRejectDescriptor.INSTRUMENT_ID, ""),
        item(RiskRejectDescriptor.REASON, " "),
        item(RiskRejectDescriptor.SIGNAL_TYPE, " signal="),
        item(RiskRejectDescriptor.ENTRY_PRICE, " entry="),
        item(RiskRejectDescriptor.STOP_PRICE, " stop="),
        item(RiskRejectDescriptor.CONFIDENCE, " conf="),
        item(RiskRejectDescriptor.DETAIL, " detail="),
        item(RiskRejectDescriptor.RANK, " rank="),
        item(RiskRejectDescriptor.STRATEGY, " strategy="));

    private static final TextLayout POSITION_EVENT = TextLayout.of(RecordType.POSITION_EVENT,
        item(PositionEventDescriptor.INSTRUMENT_ID, ""),
        item(PositionEventDescriptor.EVENT, " ").pad(10),
        item(PositionEventDescriptor.SIDE, " ").pad(5),
        item(PositionEventDescriptor.QUANTITY, " qty="),
        item(PositionEventDescriptor.CHANGE, " change="),
        item(PositionEventDescriptor.AVERAGE_ENTRY, " avgEntry="),
        item(PositionEventDescriptor.EXIT_PRICE, " exit="),
        item(PositionEventDescriptor.REALIZED_PNL, " pnl="),
        item(PositionEventDescriptor.FEES, " fees="),
        item(PositionEventDescriptor.STOP_PRICE, " stop="),
        item(PositionEventDescriptor.REASON, " reason=").as(Style.CODE_OR_DASH),
        item(PositionEventDescriptor.POSITION_ID, " pos="),
        item(PositionEventDescriptor.ENTRY_TIME, " entered=").as(Style.CLOCK_TIME));

    private static final TextLayout PORTFOLIO_EVENT = TextLayout.of(RecordType.PORTFOLIO_EVENT,
        item(PortfolioEventDescriptor.EVENT, "").pad(15),
        item(PortfolioEventDescriptor.LEVEL, " level="),
        item(PortfolioEventDescriptor.EQUITY, " equity="),
        item(PortfolioEventDescriptor.CASH, " cash="),
        item(PortfolioEventDescriptor.EXPOSURE, " exposure="),
        item(PortfolioEventDescriptor.DRAWDOWN_BPS, " dd=").as(Style.PERCENT),
        item(PortfolioEventDescriptor.HEALTH, " health=").as(Style.TENTHS),
        item(PortfolioEventDescriptor.OPEN_POSITIONS, " positions="),
        item(PortfolioEventDescriptor.HALTED, " HALTED").as(Style.LABEL_ONLY).whenSet());

    private TradingRecordText()
    {
    }

    /**
     * @param type a trading record type.
     * @return its text layout.
     * @throws IllegalArgumentException for a record type that is not a trading record.
     */
    static TextLayout layout(final RecordType type)
    {
        return switch (type)
        {
            case SIGNAL -> SIGNAL;
            case ORDER_INTENT -> ORDER_INTENT;
            case ORDER_EVENT -> ORDER_EVENT;
            case RISK_REJECT -> RISK_REJECT;
            case POSITION_EVENT -> POSITION_EVENT;
            case PORTFOLIO_EVENT -> PORTFOLIO_EVENT;
            default -> throw new IllegalArgumentException(type + " is not a trading record");
        };
    }
}
