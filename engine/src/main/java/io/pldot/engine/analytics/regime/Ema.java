package io.pldot.engine.analytics.regime;

import io.pldot.engine.analytics.bar.Bar;

/**
 * Exponential moving average of closes, TA-Lib's classic form ({@code TA_EMA} with
 * {@code TA_COMPATIBILITY_DEFAULT}): the first value, on the N-th input, is the simple average of
 * the first N inputs; every later one is {@code ((x - prev) * k) + prev} with k = 2 / (N + 1),
 * written in that order so the results match TA-Lib's to the last bits.
 * <p>
 * Undefined ({@link Double#NaN}) before the N-th input. Inputs are assumed finite; a zero or
 * negative close is averaged like any other number. State: a handful of primitives. Does not
 * allocate. Single-threaded; not thread-safe.
 */
public final class Ema
{
    private final int period;
    private final double k;
    private long count;
    private double seedSum;
    private double value = Double.NaN;

    /**
     * @param period number of inputs averaged for the seed, ≥ 1.
     */
    public Ema(final int period)
    {
        if (period < 1)
        {
            throw new IllegalArgumentException("EMA period must be >= 1: " + period);
        }
        this.period = period;
        this.k = 2.0 / (period + 1);
    }

    /**
     * Adds the close of one closed bar.
     *
     * @param bar the closed bar; only its close is read.
     */
    public void update(final Bar bar)
    {
        update(bar.close());
    }

    /**
     * Adds one input.
     *
     * @param x the close (or any series value).
     */
    public void update(final double x)
    {
        count++;
        if (count < period)
        {
            seedSum += x;
        }
        else if (count == period)
        {
            seedSum += x;
            value = seedSum / period;
        }
        else
        {
            value = ((x - value) * k) + value;
        }
    }

    /**
     * @return true once N inputs have been seen.
     */
    public boolean hasValue()
    {
        return count >= period;
    }

    /**
     * @return the current EMA, or NaN before the N-th input.
     */
    public double value()
    {
        return value;
    }

    /**
     * @return N.
     */
    public int period()
    {
        return period;
    }
}
