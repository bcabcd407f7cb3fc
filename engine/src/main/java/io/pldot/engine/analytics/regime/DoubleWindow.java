package io.pldot.engine.analytics.regime;

/**
 * The last {@code capacity} doubles, kept in a mirrored ring: every value is written at slot i
 * and again at slot i + capacity, so once full the window is always the contiguous, oldest-first
 * run {@code array()[start()] .. array()[start() + capacity - 1]}. Readers loop over plain
 * indices (no modulo, no copy) at the price of twice the memory. Does not allocate after
 * construction. Single-threaded.
 */
final class DoubleWindow
{
    private final double[] values;
    private final int capacity;
    private int next;
    private long count;

    DoubleWindow(final int capacity)
    {
        if (capacity < 1)
        {
            throw new IllegalArgumentException("capacity must be >= 1: " + capacity);
        }
        this.capacity = capacity;
        this.values = new double[2 * capacity];
    }

    void add(final double value)
    {
        values[next] = value;
        values[next + capacity] = value;
        next = next + 1 == capacity ? 0 : next + 1;
        count++;
    }

    boolean isFull()
    {
        return count >= capacity;
    }

    /** @return index in {@link #array()} of the oldest value (valid once full). */
    int start()
    {
        return next;
    }

    double[] array()
    {
        return values;
    }

    int capacity()
    {
        return capacity;
    }

    /** @return the newest value (valid once something was added). */
    double newest()
    {
        return values[next + capacity - 1];
    }
}
