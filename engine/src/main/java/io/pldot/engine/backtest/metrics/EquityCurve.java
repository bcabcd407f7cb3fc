package io.pldot.engine.backtest.metrics;

import java.util.Arrays;

/**
 * Account equity sampled over time (per bar or per event): a growing pair of primitive arrays, 16 bytes a point.
 * <p>
 * Times are epoch nanoseconds and must not go backwards; equity must be finite and positive (a curve that reaches
 * zero has no defined periodic return after that point, so it is refused where it enters).
 * <p>
 * Single writer; not thread-safe. {@link #copy()} gives an independent, trimmed snapshot.
 */
public final class EquityCurve
{
    private static final int DEFAULT_CAPACITY = 256;

    private long[] timesNs;
    private double[] equities;
    private int size;

    /**
     * Creates an empty curve with a default initial capacity.
     */
    public EquityCurve()
    {
        this(DEFAULT_CAPACITY);
    }

    /**
     * Creates an empty curve.
     *
     * @param initialCapacity number of points to allocate room for up front; at least 1.
     */
    public EquityCurve(final int initialCapacity)
    {
        if (initialCapacity < 1)
        {
            throw new IllegalArgumentException("initialCapacity must be at least 1, was " + initialCapacity);
        }
        timesNs = new long[initialCapacity];
        equities = new double[initialCapacity];
    }

    /**
     * Builds a curve from parallel arrays (copied).
     *
     * @param timesNs  sample times, epoch nanoseconds, non-decreasing.
     * @param equities equity at each time, finite and positive.
     * @return the curve.
     */
    public static EquityCurve of(final long[] timesNs, final double[] equities)
    {
        if (timesNs.length != equities.length)
        {
            throw new IllegalArgumentException(
                "timesNs has " + timesNs.length + " points but equities has " + equities.length);
        }
        final EquityCurve curve = new EquityCurve(Math.max(1, timesNs.length));
        for (int i = 0; i < timesNs.length; i++)
        {
            curve.append(timesNs[i], equities[i]);
        }
        return curve;
    }

    /**
     * Appends one sample.
     *
     * @param timeNs epoch nanoseconds, not before the previous sample.
     * @param equity account equity at that time, finite and positive.
     * @return this curve.
     * @throws IllegalArgumentException if time goes backwards or equity is not finite and positive.
     */
    public EquityCurve append(final long timeNs, final double equity)
    {
        if (!(equity > 0) || !Double.isFinite(equity))
        {
            throw new IllegalArgumentException(
                "equity must be finite and positive, was " + equity + " at point " + size);
        }
        if (size > 0 && timeNs < timesNs[size - 1])
        {
            throw new IllegalArgumentException(
                "time went backwards at point " + size + ": " + timeNs + " < " + timesNs[size - 1]);
        }
        if (size == timesNs.length)
        {
            final int capacity = timesNs.length * 2;
            timesNs = Arrays.copyOf(timesNs, capacity);
            equities = Arrays.copyOf(equities, capacity);
        }
        timesNs[size] = timeNs;
        equities[size] = equity;
        size++;
        return this;
    }

    /**
     * @return number of samples.
     */
    public int size()
    {
        return size;
    }

    /**
     * @return true when the curve has no samples.
     */
    public boolean isEmpty()
    {
        return size == 0;
    }

    /**
     * @param index of the sample, from 0.
     * @return its time, epoch nanoseconds.
     */
    public long timeNs(final int index)
    {
        checkIndex(index);
        return timesNs[index];
    }

    /**
     * @param index of the sample, from 0.
     * @return its equity.
     */
    public double equity(final int index)
    {
        checkIndex(index);
        return equities[index];
    }

    /**
     * @return an independent copy with arrays trimmed to the size.
     */
    public EquityCurve copy()
    {
        return of(Arrays.copyOf(timesNs, size), Arrays.copyOf(equities, size));
    }

    private void checkIndex(final int index)
    {
        if (index < 0 || index >= size)
        {
            throw new IndexOutOfBoundsException("index " + index + " out of [0, " + size + ")");
        }
    }
}
