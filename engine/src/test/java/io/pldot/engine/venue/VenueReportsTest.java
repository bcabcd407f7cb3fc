package io.pldot.engine.venue;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.pldot.engine.venue.OrderSide.BUY;
import static io.pldot.engine.venue.OrderSide.SELL;
import static io.pldot.engine.venue.OrderType.MARKET;
import static org.assertj.core.api.Assertions.assertThat;

class VenueReportsTest
{
    private final List<String> heard = new ArrayList<>();
    private final VenueListener recorder = new VenueListener()
    {
        @Override
        public void onFill(
            final long clientOrderId, final int instrumentId, final OrderSide side, final long price,
            final long quantity, final long fee, final long tsEvent, final long remaining)
        {
            heard.add("fill " + clientOrderId + " " + instrumentId + " " + side + " " + price + " " + quantity + " "
                + fee + " @" + tsEvent + " " + remaining);
        }

        @Override
        public void onReject(final long clientOrderId, final VenueRejectReason reason)
        {
            heard.add("reject " + clientOrderId + " " + reason);
        }

        @Override
        public void onCancel(final long clientOrderId)
        {
            heard.add("cancel " + clientOrderId);
        }
    };
    private final VenueReports reports = new VenueReports(recorder, 4);

    @Test
    void shouldReportAndCountAtOnce()
    {
        assertThat(reports.reject(5, VenueRejectReason.BOOK_FULL)).isFalse();
        reports.reject(6, VenueRejectReason.BOOK_FULL);
        reports.reject(7, VenueRejectReason.DUPLICATE_ID);
        reports.fill(8, 1, BUY, 100, 3, 1, 77, 0);
        reports.cancelled(9);

        assertThat(heard).containsExactly(
            "reject 5 BOOK_FULL", "reject 6 BOOK_FULL", "reject 7 DUPLICATE_ID", "fill 8 1 BUY 100 3 1 @77 0",
            "cancel 9");
        assertThat(reports.rejects(VenueRejectReason.BOOK_FULL)).isEqualTo(2);
        assertThat(reports.rejects(VenueRejectReason.DUPLICATE_ID)).isEqualTo(1);
        assertThat(reports.rejects(VenueRejectReason.UNKNOWN_ORDER)).isZero();
        assertThat(reports.fills()).isEqualTo(1);
        assertThat(reports.cancels()).isEqualTo(1);
    }

    @Test
    void shouldHoldEventsUntilDeliveredInTheOrderHeld()
    {
        final RestingOrders book = new RestingOrders(4);
        book.insert(1, 3, BUY, MARKET, 10, 0, 1, 0);
        book.insert(2, 4, SELL, MARKET, 20, 0, 1, 0);
        book.reduce(0, 4); // 10 - 4 = 6 left, which the fill reports

        reports.holdFill(book, 0, 101, 4, 2);
        reports.holdReject(book, 1, VenueRejectReason.NOTIONAL_OVERFLOW);

        assertThat(heard).isEmpty();
        assertThat(reports.isHolding()).isTrue();
        book.remove(0); // the book may change before delivery: the held copy is what is reported
        reports.deliver(55);

        assertThat(heard).containsExactly("fill 1 3 BUY 101 4 2 @55 6", "reject 2 NOTIONAL_OVERFLOW");
        assertThat(reports.isHolding()).isFalse();
        assertThat(reports.fills()).isEqualTo(1);
        assertThat(reports.rejects(VenueRejectReason.NOTIONAL_OVERFLOW)).isEqualTo(1);
    }

    @Test
    void shouldDropHeldEventsWhenCleared()
    {
        final RestingOrders book = new RestingOrders(1);
        book.insert(1, 3, BUY, MARKET, 10, 0, 1, 0);
        reports.holdFill(book, 0, 101, 4, 2);

        reports.clearHeld();
        reports.deliver(55);

        assertThat(heard).isEmpty();
        assertThat(reports.fills()).isZero();
    }

    @Test
    void shouldLetACallbackReportWhileDelivering()
    {
        final RestingOrders book = new RestingOrders(2);
        book.insert(1, 3, BUY, MARKET, 10, 0, 1, 0);
        book.insert(2, 3, BUY, MARKET, 10, 0, 1, 0);
        final VenueReports[] self = new VenueReports[1];
        final VenueReports reentrant = new VenueReports(new VenueListener()
        {
            @Override
            public void onFill(
                final long clientOrderId, final int instrumentId, final OrderSide side, final long price,
                final long quantity, final long fee, final long tsEvent, final long remaining)
            {
                heard.add("fill " + clientOrderId);
                self[0].reject(-clientOrderId, VenueRejectReason.BOOK_FULL);
            }

            @Override
            public void onReject(final long clientOrderId, final VenueRejectReason reason)
            {
                heard.add("reject " + clientOrderId);
            }

            @Override
            public void onCancel(final long clientOrderId)
            {
            }
        }, 2);
        self[0] = reentrant;
        reentrant.holdFill(book, 0, 1, 1, 0);
        reentrant.holdFill(book, 1, 1, 1, 0);

        reentrant.deliver(0);

        assertThat(heard).containsExactly("fill 1", "reject -1", "fill 2", "reject -2");
        assertThat(reentrant.rejects(VenueRejectReason.BOOK_FULL)).isEqualTo(2);
    }
}
