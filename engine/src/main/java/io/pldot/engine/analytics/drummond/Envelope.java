package io.pldot.engine.analytics.drummond;

import io.pldot.engine.analytics.bar.Bar;

/**
 * Drummond envelope around PLdot (DGAS (docs/references.md) {@code EnvelopeCalculator}): upper = PLdot + offset,
 * lower = PLdot - offset, width = upper - lower, and where the bar's close sits in it.
 *
 * <h2>Offset by method</h2>
 * <ul>
 *   <li>{@link EnvelopeMethod#PLDOT_RANGE} (default): sample standard deviation (divisor n - 1 = 2)
 *       of the last 3 PLdot values times the multiplier. First value on bar 5 (third PLdot).</li>
 *   <li>{@link EnvelopeMethod#HLC_RANGE}: (highest high - lowest low of the 3 bars forming the
 *       PLdot) / 2 times the multiplier. First value on bar 3.</li>
 *   <li>{@link EnvelopeMethod#ATR}: ATR times the multiplier. True range = max(high - low,
 *       |high - previous close|, |low - previous close|) from bar 2 on; the ATR is seeded with the
 *       simple average of the first {@code atrPeriod} true ranges and then smoothed the Wilder way,
 *       ATR = (ATR * (n - 1) + TR) / n (TA-Lib convention; DGAS's legacy code used a plain
 *       rolling mean). First value on bar {@code atrPeriod} + 1 (bar 4 by default).</li>
 *   <li>{@link EnvelopeMethod#PERCENTAGE}: |PLdot| times the percentage (0.02). First value on
 *       bar 3.</li>
 * </ul>
 *
 * <h2>Position</h2>
 * (close - lower) / width, clamped to 0..1 as DGAS does: 1 for any close at or above the upper
 * band, 0 at or below the lower band. A zero-width envelope (flat PLdots, flat bars) gives 1 for a
 * close above it, 0 below it and 0.5 for a close on it: never NaN.
 *
 * <h2>Edge cases</h2>
 * Before the first value every getter returns NaN ({@link #hasValue()} false). Equal PLdots give
 * an exact zero std (the mean is anchored, see {@link PlDot}). The offset is never negative
 * (a bar with high below low cannot make the range negative). Time gaps between bars are ignored.
 * <p>
 * Owned by one thread, not thread-safe. No allocation after construction; state about 210 bytes.
 */
public final class Envelope
{
    private static final int WINDOW = 3;

    private final EnvelopeMethod method;
    private final double multiplier;
    private final double percent;
    private final int atrPeriod;
    private final double[] highs = new double[WINDOW];
    private final double[] lows = new double[WINDOW];
    private long bars;
    private double previousClose = Double.NaN;
    private double trueRangeSum;
    private double atr = Double.NaN;
    private boolean defined;
    private double center = Double.NaN;
    private double upper = Double.NaN;
    private double lower = Double.NaN;
    private double width = Double.NaN;
    private double position = Double.NaN;

    /**
     * @param method     of the offset.
     * @param multiplier of the std, half range or ATR (> 0).
     * @param percent    fraction of |PLdot| for {@link EnvelopeMethod#PERCENTAGE} (> 0).
     * @param atrPeriod  bars of the ATR (>= 1).
     */
    public Envelope(final EnvelopeMethod method, final double multiplier, final double percent, final int atrPeriod)
    {
        if (method == null || !(multiplier > 0) || !(percent > 0) || atrPeriod < 1)
        {
            throw new IllegalArgumentException("invalid envelope settings");
        }
        this.method = method;
        this.multiplier = multiplier;
        this.percent = percent;
        this.atrPeriod = atrPeriod;
    }

    /**
     * @param settings of the analyzer.
     */
    public Envelope(final DrummondSettings settings)
    {
        this(
            settings.envelopeMethod(), settings.envelopeMultiplier(), settings.envelopePercent(),
            settings.atrPeriod());
    }

    /**
     * Adds a closed bar; call after {@code pldot.update(bar)}.
     *
     * @param bar   closed bar; read, not kept.
     * @param pldot already updated with this bar.
     */
    public void update(final Bar bar, final PlDot pldot)
    {
        update(bar.high(), bar.low(), bar.close(), pldot);
    }

    /**
     * Adds a closed bar given by its prices; call after {@code pldot.update(...)} with this bar.
     *
     * @param high  of the bar.
     * @param low   of the bar.
     * @param close of the bar.
     * @param pldot already updated with this bar.
     */
    public void update(final double high, final double low, final double close, final PlDot pldot)
    {
        highs[(int)(bars % WINDOW)] = high;
        lows[(int)(bars % WINDOW)] = low;
        bars++;
        updateAtr(high, low, close);

        final double offset = offset(pldot);
        defined = pldot.hasValue() && !Double.isNaN(offset);
        if (!defined)
        {
            center = Double.NaN;
            upper = Double.NaN;
            lower = Double.NaN;
            width = Double.NaN;
            position = Double.NaN;
            return;
        }
        center = pldot.value();
        upper = center + offset;
        lower = center - offset;
        width = upper - lower;
        position = position(close, lower, upper, width);
    }

    /**
     * @return true once the method has enough bars (see the class comment).
     */
    public boolean hasValue()
    {
        return defined;
    }

    /**
     * @return the method of this envelope.
     */
    public EnvelopeMethod method()
    {
        return method;
    }

    /**
     * @return PLdot the envelope is centred on, or NaN.
     */
    public double center()
    {
        return center;
    }

    /**
     * @return upper band, or NaN.
     */
    public double upper()
    {
        return upper;
    }

    /**
     * @return lower band, or NaN.
     */
    public double lower()
    {
        return lower;
    }

    /**
     * @return upper - lower (>= 0), or NaN.
     */
    public double width()
    {
        return width;
    }

    /**
     * @return position of the close in the envelope, 0..1 (see the class comment), or NaN.
     */
    public double position()
    {
        return position;
    }

    /**
     * @return the ATR kept for {@link EnvelopeMethod#ATR} (also tracked for other methods), or NaN
     * before bar {@code atrPeriod} + 1.
     */
    public double atr()
    {
        return atr;
    }

    /**
     * Position of a close in a band, clamped to 0..1; defined for a zero-width band.
     *
     * @param close of the bar.
     * @param lower band.
     * @param upper band.
     * @param width upper - lower.
     * @return 0..1.
     */
    static double position(final double close, final double lower, final double upper, final double width)
    {
        if (close >= upper)
        {
            return close == upper && close == lower ? 0.5 : 1.0;
        }
        if (close <= lower)
        {
            return 0.0;
        }
        // lower < close < upper, so width > 0 and the ratio is in (0, 1); the clamp only guards
        // against rounding of (upper - lower).
        return Math.min(1.0, Math.max(0.0, (close - lower) / width));
    }

    private double offset(final PlDot pldot)
    {
        switch (method)
        {
            case PLDOT_RANGE:
                if (pldot.valueCount() < WINDOW)
                {
                    return Double.NaN;
                }
                return sampleStd3(pldot.valueAgo(2), pldot.valueAgo(1), pldot.valueAgo(0)) * multiplier;
            case HLC_RANGE:
                if (bars < WINDOW)
                {
                    return Double.NaN;
                }
                final double highest = Math.max(highs[0], Math.max(highs[1], highs[2]));
                final double lowest = Math.min(lows[0], Math.min(lows[1], lows[2]));
                return Math.max(0.0, highest - lowest) / 2.0 * multiplier;
            case ATR:
                return atr * multiplier;
            case PERCENTAGE:
                return Math.abs(pldot.value()) * percent;
            default:
                throw new IllegalStateException();
        }
    }

    private void updateAtr(final double high, final double low, final double close)
    {
        if (bars > 1)
        {
            final double trueRange = Math.max(
                high - low, Math.max(Math.abs(high - previousClose), Math.abs(low - previousClose)));
            final long ranges = bars - 1;
            if (ranges < atrPeriod)
            {
                trueRangeSum += trueRange;
            }
            else if (ranges == atrPeriod)
            {
                trueRangeSum += trueRange;
                atr = trueRangeSum / atrPeriod;
            }
            else
            {
                atr = (atr * (atrPeriod - 1) + trueRange) / atrPeriod;
            }
        }
        previousClose = close;
    }

    /**
     * Sample standard deviation (n - 1) of three values, 0 exactly when they are equal.
     */
    static double sampleStd3(final double a, final double b, final double c)
    {
        final double mean = PlDot.mean3(a, b, c);
        final double da = a - mean;
        final double db = b - mean;
        final double dc = c - mean;
        return Math.sqrt((da * da + db * db + dc * dc) / 2.0);
    }
}
