package io.pldot.engine.risk;

import io.pldot.engine.risk.stop.PositionSide;
import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.instrument.InstrumentRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PositionOrdersTest
{
    // BTC: prices 2 dp, quantities 8 dp; ETH: 2 dp, 4 dp. Cash at 2 dp.
    private final Portfolio portfolio = new Portfolio(new InstrumentRegistry(List.of(
        new Instrument("BTCUSDT", 1, "BINANCE", 2, 8),
        new Instrument("ETHUSDT", 2, "BINANCE", 2, 4))), RiskSettings.defaults());
    private final PositionOrders orders = portfolio.orders();

    /** 0.5 BTC long at 20,000.00, entry order 11, planned stop 19,000.00, filled at once. */
    private void openHalfBtc()
    {
        orders.beginEntry(0, 11, PositionSide.LONG, 50_000_000L, 2_000_000L, 1_900_000L, 1, 7, 0.8);
        portfolio.settle(0, true, 2_000_000L, 50_000_000L, 0);
        portfolio.fillEntry(0, 2_000_000L, 50_000_000L, 0, 5, 0);
    }

    @Test
    void shouldRecordAnEntryUntilItIsCleared()
    {
        assertThat(orders.entryPending(0)).isFalse();
        orders.beginEntry(0, 11, PositionSide.SHORT, 50_000_000L, 2_000_000L, 2_100_000L, 2, 7, 0.8);
        orders.entryPlaced(0, true, 123);

        assertThat(orders.entryPending(0)).isTrue();
        assertThat(orders.entryPending(1)).isFalse();
        assertThat(orders.entryOrderId(0)).isEqualTo(11);
        assertThat(orders.entrySideOf(0)).isEqualTo(PositionSide.SHORT);
        assertThat(orders.entryRemaining(0)).isEqualTo(50_000_000L);
        assertThat(orders.entryReference(0)).isEqualTo(2_000_000L);
        assertThat(orders.entryIsLimit(0)).isTrue();
        assertThat(orders.entryPlacedAt(0)).isEqualTo(123);
        assertThat(portfolio.occupiedSlots()).as("a pending entry takes a slot").isEqualTo(1);
        // 0.5 x 20,000.00 = 10,000.00 committed at the reference price (cash scale 2: 1,000,000).
        assertThat(portfolio.committedExposure(-1)).isEqualTo(1_000_000L);

        orders.clearEntry(0);
        assertThat(orders.entryPending(0)).isFalse();
        assertThat(orders.entryRemaining(0)).isZero();
        assertThat(orders.entryIsLimit(0)).isFalse();
        assertThat(portfolio.occupiedSlots()).isZero();
        assertThat(portfolio.committedExposure(-1)).isZero();
    }

    @Test
    void shouldFindEachWorkingOrderAndClearOnlyTheOneNamed()
    {
        openHalfBtc();
        assertThat(orders.entryPending(0)).as("fully filled").isFalse();
        orders.beginStopOrder(0, 21, 1_950_000L, 50_000_000L);
        orders.beginExit(0, 22, ExitReason.DUMP);
        orders.beginEntry(1, 23, PositionSide.LONG, 10_000L, 150_000L, 140_000L, 1, 7, 0.5);

        assertThat(orders.indexOfOrder(21)).isZero();
        assertThat(orders.indexOfOrder(22)).isZero();
        assertThat(orders.indexOfOrder(23)).isEqualTo(1);
        assertThat(orders.indexOfOrder(99)).isEqualTo(-1);
        assertThat(orders.exitReason(0)).isEqualTo(ExitReason.DUMP);

        orders.clearOrder(0, 22);
        assertThat(orders.exitPending(0)).isFalse();
        assertThat(orders.stopOrderId(0)).as("the stop is another order").isEqualTo(21);
        orders.clearOrder(0, 21);
        assertThat(orders.stopOrderId(0)).isEqualTo(Position.NO_ORDER);
        assertThat(orders.stopOrderPrice(0)).isZero();
        assertThat(orders.stopOrderQuantity(0)).isZero();
        assertThat(orders.stopLevel(0)).as("the level placed is remembered").isEqualTo(1_950_000L);
        orders.clearOrder(1, 23);
        assertThat(orders.entryPending(1)).isFalse();
    }

    @Test
    void shouldTurnATriggeredStopOrderIntoTheTrailingStopExit()
    {
        openHalfBtc();
        orders.beginStopOrder(0, 21, 1_950_000L, 50_000_000L);
        assertThat(orders.stopOrderPrice(0)).isEqualTo(1_950_000L);
        assertThat(orders.stopOrderQuantity(0)).isEqualTo(50_000_000L);

        orders.stopOrderToExit(0);
        assertThat(orders.exitOrderId(0)).isEqualTo(21);
        assertThat(orders.exitReason(0)).isEqualTo(ExitReason.TRAILING_STOP);
        assertThat(orders.exitPending(0)).isTrue();
        assertThat(orders.stopOrderId(0)).isEqualTo(Position.NO_ORDER);
        assertThat(orders.indexOfOrder(21)).as("found as the exit now").isZero();
    }

    @Test
    void shouldRememberARefusedStopUntilThePositionCloses()
    {
        openHalfBtc();
        orders.beginStopOrder(0, 21, 1_950_000L, 50_000_000L);
        orders.stopOrderRefused(0);
        assertThat(orders.stopRefused(0)).isTrue();
        assertThat(orders.stopOrderId(0)).isEqualTo(Position.NO_ORDER);

        orders.beginExit(0, 22, ExitReason.SIGNAL_EXIT);
        portfolio.settle(0, false, 2_000_000L, 50_000_000L, 0);
        assertThat(portfolio.fillExit(0, 2_000_000L, 50_000_000L, 0, 0)).isTrue();
        portfolio.finishClose(0);
        assertThat(orders.stopRefused(0)).isFalse();
        assertThat(orders.stopLevel(0)).isZero();
        assertThat(orders.exitPending(0)).isFalse();
    }
}
