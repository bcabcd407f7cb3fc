package io.pldot.engine.analytics.drummond;

import io.pldot.engine.analytics.bar.Bar;

/**
 * PLdot (DGAS (docs/references.md) {@code PLDotCalculator}, displacement 1): the mean of the last 3 bars' typical
 * price (high + low + close) / 3, its slope and the trend of that slope.
 *
 * <h2>Value and projection</h2>
 * After the update with bar t, {@link #value()} is the PLdot computed from bars t-2, t-1 and t.
 * Drummond plots that dot one bar ahead (displacement 1): it is the PLdot <em>projected onto
 * bar t+1</em>, so {@link #projectedValue()} is the same number, named for the bar it is drawn
 * at. The dot drawn at bar t itself is the one computed on bar t-1, {@link #previousValue()}.
 * As in DGAS ({@code PLDotSeries.timestamp} is the last bar of the three), the state classifier,
 * the envelope and the patterns compare bar t's close with {@link #value()}, the PLdot that
 * includes bar t.
 *
 * <h2>Edge cases</h2>
 * <ul>
 *   <li>Bars 1 and 2: no value ({@link #hasValue()} false, getters return NaN). The first value
 *       is on bar 3; the first slope on bar 4 ({@link #slope()} NaN before, and
 *       {@link #slopeTrend()} then {@link SlopeTrend#HORIZONTAL}, as DGAS treats it as 0).</li>
 *   <li>Means are anchored at their first term (a + ((b - a) + (c - a)) / 3), which is exact when
 *       the terms are equal: flat bars give a PLdot equal to their price, a close exactly on it,
 *       and a slope of exactly 0. (Plain (a + b + c) / 3 is not: 0.1 * 3 / 3 != 0.1.)</li>
 *   <li>Gaps in time between bars are ignored: the last 3 bars are the last 3 updates.</li>
 *   <li>Prices must be finite (the candle stage and file importers reject the rest).</li>
 * </ul>
 * The latest value, slope and slope trend are computed once per update and kept: every other
 * part reads them several times per bar.
 * <p>
 * Owned by one thread, not thread-safe. No allocation after construction; state about 160 bytes.
 */
public final class PlDot
{
    /** PLdot values kept for {@link #valueAgo(int)}: enough for the 5-value std of the refresh. */
    public static final int HISTORY = 5;

    private final double[] typical = new double[3];
    private final double[] history = new double[HISTORY];
    private int nextTypical;
    private int newest = HISTORY - 1;
    private long bars;
    private long values;
    private double value = Double.NaN;
    private double slope = Double.NaN;
    private static final SlopeTrend[] SLOPES = SlopeTrend.values();
    /** Ordinal of the slope trend: an int store per bar, where a reference store costs a GC write barrier. */
    private int slopeTrend = SlopeTrend.of(Double.NaN).ordinal();

    /**
     * Adds a closed bar.
     *
     * @param bar closed bar; read, not kept.
     */
    public void update(final Bar bar)
    {
        update(bar.high(), bar.low(), bar.close());
    }

    /**
     * Adds a closed bar given by its prices.
     *
     * @param high  of the bar.
     * @param low   of the bar.
     * @param close of the bar.
     */
    public void update(final double high, final double low, final double close)
    {
        // Rings indexed by cursors (no long modulo): nextTypical is bars % 3, newest the latest value's slot.
        typical[nextTypical] = mean3(high, low, close);
        nextTypical = nextTypical == 2 ? 0 : nextTypical + 1;
        bars++;
        if (bars >= 3)
        {
            final double oldest = typical[nextTypical];
            final double middle = typical[nextTypical == 2 ? 0 : nextTypical + 1];
            final double latest = typical[nextTypical == 0 ? 2 : nextTypical - 1];
            final double previous = value;
            value = mean3(oldest, middle, latest);
            newest = newest == HISTORY - 1 ? 0 : newest + 1;
            history[newest] = value;
            values++;
            if (values > 1)
            {
                slope = value - previous;
                slopeTrend = SlopeTrend.of(slope).ordinal();
            }
        }
    }

    /**
     * @return bars seen.
     */
    public long bars()
    {
        return bars;
    }

    /**
     * @return PLdot values computed so far (bars - 2 from bar 3 on).
     */
    public long valueCount()
    {
        return values;
    }

    /**
     * @return true from bar 3 on.
     */
    public boolean hasValue()
    {
        return values > 0;
    }

    /**
     * @return PLdot from the last 3 bars (t-2..t), or NaN before bar 3.
     */
    public double value()
    {
        return value;
    }

    /**
     * @return the PLdot projected onto the next bar (displacement 1): numerically {@link #value()}.
     */
    public double projectedValue()
    {
        return value();
    }

    /**
     * @return the PLdot computed on the previous bar (bars t-3..t-1), i.e. the dot plotted at the
     * current bar; NaN before bar 4.
     */
    public double previousValue()
    {
        return valueAgo(1);
    }

    /**
     * @param ago 0 for the latest value, up to {@link #HISTORY} - 1.
     * @return that PLdot value, or NaN when it does not exist (yet).
     */
    public double valueAgo(final int ago)
    {
        if (ago < 0 || ago >= HISTORY || ago >= values)
        {
            return Double.NaN;
        }
        final int slot = newest - ago;
        return history[slot < 0 ? slot + HISTORY : slot];
    }

    /**
     * @return true from bar 4 on (two values exist).
     */
    public boolean hasSlope()
    {
        return values > 1;
    }

    /**
     * @return value - previous value, or NaN before bar 4.
     */
    public double slope()
    {
        return slope;
    }

    /**
     * @return the trend of {@link #slope()}: horizontal when |slope| &lt; 0.0001 or undefined.
     */
    public SlopeTrend slopeTrend()
    {
        return SLOPES[slopeTrend];
    }

    /**
     * Mean of three numbers anchored at the first: exact when they are equal.
     *
     * @param a first term.
     * @param b second term.
     * @param c third term.
     * @return (a + b + c) / 3.
     */
    static double mean3(final double a, final double b, final double c)
    {
        return a + ((b - a) + (c - a)) / 3.0;
    }
}
