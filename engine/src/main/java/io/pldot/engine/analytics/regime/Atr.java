package io.pldot.engine.analytics.regime;

import io.pldot.engine.analytics.bar.Bar;

/**
 * Average true range with Wilder smoothing seeded by a simple average, exactly as TA-Lib's
 * {@code TA_ATR} with unstable period 0, plus the ATR as a percentage of the close
 * ({@code TA_NATR}).
 * <ul>
 *   <li>True range of bar i (i ≥ 1) = max(high − low, |high − close[i−1]|, |low − close[i−1]|).
 *       Bar 0 has none: it only supplies the previous close.</li>
 *   <li>The first ATR appears on bar N (0-based): the simple average of the N true ranges of
 *       bars 1..N.</li>
 *   <li>After that ATR = (ATR<sub>prev</sub> × (N − 1) + TR) / N, computed in that order.</li>
 *   <li>{@link #atrPercent()} = ATR / close × 100; <b>a zero close gives 0</b> (TA-Lib's rule in
 *       {@code TA_NATR}), never an infinity.</li>
 * </ul>
 * Undefined values are {@link Double#NaN}. Flat prices give a defined ATR of 0. Inputs are
 * assumed finite with low ≤ high. State: a handful of primitives. Does not allocate.
 * Single-threaded; not thread-safe.
 */
public final class Atr
{
    /** TA-Lib's {@code TA_EPSILON}: a value strictly inside ±1e-14 counts as zero. */
    static final double TA_EPSILON = 1e-14;

    private final int period;
    private long count;
    private double prevClose;
    private double seedSum;
    private double trueRange = Double.NaN;
    private double atr = Double.NaN;
    private double atrPercent = Double.NaN;

    /**
     * @param period N, ≥ 1 (1 makes the ATR equal to the true range).
     */
    public Atr(final int period)
    {
        if (period < 1)
        {
            throw new IllegalArgumentException("ATR period must be >= 1: " + period);
        }
        this.period = period;
    }

    /**
     * Adds one closed bar.
     *
     * @param bar the closed bar; high, low and close are read.
     */
    public void update(final Bar bar)
    {
        update(bar.high(), bar.low(), bar.close());
    }

    /**
     * Adds one closed bar.
     *
     * @param high  of the bar.
     * @param low   of the bar.
     * @param close of the bar.
     */
    public void update(final double high, final double low, final double close)
    {
        count++;
        if (count > 1)
        {
            trueRange = trueRange(high, low, prevClose);
            if (count <= period + 1L)
            {
                seedSum += trueRange;
                if (count == period + 1L)
                {
                    atr = seedSum / period;
                }
            }
            else
            {
                double next = atr * (period - 1);
                next += trueRange;
                atr = next / period;
            }
            if (count > period)
            {
                atrPercent = isZero(close) ? 0.0 : (atr / close) * 100.0;
            }
        }
        prevClose = close;
    }

    /**
     * @return true once the first ATR exists (from bar N, 0-based).
     */
    public boolean hasValue()
    {
        return count > period;
    }

    /**
     * @return the ATR, or NaN before bar N.
     */
    public double value()
    {
        return atr;
    }

    /**
     * @return ATR / close × 100 on the latest bar (0 for a zero close), or NaN before bar N.
     */
    public double atrPercent()
    {
        return atrPercent;
    }

    /**
     * @return the latest true range, or NaN on the first bar.
     */
    public double trueRange()
    {
        return trueRange;
    }

    /**
     * @return N.
     */
    public int period()
    {
        return period;
    }

    static double trueRange(final double high, final double low, final double prevClose)
    {
        double range = high - low;
        final double up = Math.abs(high - prevClose);
        if (up > range)
        {
            range = up;
        }
        final double down = Math.abs(low - prevClose);
        if (down > range)
        {
            range = down;
        }
        return range;
    }

    static boolean isZero(final double v)
    {
        return -TA_EPSILON < v && v < TA_EPSILON;
    }
}
