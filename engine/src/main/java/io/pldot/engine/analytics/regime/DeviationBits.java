package io.pldot.engine.analytics.regime;

import io.pldot.engine.analytics.vector.VectorSupport;

/**
 * For {@link MeanReversionStrength}: which values of a window lie near a mean and which lie far
 * from it, as bit sets, so that the excursions (rare) are then visited with
 * {@code numberOfTrailingZeros} instead of a data-dependent branch per value.
 * <p>
 * A vector of values at a time when {@link VectorSupport#ENABLED} ({@link VectorDeviationBits}),
 * else one at a time; the same bits either way (the same subtraction, absolute value and IEEE
 * comparisons: a NaN compares false). Stateless; thread-safe.
 */
final class DeviationBits
{
    private DeviationBits()
    {
    }

    /**
     * Sets bit k of word k / 64 of {@code near} when |values[from + k] − mean| &lt; nearDistance,
     * and of {@code far} when it is &gt; farDistance, for k in [0, count); clears the other bits.
     *
     * @param values       the window's values.
     * @param from         index of value 0.
     * @param count        values, ≥ 1, at most 64 × {@code near.length}.
     * @param mean         the mean the deviations are taken from.
     * @param nearDistance deviations below this are near.
     * @param farDistance  deviations above this are far.
     * @param near         receives the near bits, ⌈count / 64⌉ words or more.
     * @param far          receives the far bits, as many words.
     * @return the OR of the far words (0 when no value is far).
     */
    static long classify(final double[] values, final int from, final int count, final double mean,
                         final double nearDistance, final double farDistance, final long[] near, final long[] far)
    {
        if (VectorSupport.ENABLED)
        {
            return VectorDeviationBits.classify(values, from, count, mean, nearDistance, farDistance, near, far);
        }
        return scalarClassify(values, from, count, mean, nearDistance, farDistance, near, far, 0);
    }

    /**
     * {@link #classify} one value at a time from value {@code start} on (a multiple of 64, or
     * where the vector loop stopped in word {@code start / 64}, whose lower bits it keeps).
     */
    static long scalarClassify(final double[] values, final int from, final int count, final double mean,
                               final double nearDistance, final double farDistance, final long[] near,
                               final long[] far, final int start)
    {
        long farAny = 0;
        int k = start;
        for (int w = start >>> 6; k < count; w++)
        {
            final int end = Math.min(count, (w + 1) << 6);
            long nearWord = (k & 63) == 0 ? 0 : near[w];
            long farWord = (k & 63) == 0 ? 0 : far[w];
            for (; k < end; k++)
            {
                final double deviation = Math.abs(values[from + k] - mean);
                nearWord |= (deviation < nearDistance ? 1L : 0L) << k;
                farWord |= (deviation > farDistance ? 1L : 0L) << k;
            }
            near[w] = nearWord;
            far[w] = farWord;
            farAny |= farWord;
        }
        for (int w = (count + 63) >>> 6; w < near.length; w++)
        {
            near[w] = 0;
            far[w] = 0;
        }
        return farAny;
    }
}
