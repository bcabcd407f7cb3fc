package io.pldot.engine.risk.execution;

import io.pldot.engine.event.OutputsBuffer;
import io.pldot.engine.risk.ExitReason;
import io.pldot.engine.risk.Portfolio;
import io.pldot.engine.risk.PortfolioRiskMonitor;
import io.pldot.engine.risk.RiskHarness;
import io.pldot.engine.risk.RiskRejectReason;
import io.pldot.engine.risk.RiskSettings;
import io.pldot.engine.risk.stop.PositionSide;
import io.pldot.engine.risk.stop.TrailingStop;
import io.pldot.engine.venue.OrderSide;
import io.pldot.engine.venue.OrderType;
import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.OrderEventDescriptor;
import io.pldot.journal.schema.OrderIntentDescriptor;
import io.pldot.journal.schema.PortfolioEventDescriptor;
import io.pldot.journal.schema.PositionEventDescriptor;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.RiskRejectDescriptor;
import io.pldot.journal.schema.SignalDescriptor;
import io.pldot.journal.schema.TradingCodes;
import org.agrona.MutableDirectBuffer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each record written once into an empty outputs buffer, read back with the journal's descriptors. */
class RiskRecordsTest
{
    private static final long SEQUENCE = 42;
    private static final long TS_EVENT = 1_000;
    private static final long TS_RECV = 1_005;

    private final RiskSettings settings = RiskHarness.settings().build();
    private final Portfolio portfolio = new Portfolio(new InstrumentRegistry(List.of(
        new Instrument("BTCUSDT", 1, "BINANCE", 2, 8),
        new Instrument("ETHUSDT", 7, "BINANCE", 2, 4))), settings);
    private final PortfolioRiskMonitor monitor = new PortfolioRiskMonitor(settings);
    private final RiskStats stats = new RiskStats();
    private final RiskRecords records = new RiskRecords(portfolio, monitor, stats);
    private final OutputsBuffer out = new OutputsBuffer(4 * 1024);
    private final MutableDirectBuffer b = out.buffer();

    RiskRecordsTest()
    {
        records.begin(out, SEQUENCE, TS_EVENT, TS_RECV);
    }

    private void assertStamped(final RecordType type, final long tsEvent)
    {
        assertThat(RecordHeaderDescriptor.typeId(b, 0)).isEqualTo(type.typeId());
        assertThat(RecordHeaderDescriptor.sequence(b, 0)).isEqualTo(SEQUENCE);
        assertThat(RecordHeaderDescriptor.tsEvent(b, 0)).isEqualTo(tsEvent);
        assertThat(RecordHeaderDescriptor.tsRecv(b, 0)).isEqualTo(TS_RECV);
    }

    @Test
    void shouldWriteAnOrderIntentWithTheJournalsCodesAndCountIt()
    {
        final int at = records.orderIntent(1, 2_700, OrderSide.SELL, 3_000, ExitReason.DUMP, OrderType.STOP, 149_000,
            150_000);
        records.putIntentSignal(at, 2_600, 0, 0, 0, 0);

        assertThat(at).isZero();
        assertStamped(RecordType.ORDER_INTENT, TS_EVENT);
        assertThat(OrderIntentDescriptor.INSTRUMENT_ID.get(b, 0)).as("dense index 1 is id 7").isEqualTo(7);
        assertThat(OrderIntentDescriptor.SIDE.get(b, 0)).isEqualTo(2);
        assertThat(OrderIntentDescriptor.ORDER_TYPE.get(b, 0)).isEqualTo(3);
        assertThat(OrderIntentDescriptor.REASON.get(b, 0)).isEqualTo(5);
        assertThat(OrderIntentDescriptor.CLIENT_ORDER_ID.get(b, 0)).isEqualTo(2_700);
        assertThat(OrderIntentDescriptor.QUANTITY.get(b, 0)).isEqualTo(3_000);
        assertThat(OrderIntentDescriptor.PRICE.get(b, 0)).isEqualTo(149_000);
        assertThat(OrderIntentDescriptor.REFERENCE_PRICE.get(b, 0)).isEqualTo(150_000);
        assertThat(OrderIntentDescriptor.POSITION_ID.get(b, 0)).isEqualTo(2_600);
        assertThat(stats.orders()).isEqualTo(1);
    }

    @Test
    void shouldWriteAnOrderEventAtItsOwnTimeAndCodeAMissingSideAsZero()
    {
        records.orderEvent(7, TradingCodes.OrderEventType.REJECTED, null, 0, 4, 2_700, 0, 3_000, 0, 0, 999);
        assertStamped(RecordType.ORDER_EVENT, 999);
        assertThat(OrderEventDescriptor.EVENT.get(b, 0)).isEqualTo(TradingCodes.OrderEventType.REJECTED.code());
        assertThat(OrderEventDescriptor.SIDE.get(b, 0)).isZero();
        assertThat(OrderEventDescriptor.REJECT_REASON.get(b, 0)).isEqualTo(4);
        assertThat(OrderEventDescriptor.QUANTITY.get(b, 0)).isEqualTo(3_000);
    }

    @Test
    void shouldWriteAPositionEventFromThePositionAndTheGivenStop()
    {
        portfolio.orders().beginEntry(0, 64, PositionSide.SHORT, 25_000_000L, 2_000_000L, 2_020_000L, 2, 9, 0.75);
        portfolio.settle(0, false, 2_000_000L, 25_000_000L, 100);
        portfolio.fillEntry(0, 2_000_000L, 25_000_000L, 100, 777, 0);

        records.positionEvent(0, TradingCodes.PositionEventType.OPENED, ExitReason.ENTRY.code(), 25_000_000L, 0,
            2_010_000L, 888);
        assertStamped(RecordType.POSITION_EVENT, 888);
        assertThat(PositionEventDescriptor.INSTRUMENT_ID.get(b, 0)).isEqualTo(1);
        assertThat(PositionEventDescriptor.SIDE.get(b, 0)).isEqualTo(2);
        assertThat(PositionEventDescriptor.POSITION_ID.get(b, 0)).isEqualTo(64);
        assertThat(PositionEventDescriptor.QUANTITY.get(b, 0)).isEqualTo(25_000_000L);
        assertThat(PositionEventDescriptor.AVERAGE_ENTRY.get(b, 0)).isEqualTo(2_000_000L);
        assertThat(PositionEventDescriptor.FEES.get(b, 0)).isEqualTo(100);
        assertThat(PositionEventDescriptor.STOP_PRICE.get(b, 0)).isEqualTo(2_010_000L);
        assertThat(PositionEventDescriptor.ENTRY_TIME.get(b, 0)).isEqualTo(777);
        assertThat(PositionEventDescriptor.SIGNAL_TYPE.get(b, 0)).isEqualTo(2);
        assertThat(PositionEventDescriptor.STRATEGY.get(b, 0)).isEqualTo(9);
        assertThat(PositionEventDescriptor.CONFIDENCE.get(b, 0)).isEqualTo(0.75);

        out.reset();
        records.positionEvent(0, TradingCodes.PositionEventType.STOP_MOVED, 0, 0, 0, TrailingStop.NO_PRICE, 889);
        assertThat(PositionEventDescriptor.STOP_PRICE.get(b, 0)).as("no stop").isZero();
    }

    @Test
    void shouldWriteAPortfolioEventWithCashEquityAndTheDrawdownLevel()
    {
        records.portfolioEvent(TradingCodes.PortfolioEventType.EQUITY_MARK);
        assertStamped(RecordType.PORTFOLIO_EVENT, TS_EVENT);
        assertThat(PortfolioEventDescriptor.EVENT.get(b, 0)).isEqualTo(TradingCodes.PortfolioEventType.EQUITY_MARK.code());
        assertThat(PortfolioEventDescriptor.LEVEL.get(b, 0)).as("NORMAL is code 1").isEqualTo(1);
        assertThat(PortfolioEventDescriptor.CASH_SCALE.get(b, 0)).isEqualTo(2);
        assertThat(PortfolioEventDescriptor.CASH.get(b, 0)).isEqualTo(1_000_000L);
        assertThat(PortfolioEventDescriptor.EQUITY.get(b, 0)).isEqualTo(1_000_000L);
        assertThat(PortfolioEventDescriptor.OPEN_POSITIONS.get(b, 0)).isZero();
    }

    @Test
    void shouldWriteARiskRejectCopyingTheSignalAndCountIt()
    {
        final OutputsBuffer signals = new OutputsBuffer(1024);
        final int o = signals.claim(SignalDescriptor.LENGTH);
        SignalDescriptor.begin(signals.buffer(), o, 41, 900, 900, 7, 60, 1, 3, 800);
        SignalDescriptor.putPrices(signals.buffer(), o, 150_000, 148_000, 0);
        SignalDescriptor.putScores(signals.buffer(), o, 0.6, 0.5, 0.5, 0);
        SignalDescriptor.putRiskAndRank(signals.buffer(), o, 1, 4);

        records.reject(signals.buffer(), o, RiskRejectReason.POSITION_LIMIT, 5);
        assertStamped(RecordType.RISK_REJECT, TS_EVENT);
        assertThat(RiskRejectDescriptor.REASON.get(b, 0)).isEqualTo(7);
        assertThat(RiskRejectDescriptor.INSTRUMENT_ID.get(b, 0)).isEqualTo(7);
        assertThat(RiskRejectDescriptor.SIGNAL_TYPE.get(b, 0)).isEqualTo(1);
        assertThat(RiskRejectDescriptor.STRATEGY.get(b, 0)).isEqualTo(3);
        assertThat(RiskRejectDescriptor.RANK.get(b, 0)).isEqualTo(4);
        assertThat(RiskRejectDescriptor.ENTRY_PRICE.get(b, 0)).isEqualTo(150_000);
        assertThat(RiskRejectDescriptor.STOP_PRICE.get(b, 0)).isEqualTo(148_000);
        assertThat(RiskRejectDescriptor.DETAIL.get(b, 0)).isEqualTo(5);
        assertThat(RiskRejectDescriptor.CONFIDENCE.get(b, 0)).isEqualTo(0.6);
        assertThat(stats.rejects(RiskRejectReason.POSITION_LIMIT)).isEqualTo(1);
    }
}
