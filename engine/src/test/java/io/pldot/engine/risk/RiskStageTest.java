package io.pldot.engine.risk;

import io.pldot.engine.venue.FillModel;
import io.pldot.engine.venue.VenueSettings;
import io.pldot.journal.schema.OrderEventDescriptor;
import io.pldot.journal.schema.OrderIntentDescriptor;
import io.pldot.journal.schema.PortfolioEventDescriptor;
import io.pldot.journal.schema.PositionEventDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.TradingCodes;
import org.agrona.DirectBuffer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.pldot.engine.risk.RiskHarness.BTC;
import static io.pldot.engine.risk.RiskHarness.ETH;
import static io.pldot.engine.risk.RiskHarness.SECOND;
import static io.pldot.engine.risk.RiskHarness.of;
import static io.pldot.engine.risk.RiskHarness.types;
import static io.pldot.journal.schema.TradingCodes.SignalType.EXIT_LONG;
import static io.pldot.journal.schema.TradingCodes.SignalType.LONG;
import static io.pldot.journal.schema.TradingCodes.SignalType.SHORT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The risk stage through whole position lifecycles, with hand-worked fixed-point values. Cash is at
 * scale 2 (cents); BTC quantities at scale 8.
 */
class RiskStageTest
{
    private static final long ONE_BTC = 100_000_000L;

    private static int code(final DirectBuffer b, final int at)
    {
        return b.getByte(at) & 0xFF;
    }

    @Test
    void shouldSizeFromRiskAndStopThenFillOnTheNextTickTrailAndCloseOnAGapThroughTheStop()
    {
        final RiskHarness h = new RiskHarness(RiskHarness.settings().build(), RiskHarness.frictionless());
        h.trade(BTC, 2_000_000, ONE_BTC);

        // Risk 1% of 10,000.00 = 100.00 over a 400.00 stop distance = 0.25 BTC (notional 5,000 < 100% exposure).
        final List<DirectBuffer> decided = h.signal(BTC, LONG, 2_000_000, 1_960_000, 0.8, 1).trade(BTC, 2_000_000, ONE_BTC);
        assertThat(types(decided)).containsExactly("order-intent", "order-event");
        final DirectBuffer intent = decided.get(0);
        assertThat(OrderIntentDescriptor.clientOrderId(intent, 0)).isEqualTo(2 * 64);
        assertThat(OrderIntentDescriptor.quantity(intent, 0)).isEqualTo(25_000_000);
        assertThat(OrderIntentDescriptor.side(intent, 0)).isEqualTo(TradingCodes.OrderSide.BUY.code());
        assertThat(OrderIntentDescriptor.reason(intent, 0)).isEqualTo(TradingCodes.OrderReason.ENTRY.code());
        assertThat(OrderIntentDescriptor.stopPrice(intent, 0)).isEqualTo(1_960_000);
        assertThat(OrderEventDescriptor.event(decided.get(1), 0)).isEqualTo(TradingCodes.OrderEventType.ACCEPTED.code());
        assertThat(h.stage.openPositions()).isZero();

        // Next trade fills at its price; the 0.5% trailing stop starts at 20,100 - floor(100.5) = 19,999.50.
        final List<DirectBuffer> filled = h.trade(BTC, 2_010_000, ONE_BTC);
        assertThat(types(filled)).containsExactly("order-event", "position-event");
        assertThat(OrderEventDescriptor.event(filled.get(0), 0)).isEqualTo(TradingCodes.OrderEventType.FILLED.code());
        assertThat(OrderEventDescriptor.liquidity(filled.get(0), 0)).isEqualTo(TradingCodes.Liquidity.TAKER.code());
        final DirectBuffer opened = filled.get(1);
        assertThat(PositionEventDescriptor.event(opened, 0)).isEqualTo(TradingCodes.PositionEventType.OPENED.code());
        assertThat(PositionEventDescriptor.quantity(opened, 0)).isEqualTo(25_000_000);
        assertThat(PositionEventDescriptor.averageEntry(opened, 0)).isEqualTo(2_010_000);
        assertThat(PositionEventDescriptor.stopPrice(opened, 0)).isEqualTo(1_999_950);
        assertThat(PositionEventDescriptor.positionId(opened, 0)).isEqualTo(128);
        assertThat(PositionEventDescriptor.signalType(opened, 0)).isEqualTo(LONG.code());
        assertThat(PositionEventDescriptor.confidence(opened, 0)).isEqualTo(0.8);
        assertThat(h.stage.cash()).isEqualTo(1_000_000 - 502_500);
        assertThat(h.stage.equity()).isEqualTo(1_000_000);

        // A new high moves the stop to 20,300 - 101.50 = 20,198.50.
        final List<DirectBuffer> moved = h.trade(BTC, 2_030_000, ONE_BTC);
        assertThat(types(moved)).containsExactly("position-event");
        assertThat(PositionEventDescriptor.event(moved.get(0), 0)).isEqualTo(TradingCodes.PositionEventType.STOP_MOVED.code());
        assertThat(PositionEventDescriptor.stopPrice(moved.get(0), 0)).isEqualTo(2_019_850);

        // Reaching the stop sends a closing market order; it fills on the next trade, a gap down to 20,000.
        final List<DirectBuffer> hit = h.trade(BTC, 2_019_850, ONE_BTC);
        assertThat(types(hit)).containsExactly("order-intent", "order-event");
        assertThat(OrderIntentDescriptor.reason(hit.get(0), 0)).isEqualTo(TradingCodes.OrderReason.TRAILING_STOP.code());
        assertThat(OrderIntentDescriptor.side(hit.get(0), 0)).isEqualTo(TradingCodes.OrderSide.SELL.code());
        assertThat(OrderIntentDescriptor.positionId(hit.get(0), 0)).isEqualTo(128);
        final List<DirectBuffer> closed = h.trade(BTC, 2_000_000, ONE_BTC);
        assertThat(types(closed)).containsExactly("order-event", "position-event");
        final DirectBuffer close = closed.get(1);
        assertThat(PositionEventDescriptor.event(close, 0)).isEqualTo(TradingCodes.PositionEventType.CLOSED.code());
        assertThat(PositionEventDescriptor.reason(close, 0)).isEqualTo(TradingCodes.OrderReason.TRAILING_STOP.code());
        assertThat(PositionEventDescriptor.exitPrice(close, 0)).isEqualTo(2_000_000);
        assertThat(PositionEventDescriptor.realizedPnl(close, 0)).isEqualTo(-2_500);
        assertThat(PositionEventDescriptor.change(close, 0)).isEqualTo(25_000_000);
        assertThat(PositionEventDescriptor.quantity(close, 0)).isZero();
        assertThat(PositionEventDescriptor.entryTime(close, 0)).isEqualTo(RiskHarness.START + 3 * SECOND);
        assertThat(h.stage.cash()).isEqualTo(997_500);
        assertThat(h.stage.equity()).isEqualTo(997_500);
        assertThat(h.stage.exits(ExitReason.TRAILING_STOP)).isEqualTo(1);
        assertThat(h.stage.openPositions()).isZero();
    }
}
