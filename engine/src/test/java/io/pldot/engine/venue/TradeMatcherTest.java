package io.pldot.engine.venue;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.pldot.engine.venue.OrderSide.BUY;
import static io.pldot.engine.venue.OrderSide.SELL;
import static io.pldot.engine.venue.OrderType.LIMIT;
import static io.pldot.engine.venue.OrderType.MARKET;
import static io.pldot.engine.venue.OrderType.STOP;
import static io.pldot.engine.venue.SimulatedVenue.NO_PRICE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Instrument 1 at quantity scale 0, so notional = price x quantity and fee = ceil(notional x bps / 10^4).
 * Held events are delivered to read them: "fill id side price quantity fee remaining".
 */
class TradeMatcherTest
{
    private static final int INSTRUMENT = 1;
    private static final int SCALE = 0;

    private final List<String> heard = new ArrayList<>();
    private final VenueListener recorder = new VenueListener()
    {
        @Override
        public void onFill(
            final long clientOrderId, final int instrumentId, final OrderSide side, final long price,
            final long quantity, final long fee, final long tsEvent, final long remaining)
        {
            heard.add("fill " + clientOrderId + " " + side + " " + price + " " + quantity + " " + fee + " " + remaining);
        }

        @Override
        public void onReject(final long clientOrderId, final VenueRejectReason reason)
        {
            heard.add("reject " + clientOrderId + " " + reason);
        }

        @Override
        public void onCancel(final long clientOrderId)
        {
        }
    };
    private final RestingOrders book = new RestingOrders(4);
    private final VenueReports reports = new VenueReports(recorder, 4);

    private TradeMatcher matcher(final int slippageBps, final int makerBps, final int takerBps, final boolean realistic)
    {
        return new TradeMatcher(book, reports, new VenueSettings(0, slippageBps, makerBps, takerBps, realistic));
    }

    private List<String> trade(
        final TradeMatcher matcher, final long sequence, final long tsEvent, final long price, final long quantity)
    {
        heard.clear();
        matcher.match(sequence, INSTRUMENT, tsEvent, price, quantity, SCALE);
        reports.deliver(tsEvent);
        return heard;
    }

    @Test
    void shouldFillALimitAtItsOwnPriceWithTheMakerFee()
    {
        final TradeMatcher matcher = matcher(50, 20, 40, false);
        book.insert(1, INSTRUMENT, BUY, LIMIT, 3, 10_000, 1, 0);

        assertThat(trade(matcher, 2, 0, 10_001, 100)).isEmpty(); // above a buy limit
        // at 9_990 the buy limit fills at 10_000; fee ceil(10_000 x 3 x 20 / 10^4) = 60, no slippage
        assertThat(trade(matcher, 3, 0, 9_990, 100)).containsExactly("fill 1 BUY 10000 3 60 0");
    }

    @Test
    void shouldFillAMarketOrderAtTheSlippedTradePriceWithTheTakerFee()
    {
        final TradeMatcher matcher = matcher(100, 20, 10, false);
        book.insert(1, INSTRUMENT, SELL, MARKET, 3, NO_PRICE, 1, 0);

        // sell at 10_001 slipped 100 bps: floor(10_001 x 9_900 / 10^4) = floor(9_900.99) = 9_900;
        // fee ceil(9_900 x 3 x 10 / 10^4) = ceil(29.7) = 30
        assertThat(trade(matcher, 2, 0, 10_001, 100)).containsExactly("fill 1 SELL 9900 3 30 0");
    }

    @Test
    void shouldTriggerAStopOnceAndFillItAtTheTradePriceNotTheStop()
    {
        final TradeMatcher matcher = matcher(100, 0, 0, true);
        book.insert(1, INSTRUMENT, BUY, STOP, 5, 110, 1, 0);

        assertThat(trade(matcher, 2, 0, 105, 100)).isEmpty(); // below a buy stop
        // 112 reaches the stop; the liquidity is 2 of 5; price ceil(112 x 10_100 / 10^4) = ceil(113.12) = 114
        assertThat(trade(matcher, 3, 0, 112, 2)).containsExactly("fill 1 BUY 114 2 0 3");
        assertThat(book.isTriggered(0)).isTrue();
        // triggered: the remainder fills even below the stop, ceil(100 x 1.01) = 101
        assertThat(trade(matcher, 4, 0, 100, 100)).containsExactly("fill 1 BUY 101 3 0 0");
    }

    @Test
    void shouldShareATradesQuantityInMatchingOrderWhenRealistic()
    {
        final TradeMatcher matcher = matcher(0, 0, 0, true);
        book.insert(1, INSTRUMENT, BUY, MARKET, 5, NO_PRICE, 1, 0);
        book.insert(2, INSTRUMENT, BUY, MARKET, 5, NO_PRICE, 1, 0);
        book.insert(3, INSTRUMENT, BUY, MARKET, 5, NO_PRICE, 1, 0);

        // 7 available: order 1 takes 5, order 2 the last 2, order 3 none
        assertThat(trade(matcher, 2, 0, 100, 7)).containsExactly("fill 1 BUY 100 5 0 0", "fill 2 BUY 100 2 0 3");
        assertThat(book.remaining(2)).isEqualTo(5);
    }

    @Test
    void shouldFillEveryOrderWholeWhenNotRealistic()
    {
        final TradeMatcher matcher = matcher(0, 0, 0, false);
        book.insert(1, INSTRUMENT, BUY, MARKET, 5, NO_PRICE, 1, 0);
        book.insert(2, INSTRUMENT, SELL, MARKET, 5, NO_PRICE, 1, 0);

        assertThat(trade(matcher, 2, 0, 100, 1)).containsExactly("fill 1 BUY 100 5 0 0", "fill 2 SELL 100 5 0 0");
    }

    @Test
    void shouldSkipOrdersNotYetEligible()
    {
        final TradeMatcher matcher = matcher(0, 0, 0, false);
        book.insert(1, INSTRUMENT, BUY, MARKET, 1, NO_PRICE, 5, 0);   // decided on this trade's input
        book.insert(2, INSTRUMENT + 1, BUY, MARKET, 1, NO_PRICE, 1, 0); // another instrument
        book.insert(3, INSTRUMENT, BUY, MARKET, 1, NO_PRICE, 1, 20);  // live from t = 20
        book.insert(4, INSTRUMENT, BUY, MARKET, 1, NO_PRICE, 1, 0);

        assertThat(trade(matcher, 5, 10, 100, 10)).containsExactly("fill 4 BUY 100 1 0 0");
        assertThat(trade(matcher, 6, 20, 100, 10)).containsExactly("fill 1 BUY 100 1 0 0", "fill 3 BUY 100 1 0 0");
    }

    @Test
    void shouldRejectAFillWhoseNotionalDoesNotFitAndLeaveNothingOpen()
    {
        final TradeMatcher matcher = matcher(0, 0, 0, false);
        book.insert(1, INSTRUMENT, BUY, MARKET, 1L << 62, NO_PRICE, 1, 0);
        book.insert(2, INSTRUMENT, BUY, MARKET, 1, NO_PRICE, 1, 0);

        // 2 x 2^62 = 2^63 does not fit; the second order still fills
        assertThat(trade(matcher, 2, 0, 2, 1)).containsExactly("reject 1 NOTIONAL_OVERFLOW", "fill 2 BUY 2 1 0 0");
        assertThat(book.remaining(0)).isZero();
    }
}
