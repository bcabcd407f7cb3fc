package io.pldot.engine.risk.execution;

import io.pldot.engine.risk.EntryOrder;
import io.pldot.engine.risk.ExitReason;
import io.pldot.engine.risk.RiskHarness;
import io.pldot.engine.risk.stop.PositionSide;
import io.pldot.engine.venue.OrderSide;
import io.pldot.engine.venue.OrderType;
import io.pldot.engine.venue.VenueRejectReason;
import io.pldot.engine.venue.VenueSettings;
import io.pldot.journal.schema.OrderEventDescriptor;
import io.pldot.journal.schema.PositionEventDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.TradingCodes;
import org.agrona.DirectBuffer;
import org.junit.jupiter.api.Test;

import static io.pldot.engine.risk.execution.PartsFixture.BTC;
import static io.pldot.journal.schema.TradingCodes.SignalType.LONG;
import static org.assertj.core.api.Assertions.assertThat;

class ExecutionCallbacksTest
{
    @Test
    void shouldBookAnEntryFillAndOpenThePositionWithItsTrailingStop()
    {
        // Taker fee 10 bps: 0.5 BTC at 20,000.00 = 10,000.00 notional, fee 10.00.
        final PartsFixture f = new PartsFixture(RiskHarness.settings().build(), new VenueSettings(0, 0, 0, 10, true));
        f.runSignal(BTC, LONG, 2_000_000, 1_980_000).trade(BTC, 2_000_000, 100_000_000);

        final DirectBuffer fill = f.only(RecordType.ORDER_EVENT);
        assertThat(OrderEventDescriptor.EVENT.get(fill, 0)).isEqualTo(TradingCodes.OrderEventType.FILLED.code());
        assertThat(OrderEventDescriptor.LIQUIDITY.get(fill, 0)).isEqualTo(TradingCodes.Liquidity.TAKER.code());
        assertThat(OrderEventDescriptor.FEE.get(fill, 0)).isEqualTo(1_000L);
        final DirectBuffer opened = f.only(RecordType.POSITION_EVENT);
        assertThat(PositionEventDescriptor.EVENT.get(opened, 0)).isEqualTo(TradingCodes.PositionEventType.OPENED.code());
        assertThat(PositionEventDescriptor.SIDE.get(opened, 0)).isEqualTo(TradingCodes.PositionSide.LONG.code());
        assertThat(PositionEventDescriptor.REASON.get(opened, 0)).isEqualTo(TradingCodes.OrderReason.ENTRY.code());
        assertThat(PositionEventDescriptor.QUANTITY.get(opened, 0)).isEqualTo(50_000_000L);
        assertThat(PositionEventDescriptor.AVERAGE_ENTRY.get(opened, 0)).isEqualTo(2_000_000L);
        assertThat(PositionEventDescriptor.STOP_PRICE.get(opened, 0)).as("50 bps under the fill").isEqualTo(1_990_000L);
        assertThat(PositionEventDescriptor.FEES.get(opened, 0)).isEqualTo(1_000L);
        // Cash: 10,000.00 - 10,000.00 - 10.00.
        assertThat(f.parts.portfolio().cash()).isEqualTo(-1_000L);
        assertThat(f.parts.stats().fills()).isEqualTo(1);
        assertThat(f.parts.stats().positionsOpened()).isEqualTo(1);
    }

    @Test
    void shouldCloseThePositionOnItsExitFillAndCountTheReason()
    {
        final PartsFixture f = new PartsFixture(RiskHarness.settings().build(), RiskHarness.frictionless());
        f.runSignal(BTC, LONG, 2_000_000, 1_980_000).trade(BTC, 2_000_000, 100_000_000);
        f.next();
        f.parts.placement().requestExit(0, ExitReason.SIGNAL_EXIT, 2_010_000, false);
        f.trade(BTC, 2_010_000, 100_000_000);

        final DirectBuffer closed = f.only(RecordType.POSITION_EVENT);
        assertThat(PositionEventDescriptor.EVENT.get(closed, 0)).isEqualTo(TradingCodes.PositionEventType.CLOSED.code());
        assertThat(PositionEventDescriptor.REASON.get(closed, 0)).isEqualTo(ExitReason.SIGNAL_EXIT.code());
        assertThat(PositionEventDescriptor.EXIT_PRICE.get(closed, 0)).isEqualTo(2_010_000L);
        // 0.5 x (20,100.00 - 20,000.00) = 50.00.
        assertThat(PositionEventDescriptor.REALIZED_PNL.get(closed, 0)).isEqualTo(5_000L);
        assertThat(PositionEventDescriptor.STOP_PRICE.get(closed, 0)).as("the stop is gone").isZero();
        assertThat(f.parts.portfolio().cash()).isEqualTo(1_005_000L);
        assertThat(f.parts.portfolio().position(0).isOpen()).isFalse();
        assertThat(f.parts.stats().exits(ExitReason.SIGNAL_EXIT)).isEqualTo(1);
        assertThat(f.parts.stats().positionsClosed()).isEqualTo(1);
    }

    @Test
    void shouldReportARefusalWhileSubmittingWithTheOrdersFields()
    {
        final PartsFixture f = new PartsFixture(RiskHarness.settings().build(), RiskHarness.frictionless()).next();
        final long id = f.parts.placement().nextOrderId();
        assertThat(f.parts.placement().place(0, id, OrderSide.SELL, OrderType.LIMIT, 30, 0, false)).isFalse();

        final DirectBuffer reject = f.only(RecordType.ORDER_EVENT);
        assertThat(OrderEventDescriptor.EVENT.get(reject, 0)).isEqualTo(TradingCodes.OrderEventType.REJECTED.code());
        assertThat(OrderEventDescriptor.REJECT_REASON.get(reject, 0)).isEqualTo(TradingCodes.VenueReject.INVALID_PRICE.code());
        assertThat(OrderEventDescriptor.INSTRUMENT_ID.get(reject, 0)).isEqualTo(BTC);
        assertThat(OrderEventDescriptor.SIDE.get(reject, 0)).isEqualTo(TradingCodes.OrderSide.SELL.code());
        assertThat(OrderEventDescriptor.QUANTITY.get(reject, 0)).isEqualTo(30);
        assertThat(f.parts.placement().lastVenueReject()).isEqualTo(VenueRejectReason.INVALID_PRICE);
        assertThat(f.parts.stats().venueRejects()).isEqualTo(1);
    }

    @Test
    void shouldReportACancelledLimitEntryAndFreeItsSlot()
    {
        final RiskHarness.Settings s = RiskHarness.settings();
        s.entryOrder = EntryOrder.LIMIT;
        final PartsFixture f = new PartsFixture(s.build(), RiskHarness.frictionless());
        f.runSignal(BTC, LONG, 2_000_000, 1_980_000);
        assertThat(f.parts.portfolio().orders().entrySideOf(0)).isEqualTo(PositionSide.LONG);
        f.next();
        f.parts.placement().cancelEntry(0);

        final DirectBuffer cancel = f.only(RecordType.ORDER_EVENT);
        assertThat(OrderEventDescriptor.EVENT.get(cancel, 0)).isEqualTo(TradingCodes.OrderEventType.CANCELLED.code());
        assertThat(OrderEventDescriptor.SIDE.get(cancel, 0)).isEqualTo(TradingCodes.OrderSide.BUY.code());
        assertThat(OrderEventDescriptor.PRICE.get(cancel, 0)).isEqualTo(2_000_000L);
        assertThat(OrderEventDescriptor.REMAINING.get(cancel, 0)).isEqualTo(50_000_000L);
        assertThat(f.parts.portfolio().occupiedSlots()).isZero();
    }
}
