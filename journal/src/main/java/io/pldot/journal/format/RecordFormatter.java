package io.pldot.journal.format;

import io.pldot.journal.instrument.FixedPoint;
import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.AnalyticsCodes;
import io.pldot.journal.schema.CandleClosedDescriptor;
import io.pldot.journal.schema.FeedStatus;
import io.pldot.journal.schema.FeedStatusDescriptor;
import io.pldot.journal.schema.IndicatorField;
import io.pldot.journal.schema.IndicatorSnapshotDescriptor;
import io.pldot.journal.schema.InputRejectedDescriptor;
import io.pldot.journal.schema.LevelEventDescriptor;
import io.pldot.journal.schema.OrderEventDescriptor;
import io.pldot.journal.schema.OrderIntentDescriptor;
import io.pldot.journal.schema.PatternEventDescriptor;
import io.pldot.journal.schema.PositionEventDescriptor;
import io.pldot.journal.schema.RecordFieldTables;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.RejectReason;
import io.pldot.journal.schema.RiskRejectDescriptor;
import io.pldot.journal.schema.SignalDescriptor;
import io.pldot.journal.schema.Side;
import io.pldot.journal.schema.TimerDescriptor;
import io.pldot.journal.schema.TradeTickDescriptor;
import org.agrona.DirectBuffer;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Renders journal records for people (one aligned line) and for tools (one JSON object per line,
 * for {@code jq}). Prices and quantities are printed as exact decimals at the instrument's scale;
 * times in the configured zone (UTC by default) for text, epoch nanoseconds for JSON.
 * <p>
 * Used by the tail viewer, off the hot path; allocates freely. Not thread-safe (reuses a builder).
 */
public final class RecordFormatter
{
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private final InstrumentRegistry registry;
    private final DateTimeFormatter time;
    private final StringBuilder sb = new StringBuilder(256);

    /**
     * @param registry to resolve instrument ids to symbols and scales.
     * @param zone     in which text lines show times.
     */
    public RecordFormatter(final InstrumentRegistry registry, final ZoneId zone)
    {
        this.registry = registry;
        this.time = TIME.withZone(zone);
    }

    /**
     * @param buffer holding the record.
     * @param offset of the record.
     * @return the instrument id the record refers to, or 0 when it has none.
     */
    public static int instrumentId(final DirectBuffer buffer, final int offset)
    {
        final RecordType type = RecordType.of(RecordHeaderDescriptor.typeId(buffer, offset));
        if (type == null)
        {
            return 0;
        }
        return switch (type)
        {
            case TRADE_TICK -> TradeTickDescriptor.INSTRUMENT_ID.get(buffer, offset);
            case FEED_STATUS -> FeedStatusDescriptor.INSTRUMENT_ID.get(buffer, offset);
            case CANDLE_CLOSED -> CandleClosedDescriptor.INSTRUMENT_ID.get(buffer, offset);
            case INPUT_REJECTED -> InputRejectedDescriptor.INSTRUMENT_ID.get(buffer, offset);
            case INDICATOR_SNAPSHOT -> IndicatorSnapshotDescriptor.INSTRUMENT_ID.get(buffer, offset);
            case PATTERN_EVENT -> PatternEventDescriptor.INSTRUMENT_ID.get(buffer, offset);
            case ZONE_EVENT, GAP_EVENT -> LevelEventDescriptor.INSTRUMENT_ID.get(buffer, offset);
            case SIGNAL -> SignalDescriptor.INSTRUMENT_ID.get(buffer, offset);
            case ORDER_INTENT -> OrderIntentDescriptor.INSTRUMENT_ID.get(buffer, offset);
            case ORDER_EVENT -> OrderEventDescriptor.INSTRUMENT_ID.get(buffer, offset);
            case RISK_REJECT -> RiskRejectDescriptor.INSTRUMENT_ID.get(buffer, offset);
            case POSITION_EVENT -> PositionEventDescriptor.INSTRUMENT_ID.get(buffer, offset);
            case TIMER, PORTFOLIO_EVENT -> 0;
        };
    }

    /**
     * @param buffer holding the record.
     * @param offset of the record.
     * @return one human-readable line.
     */
    public String toText(final DirectBuffer buffer, final int offset)
    {
        sb.setLength(0);
        final int typeId = RecordHeaderDescriptor.typeId(buffer, offset);
        final RecordType type = RecordType.of(typeId);
        sb.append(String.format("%8d  ", RecordHeaderDescriptor.sequence(buffer, offset)));
        sb.append(time.format(instant(RecordHeaderDescriptor.tsEvent(buffer, offset)))).append("  ");
        if (type == null)
        {
            return sb.append("UNKNOWN type=").append(typeId).append(" length=")
                .append(RecordHeaderDescriptor.length(buffer, offset)).toString();
        }
        sb.append(String.format("%-18s ", type.displayName()));
        switch (type)
        {
            case TRADE_TICK ->
            {
                final Instrument i = registry.byId(TradeTickDescriptor.INSTRUMENT_ID.get(buffer, offset));
                symbol(i, TradeTickDescriptor.INSTRUMENT_ID.get(buffer, offset));
                sb.append(' ').append(String.format("%-4s", side(TradeTickDescriptor.SIDE.get(buffer, offset))));
                sb.append(' ');
                price(i, TradeTickDescriptor.PRICE.get(buffer, offset));
                sb.append(" x ");
                quantity(i, TradeTickDescriptor.QUANTITY.get(buffer, offset));
                sb.append("  id=").append(TradeTickDescriptor.VENUE_TRADE_ID.get(buffer, offset));
            }
            case TIMER -> sb.append("timer=").append(TimerDescriptor.TIMER_ID.get(buffer, offset));
            case FEED_STATUS ->
            {
                final int id = FeedStatusDescriptor.INSTRUMENT_ID.get(buffer, offset);
                if (id == FeedStatusDescriptor.ALL_INSTRUMENTS)
                {
                    sb.append("ALL");
                }
                else
                {
                    symbol(registry.byId(id), id);
                }
                sb.append(' ').append(FeedStatus.of(FeedStatusDescriptor.STATUS.get(buffer, offset)));
            }
            case CANDLE_CLOSED -> candleText(buffer, offset);
            case INDICATOR_SNAPSHOT -> AnalyticsRecordText.snapshot(this, buffer, offset);
            case PATTERN_EVENT -> AnalyticsRecordText.pattern(this, buffer, offset);
            case ZONE_EVENT, GAP_EVENT -> AnalyticsRecordText.level(this, type, buffer, offset);
            case SIGNAL, ORDER_INTENT, ORDER_EVENT, RISK_REJECT, POSITION_EVENT, PORTFOLIO_EVENT ->
                FieldTableText.append(this, TradingRecordText.layout(type), buffer, offset);
            case INPUT_REJECTED ->
            {
                final int id = InputRejectedDescriptor.INSTRUMENT_ID.get(buffer, offset);
                symbol(registry.byId(id), id);
                final RejectReason reason = RejectReason.of(InputRejectedDescriptor.REASON.get(buffer, offset));
                final RecordType rejected = RecordType.of(InputRejectedDescriptor.REJECTED_TYPE_ID.get(buffer, offset));
                sb.append(' ').append(reason == null ? "reason#" + InputRejectedDescriptor.REASON.get(buffer, offset) :
                    reason.name());
                sb.append(" of ").append(rejected == null ? "type#" +
                    InputRejectedDescriptor.REJECTED_TYPE_ID.get(buffer, offset) : rejected.displayName());
                sb.append(" detail=").append(InputRejectedDescriptor.DETAIL.get(buffer, offset));
                if (reason != null)
                {
                    sb.append(" (").append(reason.description()).append(')');
                }
            }
            default -> throw new IllegalStateException("unhandled " + type);
        }
        return sb.toString();
    }

    /**
     * @param buffer holding the record.
     * @param offset of the record.
     * @return one JSON object, no trailing newline.
     */
    public String toJson(final DirectBuffer buffer, final int offset)
    {
        sb.setLength(0);
        final int typeId = RecordHeaderDescriptor.typeId(buffer, offset);
        final RecordType type = RecordType.of(typeId);
        sb.append("{\"type\":\"").append(type == null ? "unknown" : type.displayName()).append('"');
        sb.append(",\"typeId\":").append(typeId);
        sb.append(",\"version\":").append(RecordHeaderDescriptor.version(buffer, offset));
        sb.append(",\"sequence\":").append(RecordHeaderDescriptor.sequence(buffer, offset));
        sb.append(",\"tsEvent\":").append(RecordHeaderDescriptor.tsEvent(buffer, offset));
        sb.append(",\"tsRecv\":").append(RecordHeaderDescriptor.tsRecv(buffer, offset));
        sb.append(",\"time\":\"").append(instant(RecordHeaderDescriptor.tsEvent(buffer, offset))).append('"');
        if (type != null)
        {
            switch (type)
            {
                case TRADE_TICK ->
                {
                    final int id = TradeTickDescriptor.INSTRUMENT_ID.get(buffer, offset);
                    final Instrument i = registry.byId(id);
                    jsonSymbol(i, id);
                    sb.append(",\"side\":\"").append(side(TradeTickDescriptor.SIDE.get(buffer, offset))).append('"');
                    sb.append(",\"price\":");
                    jsonDecimal(i == null ? 0 : i.priceScale(), TradeTickDescriptor.PRICE.get(buffer, offset));
                    sb.append(",\"quantity\":");
                    jsonDecimal(i == null ? 0 : i.quantityScale(), TradeTickDescriptor.QUANTITY.get(buffer, offset));
                    sb.append(",\"venueTradeId\":").append(TradeTickDescriptor.VENUE_TRADE_ID.get(buffer, offset));
                }
                case TIMER -> sb.append(",\"timerId\":").append(TimerDescriptor.TIMER_ID.get(buffer, offset));
                case FEED_STATUS ->
                {
                    final int id = FeedStatusDescriptor.INSTRUMENT_ID.get(buffer, offset);
                    jsonSymbol(registry.byId(id), id);
                    sb.append(",\"status\":\"").append(FeedStatus.of(FeedStatusDescriptor.STATUS.get(buffer, offset)))
                        .append('"');
                }
                case CANDLE_CLOSED -> candleJson(buffer, offset);
                case INDICATOR_SNAPSHOT -> AnalyticsRecordJson.snapshot(this, buffer, offset);
                case PATTERN_EVENT -> AnalyticsRecordJson.pattern(this, buffer, offset);
                case ZONE_EVENT, GAP_EVENT -> AnalyticsRecordJson.level(this, type, buffer, offset);
                case SIGNAL, ORDER_INTENT, ORDER_EVENT, RISK_REJECT, POSITION_EVENT, PORTFOLIO_EVENT ->
                    FieldTableJson.append(this, RecordFieldTables.of(type), buffer, offset);
                case INPUT_REJECTED ->
                {
                    final int id = InputRejectedDescriptor.INSTRUMENT_ID.get(buffer, offset);
                    jsonSymbol(registry.byId(id), id);
                    final RejectReason reason = RejectReason.of(InputRejectedDescriptor.REASON.get(buffer, offset));
                    final RecordType rejected = RecordType.of(InputRejectedDescriptor.REJECTED_TYPE_ID.get(buffer, offset));
                    sb.append(",\"reason\":\"").append(reason == null ? "UNKNOWN" : reason.name()).append('"');
                    sb.append(",\"rejectedType\":\"").append(rejected == null ? "unknown" : rejected.displayName())
                        .append('"');
                    sb.append(",\"detail\":").append(InputRejectedDescriptor.DETAIL.get(buffer, offset));
                }
                default -> throw new IllegalStateException("unhandled " + type);
            }
        }
        return sb.append('}').toString();
    }

    private void candleText(final DirectBuffer b, final int o)
    {
        final int id = CandleClosedDescriptor.INSTRUMENT_ID.get(b, o);
        final Instrument i = registry.byId(id);
        symbol(i, id);
        sb.append(' ').append(String.format("%-4s", timeframeLabel(CandleClosedDescriptor.TIMEFRAME_SECONDS.get(b, o))));
        sb.append(" open=").append(time.format(instant(CandleClosedDescriptor.OPEN_TIME.get(b, o))), 11, 19);
        sb.append(" O=");
        price(i, CandleClosedDescriptor.OPEN.get(b, o));
        sb.append(" H=");
        price(i, CandleClosedDescriptor.HIGH.get(b, o));
        sb.append(" L=");
        price(i, CandleClosedDescriptor.LOW.get(b, o));
        sb.append(" C=");
        price(i, CandleClosedDescriptor.CLOSE.get(b, o));
        sb.append(" V=");
        quantity(i, CandleClosedDescriptor.VOLUME.get(b, o));
        sb.append(" buyV=");
        quantity(i, CandleClosedDescriptor.BUY_VOLUME.get(b, o));
        sb.append(" sellV=");
        quantity(i, CandleClosedDescriptor.SELL_VOLUME.get(b, o));
        sb.append(" trades=").append(CandleClosedDescriptor.TRADE_COUNT.get(b, o))
            .append(" (").append(CandleClosedDescriptor.BUY_COUNT.get(b, o)).append(" buy/")
            .append(CandleClosedDescriptor.SELL_COUNT.get(b, o)).append(" sell)");
    }

    private void candleJson(final DirectBuffer b, final int o)
    {
        final int id = CandleClosedDescriptor.INSTRUMENT_ID.get(b, o);
        final Instrument i = registry.byId(id);
        final int ps = i == null ? 0 : i.priceScale();
        final int qs = i == null ? 0 : i.quantityScale();
        jsonSymbol(i, id);
        sb.append(",\"timeframe\":\"").append(timeframeLabel(CandleClosedDescriptor.TIMEFRAME_SECONDS.get(b, o)))
            .append('"');
        sb.append(",\"timeframeSeconds\":").append(CandleClosedDescriptor.TIMEFRAME_SECONDS.get(b, o));
        sb.append(",\"openTime\":").append(CandleClosedDescriptor.OPEN_TIME.get(b, o));
        sb.append(",\"open\":");
        jsonDecimal(ps, CandleClosedDescriptor.OPEN.get(b, o));
        sb.append(",\"high\":");
        jsonDecimal(ps, CandleClosedDescriptor.HIGH.get(b, o));
        sb.append(",\"low\":");
        jsonDecimal(ps, CandleClosedDescriptor.LOW.get(b, o));
        sb.append(",\"close\":");
        jsonDecimal(ps, CandleClosedDescriptor.CLOSE.get(b, o));
        sb.append(",\"volume\":");
        jsonDecimal(qs, CandleClosedDescriptor.VOLUME.get(b, o));
        sb.append(",\"buyVolume\":");
        jsonDecimal(qs, CandleClosedDescriptor.BUY_VOLUME.get(b, o));
        sb.append(",\"sellVolume\":");
        jsonDecimal(qs, CandleClosedDescriptor.SELL_VOLUME.get(b, o));
        sb.append(",\"trades\":").append(CandleClosedDescriptor.TRADE_COUNT.get(b, o));
        sb.append(",\"buyTrades\":").append(CandleClosedDescriptor.BUY_COUNT.get(b, o));
        sb.append(",\"sellTrades\":").append(CandleClosedDescriptor.SELL_COUNT.get(b, o));
    }

    /**
     * @param seconds timeframe length.
     * @return "1m", "5m", "1h", "1d" or "Ns".
     */
    public static String timeframeLabel(final int seconds)
    {
        if (seconds % 86_400 == 0)
        {
            return seconds / 86_400 + "d";
        }
        if (seconds % 3_600 == 0)
        {
            return seconds / 3_600 + "h";
        }
        if (seconds % 60 == 0)
        {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }

    StringBuilder builder()
    {
        return sb;
    }

    String clockTime(final long epochNanos)
    {
        return time.format(instant(epochNanos)).substring(11, 19);
    }

    void symbolOf(final int id)
    {
        symbol(registry.byId(id), id);
    }

    void jsonSymbolOf(final int id)
    {
        jsonSymbol(registry.byId(id), id);
    }

    /** Appends a fixed-point price of the instrument with this id at its scale. */
    void priceOf(final int instrumentId, final long value)
    {
        price(registry.byId(instrumentId), value);
    }

    /** Appends a fixed-point quantity of the instrument with this id at its scale. */
    void quantityOf(final int instrumentId, final long value)
    {
        quantity(registry.byId(instrumentId), value);
    }

    /** Appends a fixed-point price as a JSON decimal string. */
    void jsonPriceOf(final int instrumentId, final long value)
    {
        final Instrument instrument = registry.byId(instrumentId);
        jsonDecimal(instrument == null ? 0 : instrument.priceScale(), value);
    }

    /** Appends a fixed-point quantity as a JSON decimal string. */
    void jsonQuantityOf(final int instrumentId, final long value)
    {
        final Instrument instrument = registry.byId(instrumentId);
        jsonDecimal(instrument == null ? 0 : instrument.quantityScale(), value);
    }

    private void symbol(final Instrument instrument, final int id)
    {
        sb.append(String.format("%-8s", instrument == null ? "#" + id : instrument.symbol()));
    }

    private void jsonSymbol(final Instrument instrument, final int id)
    {
        sb.append(",\"instrumentId\":").append(id);
        if (instrument != null)
        {
            sb.append(",\"symbol\":\"").append(instrument.symbol()).append('"');
        }
    }

    private void price(final Instrument instrument, final long value)
    {
        FixedPoint.append(value, instrument == null ? 0 : instrument.priceScale(), sb);
    }

    private void quantity(final Instrument instrument, final long value)
    {
        FixedPoint.append(value, instrument == null ? 0 : instrument.quantityScale(), sb);
    }

    private void jsonDecimal(final int scale, final long value)
    {
        // Decimal strings keep exactness through jq and JavaScript (no binary floating point).
        sb.append('"');
        FixedPoint.append(value, scale, sb);
        sb.append('"');
    }

    private static String side(final int code)
    {
        final Side side = Side.of(code);
        return side == null ? "?" + code : side.name();
    }

    private static Instant instant(final long epochNanos)
    {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L));
    }
}
