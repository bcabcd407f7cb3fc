package io.pldot.engine.risk;

import io.pldot.engine.venue.VenueSettings;
import io.pldot.journal.schema.OrderEventDescriptor;
import io.pldot.journal.schema.OrderIntentDescriptor;
import io.pldot.journal.schema.PositionEventDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.RiskRejectDescriptor;
import io.pldot.journal.schema.TradingCodes;
import org.agrona.DirectBuffer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.pldot.engine.risk.RiskHarness.BTC;
import static io.pldot.engine.risk.RiskHarness.ETH;
import static io.pldot.engine.risk.RiskHarness.SECOND;
import static io.pldot.engine.risk.RiskHarness.of;
import static io.pldot.engine.risk.RiskHarness.types;
import static io.pldot.journal.schema.TradingCodes.OrderEventType.ACCEPTED;
import static io.pldot.journal.schema.TradingCodes.OrderEventType.CANCELLED;
import static io.pldot.journal.schema.TradingCodes.OrderEventType.FILLED;
import static io.pldot.journal.schema.TradingCodes.OrderEventType.PARTIALLY_FILLED;
import static io.pldot.journal.schema.TradingCodes.SignalType.EXIT_LONG;
import static io.pldot.journal.schema.TradingCodes.SignalType.LONG;
import static io.pldot.journal.schema.TradingCodes.SignalType.SHORT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The opt-in order types of the risk stage, with hand-worked fixed-point values: limit entries
 * ({@code risk.entryOrder: limit}, {@code risk.entryTimeout}) and protective stop orders resting in
 * the venue ({@code risk.protectiveStop: venue}). Cash at scale 2 (cents), BTC quantities at scale 8.
 */
class RiskStageOrderTypesTest
{
    private static final long ONE_BTC = 100_000_000L;

    private static RiskHarness.Settings limitEntries()
    {
        final RiskHarness.Settings settings = RiskHarness.settings();
        settings.entryOrder = EntryOrder.LIMIT;
        return settings;
    }

    private static RiskHarness.Settings venueStops()
    {
        final RiskHarness.Settings settings = RiskHarness.settings();
        settings.protectiveStop = ProtectiveStop.VENUE;
        return settings;
    }

    private static void assertOrderEvent(
        final DirectBuffer b, final TradingCodes.OrderEventType event, final long id, final long price, final long quantity,
        final long remaining)
    {
        assertThat(OrderEventDescriptor.EVENT.get(b, 0)).as("event").isEqualTo(event.code());
        assertThat(OrderEventDescriptor.CLIENT_ORDER_ID.get(b, 0)).as("client order id").isEqualTo(id);
        assertThat(OrderEventDescriptor.PRICE.get(b, 0)).as("price").isEqualTo(price);
        assertThat(OrderEventDescriptor.QUANTITY.get(b, 0)).as("quantity").isEqualTo(quantity);
        assertThat(OrderEventDescriptor.REMAINING.get(b, 0)).as("remaining").isEqualTo(remaining);
    }

    private static void assertStopIntent(
        final DirectBuffer b, final long id, final TradingCodes.OrderSide side, final long price, final long quantity,
        final long positionId)
    {
        assertThat(OrderIntentDescriptor.ORDER_TYPE.get(b, 0)).isEqualTo(TradingCodes.OrderType.STOP.code());
        assertThat(OrderIntentDescriptor.REASON.get(b, 0)).isEqualTo(TradingCodes.OrderReason.TRAILING_STOP.code());
        assertThat(OrderIntentDescriptor.CLIENT_ORDER_ID.get(b, 0)).isEqualTo(id);
        assertThat(OrderIntentDescriptor.SIDE.get(b, 0)).isEqualTo(side.code());
        assertThat(OrderIntentDescriptor.PRICE.get(b, 0)).isEqualTo(price);
        assertThat(OrderIntentDescriptor.QUANTITY.get(b, 0)).isEqualTo(quantity);
        assertThat(OrderIntentDescriptor.POSITION_ID.get(b, 0)).isEqualTo(positionId);
    }

    // ---------------------------------------------------------------- limit entries

    @Test
    void shouldRestALimitEntryAtTheSignalPriceAndFillItOnlyOnALaterTradeThatReachesItAsAMaker()
    {
        final RiskHarness.Settings settings = limitEntries();
        settings.maxPositions = 1;
        // 10 bps slippage and a 10 bps taker fee that a limit fill must not pay; 2 bps maker fee.
        final RiskHarness h = new RiskHarness(settings.build(), new VenueSettings(0, 10, 2, 10, true));
        h.trade(BTC, 2_000_000, ONE_BTC);

        // 1% of 10,000.00 over a 400.00 stop = 0.25 BTC, as a buy limit at 20,000.00. The deciding trade is at the
        // limit itself and still does not fill it: never on the input that decided.
        final List<DirectBuffer> decided = h.signal(BTC, LONG, 2_000_000, 1_960_000, 0.8, 1).trade(BTC, 2_000_000, ONE_BTC);
        assertThat(types(decided)).containsExactly("order-intent", "order-event");
        assertThat(OrderIntentDescriptor.ORDER_TYPE.get(decided.get(0), 0)).isEqualTo(TradingCodes.OrderType.LIMIT.code());
        assertThat(OrderIntentDescriptor.SIDE.get(decided.get(0), 0)).isEqualTo(TradingCodes.OrderSide.BUY.code());
        assertThat(OrderIntentDescriptor.PRICE.get(decided.get(0), 0)).isEqualTo(2_000_000);
        assertThat(OrderIntentDescriptor.REFERENCE_PRICE.get(decided.get(0), 0)).isEqualTo(2_000_000);
        assertThat(OrderIntentDescriptor.QUANTITY.get(decided.get(0), 0)).isEqualTo(25_000_000);
        assertOrderEvent(decided.get(1), ACCEPTED, 128, 2_000_000, 25_000_000, 25_000_000);
        assertThat(h.stage.openPositions()).isZero();

        // While it rests it holds the only position slot and 5,000.00 of exposure at its limit price.
        final Portfolio p = h.stage.portfolio();
        assertThat(p.occupiedSlots()).isEqualTo(1);
        assertThat(p.committedExposure(-1)).isEqualTo(500_000);
        final List<DirectBuffer> above = h.signal(ETH, LONG, 150_000, 140_000, 0.8, 1).trade(BTC, 2_010_000, ONE_BTC);
        assertThat(types(above)).as("a trade above a buy limit fills nothing").containsExactly("risk-reject");
        assertThat(RiskRejectDescriptor.REASON.get(above.get(0), 0)).isEqualTo(TradingCodes.RiskRejectReason.POSITION_LIMIT.code());

        // A trade through the limit fills at the limit (not the trade price, no slippage) with the maker fee:
        // ceil(20,000.00 x 0.25 x 0.0002) = 1.00.
        final List<DirectBuffer> filled = h.trade(BTC, 1_995_000, ONE_BTC);
        assertThat(types(filled)).containsExactly("order-event", "position-event");
        assertOrderEvent(filled.get(0), FILLED, 128, 2_000_000, 25_000_000, 0);
        assertThat(OrderEventDescriptor.LIQUIDITY.get(filled.get(0), 0)).isEqualTo(TradingCodes.Liquidity.MAKER.code());
        assertThat(OrderEventDescriptor.FEE.get(filled.get(0), 0)).isEqualTo(100);
        assertThat(PositionEventDescriptor.EVENT.get(filled.get(1), 0)).isEqualTo(TradingCodes.PositionEventType.OPENED.code());
        assertThat(PositionEventDescriptor.AVERAGE_ENTRY.get(filled.get(1), 0)).isEqualTo(2_000_000);
        assertThat(PositionEventDescriptor.STOP_PRICE.get(filled.get(1), 0)).isEqualTo(1_990_000);
        assertThat(h.stage.cash()).isEqualTo(1_000_000 - 500_000 - 100);
        assertThat(p.orders().entryPending(0)).isFalse();
    }

    @Test
    void shouldCancelAnUnfilledLimitEntryAfterTheTimeoutBeforeTheTradeThatWouldHaveFilledItAndFreeTheSlot()
    {
        final RiskHarness.Settings settings = limitEntries();
        settings.entryTimeoutNanos = 5 * SECOND;
        settings.maxPositions = 1;
        final RiskHarness h = new RiskHarness(settings.build(), RiskHarness.frictionless());
        h.trade(BTC, 2_000_000, ONE_BTC);
        h.signal(BTC, LONG, 2_000_000, 1_960_000, 0.8, 1).trade(BTC, 2_000_000, ONE_BTC); // decided at START + 2 s
        for (int k = 0; k < 4; k++)
        {
            assertThat(h.trade(BTC, 2_010_000, ONE_BTC)).as("above the limit, within the timeout").isEmpty();
        }

        // START + 7 s = decision + 5 s: cancelled first, so this trade through the limit fills nothing.
        final List<DirectBuffer> expired = h.trade(BTC, 1_990_000, ONE_BTC);
        assertThat(types(expired)).containsExactly("order-event");
        assertOrderEvent(expired.get(0), CANCELLED, 128, 2_000_000, 0, 25_000_000);
        assertThat(OrderEventDescriptor.SIDE.get(expired.get(0), 0)).isEqualTo(TradingCodes.OrderSide.BUY.code());
        assertThat(h.stage.openPositions()).isZero();
        assertThat(h.stage.portfolio().occupiedSlots()).as("slot freed").isZero();
        assertThat(h.stage.venue().openOrders()).isZero();
        assertThat(h.stage.cash()).isEqualTo(1_000_000);

        // The freed slot takes the next signal.
        final List<DirectBuffer> next = h.signal(BTC, LONG, 1_990_000, 1_950_000, 0.8, 1).trade(BTC, 1_990_000, ONE_BTC);
        assertThat(types(next)).containsExactly("order-intent", "order-event");
    }

    @Test
    void shouldKeepThePartlyFilledPartAsThePositionWhenTheRestTimesOut()
    {
        final RiskHarness.Settings settings = limitEntries();
        settings.entryTimeoutNanos = 5 * SECOND;
        final RiskHarness h = new RiskHarness(settings.build(), RiskHarness.frictionless());
        h.trade(BTC, 2_000_000, ONE_BTC);
        h.signal(BTC, LONG, 2_000_000, 1_960_000, 0.8, 1).trade(BTC, 2_000_000, ONE_BTC); // 0.25 BTC at START + 2 s

        // Only 0.1 BTC trades at 19,950.00: 0.1 fills at the 20,000.00 limit, 0.15 rests.
        final List<DirectBuffer> partial = h.trade(BTC, 1_995_000, 10_000_000);
        assertThat(types(partial)).containsExactly("order-event", "position-event");
        assertOrderEvent(partial.get(0), PARTIALLY_FILLED, 128, 2_000_000, 10_000_000, 15_000_000);
        assertThat(OrderEventDescriptor.LIQUIDITY.get(partial.get(0), 0)).isEqualTo(TradingCodes.Liquidity.MAKER.code());
        assertThat(PositionEventDescriptor.QUANTITY.get(partial.get(1), 0)).isEqualTo(10_000_000);
        for (int k = 0; k < 3; k++)
        {
            assertThat(h.timer()).isEmpty();
        }

        // START + 7 s: the rest is cancelled (also before this trade could fill it); the 0.1 BTC stays open.
        final List<DirectBuffer> expired = h.trade(BTC, 1_995_000, ONE_BTC);
        assertThat(types(expired)).containsExactly("order-event");
        assertOrderEvent(expired.get(0), CANCELLED, 128, 2_000_000, 0, 15_000_000);
        final Portfolio p = h.stage.portfolio();
        assertThat(p.position(0).quantity()).isEqualTo(10_000_000);
        assertThat(p.orders().entryPending(0)).isFalse();
        assertThat(p.occupiedSlots()).as("the open position keeps its slot").isEqualTo(1);
        assertThat(p.committedExposure(-1)).as("0.1 BTC marked at 19,950.00").isEqualTo(199_500);
        assertThat(h.stage.cash()).isEqualTo(1_000_000 - 200_000);

        // It closes like any position: 0.1 x (21,000.00 - 20,000.00) = 100.00.
        h.signal(BTC, EXIT_LONG, 1_995_000, 0, 1.0, 1).trade(BTC, 1_995_000, ONE_BTC);
        final DirectBuffer closed = of(h.trade(BTC, 2_100_000, ONE_BTC), RecordType.POSITION_EVENT).get(0);
        assertThat(PositionEventDescriptor.EVENT.get(closed, 0)).isEqualTo(TradingCodes.PositionEventType.CLOSED.code());
        assertThat(PositionEventDescriptor.REALIZED_PNL.get(closed, 0)).isEqualTo(10_000);
        assertThat(h.stage.cash()).isEqualTo(1_010_000);
    }

    // ---------------------------------------------------------------- venue stops

    /** 0.25 BTC long: signal at 20,000.00 on input 2, market fill at 20,100.00 on input 3 (position id 128). */
    private static List<DirectBuffer> openLong(final RiskHarness h)
    {
        h.trade(BTC, 2_000_000, ONE_BTC);
        h.signal(BTC, LONG, 2_000_000, 1_960_000, 0.8, 1).trade(BTC, 2_000_000, ONE_BTC);
        return h.trade(BTC, 2_010_000, ONE_BTC);
    }

    @Test
    void shouldRestAStopOrderInTheVenueReplaceItAsTheStopTrailsAndCloseOnTheTickThatReachesIt()
    {
        final RiskHarness h = new RiskHarness(venueStops().build(), RiskHarness.frictionless());

        // The fill opens the position; its stop 20,100.00 - 100.50 = 19,999.50 goes to the venue as a sell stop.
        final List<DirectBuffer> opened = openLong(h);
        assertThat(types(opened)).containsExactly("order-event", "position-event", "order-intent", "order-event");
        assertThat(PositionEventDescriptor.STOP_PRICE.get(opened.get(1), 0)).isEqualTo(1_999_950);
        assertStopIntent(opened.get(2), 3 * 64, TradingCodes.OrderSide.SELL, 1_999_950, 25_000_000, 128);
        assertOrderEvent(opened.get(3), ACCEPTED, 3 * 64, 1_999_950, 25_000_000, 25_000_000);

        // A new high trails the stop to 20,300.00 - 101.50 = 20,198.50: cancel the old order, place the new one.
        final List<DirectBuffer> moved = h.trade(BTC, 2_030_000, ONE_BTC);
        assertThat(types(moved)).containsExactly("position-event", "order-event", "order-intent", "order-event");
        assertThat(PositionEventDescriptor.EVENT.get(moved.get(0), 0)).isEqualTo(TradingCodes.PositionEventType.STOP_MOVED.code());
        assertThat(PositionEventDescriptor.STOP_PRICE.get(moved.get(0), 0)).isEqualTo(2_019_850);
        assertOrderEvent(moved.get(1), CANCELLED, 3 * 64, 1_999_950, 0, 25_000_000);
        assertThat(OrderEventDescriptor.SIDE.get(moved.get(1), 0)).isEqualTo(TradingCodes.OrderSide.SELL.code());
        assertStopIntent(moved.get(2), 4 * 64, TradingCodes.OrderSide.SELL, 2_019_850, 25_000_000, 128);
        assertOrderEvent(moved.get(3), ACCEPTED, 4 * 64, 2_019_850, 25_000_000, 25_000_000);
        assertThat(h.trade(BTC, 2_025_000, ONE_BTC)).as("no new high, no stop reached").isEmpty();
        assertThat(h.stage.venue().openOrders()).isEqualTo(1);

        // The trade that reaches the stop fills it in the venue, on that same trade (a touch: at 20,198.50), and
        // the stage sends no market exit of its own.
        final List<DirectBuffer> hit = h.trade(BTC, 2_019_850, ONE_BTC);
        assertThat(types(hit)).containsExactly("order-event", "position-event");
        assertOrderEvent(hit.get(0), FILLED, 4 * 64, 2_019_850, 25_000_000, 0);
        assertThat(OrderEventDescriptor.LIQUIDITY.get(hit.get(0), 0)).isEqualTo(TradingCodes.Liquidity.TAKER.code());
        final DirectBuffer close = hit.get(1);
        assertThat(PositionEventDescriptor.EVENT.get(close, 0)).isEqualTo(TradingCodes.PositionEventType.CLOSED.code());
        assertThat(PositionEventDescriptor.REASON.get(close, 0)).isEqualTo(TradingCodes.OrderReason.TRAILING_STOP.code());
        assertThat(PositionEventDescriptor.EXIT_PRICE.get(close, 0)).isEqualTo(2_019_850);
        // floor(20,198.50 x 0.25) = 5,049.62 received for 5,025.00 paid.
        assertThat(PositionEventDescriptor.REALIZED_PNL.get(close, 0)).isEqualTo(2_462);
        assertThat(h.stage.cash()).isEqualTo(1_002_462);
        assertThat(h.stage.equity()).isEqualTo(1_002_462);
        assertThat(h.stage.exits(ExitReason.TRAILING_STOP)).isEqualTo(1);
        assertThat(h.stage.orders()).as("entry + two stop orders").isEqualTo(3);
        assertThat(h.stage.venue().openOrders()).isZero();
        assertThat(h.trade(BTC, 1_900_000, ONE_BTC)).as("nothing left to exit").isEmpty();
    }

    @Test
    void shouldFillAShortsBuyStopAtTheTradePriceWithSlippageWhenTheMarketGapsThroughIt()
    {
        // 10 bps slippage, no fees.
        final RiskHarness h = new RiskHarness(venueStops().build(), new VenueSettings(0, 10, 0, 0, true));
        h.trade(BTC, 2_000_000, ONE_BTC);
        h.signal(BTC, SHORT, 2_000_000, 2_040_000, 0.8, 1).trade(BTC, 2_000_000, ONE_BTC);

        // The sell fills at floor(20,000.00 x 0.999) = 19,980.00; its stop 19,980.00 + 99.90 = 20,079.90 is a buy stop.
        final List<DirectBuffer> opened = h.trade(BTC, 2_000_000, ONE_BTC);
        assertThat(OrderEventDescriptor.PRICE.get(opened.get(0), 0)).isEqualTo(1_998_000);
        assertStopIntent(opened.get(2), 3 * 64, TradingCodes.OrderSide.BUY, 2_007_990, 25_000_000, 128);

        // The market gaps from 20,000.00 to 20,200.00: the stop fills at the trade price plus slippage,
        // ceil(20,200.00 x 1.001) = 20,220.20, not at 20,079.90.
        final List<DirectBuffer> gap = h.trade(BTC, 2_020_000, ONE_BTC);
        assertThat(types(gap)).containsExactly("order-event", "position-event");
        assertOrderEvent(gap.get(0), FILLED, 3 * 64, 2_022_020, 25_000_000, 0);
        assertThat(PositionEventDescriptor.EXIT_PRICE.get(gap.get(1), 0)).isEqualTo(2_022_020);
        // 4,995.00 received at entry, ceil(20,220.20 x 0.25) = 5,055.05 paid to cover.
        assertThat(PositionEventDescriptor.REALIZED_PNL.get(gap.get(1), 0)).isEqualTo(-6_005);
        assertThat(h.stage.cash()).isEqualTo(993_995);
        assertThat(h.stage.openPositions()).isZero();
    }

    @Test
    void shouldNotExitTwiceWhenTheVenueStopFillsInParts()
    {
        final RiskHarness h = new RiskHarness(venueStops().build(), RiskHarness.frictionless());
        openLong(h); // stop order 192 at 19,999.50 for 0.25 BTC

        // Only 0.1 BTC trades at 19,990.00: the stop fills 0.1 and stays triggered for the rest. The stage's
        // own trailing stop is reached on this tick too, but the venue order owns the exit: no market order.
        final List<DirectBuffer> first = h.trade(BTC, 1_999_000, 10_000_000);
        assertThat(types(first)).containsExactly("order-event", "position-event");
        assertOrderEvent(first.get(0), PARTIALLY_FILLED, 192, 1_999_000, 10_000_000, 15_000_000);
        assertThat(PositionEventDescriptor.EVENT.get(first.get(1), 0)).isEqualTo(TradingCodes.PositionEventType.REDUCED.code());
        assertThat(PositionEventDescriptor.REASON.get(first.get(1), 0)).isEqualTo(TradingCodes.OrderReason.TRAILING_STOP.code());
        assertThat(h.stage.portfolio().orders().exitPending(0)).isTrue();

        final List<DirectBuffer> rest = h.trade(BTC, 1_998_000, ONE_BTC);
        assertThat(types(rest)).containsExactly("order-event", "position-event");
        assertOrderEvent(rest.get(0), FILLED, 192, 1_998_000, 15_000_000, 0);
        assertThat(PositionEventDescriptor.EVENT.get(rest.get(1), 0)).isEqualTo(TradingCodes.PositionEventType.CLOSED.code());
        // floor(19,990.00 x 0.1) + floor(19,980.00 x 0.15) = 1,999.00 + 2,997.00 = 4,996.00 for 5,025.00.
        assertThat(PositionEventDescriptor.REALIZED_PNL.get(rest.get(1), 0)).isEqualTo(-2_900);
        assertThat(h.stage.cash()).isEqualTo(997_100);
        assertThat(h.stage.orders()).as("entry + stop, no market exit").isEqualTo(2);
        assertThat(h.stage.positionsClosed()).isEqualTo(1);
        assertThat(h.stage.venue().openOrders()).isZero();
    }

    @Test
    void shouldCancelTheVenueStopBeforeAnyOtherExit()
    {
        final RiskHarness h = new RiskHarness(venueStops().build(), RiskHarness.frictionless());
        openLong(h);
        final List<DirectBuffer> exit = h.signal(BTC, EXIT_LONG, 2_010_000, 0, 1.0, 1).trade(BTC, 2_010_000, ONE_BTC);
        assertThat(types(exit)).containsExactly("order-event", "order-intent", "order-event");
        assertOrderEvent(exit.get(0), CANCELLED, 192, 1_999_950, 0, 25_000_000);
        assertThat(OrderIntentDescriptor.ORDER_TYPE.get(exit.get(1), 0)).isEqualTo(TradingCodes.OrderType.MARKET.code());
        assertThat(OrderIntentDescriptor.REASON.get(exit.get(1), 0)).isEqualTo(TradingCodes.OrderReason.SIGNAL_EXIT.code());

        // A fall through the old stop level while the market exit works sends nothing more.
        final List<DirectBuffer> closed = h.trade(BTC, 1_990_000, ONE_BTC);
        assertThat(types(closed)).containsExactly("order-event", "position-event");
        assertThat(PositionEventDescriptor.REASON.get(closed.get(1), 0)).isEqualTo(TradingCodes.OrderReason.SIGNAL_EXIT.code());
        assertThat(h.stage.venue().openOrders()).isZero();
        assertThat(h.trade(BTC, 1_980_000, ONE_BTC)).isEmpty();
    }

    @Test
    void shouldResizeTheVenueStopAsALimitEntryFillsInParts()
    {
        final RiskHarness.Settings settings = limitEntries();
        settings.protectiveStop = ProtectiveStop.VENUE;
        final RiskHarness h = new RiskHarness(settings.build(), RiskHarness.frictionless());
        h.trade(BTC, 2_000_000, ONE_BTC);
        h.signal(BTC, LONG, 2_000_000, 1_960_000, 0.8, 1).trade(BTC, 2_000_000, ONE_BTC);

        // 0.1 of the 0.25 BTC limit fills at 20,000.00; the stop 19,900.00 protects those 0.1.
        final List<DirectBuffer> partial = h.trade(BTC, 1_995_000, 10_000_000);
        assertThat(types(partial)).containsExactly("order-event", "position-event", "order-intent", "order-event");
        assertStopIntent(partial.get(2), 3 * 64, TradingCodes.OrderSide.SELL, 1_990_000, 10_000_000, 128);

        // The rest fills: the stop order is replaced by one for the whole 0.25.
        final List<DirectBuffer> rest = h.trade(BTC, 1_995_000, ONE_BTC);
        assertThat(types(rest)).containsExactly("order-event", "position-event", "order-event", "order-intent",
            "order-event");
        assertOrderEvent(rest.get(0), FILLED, 128, 2_000_000, 15_000_000, 0);
        assertThat(PositionEventDescriptor.EVENT.get(rest.get(1), 0)).isEqualTo(TradingCodes.PositionEventType.INCREASED.code());
        assertOrderEvent(rest.get(2), CANCELLED, 3 * 64, 1_990_000, 0, 10_000_000);
        assertStopIntent(rest.get(3), 4 * 64, TradingCodes.OrderSide.SELL, 1_990_000, 25_000_000, 128);

        // A fall to 19,800.00 fills the whole stop: floor(19,800.00 x 0.25) = 4,950.00 for 5,000.00.
        final List<DirectBuffer> stopped = h.trade(BTC, 1_980_000, ONE_BTC);
        assertThat(types(stopped)).containsExactly("order-event", "position-event");
        assertOrderEvent(stopped.get(0), FILLED, 4 * 64, 1_980_000, 25_000_000, 0);
        assertThat(PositionEventDescriptor.REALIZED_PNL.get(stopped.get(1), 0)).isEqualTo(-5_000);
        assertThat(h.stage.cash()).isEqualTo(995_000);
    }

    @Test
    void shouldWriteTheSameBytesForTheSameInputsWithLimitEntriesAndVenueStops()
    {
        assertThat(script()).isEqualTo(script());
    }

    private static byte[] script()
    {
        final RiskHarness.Settings settings = limitEntries();
        settings.protectiveStop = ProtectiveStop.VENUE;
        settings.entryTimeoutNanos = 20 * SECOND;
        settings.dumpDetection = true;
        settings.momentumEmaPeriod = 3;
        final RiskHarness h = new RiskHarness(settings.build(), new VenueSettings(SECOND, 5, 2, 5, true));
        h.randomStream(7L);
        assertThat(h.stage.positionsClosed()).isGreaterThan(10);
        return h.all.toByteArray();
    }
}
