package io.pldot.journal.schema;

import io.pldot.journal.schema.RecordField.Display;
import io.pldot.journal.schema.RecordField.Width;

import java.util.ArrayList;
import java.util.List;

import static io.pldot.journal.schema.RecordField.code;
import static io.pldot.journal.schema.RecordField.field;

/**
 * The field table of every record type, built from the descriptors' offset constants. The switch over
 * {@link RecordType} is exhaustive, so a new record type does not compile until it is described here; the
 * trading records' JSON is printed from these rows in their order.
 * <p>
 * Tables are built once, at class initialisation. Immutable; safe from any thread.
 */
public final class RecordFieldTables
{
    private static final RecordFieldTable[] BY_TYPE = new RecordFieldTable[RecordType.values().length];

    static
    {
        for (final RecordType type : RecordType.values())
        {
            BY_TYPE[type.ordinal()] = build(type);
        }
    }

    private RecordFieldTables()
    {
    }

    /**
     * @param type a record type.
     * @return its field table.
     */
    public static RecordFieldTable of(final RecordType type)
    {
        return BY_TYPE[type.ordinal()];
    }

    private static RecordFieldTable build(final RecordType type)
    {
        return switch (type)
        {
            case TRADE_TICK -> RecordFieldTable.of(TradeTickDescriptor.class, TradeTickDescriptor.LENGTH,
                field("instrument", TradeTickDescriptor.INSTRUMENT_ID_OFFSET, Width.I32, Display.INSTRUMENT),
                field("side", TradeTickDescriptor.SIDE_OFFSET, Width.U8, Display.INTEGER),
                field("price", TradeTickDescriptor.PRICE_OFFSET, Width.I64, Display.PRICE),
                field("quantity", TradeTickDescriptor.QUANTITY_OFFSET, Width.I64, Display.QUANTITY),
                field("venueTradeId", TradeTickDescriptor.VENUE_TRADE_ID_OFFSET, Width.I64, Display.INTEGER));
            case TIMER -> RecordFieldTable.of(TimerDescriptor.class, TimerDescriptor.LENGTH,
                field("timerId", TimerDescriptor.TIMER_ID_OFFSET, Width.I64, Display.INTEGER));
            case FEED_STATUS -> RecordFieldTable.of(FeedStatusDescriptor.class, FeedStatusDescriptor.LENGTH,
                field("instrument", FeedStatusDescriptor.INSTRUMENT_ID_OFFSET, Width.I32, Display.INSTRUMENT),
                field("status", FeedStatusDescriptor.STATUS_OFFSET, Width.U8, Display.INTEGER));
            case CANDLE_CLOSED -> candle();
            case INPUT_REJECTED -> RecordFieldTable.of(InputRejectedDescriptor.class, InputRejectedDescriptor.LENGTH,
                field("instrument", InputRejectedDescriptor.INSTRUMENT_ID_OFFSET, Width.I32, Display.INSTRUMENT),
                field("reason", InputRejectedDescriptor.REASON_OFFSET, Width.I16, Display.INTEGER),
                field("rejectedType", InputRejectedDescriptor.REJECTED_TYPE_ID_OFFSET, Width.U16, Display.INTEGER),
                field("detail", InputRejectedDescriptor.DETAIL_OFFSET, Width.I64, Display.INTEGER));
            case INDICATOR_SNAPSHOT -> snapshot();
            case PATTERN_EVENT -> RecordFieldTable.of(PatternEventDescriptor.class, PatternEventDescriptor.LENGTH,
                field("instrument", PatternEventDescriptor.INSTRUMENT_ID_OFFSET, Width.I32, Display.INSTRUMENT),
                field("timeframe", PatternEventDescriptor.TIMEFRAME_SECONDS_OFFSET, Width.I32, Display.TIMEFRAME),
                code("pattern", PatternEventDescriptor.PATTERN_OFFSET, AnalyticsCodes.Pattern.class),
                code("direction", PatternEventDescriptor.DIRECTION_OFFSET, AnalyticsCodes.Direction.class),
                code("phase", PatternEventDescriptor.PHASE_OFFSET, AnalyticsCodes.PatternPhase.class),
                field("startTime", PatternEventDescriptor.START_TIME_OFFSET, Width.I64, Display.INTEGER),
                field("endTime", PatternEventDescriptor.END_TIME_OFFSET, Width.I64, Display.INTEGER),
                field("strength", PatternEventDescriptor.STRENGTH_OFFSET, Width.F64, Display.NUMBER));
            case ZONE_EVENT -> level(AnalyticsCodes.ZoneKind.class, AnalyticsCodes.ZoneStatus.class);
            case GAP_EVENT -> level(AnalyticsCodes.GapDirection.class, AnalyticsCodes.GapStatus.class);
            case SIGNAL -> RecordFieldTable.of(SignalDescriptor.class, SignalDescriptor.LENGTH,
                field("instrument", SignalDescriptor.INSTRUMENT_ID_OFFSET, Width.I32, Display.INSTRUMENT),
                field("timeframe", SignalDescriptor.TIMEFRAME_SECONDS_OFFSET, Width.I32, Display.TIMEFRAME),
                code("signal", SignalDescriptor.TYPE_OFFSET, TradingCodes.SignalType.class),
                field("strategy", SignalDescriptor.STRATEGY_OFFSET, Width.U8, Display.INTEGER),
                field("entry", SignalDescriptor.ENTRY_PRICE_OFFSET, Width.I64, Display.PRICE),
                field("stop", SignalDescriptor.STOP_PRICE_OFFSET, Width.I64, Display.OPTIONAL_PRICE),
                field("target", SignalDescriptor.TARGET_PRICE_OFFSET, Width.I64, Display.OPTIONAL_PRICE),
                field("confidence", SignalDescriptor.CONFIDENCE_OFFSET, Width.F64, Display.NUMBER),
                field("strength", SignalDescriptor.STRENGTH_OFFSET, Width.F64, Display.NUMBER),
                field("alignment", SignalDescriptor.ALIGNMENT_OFFSET, Width.F64, Display.NUMBER),
                field("confluence", SignalDescriptor.CONFLUENCE_OFFSET, Width.F64, Display.NUMBER),
                code("riskLevel", SignalDescriptor.RISK_LEVEL_OFFSET, TradingCodes.RiskLevel.class),
                field("rank", SignalDescriptor.RANK_OFFSET, Width.U8, Display.INTEGER),
                code("higherDirection", SignalDescriptor.HIGHER_DIRECTION_OFFSET, AnalyticsCodes.Direction.class),
                code("tradingDirection", SignalDescriptor.TRADING_DIRECTION_OFFSET, AnalyticsCodes.Direction.class),
                code("state", SignalDescriptor.STATE_OFFSET, AnalyticsCodes.MarketState.class),
                code("pattern", SignalDescriptor.PATTERN_OFFSET, AnalyticsCodes.Pattern.class),
                field("barTime", SignalDescriptor.BAR_TIME_OFFSET, Width.I64, Display.INTEGER));
            case ORDER_INTENT -> RecordFieldTable.of(OrderIntentDescriptor.class, OrderIntentDescriptor.LENGTH,
                field("instrument", OrderIntentDescriptor.INSTRUMENT_ID_OFFSET, Width.I32, Display.INSTRUMENT),
                code("side", OrderIntentDescriptor.SIDE_OFFSET, TradingCodes.OrderSide.class),
                code("orderType", OrderIntentDescriptor.ORDER_TYPE_OFFSET, TradingCodes.OrderType.class),
                code("reason", OrderIntentDescriptor.REASON_OFFSET, TradingCodes.OrderReason.class),
                field("clientOrderId", OrderIntentDescriptor.CLIENT_ORDER_ID_OFFSET, Width.I64, Display.INTEGER),
                field("positionId", OrderIntentDescriptor.POSITION_ID_OFFSET, Width.I64, Display.INTEGER),
                field("quantity", OrderIntentDescriptor.QUANTITY_OFFSET, Width.I64, Display.QUANTITY),
                field("price", OrderIntentDescriptor.PRICE_OFFSET, Width.I64, Display.OPTIONAL_PRICE),
                field("referencePrice", OrderIntentDescriptor.REFERENCE_PRICE_OFFSET, Width.I64, Display.OPTIONAL_PRICE),
                field("stop", OrderIntentDescriptor.STOP_PRICE_OFFSET, Width.I64, Display.OPTIONAL_PRICE),
                code("signal", OrderIntentDescriptor.SIGNAL_TYPE_OFFSET, TradingCodes.SignalType.class),
                field("strategy", OrderIntentDescriptor.STRATEGY_OFFSET, Width.U8, Display.INTEGER),
                field("rank", OrderIntentDescriptor.RANK_OFFSET, Width.U8, Display.INTEGER));
            case ORDER_EVENT -> RecordFieldTable.of(OrderEventDescriptor.class, OrderEventDescriptor.LENGTH,
                field("instrument", OrderEventDescriptor.INSTRUMENT_ID_OFFSET, Width.I32, Display.INSTRUMENT),
                code("event", OrderEventDescriptor.EVENT_OFFSET, TradingCodes.OrderEventType.class),
                code("side", OrderEventDescriptor.SIDE_OFFSET, TradingCodes.OrderSide.class),
                code("liquidity", OrderEventDescriptor.LIQUIDITY_OFFSET, TradingCodes.Liquidity.class),
                code("rejectReason", OrderEventDescriptor.REJECT_REASON_OFFSET, TradingCodes.VenueReject.class),
                field("clientOrderId", OrderEventDescriptor.CLIENT_ORDER_ID_OFFSET, Width.I64, Display.INTEGER),
                field("price", OrderEventDescriptor.PRICE_OFFSET, Width.I64, Display.PRICE),
                field("quantity", OrderEventDescriptor.QUANTITY_OFFSET, Width.I64, Display.QUANTITY),
                field("remaining", OrderEventDescriptor.REMAINING_OFFSET, Width.I64, Display.QUANTITY),
                field("fee", OrderEventDescriptor.FEE_OFFSET, Width.I64, Display.PRICE));
            case RISK_REJECT -> RecordFieldTable.of(RiskRejectDescriptor.class, RiskRejectDescriptor.LENGTH,
                field("instrument", RiskRejectDescriptor.INSTRUMENT_ID_OFFSET, Width.I32, Display.INSTRUMENT),
                code("reason", RiskRejectDescriptor.REASON_OFFSET, TradingCodes.RiskRejectReason.class),
                code("signal", RiskRejectDescriptor.SIGNAL_TYPE_OFFSET, TradingCodes.SignalType.class),
                field("strategy", RiskRejectDescriptor.STRATEGY_OFFSET, Width.U8, Display.INTEGER),
                field("rank", RiskRejectDescriptor.RANK_OFFSET, Width.U8, Display.INTEGER),
                field("entry", RiskRejectDescriptor.ENTRY_PRICE_OFFSET, Width.I64, Display.PRICE),
                field("stop", RiskRejectDescriptor.STOP_PRICE_OFFSET, Width.I64, Display.OPTIONAL_PRICE),
                field("detail", RiskRejectDescriptor.DETAIL_OFFSET, Width.I64, Display.INTEGER),
                field("confidence", RiskRejectDescriptor.CONFIDENCE_OFFSET, Width.F64, Display.NUMBER));
            case POSITION_EVENT -> RecordFieldTable.of(PositionEventDescriptor.class, PositionEventDescriptor.LENGTH,
                field("instrument", PositionEventDescriptor.INSTRUMENT_ID_OFFSET, Width.I32, Display.INSTRUMENT),
                code("event", PositionEventDescriptor.EVENT_OFFSET, TradingCodes.PositionEventType.class),
                code("side", PositionEventDescriptor.SIDE_OFFSET, TradingCodes.PositionSide.class),
                code("reason", PositionEventDescriptor.REASON_OFFSET, TradingCodes.OrderReason.class),
                field("positionId", PositionEventDescriptor.POSITION_ID_OFFSET, Width.I64, Display.INTEGER),
                field("quantity", PositionEventDescriptor.QUANTITY_OFFSET, Width.I64, Display.QUANTITY),
                field("change", PositionEventDescriptor.CHANGE_OFFSET, Width.I64, Display.QUANTITY),
                field("averageEntry", PositionEventDescriptor.AVERAGE_ENTRY_OFFSET, Width.I64, Display.PRICE),
                field("exitPrice", PositionEventDescriptor.EXIT_PRICE_OFFSET, Width.I64, Display.OPTIONAL_PRICE),
                field("realizedPnl", PositionEventDescriptor.REALIZED_PNL_OFFSET, Width.I64, Display.PRICE),
                field("fees", PositionEventDescriptor.FEES_OFFSET, Width.I64, Display.PRICE),
                field("stop", PositionEventDescriptor.STOP_PRICE_OFFSET, Width.I64, Display.OPTIONAL_PRICE),
                field("entryTime", PositionEventDescriptor.ENTRY_TIME_OFFSET, Width.I64, Display.INTEGER),
                code("signal", PositionEventDescriptor.SIGNAL_TYPE_OFFSET, TradingCodes.SignalType.class),
                field("strategy", PositionEventDescriptor.STRATEGY_OFFSET, Width.U8, Display.INTEGER),
                field("confidence", PositionEventDescriptor.CONFIDENCE_OFFSET, Width.F64, Display.NUMBER));
            case PORTFOLIO_EVENT -> RecordFieldTable.of(PortfolioEventDescriptor.class, PortfolioEventDescriptor.LENGTH,
                field("cashScale", PortfolioEventDescriptor.CASH_SCALE_OFFSET, Width.U8, Display.SCALE),
                code("event", PortfolioEventDescriptor.EVENT_OFFSET, TradingCodes.PortfolioEventType.class),
                code("level", PortfolioEventDescriptor.LEVEL_OFFSET, TradingCodes.DrawdownLevel.class),
                field("halted", PortfolioEventDescriptor.HALTED_OFFSET, Width.BOOL, Display.FLAG),
                field("openPositions", PortfolioEventDescriptor.OPEN_POSITIONS_OFFSET, Width.I32, Display.INTEGER),
                field("cash", PortfolioEventDescriptor.CASH_OFFSET, Width.I64, Display.MONEY),
                field("equity", PortfolioEventDescriptor.EQUITY_OFFSET, Width.I64, Display.MONEY),
                field("exposure", PortfolioEventDescriptor.EXPOSURE_OFFSET, Width.I64, Display.MONEY),
                field("dayHigh", PortfolioEventDescriptor.DAY_HIGH_OFFSET, Width.I64, Display.MONEY),
                field("drawdownBps", PortfolioEventDescriptor.DRAWDOWN_BPS_OFFSET, Width.I64, Display.INTEGER),
                field("health", PortfolioEventDescriptor.HEALTH_OFFSET, Width.F64, Display.NUMBER));
        };
    }

    private static RecordFieldTable candle()
    {
        return RecordFieldTable.of(CandleClosedDescriptor.class, CandleClosedDescriptor.LENGTH,
            field("instrument", CandleClosedDescriptor.INSTRUMENT_ID_OFFSET, Width.I32, Display.INSTRUMENT),
            field("timeframe", CandleClosedDescriptor.TIMEFRAME_SECONDS_OFFSET, Width.I32, Display.TIMEFRAME),
            field("openTime", CandleClosedDescriptor.OPEN_TIME_OFFSET, Width.I64, Display.INTEGER),
            field("open", CandleClosedDescriptor.OPEN_OFFSET, Width.I64, Display.PRICE),
            field("high", CandleClosedDescriptor.HIGH_OFFSET, Width.I64, Display.PRICE),
            field("low", CandleClosedDescriptor.LOW_OFFSET, Width.I64, Display.PRICE),
            field("close", CandleClosedDescriptor.CLOSE_OFFSET, Width.I64, Display.PRICE),
            field("volume", CandleClosedDescriptor.VOLUME_OFFSET, Width.I64, Display.QUANTITY),
            field("buyVolume", CandleClosedDescriptor.BUY_VOLUME_OFFSET, Width.I64, Display.QUANTITY),
            field("sellVolume", CandleClosedDescriptor.SELL_VOLUME_OFFSET, Width.I64, Display.QUANTITY),
            field("trades", CandleClosedDescriptor.TRADE_COUNT_OFFSET, Width.I32, Display.INTEGER),
            field("buyTrades", CandleClosedDescriptor.BUY_COUNT_OFFSET, Width.I32, Display.INTEGER),
            field("sellTrades", CandleClosedDescriptor.SELL_COUNT_OFFSET, Width.I32, Display.INTEGER));
    }

    private static RecordFieldTable level(final Class<? extends Enum<?>> kinds, final Class<? extends Enum<?>> statuses)
    {
        return RecordFieldTable.of(LevelEventDescriptor.class, LevelEventDescriptor.LENGTH,
            field("instrument", LevelEventDescriptor.INSTRUMENT_ID_OFFSET, Width.I32, Display.INSTRUMENT),
            field("timeframe", LevelEventDescriptor.TIMEFRAME_SECONDS_OFFSET, Width.I32, Display.TIMEFRAME),
            code("kind", LevelEventDescriptor.KIND_OFFSET, kinds),
            code("status", LevelEventDescriptor.STATUS_OFFSET, statuses),
            field("testCount", LevelEventDescriptor.TEST_COUNT_OFFSET, Width.I32, Display.INTEGER),
            field("firstSeen", LevelEventDescriptor.FIRST_SEEN_OFFSET, Width.I64, Display.INTEGER),
            field("lastTouched", LevelEventDescriptor.LAST_TOUCHED_OFFSET, Width.I64, Display.INTEGER),
            field("low", LevelEventDescriptor.LOW_OFFSET, Width.F64, Display.NUMBER),
            field("high", LevelEventDescriptor.HIGH_OFFSET, Width.F64, Display.NUMBER),
            field("strength", LevelEventDescriptor.STRENGTH_OFFSET, Width.F64, Display.NUMBER));
    }

    private static RecordFieldTable snapshot()
    {
        final List<RecordField> fields = new ArrayList<>(List.of(
            field("instrument", IndicatorSnapshotDescriptor.INSTRUMENT_ID_OFFSET, Width.I32, Display.INSTRUMENT),
            field("timeframe", IndicatorSnapshotDescriptor.TIMEFRAME_SECONDS_OFFSET, Width.I32, Display.TIMEFRAME),
            field("openTime", IndicatorSnapshotDescriptor.OPEN_TIME_OFFSET, Width.I64, Display.INTEGER),
            field("presence", IndicatorSnapshotDescriptor.PRESENCE_OFFSET, Width.I64, Display.INTEGER),
            code("state", IndicatorSnapshotDescriptor.STATE_OFFSET, AnalyticsCodes.MarketState.class),
            code("previousState", IndicatorSnapshotDescriptor.PREVIOUS_STATE_OFFSET, AnalyticsCodes.MarketState.class),
            code("trend", IndicatorSnapshotDescriptor.TREND_OFFSET, AnalyticsCodes.Direction.class),
            code("slopeTrend", IndicatorSnapshotDescriptor.SLOPE_TREND_OFFSET, AnalyticsCodes.Slope.class),
            code("regime", IndicatorSnapshotDescriptor.REGIME_OFFSET, AnalyticsCodes.Regime.class),
            code("profileShape", IndicatorSnapshotDescriptor.PROFILE_SHAPE_OFFSET, AnalyticsCodes.ProfileShape.class),
            field("patterns", IndicatorSnapshotDescriptor.PATTERNS_OFFSET, Width.U8, Display.INTEGER),
            field("barsInState", IndicatorSnapshotDescriptor.BARS_IN_STATE_OFFSET, Width.I32, Display.INTEGER)));
        for (int slot = 0; slot < IndicatorField.EMA_SLOTS; slot++)
        {
            fields.add(field("emaPeriod" + slot, IndicatorSnapshotDescriptor.EMA_PERIODS_OFFSET + 2 * slot, Width.U16,
                Display.INTEGER));
        }
        for (final IndicatorField field : IndicatorField.all())
        {
            fields.add(field(field.column(), IndicatorSnapshotDescriptor.VALUES_OFFSET + 8 * field.ordinal(), Width.F64,
                Display.NUMBER));
        }
        return new RecordFieldTable(IndicatorSnapshotDescriptor.class, IndicatorSnapshotDescriptor.LENGTH,
            List.copyOf(fields));
    }
}
