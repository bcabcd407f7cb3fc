package io.pldot.engine.risk.execution;

import io.pldot.engine.risk.ExitReason;
import io.pldot.engine.risk.RiskHarness;
import io.pldot.engine.venue.FillModel;
import io.pldot.engine.venue.OrderSide;
import io.pldot.engine.venue.OrderType;
import io.pldot.engine.venue.SimulatedVenue;
import io.pldot.engine.venue.VenueSettings;
import io.pldot.journal.schema.OrderEventDescriptor;
import io.pldot.journal.schema.OrderIntentDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.TradingCodes;
import org.agrona.DirectBuffer;
import org.junit.jupiter.api.Test;

import static io.pldot.engine.risk.execution.PartsFixture.BTC;
import static io.pldot.journal.schema.TradingCodes.SignalType.LONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderPlacementTest
{
    @Test
    void shouldNumberOrdersSequenceTimes64PlusTheirIndexInTheInput()
    {
        final PartsFixture f = new PartsFixture(RiskHarness.settings().build(), RiskHarness.frictionless());
        f.next(); // sequence 1
        final OrderPlacement placement = f.parts.placement();
        assertThat(placement.nextOrderId()).isEqualTo(64);
        assertThat(placement.nextOrderId()).isEqualTo(65);
        f.next(); // sequence 2: counts from 128 again
        for (int k = 0; k < 64; k++)
        {
            assertThat(placement.nextOrderId()).isEqualTo(128 + k);
        }
        assertThatThrownBy(placement::nextOrderId).isInstanceOf(IllegalStateException.class)
            .hasMessage("more than 64 orders for input 2");
    }

    @Test
    void shouldSubmitAndReportTheAcceptanceOfARestingOrder()
    {
        final PartsFixture f = new PartsFixture(RiskHarness.settings().build(), RiskHarness.frictionless()).next();
        assertThat(f.parts.placement().place(0, 64, OrderSide.BUY, OrderType.LIMIT, 1_000, 1_990_000, true)).isTrue();
        final DirectBuffer accepted = f.only(RecordType.ORDER_EVENT);
        assertThat(OrderEventDescriptor.EVENT.get(accepted, 0)).isEqualTo(TradingCodes.OrderEventType.ACCEPTED.code());
        assertThat(OrderEventDescriptor.PRICE.get(accepted, 0)).isEqualTo(1_990_000L);
        assertThat(OrderEventDescriptor.REMAINING.get(accepted, 0)).isEqualTo(1_000L);
        assertThat(f.parts.venue().openOrders()).isEqualTo(1);
        assertThat(f.parts.placement().isSubmitting(64)).as("only while submitting").isFalse();
    }

    @Test
    void shouldFillASignalsMarketOrderAtOnceInTheSignalCloseCrossCheck()
    {
        final PartsFixture f = new PartsFixture(RiskHarness.settings().build(),
            new VenueSettings(0, 0, 0, 0, true, FillModel.SIGNAL_CLOSE)).next();
        assertThat(f.parts.placement().place(0, 64, OrderSide.BUY, OrderType.MARKET, 1_000, 2_000_000, true)).isTrue();
        final DirectBuffer fill = f.only(RecordType.ORDER_EVENT);
        assertThat(OrderEventDescriptor.EVENT.get(fill, 0)).as("no ACCEPTED first")
            .isEqualTo(TradingCodes.OrderEventType.FILLED.code());
        assertThat(OrderEventDescriptor.PRICE.get(fill, 0)).isEqualTo(2_000_000L);
    }

    @Test
    void shouldCloseAnOpenPositionWithOneMarketExitAndIgnoreFlatOrClosingOnes()
    {
        final PartsFixture f = new PartsFixture(RiskHarness.settings().build(), RiskHarness.frictionless());
        f.next();
        f.parts.placement().requestExit(0, ExitReason.DUMP, 2_000_000, false);
        assertThat(f.out.count()).as("flat: nothing").isZero();

        f.runSignal(BTC, LONG, 2_000_000, 1_980_000).trade(BTC, 2_000_000, 100_000_000);
        final long positionId = f.parts.portfolio().position(0).positionId();
        f.next();
        f.parts.placement().requestExit(0, ExitReason.DUMP, 1_995_000, false);
        f.parts.placement().requestExit(0, ExitReason.MAX_HOLD_TIME, 1_995_000, false);

        final DirectBuffer exit = f.only(RecordType.ORDER_INTENT);
        assertThat(OrderIntentDescriptor.CLIENT_ORDER_ID.get(exit, 0)).isEqualTo(f.sequence * 64);
        assertThat(OrderIntentDescriptor.REASON.get(exit, 0)).isEqualTo(ExitReason.DUMP.code());
        assertThat(OrderIntentDescriptor.SIDE.get(exit, 0)).isEqualTo(TradingCodes.OrderSide.SELL.code());
        assertThat(OrderIntentDescriptor.PRICE.get(exit, 0)).isEqualTo(SimulatedVenue.NO_PRICE);
        assertThat(OrderIntentDescriptor.REFERENCE_PRICE.get(exit, 0)).isEqualTo(1_995_000L);
        assertThat(OrderIntentDescriptor.QUANTITY.get(exit, 0)).isEqualTo(50_000_000L);
        assertThat(OrderIntentDescriptor.POSITION_ID.get(exit, 0)).isEqualTo(positionId);
        assertThat(f.parts.portfolio().orders().exitReason(0)).isEqualTo(ExitReason.DUMP);
    }
}
