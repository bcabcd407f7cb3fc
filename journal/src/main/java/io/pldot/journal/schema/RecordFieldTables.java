package io.pldot.journal.schema;

import io.pldot.journal.schema.RecordField.Display;

import java.util.ArrayList;
import java.util.List;

/**
 * The field table of every record type: the descriptors' own field constants, in the order tools see them (no name
 * or offset is written twice). The switch over {@link RecordType} is exhaustive, so a new record type does not compile
 * until it is listed here; the trading records' JSON and text are printed from these rows.
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
                TradeTickDescriptor.INSTRUMENT_ID, TradeTickDescriptor.SIDE, TradeTickDescriptor.PRICE,
                TradeTickDescriptor.QUANTITY, TradeTickDescriptor.VENUE_TRADE_ID);
            case TIMER -> RecordFieldTable.of(TimerDescriptor.class, TimerDescriptor.LENGTH,
                TimerDescriptor.TIMER_ID);
            case FEED_STATUS -> RecordFieldTable.of(FeedStatusDescriptor.class, FeedStatusDescriptor.LENGTH,
                FeedStatusDescriptor.INSTRUMENT_ID, FeedStatusDescriptor.STATUS);
            case CANDLE_CLOSED -> candle();
            case INPUT_REJECTED -> RecordFieldTable.of(InputRejectedDescriptor.class, InputRejectedDescriptor.LENGTH,
                InputRejectedDescriptor.INSTRUMENT_ID, InputRejectedDescriptor.REASON,
                InputRejectedDescriptor.REJECTED_TYPE_ID, InputRejectedDescriptor.DETAIL);
            case INDICATOR_SNAPSHOT -> snapshot();
            case PATTERN_EVENT -> RecordFieldTable.of(PatternEventDescriptor.class, PatternEventDescriptor.LENGTH,
                PatternEventDescriptor.INSTRUMENT_ID, PatternEventDescriptor.TIMEFRAME_SECONDS,
                PatternEventDescriptor.PATTERN, PatternEventDescriptor.DIRECTION, PatternEventDescriptor.PHASE,
                PatternEventDescriptor.START_TIME, PatternEventDescriptor.END_TIME, PatternEventDescriptor.STRENGTH);
            case ZONE_EVENT -> level(AnalyticsCodes.ZoneKind.class, AnalyticsCodes.ZoneStatus.class);
            case GAP_EVENT -> level(AnalyticsCodes.GapDirection.class, AnalyticsCodes.GapStatus.class);
            case SIGNAL -> RecordFieldTable.of(SignalDescriptor.class, SignalDescriptor.LENGTH,
                SignalDescriptor.INSTRUMENT_ID, SignalDescriptor.TIMEFRAME_SECONDS, SignalDescriptor.TYPE,
                SignalDescriptor.STRATEGY, SignalDescriptor.ENTRY_PRICE, SignalDescriptor.STOP_PRICE,
                SignalDescriptor.TARGET_PRICE, SignalDescriptor.CONFIDENCE, SignalDescriptor.STRENGTH,
                SignalDescriptor.ALIGNMENT, SignalDescriptor.CONFLUENCE, SignalDescriptor.RISK_LEVEL,
                SignalDescriptor.RANK, SignalDescriptor.HIGHER_DIRECTION, SignalDescriptor.TRADING_DIRECTION,
                SignalDescriptor.STATE, SignalDescriptor.PATTERN, SignalDescriptor.BAR_TIME);
            case ORDER_INTENT -> RecordFieldTable.of(OrderIntentDescriptor.class, OrderIntentDescriptor.LENGTH,
                OrderIntentDescriptor.INSTRUMENT_ID, OrderIntentDescriptor.SIDE, OrderIntentDescriptor.ORDER_TYPE,
                OrderIntentDescriptor.REASON, OrderIntentDescriptor.CLIENT_ORDER_ID, OrderIntentDescriptor.POSITION_ID,
                OrderIntentDescriptor.QUANTITY, OrderIntentDescriptor.PRICE, OrderIntentDescriptor.REFERENCE_PRICE,
                OrderIntentDescriptor.STOP_PRICE, OrderIntentDescriptor.SIGNAL_TYPE, OrderIntentDescriptor.STRATEGY,
                OrderIntentDescriptor.RANK);
            case ORDER_EVENT -> RecordFieldTable.of(OrderEventDescriptor.class, OrderEventDescriptor.LENGTH,
                OrderEventDescriptor.INSTRUMENT_ID, OrderEventDescriptor.EVENT, OrderEventDescriptor.SIDE,
                OrderEventDescriptor.LIQUIDITY, OrderEventDescriptor.REJECT_REASON,
                OrderEventDescriptor.CLIENT_ORDER_ID, OrderEventDescriptor.PRICE, OrderEventDescriptor.QUANTITY,
                OrderEventDescriptor.REMAINING, OrderEventDescriptor.FEE);
            case RISK_REJECT -> RecordFieldTable.of(RiskRejectDescriptor.class, RiskRejectDescriptor.LENGTH,
                RiskRejectDescriptor.INSTRUMENT_ID, RiskRejectDescriptor.REASON, RiskRejectDescriptor.SIGNAL_TYPE,
                RiskRejectDescriptor.STRATEGY, RiskRejectDescriptor.RANK, RiskRejectDescriptor.ENTRY_PRICE,
                RiskRejectDescriptor.STOP_PRICE, RiskRejectDescriptor.DETAIL, RiskRejectDescriptor.CONFIDENCE);
            case POSITION_EVENT -> RecordFieldTable.of(PositionEventDescriptor.class, PositionEventDescriptor.LENGTH,
                PositionEventDescriptor.INSTRUMENT_ID, PositionEventDescriptor.EVENT, PositionEventDescriptor.SIDE,
                PositionEventDescriptor.REASON, PositionEventDescriptor.POSITION_ID, PositionEventDescriptor.QUANTITY,
                PositionEventDescriptor.CHANGE, PositionEventDescriptor.AVERAGE_ENTRY,
                PositionEventDescriptor.EXIT_PRICE, PositionEventDescriptor.REALIZED_PNL, PositionEventDescriptor.FEES,
                PositionEventDescriptor.STOP_PRICE, PositionEventDescriptor.ENTRY_TIME,
                PositionEventDescriptor.SIGNAL_TYPE, PositionEventDescriptor.STRATEGY,
                PositionEventDescriptor.CONFIDENCE);
            case PORTFOLIO_EVENT -> RecordFieldTable.of(PortfolioEventDescriptor.class, PortfolioEventDescriptor.LENGTH,
                PortfolioEventDescriptor.CASH_SCALE, PortfolioEventDescriptor.EVENT, PortfolioEventDescriptor.LEVEL,
                PortfolioEventDescriptor.HALTED, PortfolioEventDescriptor.OPEN_POSITIONS, PortfolioEventDescriptor.CASH,
                PortfolioEventDescriptor.EQUITY, PortfolioEventDescriptor.EXPOSURE, PortfolioEventDescriptor.DAY_HIGH,
                PortfolioEventDescriptor.DRAWDOWN_BPS, PortfolioEventDescriptor.HEALTH);
        };
    }

    private static RecordFieldTable candle()
    {
        return RecordFieldTable.of(CandleClosedDescriptor.class, CandleClosedDescriptor.LENGTH,
            CandleClosedDescriptor.INSTRUMENT_ID, CandleClosedDescriptor.TIMEFRAME_SECONDS,
            CandleClosedDescriptor.OPEN_TIME, CandleClosedDescriptor.OPEN, CandleClosedDescriptor.HIGH,
            CandleClosedDescriptor.LOW, CandleClosedDescriptor.CLOSE, CandleClosedDescriptor.VOLUME,
            CandleClosedDescriptor.BUY_VOLUME, CandleClosedDescriptor.SELL_VOLUME, CandleClosedDescriptor.TRADE_COUNT,
            CandleClosedDescriptor.BUY_COUNT, CandleClosedDescriptor.SELL_COUNT);
    }

    private static RecordFieldTable level(final Class<? extends Enum<?>> kinds, final Class<? extends Enum<?>> statuses)
    {
        return RecordFieldTable.of(LevelEventDescriptor.class, LevelEventDescriptor.LENGTH,
            LevelEventDescriptor.INSTRUMENT_ID, LevelEventDescriptor.TIMEFRAME_SECONDS,
            LevelEventDescriptor.KIND.withCodes(kinds), LevelEventDescriptor.STATUS.withCodes(statuses),
            LevelEventDescriptor.TEST_COUNT, LevelEventDescriptor.FIRST_SEEN, LevelEventDescriptor.LAST_TOUCHED,
            LevelEventDescriptor.LOW, LevelEventDescriptor.HIGH, LevelEventDescriptor.STRENGTH);
    }

    private static RecordFieldTable snapshot()
    {
        final List<RecordField> fields = new ArrayList<>(List.of(
            IndicatorSnapshotDescriptor.INSTRUMENT_ID, IndicatorSnapshotDescriptor.TIMEFRAME_SECONDS,
            IndicatorSnapshotDescriptor.OPEN_TIME, IndicatorSnapshotDescriptor.PRESENCE,
            IndicatorSnapshotDescriptor.STATE, IndicatorSnapshotDescriptor.PREVIOUS_STATE,
            IndicatorSnapshotDescriptor.TREND, IndicatorSnapshotDescriptor.SLOPE_TREND,
            IndicatorSnapshotDescriptor.REGIME, IndicatorSnapshotDescriptor.PROFILE_SHAPE,
            IndicatorSnapshotDescriptor.PATTERNS, IndicatorSnapshotDescriptor.BARS_IN_STATE));
        for (int slot = 0; slot < IndicatorField.EMA_SLOTS; slot++)
        {
            fields.add(U16Field.of("emaPeriod" + slot, IndicatorSnapshotDescriptor.EMA_PERIODS_OFFSET + 2 * slot,
                Display.INTEGER));
        }
        for (final IndicatorField field : IndicatorField.all())
        {
            fields.add(F64Field.of(field.column(), IndicatorSnapshotDescriptor.VALUES_OFFSET + 8 * field.ordinal(),
                Display.NUMBER));
        }
        return new RecordFieldTable(IndicatorSnapshotDescriptor.class, IndicatorSnapshotDescriptor.LENGTH,
            List.copyOf(fields));
    }
}
