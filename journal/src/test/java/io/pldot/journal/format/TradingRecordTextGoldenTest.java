package io.pldot.journal.format;

import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.AnalyticsCodes;
import io.pldot.journal.schema.OrderEventDescriptor;
import io.pldot.journal.schema.OrderIntentDescriptor;
import io.pldot.journal.schema.PortfolioEventDescriptor;
import io.pldot.journal.schema.PositionEventDescriptor;
import io.pldot.journal.schema.RecordFieldTables;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.RiskRejectDescriptor;
import io.pldot.journal.schema.SignalDescriptor;
import io.pldot.journal.schema.TradingCodes;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the text lines of the trading records byte for byte: whole lines of hand-built records as literal strings,
 * and digests of the lines of records with random payloads ({@link RandomTradingRecords}; event times kept within
 * a few centuries of the epoch). Both were taken from the hand-written formatter before the trading
 * text was driven by the field tables, so a change of label, order, padding or number format fails here.
 */
class TradingRecordTextGoldenTest
{
    private static final int OFFSET = 24;
    /** 2023-01-01T00:00:00.123456789Z. */
    private static final long TS = 1_672_531_200_123_456_789L;
    /** Open of the 1m candle that ends at TS. */
    private static final long OPEN_TIME = 1_672_531_140_000_000_000L;

    private final RecordFormatter formatter = new RecordFormatter(new InstrumentRegistry(List.of(
        new Instrument("BTCUSDT", 1, "BINANCE", 2, 8),
        new Instrument("ETHUSDT", 2, "BINANCE", 4, 3))), ZoneOffset.UTC);
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[RecordHeaderDescriptor.MAX_RECORD_LENGTH + 64]);

    @ParameterizedTest
    @CsvSource({
        "SIGNAL, 4effc3f308cca6395467358c5f04f8d28466470eb7b0caf3b18e9f40850d30b7",
        "ORDER_INTENT, 4411864eb0a2590ae04949c7d2f3177a3e29517432d78ba120f33a698ae45c92",
        "ORDER_EVENT, a6328d61484fd77f2f4eb53b1e4fe0c133c137f17649eba191b5e257c9bd7840",
        "RISK_REJECT, 326e0f17a828a7e3bdfffa0664681d1eb541b52585f811f3269fd927960355c9",
        "POSITION_EVENT, dec49fc4e60243b838ed6d87182ccbfaeac60fbb09bd88ff24d3589a6a4876af",
        "PORTFOLIO_EVENT, 5193c51009b6de2d47b55f9628b3891412989ef03904dd017d1bbe7225647a9e"})
    void shouldPrintTheSameTextAsBeforeTheFieldTables(final RecordType type, final String digest) throws Exception
    {
        assertThat(RandomTradingRecords.digest(type, time -> time >>> 8, formatter::toText)).isEqualTo(digest);
    }

    @Test
    void shouldPrintEveryTradingRecordAsTheLiteralLine()
    {
        assertThat(lines()).containsExactly(
            "      48  2023-01-01 00:00:00.123456  signal             BTCUSDT  5m   LONG       entry=16500.25 stop=16400 target=- conf=0.6 strength=0.436 risk=MEDIUM rank=1 strategy=2",
            "      49  2023-01-01 00:00:00.123456  signal             #7       4h   ?99        entry=-5 stop=- target=1700000 conf=0 strength=0.0000001 risk=- rank=0 strategy=0",
            "      50  2023-01-01 00:00:00.123456  order-intent       BTCUSDT  BUY  MARKET 0.015 @ MKT ref=16500.25 reason=ENTRY coid=768 pos=768 signal=LONG stop=16400 rank=1 strategy=2",
            "      51  2023-01-01 00:00:00.123456  order-intent       ETHUSDT  SELL LIMIT 2.5 @ 16400 ref=- reason=?77 coid=769 pos=0",
            "      52  2023-01-01 00:00:00.123456  order-event        BTCUSDT  PARTIALLY_FILLED BUY  0.01 @ 16508.5 remaining=0.005 fee=16.51 TAKER coid=768",
            "      53  2023-01-01 00:00:00.123456  order-event        ETHUSDT  REJECTED         SELL 0.001 @ 0 remaining=0 fee=0 reason=BOOK_FULL coid=769",
            "      54  2023-01-01 00:00:00.123456  order-event        #9       ?42              ?43  -1 @ -1 remaining=-1 fee=-1 ?44 reason=?45 coid=-1",
            "      55  2023-01-01 00:00:00.123456  risk-reject        BTCUSDT  POSITION_LIMIT signal=SHORT entry=16500.25 stop=- conf=0.75 detail=5 rank=2 strategy=3",
            "      56  2023-01-01 00:00:00.123456  risk-reject        ETHUSDT  ?0 signal=?0 entry=0 stop=1234.5678 conf=0 detail=-5 rank=0 strategy=0",
            "      57  2023-01-01 00:00:00.123456  position-event     BTCUSDT  CLOSED     LONG  qty=0 change=0.015 avgEntry=16500.25 exit=16400 pnl=-150.38 fees=24.75 stop=- reason=TRAILING_STOP pos=768 entered=23:59:00",
            "      58  2023-01-01 00:00:00.123456  position-event     ETHUSDT  ?0         ?0    qty=-2.5 change=-2.5 avgEntry=1640 exit=- pnl=0 fees=0 stop=1630 reason=- pos=769 entered=00:00:00",
            "      59  2023-01-01 00:00:00.123456  portfolio-event    LEVEL_CHANGED   level=WARNING equity=96900 cash=90000 exposure=6900 dd=3.1% health=38 positions=3",
            "      60  2023-01-01 00:00:00.123456  portfolio-event    ?0              level=?0 equity=1234.5678 cash=-0.0001 exposure=0 dd=-0.05% health=38.3 positions=0 HALTED");
    }

    @ParameterizedTest
    @CsvSource({"SIGNAL", "ORDER_INTENT", "ORDER_EVENT", "RISK_REJECT", "POSITION_EVENT", "PORTFOLIO_EVENT"})
    void shouldShowOnlyFieldsOfTheRecordsOwnTable(final RecordType type)
    {
        final TextLayout layout = TradingRecordText.layout(type);
        assertThat(layout.table()).isSameAs(RecordFieldTables.of(type));
        for (final TextItem item : layout.items())
        {
            assertThat(layout.table().fields()).as(type + " " + item.label()).contains(item.field());
            if (item.when() != null)
            {
                assertThat(layout.table().fields()).as(type + " " + item.label()).contains(item.when());
            }
        }
    }

    private List<String> lines()
    {
        final List<String> lines = new ArrayList<>();
        SignalDescriptor.begin(buffer, OFFSET, 48, TS, TS, 1, 300, TradingCodes.SignalType.LONG.code(), 2, OPEN_TIME);
        SignalDescriptor.putPrices(buffer, OFFSET, 1_650_025, 1_640_000, 0);
        SignalDescriptor.putScores(buffer, OFFSET, 3 * 0.2, 0.43600000000000005, 0.9, 5.5);
        SignalDescriptor.putRiskAndRank(buffer, OFFSET, TradingCodes.RiskLevel.MEDIUM.code(), 1);
        SignalDescriptor.putContext(buffer, OFFSET, AnalyticsCodes.code(AnalyticsCodes.Direction.UP),
            AnalyticsCodes.code(AnalyticsCodes.Direction.UP), AnalyticsCodes.code(AnalyticsCodes.MarketState.TREND), 0);
        lines.add(formatter.toText(buffer, OFFSET));
        SignalDescriptor.begin(buffer, OFFSET, 49, TS, TS, 7, 14_400, 99, 0, OPEN_TIME);
        SignalDescriptor.putPrices(buffer, OFFSET, -5, 0, 1_700_000);
        SignalDescriptor.putScores(buffer, OFFSET, Double.NaN, 1.0E-7, 0, 0);
        lines.add(formatter.toText(buffer, OFFSET));

        OrderIntentDescriptor.encode(buffer, OFFSET, 50, TS, TS, 1, TradingCodes.OrderSide.BUY.code(),
            TradingCodes.OrderType.MARKET.code(), TradingCodes.OrderReason.ENTRY.code(), 768, 1_500_000, 0, 1_650_025);
        OrderIntentDescriptor.putSignal(buffer, OFFSET, 768, 1_640_000, TradingCodes.SignalType.LONG.code(), 2, 1);
        lines.add(formatter.toText(buffer, OFFSET));
        OrderIntentDescriptor.encode(buffer, OFFSET, 51, TS, TS, 2, TradingCodes.OrderSide.SELL.code(),
            TradingCodes.OrderType.LIMIT.code(), 77, 769, 2_500, 16_400_0000, 0);
        lines.add(formatter.toText(buffer, OFFSET));

        OrderEventDescriptor.encode(buffer, OFFSET, 52, TS, TS, 1, TradingCodes.OrderEventType.PARTIALLY_FILLED.code(),
            TradingCodes.OrderSide.BUY.code(), TradingCodes.Liquidity.TAKER.code(), 0, 768, 1_650_850, 1_000_000, 500_000,
            1_651);
        lines.add(formatter.toText(buffer, OFFSET));
        OrderEventDescriptor.encode(buffer, OFFSET, 53, TS, TS, 2, TradingCodes.OrderEventType.REJECTED.code(),
            TradingCodes.OrderSide.SELL.code(), 0, TradingCodes.VenueReject.BOOK_FULL.code(), 769, 0, 1, 0, 0);
        lines.add(formatter.toText(buffer, OFFSET));
        OrderEventDescriptor.encode(buffer, OFFSET, 54, TS, TS, 9, 42, 43, 44, 45, -1, -1, -1, -1, -1);
        lines.add(formatter.toText(buffer, OFFSET));

        RiskRejectDescriptor.encode(buffer, OFFSET, 55, TS, TS, 1, TradingCodes.RiskRejectReason.POSITION_LIMIT.code(),
            TradingCodes.SignalType.SHORT.code(), 3, 2, 1_650_025, 0, 5, 0.75);
        lines.add(formatter.toText(buffer, OFFSET));
        RiskRejectDescriptor.encode(buffer, OFFSET, 56, TS, TS, 2, 0, 0, 0, 0, 0, 1_234_5678, -5, Double.NaN);
        lines.add(formatter.toText(buffer, OFFSET));

        PositionEventDescriptor.begin(buffer, OFFSET, 57, TS, TS, 1, TradingCodes.PositionEventType.CLOSED.code(),
            TradingCodes.PositionSide.LONG.code(), TradingCodes.OrderReason.TRAILING_STOP.code(), 768);
        PositionEventDescriptor.putQuantities(buffer, OFFSET, 0, 1_500_000, 1_650_025, 1_640_000);
        PositionEventDescriptor.putMoney(buffer, OFFSET, -150_38, 24_75, 0, OPEN_TIME);
        PositionEventDescriptor.putSignal(buffer, OFFSET, TradingCodes.SignalType.LONG.code(), 2, 0.8);
        lines.add(formatter.toText(buffer, OFFSET));
        PositionEventDescriptor.begin(buffer, OFFSET, 58, TS, TS, 2, 0, 0, 0, 769);
        PositionEventDescriptor.putQuantities(buffer, OFFSET, -2_500, -2_500, 1_640_0000, 0);
        PositionEventDescriptor.putMoney(buffer, OFFSET, 0, 0, 1_630_0000, TS);
        lines.add(formatter.toText(buffer, OFFSET));

        PortfolioEventDescriptor.encode(buffer, OFFSET, 59, TS, TS, TradingCodes.PortfolioEventType.LEVEL_CHANGED.code(),
            TradingCodes.DrawdownLevel.WARNING.code(), 2, false, 3, 9_000_000, 9_690_000, 690_000, 10_000_000, 310, 38.0);
        lines.add(formatter.toText(buffer, OFFSET));
        PortfolioEventDescriptor.encode(buffer, OFFSET, 60, TS, TS, 0, 0, 4, true, 0, -1, 12_345_678, 0, 1, -5, 38.25);
        lines.add(formatter.toText(buffer, OFFSET));
        return lines;
    }
}
