package io.pldot.engine.venue;

import io.pldot.journal.instrument.FixedPoint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.pldot.engine.venue.OrderSide.BUY;
import static io.pldot.engine.venue.OrderSide.SELL;
import static io.pldot.engine.venue.OrderType.LIMIT;
import static io.pldot.engine.venue.OrderType.MARKET;
import static io.pldot.engine.venue.OrderType.STOP;
import static io.pldot.engine.venue.SimulatedVenue.NO_ORDER_ID;
import static io.pldot.engine.venue.SimulatedVenue.NO_PRICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * BTC prices are at price scale 2 (5_000_000 is 50,000.00) and quantities at scale 8
 * (100_000_000 is 1 BTC). UNIT has quantity scale 0, for the extremes.
 * Fill lines read: "fill id side price quantity fee @tsOffset remaining".
 */
class SimulatedVenueTest
{
    private static final int BTC = 1;
    private static final int UNIT = 3;
    private static final long ONE_BTC = 100_000_000;
    private static final long T = 1_700_000_000_000_000_000L;
    private static final long MS = 1_000_000;
    private static final long MAX = Long.MAX_VALUE;

    private final List<String> events = new ArrayList<>();
    private final VenueListener recorder = new VenueListener()
    {
        @Override
        public void onFill(
            final long clientOrderId, final int instrumentId, final OrderSide side, final long price,
            final long quantity, final long fee, final long tsEvent, final long remaining)
        {
            events.add("fill " + clientOrderId + " " + side + " " + price + " " + quantity + " " + fee
                + " @" + (tsEvent - T) + " " + remaining);
        }

        @Override
        public void onReject(final long clientOrderId, final VenueRejectReason reason)
        {
            events.add("reject " + clientOrderId + " " + reason);
        }

        @Override
        public void onCancel(final long clientOrderId)
        {
            events.add("cancel " + clientOrderId);
        }
    };

    private SimulatedVenue venue(
        final long latency, final int slippage, final int maker, final int taker, final boolean realistic)
    {
        final SimulatedVenue venue =
            new SimulatedVenue(new VenueSettings(latency, slippage, maker, taker, realistic), 4, recorder);
        venue.defineInstrument(BTC, 8);
        venue.defineInstrument(UNIT, 0);
        return venue;
    }

    private SimulatedVenue frictionless()
    {
        return venue(0, 0, 0, 0, false);
    }

    // ---------------------------------------------------------------- when an order can fill

    @Test
    void shouldNeverFillOnTheTickThatCausedTheDecision()
    {
        final SimulatedVenue venue = frictionless();
        venue.submit(1, BTC, BUY, MARKET, ONE_BTC, NO_PRICE, 10, T);
        venue.onTrade(9, BTC, T, 5_000_000, ONE_BTC);  // an earlier input
        venue.onTrade(10, BTC, T, 5_000_000, ONE_BTC); // the deciding input itself
        assertThat(events).isEmpty();
        venue.onTrade(11, BTC, T, 5_010_000, ONE_BTC); // the next input, same event time, zero latency
        assertThat(events).containsExactly("fill 1 BUY 5010000 100000000 0 @0 0");
        assertThat(venue.openOrders()).isZero();
    }

    @Test
    void shouldWaitForTheLatencyInEventTime()
    {
        final SimulatedVenue venue = venue(5 * MS, 0, 0, 0, false);
        venue.submit(1, BTC, SELL, MARKET, ONE_BTC, NO_PRICE, 10, T);
        venue.onTrade(11, BTC, T + 5 * MS - 1, 5_000_000, ONE_BTC); // 1 ns early
        assertThat(events).isEmpty();
        venue.onTrade(12, BTC, T + 5 * MS, 4_990_000, ONE_BTC);     // decision time + latency: live
        assertThat(events).containsExactly("fill 1 SELL 4990000 100000000 0 @5000000 0");
    }

    @Test
    void shouldOnlyMatchTradesOfTheOrdersInstrument()
    {
        final SimulatedVenue venue = frictionless();
        venue.submit(1, BTC, BUY, MARKET, ONE_BTC, NO_PRICE, 10, T);
        venue.onTrade(11, UNIT, T, 7, 1);
        assertThat(events).isEmpty();
        assertThat(venue.remainingQuantity(1)).isEqualTo(ONE_BTC);
    }

    // ---------------------------------------------------------------- how it fills

    @Test
    void shouldSlipMarketOrdersAgainstTheTraderOnBothSides()
    {
        final SimulatedVenue venue = venue(0, 10, 0, 0, false);
        venue.submit(1, BTC, BUY, MARKET, ONE_BTC, NO_PRICE, 10, T);
        venue.submit(2, BTC, SELL, MARKET, ONE_BTC, NO_PRICE, 10, T);
        venue.onTrade(11, BTC, T, 5_000_000, ONE_BTC);
        // buy: 5,000,000 x 10,010 / 10,000 = 5,005,000; sell: 5,000,000 x 9,990 / 10,000 = 4,995,000
        assertThat(events).containsExactly(
            "fill 1 BUY 5005000 100000000 0 @0 0",
            "fill 2 SELL 4995000 100000000 0 @0 0");

        // Rounding against the trader: 1,000,001 x 1.001 = 1,001,002.001 -> 1,001,002 (up);
        // 1,000,001 x 0.999 = 999,000.999 -> 999,000 (down).
        assertThat(SimulatedVenue.slippedPrice(BUY, 1_000_001, 10)).isEqualTo(1_001_002);
        assertThat(SimulatedVenue.slippedPrice(SELL, 1_000_001, 10)).isEqualTo(999_000);
        // A sell at the smallest price cannot receive zero: 1 x 0.999 -> 1.
        assertThat(SimulatedVenue.slippedPrice(SELL, 1, 10)).isEqualTo(1);
        assertThat(SimulatedVenue.slippedPrice(BUY, 1, 10)).isEqualTo(2);
    }

    @Test
    void shouldFillLimitOrdersAtTheLimitOnlyOnceATradeReachesIt()
    {
        final SimulatedVenue venue = venue(0, 10, 2, 10, false); // slippage never applies to limits
        venue.submit(1, BTC, BUY, LIMIT, ONE_BTC, 4_990_000, 10, T);
        venue.submit(2, BTC, SELL, LIMIT, ONE_BTC, 5_010_000, 10, T);
        venue.onTrade(11, BTC, T + 1, 4_995_000, ONE_BTC);
        venue.onTrade(12, BTC, T + 2, 5_009_999, ONE_BTC);
        assertThat(events).isEmpty();
        // A trade through the sell limit fills at the limit, not the better trade price.
        // Maker fee: 5,010,000 x 1 BTC x 2 bps = 5,010,000 x 2 / 10,000 = 1,002 (10.02)
        venue.onTrade(13, BTC, T + 3, 5_020_000, ONE_BTC);
        // Touching the buy limit is enough: 4,990,000 x 2 / 10,000 = 998 (9.98)
        venue.onTrade(14, BTC, T + 4, 4_990_000, ONE_BTC);
        assertThat(events).containsExactly(
            "fill 2 SELL 5010000 100000000 1002 @3 0",
            "fill 1 BUY 4990000 100000000 998 @4 0");
    }

    @Test
    void shouldTriggerStopsWhenTheTradeReachesThemAndFillAtTheTradePrice()
    {
        final SimulatedVenue venue = venue(0, 10, 2, 10, false);
        venue.submit(1, BTC, SELL, STOP, ONE_BTC, 4_900_000, 10, T);
        venue.submit(2, BTC, BUY, STOP, ONE_BTC, 5_100_000, 10, T);
        venue.submit(3, BTC, SELL, STOP, ONE_BTC, 4_950_000, 10, T);
        venue.onTrade(11, BTC, T + 1, 4_950_001, ONE_BTC);
        assertThat(events).isEmpty();
        // Exactly at the stop triggers (inclusive): 4,950,000 x 0.999 = 4,945,050;
        // taker fee 4,945,050 x 10 / 10,000 = 4,945.05 -> 4,946 (rounded up)
        venue.onTrade(12, BTC, T + 2, 4_950_000, ONE_BTC);
        // Gap through the sell stop at 49,000: fills at the trade 48,500 with slippage, not at the stop:
        // 4,850,000 x 0.999 = 4,845,150; fee 4,845,150 x 10 / 10,000 = 4,845.15 -> 4,846
        venue.onTrade(13, BTC, T + 3, 4_850_000, ONE_BTC);
        // Gap up through the buy stop at 51,000: 5,150,000 x 1.001 = 5,155,150; fee 5,155.15 -> 5,156
        venue.onTrade(14, BTC, T + 4, 5_150_000, ONE_BTC);
        assertThat(events).containsExactly(
            "fill 3 SELL 4945050 100000000 4946 @2 0",
            "fill 1 SELL 4845150 100000000 4846 @3 0",
            "fill 2 BUY 5155150 100000000 5156 @4 0");
    }

    @Test
    void shouldFillPartiallyUpToTheTradedQuantityWhenRealistic()
    {
        final SimulatedVenue venue = venue(0, 0, 0, 10, true);
        venue.submit(1, BTC, BUY, MARKET, 150_000_000, NO_PRICE, 10, T); // 1.5 BTC
        venue.onTrade(11, BTC, T + 1, 5_000_000, ONE_BTC);     // 1.0 traded
        venue.onTrade(12, BTC, T + 2, 5_000_000, 20_000_000);  // 0.2 traded
        assertThat(venue.remainingQuantity(1)).isEqualTo(30_000_000);
        venue.onTrade(13, BTC, T + 3, 5_000_000, 500_000_000); // 5.0 traded: the last 0.3 fills
        // fees: 50,000 x 1.0 x 10 bps = 50.00 -> 5,000; x 0.2 = 10.00 -> 1,000; x 0.3 = 15.00 -> 1,500
        assertThat(events).containsExactly(
            "fill 1 BUY 5000000 100000000 5000 @1 50000000",
            "fill 1 BUY 5000000 20000000 1000 @2 30000000",
            "fill 1 BUY 5000000 30000000 1500 @3 0");
        assertThat(venue.openOrders()).isZero();
        assertThat(venue.fills()).isEqualTo(3);
    }

    @Test
    void shouldShareOneTradesQuantityAmongOrdersInMatchingOrder()
    {
        final SimulatedVenue venue = venue(0, 0, 0, 0, true);
        venue.submit(2, BTC, BUY, MARKET, ONE_BTC, NO_PRICE, 10, T);
        venue.submit(1, BTC, BUY, LIMIT, ONE_BTC, 5_000_000, 10, T);
        venue.submit(3, BTC, SELL, STOP, ONE_BTC, 5_000_000, 10, T);
        venue.onTrade(11, BTC, T, 5_000_000, 150_000_000); // 1.5 traded: id 1 gets 1.0, id 2 gets 0.5, id 3 none
        assertThat(events).containsExactly(
            "fill 1 BUY 5000000 100000000 0 @0 0",
            "fill 2 BUY 5000000 50000000 0 @0 50000000");
        // Stop 3 triggered on that trade although nothing was left for it: it is now a market order,
        // and fills on the next trade even though that trade is back above its stop.
        venue.onTrade(12, BTC, T + 1, 5_100_000, ONE_BTC);
        assertThat(events.subList(2, events.size())).containsExactly(
            "fill 2 BUY 5100000 50000000 0 @1 0",
            "fill 3 SELL 5100000 50000000 0 @1 50000000");
    }

    @Test
    void shouldFillWholeOrdersRegardlessOfTradedQuantityWhenNotRealistic()
    {
        final SimulatedVenue venue = frictionless();
        venue.submit(1, BTC, BUY, MARKET, 150_000_000, NO_PRICE, 10, T);
        venue.submit(2, BTC, BUY, MARKET, 150_000_000, NO_PRICE, 10, T);
        venue.onTrade(11, BTC, T, 5_000_000, 1_000_000); // 0.01 traded
        assertThat(events).containsExactly(
            "fill 1 BUY 5000000 150000000 0 @0 0",
            "fill 2 BUY 5000000 150000000 0 @0 0");
    }

    @Test
    void shouldMatchByActivationTimeThenClientOrderId()
    {
        final SimulatedVenue venue = venue(MS, 0, 0, 0, true);
        venue.submit(30, BTC, BUY, MARKET, ONE_BTC, NO_PRICE, 10, T);
        venue.submit(5, BTC, BUY, MARKET, ONE_BTC, NO_PRICE, 11, T + 1); // decided later: activates later
        venue.submit(10, BTC, BUY, MARKET, ONE_BTC, NO_PRICE, 10, T);
        venue.submit(20, BTC, BUY, MARKET, ONE_BTC, NO_PRICE, 10, T);
        venue.onTrade(12, BTC, T + 2 * MS, 5_000_000, 350_000_000); // 3.5 traded
        assertThat(events).containsExactly(
            "fill 10 BUY 5000000 100000000 0 @2000000 0",
            "fill 20 BUY 5000000 100000000 0 @2000000 0",
            "fill 30 BUY 5000000 100000000 0 @2000000 0",
            "fill 5 BUY 5000000 50000000 0 @2000000 50000000");
    }

    @Test
    void shouldAcceptOrdersSubmittedFromAFillCallbackWithoutFillingThemOnThatTrade()
    {
        final SimulatedVenue[] holder = new SimulatedVenue[1];
        final VenueListener reentrant = new VenueListener()
        {
            @Override
            public void onFill(
                final long clientOrderId, final int instrumentId, final OrderSide side, final long price,
                final long quantity, final long fee, final long tsEvent, final long remaining)
            {
                recorder.onFill(clientOrderId, instrumentId, side, price, quantity, fee, tsEvent, remaining);
                if (clientOrderId == 1)
                {
                    // Exit decided on the entry's fill (input 11): a sell that may fill from input 12 on.
                    holder[0].submit(2, BTC, SELL, MARKET, quantity, NO_PRICE, 11, tsEvent);
                }
            }

            @Override
            public void onReject(final long clientOrderId, final VenueRejectReason reason)
            {
                recorder.onReject(clientOrderId, reason);
            }

            @Override
            public void onCancel(final long clientOrderId)
            {
                recorder.onCancel(clientOrderId);
            }
        };
        final SimulatedVenue venue = new SimulatedVenue(new VenueSettings(0, 0, 0, 0, false), 4, reentrant);
        holder[0] = venue;
        venue.defineInstrument(BTC, 8);
        venue.submit(1, BTC, BUY, MARKET, ONE_BTC, NO_PRICE, 10, T);
        venue.onTrade(11, BTC, T, 5_000_000, ONE_BTC);
        assertThat(venue.openOrders()).isEqualTo(1);
        venue.onTrade(12, BTC, T + 1, 5_001_000, ONE_BTC);
        assertThat(events).containsExactly(
            "fill 1 BUY 5000000 100000000 0 @0 0",
            "fill 2 SELL 5001000 100000000 0 @1 0");
    }

    // ---------------------------------------------------------------- cancel and rejects

    @Test
    void shouldCancelOpenOrdersAndRejectCancelsOfUnknownOnes()
    {
        final SimulatedVenue venue = frictionless();
        venue.submit(1, BTC, BUY, LIMIT, ONE_BTC, 4_990_000, 10, T);
        venue.submit(2, BTC, BUY, MARKET, ONE_BTC, NO_PRICE, 10, T);
        assertThat(venue.cancel(1)).isTrue();
        venue.onTrade(11, BTC, T, 4_900_000, ONE_BTC); // would have filled order 1
        assertThat(venue.cancel(1)).isFalse();         // already cancelled
        assertThat(venue.cancel(2)).isFalse();         // already filled
        assertThat(venue.cancel(77)).isFalse();        // never seen
        assertThat(events).containsExactly(
            "cancel 1",
            "fill 2 BUY 4900000 100000000 0 @0 0",
            "reject 1 UNKNOWN_ORDER",
            "reject 2 UNKNOWN_ORDER",
            "reject 77 UNKNOWN_ORDER");
        assertThat(venue.cancels()).isEqualTo(1);
        assertThat(venue.rejects(VenueRejectReason.UNKNOWN_ORDER)).isEqualTo(3);
    }

    @Test
    void shouldRejectEveryBadInputWithAReasonAndCountIt()
    {
        final SimulatedVenue venue = venue(5 * MS, 0, 0, 0, false); // capacity 4
        venue.submit(NO_ORDER_ID, BTC, BUY, MARKET, ONE_BTC, NO_PRICE, 1, T);       // INVALID_ORDER_ID
        venue.submit(1, BTC, null, MARKET, ONE_BTC, NO_PRICE, 1, T);                // INVALID_SIDE
        venue.submit(2, BTC, BUY, null, ONE_BTC, NO_PRICE, 1, T);                   // INVALID_ORDER_TYPE
        venue.submit(3, 99, BUY, MARKET, ONE_BTC, NO_PRICE, 1, T);                  // UNKNOWN_INSTRUMENT
        venue.submit(4, 0, BUY, MARKET, ONE_BTC, NO_PRICE, 1, T);                   // UNKNOWN_INSTRUMENT
        venue.submit(5, BTC, BUY, MARKET, 0, NO_PRICE, 1, T);                       // NON_POSITIVE_QUANTITY
        venue.submit(6, BTC, BUY, MARKET, -1, NO_PRICE, 1, T);                      // NON_POSITIVE_QUANTITY
        venue.submit(7, BTC, BUY, LIMIT, ONE_BTC, 0, 1, T);                         // INVALID_PRICE
        venue.submit(8, BTC, SELL, STOP, ONE_BTC, -1, 1, T);                        // INVALID_PRICE
        venue.submit(9, BTC, BUY, MARKET, ONE_BTC, 5_000_000, 1, T);                // INVALID_PRICE
        venue.submit(10, BTC, BUY, MARKET, ONE_BTC, NO_PRICE, 1, -1);               // INVALID_TIME
        venue.submit(11, BTC, BUY, MARKET, ONE_BTC, NO_PRICE, 1, MAX - MS);         // INVALID_TIME
        venue.submit(12, UNIT, SELL, LIMIT, 2, MAX, 1, T);                          // NOTIONAL_OVERFLOW
        venue.submit(20, BTC, BUY, LIMIT, ONE_BTC, 4_000_000, 1, T);
        venue.submit(20, BTC, BUY, LIMIT, ONE_BTC, 4_000_000, 1, T);                // DUPLICATE_ID
        venue.submit(21, BTC, BUY, LIMIT, ONE_BTC, 4_000_000, 1, T);
        venue.submit(22, BTC, BUY, LIMIT, ONE_BTC, 4_000_000, 1, T);
        venue.submit(23, BTC, BUY, LIMIT, ONE_BTC, 4_000_000, 1, T);
        venue.submit(24, BTC, BUY, LIMIT, ONE_BTC, 4_000_000, 1, T);                // BOOK_FULL
        venue.cancel(25);                                                           // UNKNOWN_ORDER
        venue.onTrade(2, 99, T, 5_000_000, ONE_BTC);                                // UNKNOWN_INSTRUMENT
        venue.onTrade(3, BTC, T, 0, ONE_BTC);                                       // INVALID_PRICE
        venue.onTrade(4, BTC, T, 5_000_000, 0);                                     // NON_POSITIVE_QUANTITY

        assertThat(events).containsExactly(
            "reject " + NO_ORDER_ID + " INVALID_ORDER_ID",
            "reject 1 INVALID_SIDE",
            "reject 2 INVALID_ORDER_TYPE",
            "reject 3 UNKNOWN_INSTRUMENT",
            "reject 4 UNKNOWN_INSTRUMENT",
            "reject 5 NON_POSITIVE_QUANTITY",
            "reject 6 NON_POSITIVE_QUANTITY",
            "reject 7 INVALID_PRICE",
            "reject 8 INVALID_PRICE",
            "reject 9 INVALID_PRICE",
            "reject 10 INVALID_TIME",
            "reject 11 INVALID_TIME",
            "reject 12 NOTIONAL_OVERFLOW",
            "reject 20 DUPLICATE_ID",
            "reject 24 BOOK_FULL",
            "reject 25 UNKNOWN_ORDER",
            "reject " + NO_ORDER_ID + " UNKNOWN_INSTRUMENT",
            "reject " + NO_ORDER_ID + " INVALID_PRICE",
            "reject " + NO_ORDER_ID + " NON_POSITIVE_QUANTITY");
        for (final VenueRejectReason reason : VenueRejectReason.values())
        {
            final long expected = switch (reason)
            {
                case INVALID_PRICE -> 4;                                 // ids 7, 8, 9 and one trade
                case UNKNOWN_INSTRUMENT, NON_POSITIVE_QUANTITY -> 3;     // two orders and one trade
                case INVALID_TIME -> 2;
                default -> 1;
            };
            assertThat(venue.rejects(reason)).as(reason.name()).isEqualTo(expected);
        }
        assertThat(venue.openOrders()).isEqualTo(4);
    }

    @Test
    void shouldRefuseBadSettingsAndInstrumentsAtSetUp()
    {
        assertThatThrownBy(() -> new VenueSettings(-1, 0, 0, 0, false)).hasMessageContaining("latencyNanos");
        assertThatThrownBy(() -> new VenueSettings(0, 10_000, 0, 0, false)).hasMessageContaining("slippageBps");
        assertThatThrownBy(() -> new VenueSettings(0, 0, -1, 0, false)).hasMessageContaining("makerFeeBps");
        assertThatThrownBy(() -> new VenueSettings(0, 0, 0, 10_001, false)).hasMessageContaining("takerFeeBps");
        final SimulatedVenue venue = frictionless();
        assertThatThrownBy(() -> venue.defineInstrument(0, 2)).hasMessageContaining("instrumentId");
        assertThatThrownBy(() -> venue.defineInstrument(70_000, 2)).hasMessageContaining("instrumentId");
        assertThatThrownBy(() -> venue.defineInstrument(5, 13)).hasMessageContaining("quantityScale");
        assertThatThrownBy(() -> new SimulatedVenue(venue.settings(), 0, recorder)).hasMessageContaining("capacity");
    }

    // ---------------------------------------------------------------- fees

    @Test
    void shouldComputeFeesInQuoteAtThePriceScaleRoundedUp()
    {
        // 50,050.00 x 1.5 BTC = 75,075.00; 10 bps = 75.075 -> 75.08 (7,508 at price scale 2)
        assertThat(SimulatedVenue.fee(5_005_000, 150_000_000, 8, 10)).isEqualTo(7_508);
        assertThat(SimulatedVenue.fee(5_005_000, 150_000_000, 8, 0)).isZero();
        // One unit of quantity at 1 satoshi: 50,000.00 x 0.00000001 = 0.0005 -> fee rounds up to 0.01
        assertThat(SimulatedVenue.fee(5_000_000, 1, 8, 10)).isEqualTo(1);
    }

    @Test
    void shouldComputeFeesWithoutOverflowAtTheExtremes()
    {
        // max x 1 at quantity scale 0, 10 bps: 9,223,372,036,854,775,807 / 1,000 = ...775.807 -> ...776
        assertThat(SimulatedVenue.fee(MAX, 1, 0, 10)).isEqualTo(9_223_372_036_854_776L);
        // max x 1.0 (10^8 at scale 8) x 7 bps: max x 7 / 10^4 = 6,456,360,425,798,343.0649 -> ...344
        assertThat(SimulatedVenue.fee(MAX, 100_000_000, 8, 7)).isEqualTo(6_456_360_425_798_344L);
        // 100% of max x 1 is max; of max x 2 it does not fit.
        assertThat(SimulatedVenue.fee(MAX, 1, 0, 10_000)).isEqualTo(MAX);
        assertThat(SimulatedVenue.fee(MAX, 2, 0, 10_000)).isEqualTo(FixedPoint.OUT_OF_RANGE);
        // 4e12 x 2e9 = 8e21 overflows a long on the way; / 10^8 = 8e13 notional; x 10 bps = 8e10
        assertThat(SimulatedVenue.fee(4_000_000_000_000L, 2_000_000_000L, 8, 10)).isEqualTo(80_000_000_000L);
    }

    @Test
    void shouldFillAtTheLargestPricesAndRejectFillsWhoseNotionalOverflows()
    {
        final SimulatedVenue venue = venue(0, 10, 10, 10, false);
        venue.submit(1, UNIT, SELL, LIMIT, 1, MAX, 10, T);
        venue.submit(2, BTC, BUY, LIMIT, 2_000_000_000L, 4_000_000_000_000L, 10, T);
        venue.onTrade(11, UNIT, T, MAX, 1);
        venue.onTrade(12, BTC, T, 4_000_000_000_000L, 1);
        // Market buy at max: max x 1.001 does not fit; market sell of 2 at max: notional 2 x max does not.
        venue.submit(3, UNIT, BUY, MARKET, 1, NO_PRICE, 12, T);
        venue.submit(4, UNIT, SELL, MARKET, 3, NO_PRICE, 12, T);
        venue.onTrade(13, UNIT, T, MAX, 1);
        assertThat(events).containsExactly(
            "fill 1 SELL " + MAX + " 1 9223372036854776 @0 0",
            "fill 2 BUY 4000000000000 2000000000 80000000000 @0 0",
            "reject 3 NOTIONAL_OVERFLOW",
            "reject 4 NOTIONAL_OVERFLOW");
        assertThat(venue.openOrders()).isZero();
    }

    // ---------------------------------------------------------------- determinism

    @Test
    void shouldProduceTheSameEventsForTheSameInputs()
    {
        final List<String> first = runScript(new Random(7));
        final List<String> second = runScript(new Random(7));
        assertThat(first).hasSizeGreaterThan(1_000);
        assertThat(first.stream().filter(e -> e.startsWith("fill")).count()).isGreaterThan(500);
        assertThat(second).isEqualTo(first);
    }

    private List<String> runScript(final Random random)
    {
        events.clear();
        final SimulatedVenue venue =
            new SimulatedVenue(new VenueSettings(3 * MS, 5, 2, 7, true), 16, recorder);
        venue.defineInstrument(BTC, 8);
        long sequence = 0;
        long ts = T;
        long price = 5_000_000;
        long nextId = 1;
        for (int i = 0; i < 5_000; i++)
        {
            sequence++;
            ts += random.nextInt(2 * (int)MS);
            price = Math.max(1, price + random.nextInt(20_001) - 10_000);
            venue.onTrade(sequence, BTC, ts, price, 1 + random.nextInt(200_000_000));
            final int action = random.nextInt(4);
            final OrderSide side = random.nextBoolean() ? BUY : SELL;
            if (action == 0)
            {
                venue.submit(nextId++, BTC, side, MARKET, 1 + random.nextInt(300_000_000), NO_PRICE, sequence, ts);
            }
            else if (action == 1)
            {
                venue.submit(nextId++, BTC, side, LIMIT, 1 + random.nextInt(300_000_000),
                    price + random.nextInt(40_001) - 20_000, sequence, ts);
            }
            else if (action == 2)
            {
                venue.submit(nextId++, BTC, side, STOP, 1 + random.nextInt(300_000_000),
                    price + random.nextInt(40_001) - 20_000, sequence, ts);
            }
            else
            {
                venue.cancel(nextId - 1 - random.nextInt(20));
            }
        }
        return new ArrayList<>(events);
    }
}
