package io.pldot.journal.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.CandleClosedDescriptor;
import io.pldot.journal.schema.FeedStatus;
import io.pldot.journal.schema.FeedStatusDescriptor;
import io.pldot.journal.schema.InputRejectedDescriptor;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.RejectReason;
import io.pldot.journal.schema.Side;
import io.pldot.journal.schema.TimerDescriptor;
import io.pldot.journal.schema.TradeTickDescriptor;
import org.agrona.concurrent.UnsafeBuffer;
import io.pldot.journal.schema.AnalyticsCodes;
import io.pldot.journal.schema.IndicatorField;
import io.pldot.journal.schema.IndicatorSnapshotDescriptor;
import io.pldot.journal.schema.LevelEventDescriptor;
import io.pldot.journal.schema.PatternEventDescriptor;
import io.pldot.journal.schema.SignalDescriptor;
import io.pldot.journal.schema.OrderEventDescriptor;
import io.pldot.journal.schema.OrderIntentDescriptor;
import io.pldot.journal.schema.PortfolioEventDescriptor;
import io.pldot.journal.schema.PositionEventDescriptor;
import io.pldot.journal.schema.RiskRejectDescriptor;
import io.pldot.journal.schema.TradingCodes;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class RecordFormatterTest
{
    private static final int OFFSET = 24;
    /** 2023-01-01T00:00:00.123456789Z. */
    private static final long TS = 1_672_531_200_123_456_789L;
    /** Open of the 1m candle that ends at TS. */
    private static final long OPEN_TIME = 1_672_531_140_000_000_000L;
    private static final Pattern JSON_OBJECT = Pattern.compile(
        "\\{\"[a-zA-Z]+\":(\"[^\"]*\"|-?\\d+)(,\"[a-zA-Z]+\":(\"[^\"]*\"|-?\\d+))*}");

    private final InstrumentRegistry registry = new InstrumentRegistry(List.of(
        new Instrument("BTCUSDT", 1, "BINANCE", 2, 8),
        new Instrument("ETHUSDT", 2, "BINANCE", 2, 4)));
    private final RecordFormatter formatter = new RecordFormatter(registry, ZoneOffset.UTC);
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[512]);

    private void tradeTick(final int instrumentId, final Side side, final long price, final long quantity)
    {
        TradeTickDescriptor.encode(buffer, OFFSET, 42, TS, TS + 1_000, instrumentId, side, price, quantity, 777);
    }

    @Test
    void shouldRenderTradeTickAsText()
    {
        tradeTick(1, Side.BUY, 968_219L, 123_000L);
        final String line = formatter.toText(buffer, OFFSET);
        assertThat(line)
            .contains("42")
            .contains("2023-01-01 00:00:00.123456")
            .contains("trade-tick")
            .contains("BTCUSDT")
            .contains("BUY")
            .contains("9682.19")
            .contains("0.00123")
            .contains("id=777")
            .doesNotContain("9682.190")
            .doesNotContain("E");
        assertThat(line).matches(".*BTCUSDT\\s+BUY\\s+9682\\.19 x 0\\.00123\\s+id=777$");
    }

    @Test
    void shouldRenderTradeTickAsJson()
    {
        tradeTick(1, Side.SELL, 968_219L, 100_000_000L);
        final String json = formatter.toJson(buffer, OFFSET);
        assertThat(json).matches(JSON_OBJECT);
        assertThat(json)
            .startsWith("{\"type\":\"trade-tick\"")
            .contains("\"typeId\":1")
            .contains("\"version\":1")
            .contains("\"sequence\":42")
            .contains("\"tsEvent\":" + TS)
            .contains("\"tsRecv\":" + (TS + 1_000))
            .contains("\"time\":\"2023-01-01T00:00:00.123456789Z\"")
            .contains("\"instrumentId\":1")
            .contains("\"symbol\":\"BTCUSDT\"")
            .contains("\"side\":\"SELL\"")
            .contains("\"price\":\"9682.19\"")
            .contains("\"quantity\":\"1\"")
            .contains("\"venueTradeId\":777")
            .endsWith("}");
    }

    @Test
    void shouldRenderExtremeAndUnknownTradeFieldsWithoutFailing()
    {
        tradeTick(99, Side.UNKNOWN, Long.MIN_VALUE, Long.MAX_VALUE);
        buffer.putByte(OFFSET + TradeTickDescriptor.SIDE.offset(), (byte)9);
        final String line = formatter.toText(buffer, OFFSET);
        assertThat(line).contains("#99").contains("?9").contains("-9223372036854775808").contains("9223372036854775807");
        final String json = formatter.toJson(buffer, OFFSET);
        assertThat(json).matches(JSON_OBJECT)
            .contains("\"instrumentId\":99")
            .doesNotContain("\"symbol\"")
            .contains("\"price\":\"-9223372036854775808\"");

        tradeTick(1, Side.UNKNOWN, 5, 1);
        assertThat(formatter.toText(buffer, OFFSET)).contains("UNKNOWN").contains("0.05").contains("0.00000001");
    }

    @Test
    void shouldRenderTimesBeforeTheEpochAndAtTheExtremes()
    {
        TimerDescriptor.encode(buffer, OFFSET, 1, -1, -1, 0);
        assertThat(formatter.toText(buffer, OFFSET)).contains("1969-12-31 23:59:59.999999").contains("timer=0");
        assertThat(formatter.toJson(buffer, OFFSET)).contains("\"time\":\"1969-12-31T23:59:59.999999999Z\"")
            .contains("\"timerId\":0");
        TimerDescriptor.encode(buffer, OFFSET, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE);
        assertThat(formatter.toText(buffer, OFFSET)).contains("1677-09-21").contains(Long.toString(Long.MAX_VALUE));
        assertThat(formatter.toJson(buffer, OFFSET)).matches(JSON_OBJECT).contains("\"tsEvent\":" + Long.MIN_VALUE);
        TimerDescriptor.encode(buffer, OFFSET, 0, Long.MAX_VALUE, 0, 0);
        assertThat(formatter.toText(buffer, OFFSET)).contains("2262-04-11");
    }

    @Test
    void shouldRenderCandleClosed()
    {
        CandleClosedDescriptor.encode(buffer, OFFSET, 43, TS, TS + 5, 1, 60, OPEN_TIME,
            968_219L, 970_000L, 960_001L, 965_050L, 1_250_000_000L, 1_000_000_000L, 200_000_000L, 17, 11, 5);
        final String text = formatter.toText(buffer, OFFSET);
        assertThat(text)
            .contains("candle-closed")
            .contains("BTCUSDT")
            .contains("1m")
            .contains("open=23:59:00")
            .contains("O=9682.19")
            .contains("H=9700 ")
            .contains("L=9600.01")
            .contains("C=9650.5 ")
            .contains("V=12.5 ")
            .contains("buyV=10 ")
            .contains("sellV=2 ")
            .contains("trades=17 (11 buy/5 sell)");
        final String json = formatter.toJson(buffer, OFFSET);
        assertThat(json).matches(JSON_OBJECT)
            .contains("\"type\":\"candle-closed\"")
            .contains("\"typeId\":101")
            .contains("\"sequence\":43")
            .contains("\"symbol\":\"BTCUSDT\"")
            .contains("\"timeframe\":\"1m\"")
            .contains("\"timeframeSeconds\":60")
            .contains("\"openTime\":" + OPEN_TIME)
            .contains("\"open\":\"9682.19\"")
            .contains("\"high\":\"9700\"")
            .contains("\"low\":\"9600.01\"")
            .contains("\"close\":\"9650.5\"")
            .contains("\"volume\":\"12.5\"")
            .contains("\"buyVolume\":\"10\"")
            .contains("\"sellVolume\":\"2\"")
            .contains("\"trades\":17")
            .contains("\"buyTrades\":11")
            .contains("\"sellTrades\":5");
    }

    @Test
    void shouldRenderInputRejected()
    {
        InputRejectedDescriptor.encode(buffer, OFFSET, 44, TS, TS + 5, RecordType.TRADE_TICK.typeId(),
            RejectReason.NON_POSITIVE_PRICE, 2, -5);
        final String text = formatter.toText(buffer, OFFSET);
        assertThat(text)
            .contains("input-rejected")
            .contains("ETHUSDT")
            .contains("NON_POSITIVE_PRICE")
            .contains("of trade-tick")
            .contains("detail=-5")
            .contains("(price <= 0)");
        final String json = formatter.toJson(buffer, OFFSET);
        assertThat(json).matches(JSON_OBJECT)
            .contains("\"type\":\"input-rejected\"")
            .contains("\"sequence\":44")
            .contains("\"instrumentId\":2")
            .contains("\"symbol\":\"ETHUSDT\"")
            .contains("\"reason\":\"NON_POSITIVE_PRICE\"")
            .contains("\"rejectedType\":\"trade-tick\"")
            .contains("\"detail\":-5");

        for (final RejectReason reason : RejectReason.values())
        {
            InputRejectedDescriptor.encode(buffer, OFFSET, 1, TS, TS, 999, reason, 0, Long.MIN_VALUE);
            assertThat(formatter.toText(buffer, OFFSET)).contains(reason.name()).contains("type#999")
                .contains(reason.description());
            assertThat(formatter.toJson(buffer, OFFSET)).matches(JSON_OBJECT)
                .contains("\"reason\":\"" + reason.name() + "\"").contains("\"rejectedType\":\"unknown\"");
        }
        buffer.putShort(OFFSET + InputRejectedDescriptor.REASON.offset(), (short)77, RecordHeaderDescriptor.BYTE_ORDER);
        assertThat(formatter.toText(buffer, OFFSET)).contains("reason#77");
        assertThat(formatter.toJson(buffer, OFFSET)).contains("\"reason\":\"UNKNOWN\"");
    }

    @Test
    void shouldRenderFeedStatusAndTimer()
    {
        for (final FeedStatus status : FeedStatus.values())
        {
            FeedStatusDescriptor.encode(buffer, OFFSET, 5, TS, TS, 1, status);
            assertThat(formatter.toText(buffer, OFFSET)).contains("feed-status").contains("BTCUSDT")
                .contains(status.name());
            assertThat(formatter.toJson(buffer, OFFSET)).matches(JSON_OBJECT)
                .contains("\"status\":\"" + status.name() + "\"").contains("\"symbol\":\"BTCUSDT\"");
        }
        FeedStatusDescriptor.encode(buffer, OFFSET, 5, TS, TS, FeedStatusDescriptor.ALL_INSTRUMENTS,
            FeedStatus.CONNECTION_LOST);
        assertThat(formatter.toText(buffer, OFFSET)).contains("ALL").contains("CONNECTION_LOST");

        TimerDescriptor.encode(buffer, OFFSET, 6, TS, TS, 3);
        assertThat(formatter.toText(buffer, OFFSET)).contains("timer").contains("timer=3");
        assertThat(formatter.toJson(buffer, OFFSET)).matches(JSON_OBJECT).contains("\"type\":\"timer\"")
            .contains("\"timerId\":3");
    }

    @Test
    void shouldRenderUnknownRecordTypes()
    {
        TimerDescriptor.encode(buffer, OFFSET, 6, TS, TS, 3);
        buffer.putShort(OFFSET + RecordHeaderDescriptor.TYPE_ID_OFFSET, (short)4242, RecordHeaderDescriptor.BYTE_ORDER);
        assertThat(formatter.toText(buffer, OFFSET)).contains("UNKNOWN type=4242 length=40");
        assertThat(formatter.toJson(buffer, OFFSET)).matches(JSON_OBJECT).contains("\"type\":\"unknown\"")
            .contains("\"typeId\":4242");
        assertThat(RecordFormatter.instrumentId(buffer, OFFSET)).isZero();
    }

    @Test
    void shouldExtractInstrumentIdOfEveryType()
    {
        tradeTick(11, Side.BUY, 1, 1);
        assertThat(RecordFormatter.instrumentId(buffer, OFFSET)).isEqualTo(11);
        FeedStatusDescriptor.encode(buffer, OFFSET, 1, 1, 1, 12, FeedStatus.STALE);
        assertThat(RecordFormatter.instrumentId(buffer, OFFSET)).isEqualTo(12);
        CandleClosedDescriptor.encode(buffer, OFFSET, 1, 1, 1, 13, 60, 0, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0);
        assertThat(RecordFormatter.instrumentId(buffer, OFFSET)).isEqualTo(13);
        InputRejectedDescriptor.encode(buffer, OFFSET, 1, 1, 1, 1, RejectReason.LATE_TICK, 14, 0);
        assertThat(RecordFormatter.instrumentId(buffer, OFFSET)).isEqualTo(14);
        TimerDescriptor.encode(buffer, OFFSET, 1, 1, 1, 15);
        assertThat(RecordFormatter.instrumentId(buffer, OFFSET)).isZero();
    }

    @Test
    void shouldLabelTimeframes()
    {
        assertThat(RecordFormatter.timeframeLabel(60)).isEqualTo("1m");
        assertThat(RecordFormatter.timeframeLabel(300)).isEqualTo("5m");
        assertThat(RecordFormatter.timeframeLabel(3_600)).isEqualTo("1h");
        assertThat(RecordFormatter.timeframeLabel(14_400)).isEqualTo("4h");
        assertThat(RecordFormatter.timeframeLabel(86_400)).isEqualTo("1d");
        assertThat(RecordFormatter.timeframeLabel(604_800)).isEqualTo("7d");
        assertThat(RecordFormatter.timeframeLabel(90)).isEqualTo("90s");
        assertThat(RecordFormatter.timeframeLabel(1)).isEqualTo("1s");
        assertThat(RecordFormatter.timeframeLabel(5_400)).isEqualTo("90m");
    }

    @Test
    void shouldRenderIndicatorSnapshotWithUndefinedValuesLeftOutOfTextAndNullInJson() throws Exception
    {
        IndicatorSnapshotDescriptor.begin(buffer, OFFSET, 44, TS, TS + 5, 1, 300, OPEN_TIME);
        IndicatorSnapshotDescriptor.putValue(buffer, OFFSET, IndicatorField.PLDOT, 9650.125);
        IndicatorSnapshotDescriptor.putValue(buffer, OFFSET, IndicatorField.ENV_POSITION, 0.25);
        IndicatorSnapshotDescriptor.putValue(buffer, OFFSET, IndicatorField.ADX, Double.NaN);
        IndicatorSnapshotDescriptor.putValue(buffer, OFFSET, IndicatorField.ema(1), 9649.5);
        IndicatorSnapshotDescriptor.putValue(buffer, OFFSET, IndicatorField.DELTA, -1.5e-9);
        IndicatorSnapshotDescriptor.putEmaPeriod(buffer, OFFSET, 0, 20);
        IndicatorSnapshotDescriptor.putEmaPeriod(buffer, OFFSET, 1, 50);
        IndicatorSnapshotDescriptor.putState(buffer, OFFSET, AnalyticsCodes.code(AnalyticsCodes.MarketState.TREND),
            AnalyticsCodes.code(AnalyticsCodes.MarketState.CONGESTION_EXIT), AnalyticsCodes.code(AnalyticsCodes.Direction.UP),
            AnalyticsCodes.code(AnalyticsCodes.Slope.HORIZONTAL), 4);
        IndicatorSnapshotDescriptor.putContext(buffer, OFFSET, AnalyticsCodes.code(AnalyticsCodes.Regime.RANGING), 0,
            1 << AnalyticsCodes.Pattern.C_WAVE.ordinal() | 1 << AnalyticsCodes.Pattern.PLDOT_PUSH.ordinal());

        assertThat(formatter.toText(buffer, OFFSET))
            .contains("indicator-snapshot")
            .containsPattern("BTCUSDT +5m ")
            .contains("open=23:59:00")
            .contains("state=TREND(UP, 4 bars)")
            .contains(" pldot=9650.125 ")
            .contains(" env_position=0.25 ")
            .contains(" ema50=9649.5 ")
            .contains(" delta=-1.5E-9")
            .contains("regime=RANGING")
            .contains("patterns=PLDOT_PUSH,C_WAVE")
            .doesNotContain("adx14")
            .doesNotContain("ema20")
            .doesNotContain("NaN");

        final JsonNode json = new ObjectMapper().readTree(formatter.toJson(buffer, OFFSET));
        assertThat(json.get("type").asText()).isEqualTo("indicator-snapshot");
        assertThat(json.get("typeId").asInt()).isEqualTo(103);
        assertThat(json.get("symbol").asText()).isEqualTo("BTCUSDT");
        assertThat(json.get("timeframe").asText()).isEqualTo("5m");
        assertThat(json.get("openTime").asLong()).isEqualTo(OPEN_TIME);
        assertThat(json.get("pldot").asDouble()).isEqualTo(9650.125);
        assertThat(json.get("ema50").asDouble()).isEqualTo(9649.5);
        assertThat(json.get("delta").asDouble()).isEqualTo(-1.5e-9);
        assertThat(json.get("ema20").isNull()).isTrue();
        assertThat(json.get("adx14").isNull()).isTrue();
        assertThat(json.has("ema#2")).as("unused EMA slots are left out").isFalse();
        assertThat(json.get("state").asText()).isEqualTo("TREND");
        assertThat(json.get("previous_state").asText()).isEqualTo("CONGESTION_EXIT");
        assertThat(json.get("slope_trend").asText()).isEqualTo("HORIZONTAL");
        assertThat(json.get("bars_in_state").asInt()).isEqualTo(4);
        assertThat(json.get("regime").asText()).isEqualTo("RANGING");
        assertThat(json.get("profile_shape").isNull()).isTrue();
        assertThat(json.get("patterns").toString()).isEqualTo("[\"PLDOT_PUSH\",\"C_WAVE\"]");
        assertThat(RecordFormatter.instrumentId(buffer, OFFSET)).isEqualTo(1);
    }

    @Test
    void shouldRenderPatternZoneAndGapEvents() throws Exception
    {
        final ObjectMapper mapper = new ObjectMapper();
        PatternEventDescriptor.encode(buffer, OFFSET, 45, TS, TS, 2, 60, AnalyticsCodes.code(AnalyticsCodes.Pattern.EXHAUST),
            AnalyticsCodes.code(AnalyticsCodes.Direction.DOWN), AnalyticsCodes.code(AnalyticsCodes.PatternPhase.ENDED),
            OPEN_TIME - 180_000_000_000L, OPEN_TIME, 0.75);
        assertThat(formatter.toText(buffer, OFFSET)).contains("pattern-event").containsPattern("ETHUSDT +1m ")
            .contains("EXHAUST ENDED DOWN from=23:56:00 to=23:59:00 strength=0.75");
        JsonNode json = mapper.readTree(formatter.toJson(buffer, OFFSET));
        assertThat(json.get("pattern").asText()).isEqualTo("EXHAUST");
        assertThat(json.get("phase").asText()).isEqualTo("ENDED");
        assertThat(json.get("endTime").asLong()).isEqualTo(OPEN_TIME);
        assertThat(RecordFormatter.instrumentId(buffer, OFFSET)).isEqualTo(2);

        LevelEventDescriptor.encode(buffer, OFFSET, RecordType.ZONE_EVENT, 46, TS, TS, 1, 3600,
            AnalyticsCodes.code(AnalyticsCodes.ZoneKind.DEMAND), AnalyticsCodes.code(AnalyticsCodes.ZoneStatus.TESTED), 2,
            OPEN_TIME - 3_600_000_000_000L, OPEN_TIME, 9600.5, 9610.25, 3.0);
        assertThat(formatter.toText(buffer, OFFSET)).contains("zone-event").contains("DEMAND TESTED [9600.5, 9610.25]")
            .contains("tests=2 strength=3");
        json = mapper.readTree(formatter.toJson(buffer, OFFSET));
        assertThat(json.get("kind").asText()).isEqualTo("DEMAND");
        assertThat(json.get("testCount").asInt()).isEqualTo(2);

        LevelEventDescriptor.encode(buffer, OFFSET, RecordType.GAP_EVENT, 47, TS, TS, 1, 900,
            AnalyticsCodes.code(AnalyticsCodes.GapDirection.BEARISH), AnalyticsCodes.code(AnalyticsCodes.GapStatus.PARTIAL), 0,
            OPEN_TIME, OPEN_TIME, 9700, 9710, 0.5);
        assertThat(formatter.toText(buffer, OFFSET)).contains("gap-event").contains("BEARISH PARTIAL [9700, 9710]")
            .contains("filled=0.5");
        json = mapper.readTree(formatter.toJson(buffer, OFFSET));
        assertThat(json.get("status").asText()).isEqualTo("PARTIAL");
        assertThat(json.get("filledFraction").asDouble()).isEqualTo(0.5);
        assertThat(RecordFormatter.instrumentId(buffer, OFFSET)).isEqualTo(1);
    }

    @Test
    void shouldRenderSignalsWithExactPricesAndNullsForMissingOnes() throws Exception
    {
        SignalDescriptor.begin(buffer, OFFSET, 48, TS, TS, 1, 300, TradingCodes.SignalType.LONG.code(), 2, OPEN_TIME);
        SignalDescriptor.putPrices(buffer, OFFSET, 1_650_025, 1_640_000, 0);
        SignalDescriptor.putScores(buffer, OFFSET, 0.8, 0.65, 0.9, 5.5);
        SignalDescriptor.putRiskAndRank(buffer, OFFSET, TradingCodes.RiskLevel.MEDIUM.code(), 1);
        SignalDescriptor.putContext(buffer, OFFSET, AnalyticsCodes.code(AnalyticsCodes.Direction.UP),
            AnalyticsCodes.code(AnalyticsCodes.Direction.UP), AnalyticsCodes.code(AnalyticsCodes.MarketState.TREND), 0);
        assertThat(formatter.toText(buffer, OFFSET)).contains("signal").containsPattern("BTCUSDT +5m +LONG ")
            .contains("entry=16500.25 stop=16400 target=- conf=0.8 strength=0.65 risk=MEDIUM rank=1 strategy=2");
        final JsonNode json = new ObjectMapper().readTree(formatter.toJson(buffer, OFFSET));
        assertThat(json.get("signal").asText()).isEqualTo("LONG");
        assertThat(json.get("entry").asText()).isEqualTo("16500.25");
        assertThat(json.get("target").isNull()).isTrue();
        assertThat(json.get("confluence").asDouble()).isEqualTo(5.5);
        assertThat(json.get("higherDirection").asText()).isEqualTo("UP");
        assertThat(json.get("pattern").isNull()).isTrue();
        assertThat(json.get("barTime").asLong()).isEqualTo(OPEN_TIME);
        assertThat(RecordFormatter.instrumentId(buffer, OFFSET)).isEqualTo(1);
    }

    @Test
    void shouldRoundBinaryNoiseOutOfTextButKeepTheExactDoubleInJson() throws Exception
    {
        final double confidence = 3 * 0.2;
        SignalDescriptor.begin(buffer, OFFSET, 49, TS, TS, 1, 300, TradingCodes.SignalType.SHORT.code(), 1, OPEN_TIME);
        SignalDescriptor.putPrices(buffer, OFFSET, 1_650_025, 0, 0);
        SignalDescriptor.putScores(buffer, OFFSET, confidence, 0.43600000000000005, 0.9, 5.5);
        assertThat(formatter.toText(buffer, OFFSET)).contains(" conf=0.6 strength=0.436 ");
        final JsonNode json = new ObjectMapper().readTree(formatter.toJson(buffer, OFFSET));
        assertThat(json.get("confidence").asDouble()).isEqualTo(confidence);
        assertThat(json.get("strength").asDouble()).isEqualTo(0.43600000000000005);

        IndicatorSnapshotDescriptor.begin(buffer, OFFSET, 50, TS, TS + 5, 1, 60, OPEN_TIME);
        IndicatorSnapshotDescriptor.putValue(buffer, OFFSET, IndicatorField.STATE_CONFIDENCE, 0.7000000000000001);
        IndicatorSnapshotDescriptor.putValue(buffer, OFFSET, IndicatorField.SUPPORT, 796.1199999999999);
        assertThat(formatter.toText(buffer, OFFSET)).contains(" state_confidence=0.7 ").contains(" support=796.12")
            .doesNotContain("0000000").doesNotContain("9999999");
        assertThat(formatter.toJson(buffer, OFFSET)).contains("0.7000000000000001").contains("796.1199999999999");
    }

    @Test
    void shouldRenderOrderIntentsAndEvents() throws Exception
    {
        final ObjectMapper mapper = new ObjectMapper();
        OrderIntentDescriptor.encode(buffer, OFFSET, 48, TS, TS, 1, TradingCodes.OrderSide.BUY.code(),
            TradingCodes.OrderType.MARKET.code(), TradingCodes.OrderReason.ENTRY.code(), 768, 1_500_000, 0, 1_650_025);
        OrderIntentDescriptor.putSignal(buffer, OFFSET, 768, 1_640_000, TradingCodes.SignalType.LONG.code(), 2, 1);
        assertThat(formatter.toText(buffer, OFFSET)).contains("order-intent").containsPattern("BTCUSDT +BUY  MARKET ")
            .contains("0.015 @ MKT ref=16500.25 reason=ENTRY coid=768 pos=768 signal=LONG stop=16400 rank=1 strategy=2");
        JsonNode json = mapper.readTree(formatter.toJson(buffer, OFFSET));
        assertThat(json.get("typeId").asInt()).isEqualTo(108);
        assertThat(json.get("side").asText()).isEqualTo("BUY");
        assertThat(json.get("quantity").asText()).isEqualTo("0.015");
        assertThat(json.get("price").isNull()).isTrue();
        assertThat(json.get("referencePrice").asText()).isEqualTo("16500.25");
        assertThat(json.get("clientOrderId").asLong()).isEqualTo(768);
        assertThat(RecordFormatter.instrumentId(buffer, OFFSET)).isEqualTo(1);

        OrderEventDescriptor.encode(buffer, OFFSET, 49, TS, TS, 1, TradingCodes.OrderEventType.PARTIALLY_FILLED.code(),
            TradingCodes.OrderSide.BUY.code(), TradingCodes.Liquidity.TAKER.code(), 0, 768, 1_650_850, 1_000_000, 500_000, 1_651);
        assertThat(formatter.toText(buffer, OFFSET)).contains("order-event")
            .contains("PARTIALLY_FILLED BUY  0.01 @ 16508.5 remaining=0.005 fee=16.51 TAKER coid=768");
        json = mapper.readTree(formatter.toJson(buffer, OFFSET));
        assertThat(json.get("event").asText()).isEqualTo("PARTIALLY_FILLED");
        assertThat(json.get("liquidity").asText()).isEqualTo("TAKER");
        assertThat(json.get("rejectReason").isNull()).isTrue();
        assertThat(json.get("fee").asText()).isEqualTo("16.51");

        OrderEventDescriptor.encode(buffer, OFFSET, 49, TS, TS, 2, TradingCodes.OrderEventType.REJECTED.code(),
            TradingCodes.OrderSide.SELL.code(), 0, TradingCodes.VenueReject.BOOK_FULL.code(), 769, 0, 1, 0, 0);
        assertThat(formatter.toText(buffer, OFFSET)).contains("REJECTED").contains("reason=BOOK_FULL");
        assertThat(mapper.readTree(formatter.toJson(buffer, OFFSET)).get("rejectReason").asText()).isEqualTo("BOOK_FULL");
    }

    @Test
    void shouldRenderRiskRejectsWithTheirReason() throws Exception
    {
        RiskRejectDescriptor.encode(buffer, OFFSET, 50, TS, TS, 1, TradingCodes.RiskRejectReason.POSITION_LIMIT.code(),
            TradingCodes.SignalType.SHORT.code(), 3, 2, 1_650_025, 0, 5, 0.75);
        assertThat(formatter.toText(buffer, OFFSET)).contains("risk-reject")
            .contains("POSITION_LIMIT signal=SHORT entry=16500.25 stop=- conf=0.75 detail=5 rank=2 strategy=3");
        final JsonNode json = new ObjectMapper().readTree(formatter.toJson(buffer, OFFSET));
        assertThat(json.get("reason").asText()).isEqualTo("POSITION_LIMIT");
        assertThat(json.get("signal").asText()).isEqualTo("SHORT");
        assertThat(json.get("stop").isNull()).isTrue();
        assertThat(json.get("detail").asLong()).isEqualTo(5);
        assertThat(RecordFormatter.instrumentId(buffer, OFFSET)).isEqualTo(1);
    }

    @Test
    void shouldRenderPositionEventsWithSignedPnl() throws Exception
    {
        PositionEventDescriptor.begin(buffer, OFFSET, 51, TS, TS, 1, TradingCodes.PositionEventType.CLOSED.code(),
            TradingCodes.PositionSide.LONG.code(), TradingCodes.OrderReason.TRAILING_STOP.code(), 768);
        PositionEventDescriptor.putQuantities(buffer, OFFSET, 0, 1_500_000, 1_650_025, 1_640_000);
        PositionEventDescriptor.putMoney(buffer, OFFSET, -150_38, 24_75, 0, OPEN_TIME);
        PositionEventDescriptor.putSignal(buffer, OFFSET, TradingCodes.SignalType.LONG.code(), 2, 0.8);
        assertThat(formatter.toText(buffer, OFFSET)).contains("position-event")
            .containsPattern("BTCUSDT +CLOSED +LONG ")
            .contains("qty=0 change=0.015 avgEntry=16500.25 exit=16400 pnl=-150.38 fees=24.75 stop=- reason=TRAILING_STOP")
            .contains("pos=768 entered=23:59:00");
        final JsonNode json = new ObjectMapper().readTree(formatter.toJson(buffer, OFFSET));
        assertThat(json.get("event").asText()).isEqualTo("CLOSED");
        assertThat(json.get("realizedPnl").asText()).isEqualTo("-150.38");
        assertThat(json.get("fees").asText()).isEqualTo("24.75");
        assertThat(json.get("entryTime").asLong()).isEqualTo(OPEN_TIME);
        assertThat(json.get("signal").asText()).isEqualTo("LONG");
        assertThat(json.get("confidence").asDouble()).isEqualTo(0.8);
    }

    @Test
    void shouldRenderPortfolioEventsAtTheCashScale() throws Exception
    {
        PortfolioEventDescriptor.encode(buffer, OFFSET, 52, TS, TS, TradingCodes.PortfolioEventType.LEVEL_CHANGED.code(),
            TradingCodes.DrawdownLevel.WARNING.code(), 2, false, 3, 9_000_000, 9_690_000, 690_000, 10_000_000, 310, 38.0);
        assertThat(formatter.toText(buffer, OFFSET)).contains("portfolio-event")
            .contains("LEVEL_CHANGED   level=WARNING equity=96900 cash=90000 exposure=6900 dd=3.1% health=38 positions=3")
            .doesNotContain("HALTED");
        final JsonNode json = new ObjectMapper().readTree(formatter.toJson(buffer, OFFSET));
        assertThat(json.get("level").asText()).isEqualTo("WARNING");
        assertThat(json.get("equity").asText()).isEqualTo("96900");
        assertThat(json.get("drawdownBps").asLong()).isEqualTo(310);
        assertThat(json.get("halted").asBoolean()).isFalse();
        assertThat(RecordFormatter.instrumentId(buffer, OFFSET)).isZero();
    }
}
