package io.pldot.engine.venue;

import org.junit.jupiter.api.Test;

import static io.pldot.engine.venue.OrderSide.BUY;
import static io.pldot.engine.venue.OrderSide.SELL;
import static io.pldot.engine.venue.OrderType.LIMIT;
import static io.pldot.engine.venue.OrderType.MARKET;
import static io.pldot.engine.venue.OrderType.STOP;
import static org.assertj.core.api.Assertions.assertThat;

class RestingOrdersTest
{
    private final RestingOrders book = new RestingOrders(4);

    private long[] ids()
    {
        final long[] ids = new long[book.size()];
        for (int i = 0; i < ids.length; i++)
        {
            ids[i] = book.clientOrderId(i);
        }
        return ids;
    }

    @Test
    void shouldKeepOrdersSortedByActivationThenId()
    {
        book.insert(5, 1, BUY, MARKET, 10, 0, 1, 100);
        book.insert(3, 1, BUY, MARKET, 10, 0, 1, 200);
        book.insert(4, 1, BUY, MARKET, 10, 0, 1, 100);
        book.insert(2, 1, BUY, MARKET, 10, 0, 1, 100);

        // activation 100: ids 2, 4, 5; then activation 200: id 3
        assertThat(ids()).containsExactly(2, 4, 5, 3);
        assertThat(book.activation(0)).isEqualTo(100);
        assertThat(book.activation(3)).isEqualTo(200);
        assertThat(book.isFull()).isTrue();
        assertThat(book.capacity()).isEqualTo(4);
    }

    @Test
    void shouldStoreEveryFieldOfAnOrder()
    {
        book.insert(9, 7, SELL, STOP, 250, 1_234, 42, 1_000);

        assertThat(book.indexOf(9)).isZero();
        assertThat(book.instrumentId(0)).isEqualTo(7);
        assertThat(book.side(0)).isEqualTo((byte)SELL.ordinal());
        assertThat(book.type(0)).isEqualTo((byte)STOP.ordinal());
        assertThat(book.price(0)).isEqualTo(1_234);
        assertThat(book.remaining(0)).isEqualTo(250);
        assertThat(book.decisionSequence(0)).isEqualTo(42);
        assertThat(book.activation(0)).isEqualTo(1_000);
        assertThat(book.isTriggered(0)).isFalse();
    }

    @Test
    void shouldMoveEveryFieldWithItsOrder()
    {
        book.insert(2, 7, SELL, STOP, 250, 1_234, 42, 1_000);
        book.trigger(0);
        book.insert(1, 8, BUY, LIMIT, 30, 99, 43, 500); // goes in front: earlier activation

        assertThat(book.indexOf(2)).isEqualTo(1);
        assertThat(book.instrumentId(1)).isEqualTo(7);
        assertThat(book.isTriggered(1)).isTrue();
        assertThat(book.isTriggered(0)).isFalse();
        assertThat(book.remaining(1)).isEqualTo(250);
        assertThat(book.price(0)).isEqualTo(99);
    }

    @Test
    void shouldRemoveAnOrderKeepingTheOthersInOrder()
    {
        book.insert(1, 1, BUY, MARKET, 10, 0, 1, 100);
        book.insert(2, 1, BUY, MARKET, 20, 0, 1, 100);
        book.insert(3, 1, BUY, MARKET, 30, 0, 1, 100);

        book.remove(book.indexOf(2));

        assertThat(ids()).containsExactly(1, 3);
        assertThat(book.remaining(1)).isEqualTo(30);
        assertThat(book.indexOf(2)).isEqualTo(-1);
    }

    @Test
    void shouldCompactAwayOrdersWithNothingLeft()
    {
        book.insert(1, 1, BUY, MARKET, 10, 0, 1, 100);
        book.insert(2, 1, BUY, MARKET, 20, 0, 1, 100);
        book.insert(3, 1, BUY, MARKET, 30, 0, 1, 100);
        book.insert(4, 1, BUY, MARKET, 40, 0, 1, 100);

        book.reduce(0, 10);  // 10 - 10 = 0: done
        book.reduce(1, 5);   // 20 - 5 = 15: stays
        book.exhaust(2);     // done
        book.compact();

        assertThat(ids()).containsExactly(2, 4);
        assertThat(book.remaining(0)).isEqualTo(15);
        assertThat(book.remaining(1)).isEqualTo(40);
        assertThat(book.isFull()).isFalse();
    }
}
