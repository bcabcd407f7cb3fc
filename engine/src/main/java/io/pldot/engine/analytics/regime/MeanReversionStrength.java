package io.pldot.engine.analytics.regime;

import io.pldot.engine.analytics.vector.VectorSupport;

/**
 * Mean-reversion strength: how fast price comes back to its moving average after a large
 * excursion, as OFS §12.5 (docs/references.md) defines it ({@code calculate_mean_reversion_strength}), over the last L closes (OFS: {@code lookback=50}).
 * <ol>
 *   <li>σ = population standard deviation of the L closes ({@code np.std}); m = the moving
 *       average given with the update (the analyzer passes its fastest EMA, OFS's
 *       {@code ema_20}).</li>
 *   <li>Every close of the window except the newest with |close − m| &gt; 2σ is an excursion; its
 *       return time is the number of bars to the first later close with |close − m| &lt; σ, looking
 *       at most 19 bars ahead ({@code range(i + 1, min(i + 20, len))}). Excursions that do not
 *       come back in that span are not counted.</li>
 *   <li>From the average return time a: a ≤ 3 → 0.9, a ≤ 7 → 0.7, a ≤ 12 → 0.5, else 0.3; no
 *       counted excursion → 0.5.</li>
 * </ol>
 * <b>Direction of time.</b> OFS's query returns closes newest first, so its inner loop
 * literally looks <i>back</i> in time from each excursion; its docstring and comments ("measure
 * how long until it returns") mean forward. This class implements the stated meaning (forward,
 * oldest-first window); the tests check it against the OFS numpy code run on the same window
 * in oldest-first order.
 * <p>
 * <b>Defined values and degenerate inputs</b>: NaN until L closes have been seen and while m is
 * NaN (OFS returns 0.5 below 20 closes; here a value is over the full window or absent).
 * Flat prices: σ = 0, no close is ever within 0 of m, so nothing is counted → 0.5. No division
 * by σ anywhere, so every defined value is one of 0.3, 0.5, 0.7, 0.9.
 * <p>
 * Cost: O(L) per update: one pass for σ (sums of the closes shifted by the newest one and of their
 * squares, each into four partial sums added in a fixed order); one
 * pass that marks, as bits, the closes near m and the excursions ({@link DeviationBits}, a vector
 * of closes at a time on the Vector API); then each excursion (rare) finds its next near close from
 * the bits with {@code numberOfTrailingZeros}. Without the Vector API, one backward walk instead
 * (the same numbers; faster than building the bits one value at a time). About 0.08 µs per update
 * for L = 50 with the Vector API, 0.14 µs without. State for L = 50: a
 * mirrored ring of 100 doubles and two one-word bit sets, about 0.9 KB. Does not allocate after
 * construction. Single-threaded; not thread-safe.
 */
public final class MeanReversionStrength
{
    /** Excursion: |close − m| above this many σ (OFS §12.5). */
    static final double EXCURSION_SIGMAS = 2.0;
    /** Return: |close − m| below this many σ (OFS §12.5). */
    static final double RETURN_SIGMAS = 1.0;
    /** Return times are looked for up to this many bars after the excursion (OFS §12.5). */
    static final int MAX_RETURN_BARS = 19;
    /** Value when no excursion came back. */
    public static final double NO_EXCURSION = 0.5;

    private final DoubleWindow closes;
    /** Per compute: bit k set when close k of the window (oldest first) is within σ of the mean. */
    private final long[] near;
    /** Per compute: bit k set when close k is more than 2σ from the mean. */
    private final long[] excursions;
    private double value = Double.NaN;
    private double averageReturnBars = Double.NaN;

    /**
     * @param lookback L, the number of closes, ≥ 2.
     */
    public MeanReversionStrength(final int lookback)
    {
        if (lookback < 2)
        {
            throw new IllegalArgumentException("mean-reversion lookback must be >= 2: " + lookback);
        }
        this.closes = new DoubleWindow(lookback);
        this.near = new long[(lookback + 63) >>> 6];
        this.excursions = new long[near.length];
    }

    /**
     * Adds one close and, once the window is full and {@code mean} is defined, recomputes the
     * strength against {@code mean}.
     *
     * @param close of the bar.
     * @param mean  the moving average now (NaN while it is undefined).
     */
    public void update(final double close, final double mean)
    {
        closes.add(close);
        if (!closes.isFull() || Double.isNaN(mean))
        {
            value = Double.NaN;
            averageReturnBars = Double.NaN;
            return;
        }
        compute(mean);
    }

    /**
     * @return true when the last update produced a value.
     */
    public boolean hasValue()
    {
        return !Double.isNaN(value);
    }

    /**
     * @return 0.3, 0.5, 0.7 or 0.9 (higher = snaps back faster), or NaN when undefined.
     */
    public double value()
    {
        return value;
    }

    /**
     * @return the average return time in bars behind {@link #value()}, or NaN when no excursion
     * was counted or the value is undefined.
     */
    public double averageReturnBars()
    {
        return averageReturnBars;
    }

    /**
     * @return L.
     */
    public int lookback()
    {
        return closes.capacity();
    }

    private void compute(final double mean)
    {
        final double[] p = closes.array();
        final int first = closes.start();
        final int length = closes.capacity();
        final int last = first + length;

        // One pass for σ: the sums of the closes less the newest close, and of their squares, each
        // in four partial sums (fixed order, so the same bits on every run): a chain of dependent
        // additions per sum would set the cost. Shifted by a close of the window, the variance
        // E[d²] − E[d]² loses little: (shift − mean)² ≤ L × variance, so its relative error stays
        // within about L ulps, where two passes (mean, then squares) would wait for each other.
        final double shift = p[last - 1];
        final int unrolledEnd = first + (length & ~3);
        double sum0 = 0.0;
        double sum1 = 0.0;
        double sum2 = 0.0;
        double sum3 = 0.0;
        double squares0 = 0.0;
        double squares1 = 0.0;
        double squares2 = 0.0;
        double squares3 = 0.0;
        for (int i = first; i < unrolledEnd; i += 4)
        {
            final double d0 = p[i] - shift;
            final double d1 = p[i + 1] - shift;
            final double d2 = p[i + 2] - shift;
            final double d3 = p[i + 3] - shift;
            sum0 += d0;
            sum1 += d1;
            sum2 += d2;
            sum3 += d3;
            squares0 += d0 * d0;
            squares1 += d1 * d1;
            squares2 += d2 * d2;
            squares3 += d3 * d3;
        }
        for (int i = unrolledEnd; i < last; i++)
        {
            final double d = p[i] - shift;
            sum0 += d;
            squares0 += d * d;
        }
        final double meanShifted = ((sum0 + sum1) + (sum2 + sum3)) / length;
        final double variance = ((squares0 + squares1) + (squares2 + squares3)) / length - meanShifted * meanShifted;
        // A negative rounding residue is no spread at all; a NaN close keeps σ NaN (nothing counted).
        final double sigma = Math.sqrt(Math.max(variance, 0.0));
        final double excursionDistance = EXCURSION_SIGMAS * sigma;
        final double nearDistance = RETURN_SIGMAS * sigma;

        // Two ways to the same two numbers: bit sets built a vector at a time when the Vector API is
        // on; without it, one walk back in time (faster than building the bits one at a time).
        final long returns = VectorSupport.ENABLED
            ? returnsFromBits(p, first, length, mean, nearDistance, excursionDistance)
            : returnsByWalk(p, first, length, mean, nearDistance, excursionDistance);
        final int counted = (int)returns;
        final long totalBars = returns >>> 32;

        if (counted == 0)
        {
            averageReturnBars = Double.NaN;
            value = NO_EXCURSION;
            return;
        }
        averageReturnBars = (double)totalBars / counted;
        value = strength(averageReturnBars);
    }

    /**
     * The excursions that came back and their total return time, from bit sets: which closes are
     * near the mean (|close − m| &lt; σ) and which are excursions (&gt; 2σ), bit k of word k / 64 for
     * close k of the window, oldest first ({@link DeviationBits}); then each excursion but the
     * newest close finds the first later near close from the bits. Compared as doubles: with a NaN
     * close σ is NaN, nothing compares true, and nothing is counted (as in the OFS numpy).
     *
     * @return total return bars &lt;&lt; 32 | excursions counted.
     */
    long returnsFromBits(final double[] p, final int first, final int length, final double mean,
                         final double nearDistance, final double excursionDistance)
    {
        final long excursionAny = DeviationBits.classify(p, first, length, mean, nearDistance, excursionDistance,
            near, excursions);
        long totalBars = 0;
        int counted = 0;
        if (excursionAny != 0 && near.length == 1)
        {
            // One word (L <= 64): each excursion's next near close is the lowest near bit above
            // it, and whether it counts is a compare, not a branch. The newest close's bit is
            // cleared first: it cannot come back within the window.
            final long nearBits = near[0];
            long bits = excursions[0] & ~(1L << (length - 1));
            while (bits != 0)
            {
                final int k = Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                final long above = nearBits & (-2L << k);
                final int bars = Long.numberOfTrailingZeros(above) - k;
                final boolean back = above != 0L & bars <= MAX_RETURN_BARS;
                totalBars += back ? bars : 0;
                counted += back ? 1 : 0;
            }
        }
        else if (excursionAny != 0)
        {
            final int newest = length - 1;
            for (int w = 0; w < excursions.length; w++)
            {
                long bits = excursions[w];
                while (bits != 0)
                {
                    final int k = (w << 6) + Long.numberOfTrailingZeros(bits);
                    bits &= bits - 1;
                    final int bars = k < newest ? barsToNear(k) : Integer.MAX_VALUE;
                    if (bars <= MAX_RETURN_BARS)
                    {
                        totalBars += bars;
                        counted++;
                    }
                }
            }
        }
        return totalBars << 32 | counted;
    }

    /**
     * The same as {@link #returnsFromBits}, by walking back in time and remembering the nearest
     * later close within σ of the mean.
     *
     * @return total return bars &lt;&lt; 32 | excursions counted.
     */
    static long returnsByWalk(final double[] p, final int first, final int length, final double mean,
                              final double nearDistance, final double excursionDistance)
    {
        final int last = first + length;
        int nextNear = Integer.MAX_VALUE;
        long totalBars = 0;
        int counted = 0;
        for (int i = last - 1; i >= first; i--)
        {
            final double deviation = Math.abs(p[i] - mean);
            if (deviation > excursionDistance && i < last - 1 && nextNear - i <= MAX_RETURN_BARS)
            {
                totalBars += nextNear - i;
                counted++;
            }
            if (deviation < nearDistance)
            {
                nextNear = i;
            }
        }
        return totalBars << 32 | counted;
    }

    /**
     * @param k index of an excursion in the window (oldest first), not the newest.
     * @return bars from close k to the first later close near the mean, or more than
     *         {@link #MAX_RETURN_BARS} when none is within reach.
     */
    private int barsToNear(final int k)
    {
        // The first near bit above k: in k's word, else in the next one (the reach, 19 bars, is
        // under a word). Bits past the window's end are never set.
        final int w = k >>> 6;
        final long above = near[w] & (-2L << (k & 63));
        if (above != 0)
        {
            return (w << 6) + Long.numberOfTrailingZeros(above) - k;
        }
        if (w + 1 < near.length && near[w + 1] != 0)
        {
            return ((w + 1) << 6) + Long.numberOfTrailingZeros(near[w + 1]) - k;
        }
        return Integer.MAX_VALUE;
    }

    /**
     * As OFS §12.5 computes it.
     *
     * @param averageBars average return time in bars.
     * @return the strength bucket.
     */
    static double strength(final double averageBars)
    {
        if (averageBars <= 3)
        {
            return 0.9;
        }
        if (averageBars <= 7)
        {
            return 0.7;
        }
        if (averageBars <= 12)
        {
            return 0.5;
        }
        return 0.3;
    }
}
