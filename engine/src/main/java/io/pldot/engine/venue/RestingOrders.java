package io.pldot.engine.venue;

/**
 * The simulated venue's resting-order book: the open orders, kept sorted by (activation time, client
 * order id), both ascending, which is the matching order. Sorted parallel arrays rather than a map: the
 * book is small (bounded by its capacity), a scan by id is cheap, iteration never depends on hashing,
 * and nothing allocates after construction.
 * <p>
 * Orders are addressed by their index, valid until the next {@link #insert}, {@link #remove} or
 * {@link #compact}. The book only stores; what an order may fill against is the
 * {@link TradeMatcher}'s business.
 * <p>
 * Single-threaded: owned by the venue's thread.
 */
final class RestingOrders
{
    private final long[] clientOrderIds;
    private final int[] instrumentIds;
    private final byte[] sides;
    private final byte[] types;
    private final boolean[] triggered;
    private final long[] prices;
    private final long[] remaining;
    private final long[] decisionSequences;
    private final long[] activations;
    private int size;

    /**
     * @param capacity most open orders at once, > 0 (checked by the venue).
     */
    RestingOrders(final int capacity)
    {
        clientOrderIds = new long[capacity];
        instrumentIds = new int[capacity];
        sides = new byte[capacity];
        types = new byte[capacity];
        triggered = new boolean[capacity];
        prices = new long[capacity];
        remaining = new long[capacity];
        decisionSequences = new long[capacity];
        activations = new long[capacity];
    }

    /**
     * Rests an order in matching order; among equal keys it goes after the orders already there. The
     * caller has checked the book is not full and the id is not open.
     *
     * @param activation event time from which it may fill.
     */
    void insert(
        final long clientOrderId, final int instrumentId, final OrderSide side, final OrderType type,
        final long quantity, final long price, final long decisionSequence, final long activation)
    {
        int at = size;
        while (at > 0 && (activations[at - 1] > activation
            || (activations[at - 1] == activation && clientOrderIds[at - 1] > clientOrderId)))
        {
            at--;
        }
        move(at, at + 1, size - at);
        clientOrderIds[at] = clientOrderId;
        instrumentIds[at] = instrumentId;
        sides[at] = (byte)side.ordinal();
        types[at] = (byte)type.ordinal();
        triggered[at] = false;
        prices[at] = price;
        remaining[at] = quantity;
        decisionSequences[at] = decisionSequence;
        activations[at] = activation;
        size++;
    }

    /**
     * Removes the order at an index, keeping the others in matching order.
     *
     * @param i 0..size-1.
     */
    void remove(final int i)
    {
        move(i + 1, i, size - i - 1);
        size--;
    }

    /**
     * Removes every order with nothing left to fill, keeping the others in matching order.
     */
    void compact()
    {
        int write = 0;
        for (int read = 0; read < size; read++)
        {
            if (remaining[read] == 0)
            {
                continue;
            }
            if (write != read)
            {
                move(read, write, 1);
            }
            write++;
        }
        size = write;
    }

    /**
     * @param clientOrderId to look for.
     * @return its index, or -1 when it is not open.
     */
    int indexOf(final long clientOrderId)
    {
        for (int i = 0; i < size; i++)
        {
            if (clientOrderIds[i] == clientOrderId)
            {
                return i;
            }
        }
        return -1;
    }

    int size()
    {
        return size;
    }

    int capacity()
    {
        return clientOrderIds.length;
    }

    boolean isFull()
    {
        return size == clientOrderIds.length;
    }

    long clientOrderId(final int i)
    {
        return clientOrderIds[i];
    }

    int instrumentId(final int i)
    {
        return instrumentIds[i];
    }

    /** @return the {@link OrderSide} ordinal, as stored. */
    byte side(final int i)
    {
        return sides[i];
    }

    /** @return the {@link OrderType} ordinal, as stored. */
    byte type(final int i)
    {
        return types[i];
    }

    /** @return whether a stop order has triggered (it then fills like a market order). */
    boolean isTriggered(final int i)
    {
        return triggered[i];
    }

    void trigger(final int i)
    {
        triggered[i] = true;
    }

    /** @return the limit or stop price, or {@link SimulatedVenue#NO_PRICE}. */
    long price(final int i)
    {
        return prices[i];
    }

    long remaining(final int i)
    {
        return remaining[i];
    }

    /**
     * @param i        index.
     * @param quantity 0..remaining(i).
     */
    void reduce(final int i, final long quantity)
    {
        remaining[i] -= quantity;
    }

    /** Leaves nothing to fill, so the next {@link #compact} removes the order. */
    void exhaust(final int i)
    {
        remaining[i] = 0;
    }

    long decisionSequence(final int i)
    {
        return decisionSequences[i];
    }

    long activation(final int i)
    {
        return activations[i];
    }

    private void move(final int from, final int to, final int count)
    {
        System.arraycopy(clientOrderIds, from, clientOrderIds, to, count);
        System.arraycopy(instrumentIds, from, instrumentIds, to, count);
        System.arraycopy(sides, from, sides, to, count);
        System.arraycopy(types, from, types, to, count);
        System.arraycopy(triggered, from, triggered, to, count);
        System.arraycopy(prices, from, prices, to, count);
        System.arraycopy(remaining, from, remaining, to, count);
        System.arraycopy(decisionSequences, from, decisionSequences, to, count);
        System.arraycopy(activations, from, activations, to, count);
    }
}
