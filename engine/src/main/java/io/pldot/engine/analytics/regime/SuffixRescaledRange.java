package io.pldot.engine.analytics.regime;

import static io.pldot.engine.analytics.regime.HurstExponent.fromOrderedKey;
import static io.pldot.engine.analytics.regime.HurstExponent.orderedKey;

/**
 * The R/S (range of the cumulative mean-adjusted sums over the population standard deviation) of
 * the newest returns of a series, for {@link HurstExponent}: {@link #single} for one suffix
 * length, {@link #pair} for two lengths in one pass.
 * <p>
 * Both walk the suffix backwards from its newest return with the backward running sums
 * {@code suffix[j]} (sum of the newest j returns): the cumulative deviation after j returns is
 * {@code suffix[j] − j × mean}. Reversing a chunk (and negating it) leaves max − min of its
 * cumulative deviations unchanged, so this is the chunk's R. The variance is summed from the
 * deviations (two-pass accuracy: E[x²] − mean² loses digits on chunks whose returns are close to
 * their mean) on two partial sums, odd j and even j, each in ascending j, added at the end.
 * {@link #pair} keeps exactly these sums for each of its two lengths, so its results are
 * bit-identical to two {@link #single} calls; it exists because the two suffixes share their
 * newest returns: one pass loads each return and running sum once and interleaves two independent
 * sets of accumulators, which the CPU overlaps.
 * <p>
 * A suffix whose standard deviation counts as zero (S ≤ {@link HurstExponent#CONSTANT_RETURNS_TOLERANCE}
 * × |mean|) gives {@link #SKIPPED}. Stateless; thread-safe.
 */
final class SuffixRescaledRange
{
    /** R/S of a suffix whose standard deviation counts as zero. */
    static final double SKIPPED = -1.0;

    private SuffixRescaledRange()
    {
    }

    /**
     * @param r      the returns; the newest at {@code r[newest]}, older ones below it.
     * @param newest index of the newest return.
     * @param suffix backward running sums: {@code suffix[j]} = sum of the newest j returns, for
     *               j ≤ {@code length}.
     * @param length suffix length, ≥ 1.
     * @return R/S of {@code r[newest − length + 1 .. newest]}, or {@link #SKIPPED}.
     */
    static double single(final double[] r, final int newest, final double[] suffix, final int length)
    {
        final double mean = suffix[length] / length;
        // Max and min are taken on order-preserving long keys: C2's Math.max(double) (NaN and −0
        // rules) costs about three times a long compare-and-move.
        long maxKey = Long.MIN_VALUE;
        long minKey = Long.MAX_VALUE;
        double squares0 = 0.0;
        double squares1 = 0.0;
        int j = 1;
        // j as a double, kept beside j (exact: small integers): an int-to-double conversion per
        // term costs more than an add per step.
        double jd = 1.0;
        for (; j < length; j += 2, jd += 2.0)
        {
            final double d0 = r[newest - j + 1] - mean;
            final double d1 = r[newest - j] - mean;
            squares0 += d0 * d0;
            squares1 += d1 * d1;
            final long key0 = orderedKey(suffix[j] - jd * mean);
            final long key1 = orderedKey(suffix[j + 1] - (jd + 1.0) * mean);
            maxKey = Math.max(maxKey, Math.max(key0, key1));
            minKey = Math.min(minKey, Math.min(key0, key1));
        }
        if (j == length)
        {
            final double d = r[newest - j + 1] - mean;
            squares0 += d * d;
            final long key = orderedKey(suffix[j] - jd * mean);
            maxKey = Math.max(maxKey, key);
            minKey = Math.min(minKey, key);
        }
        return rescaledRange(maxKey, minKey, squares0 + squares1, length, mean);
    }

    /**
     * The R/S of two suffixes in one pass, bit-identical to {@code single(…, length)} and
     * {@code single(…, shorter)}.
     *
     * @param r       the returns; the newest at {@code r[newest]}, older ones below it.
     * @param newest  index of the newest return.
     * @param suffix  backward running sums, for j ≤ {@code length}.
     * @param length  the longer suffix length.
     * @param shorter the shorter suffix length, in [1, length).
     * @param out     receives the R/S (or {@link #SKIPPED}) of {@code length} at [0] and of
     *                {@code shorter} at [1].
     */
    static void pair(final double[] r, final int newest, final double[] suffix, final int length, final int shorter,
                     final double[] out)
    {
        final double meanA = suffix[length] / length;
        final double meanB = suffix[shorter] / shorter;
        long maxA = Long.MIN_VALUE;
        long minA = Long.MAX_VALUE;
        long maxB = Long.MIN_VALUE;
        long minB = Long.MAX_VALUE;
        double squaresA0 = 0.0;
        double squaresA1 = 0.0;
        double squaresB0 = 0.0;
        double squaresB1 = 0.0;
        int j = 1;
        double jd = 1.0;
        // Both suffixes, two returns (odd j, even j) per step.
        for (; j < shorter; j += 2, jd += 2.0)
        {
            final double x0 = r[newest - j + 1];
            final double x1 = r[newest - j];
            final double s0 = suffix[j];
            final double s1 = suffix[j + 1];
            final double j0 = jd;
            final double j1 = jd + 1.0;
            final double a0 = x0 - meanA;
            final double a1 = x1 - meanA;
            final double b0 = x0 - meanB;
            final double b1 = x1 - meanB;
            squaresA0 += a0 * a0;
            squaresA1 += a1 * a1;
            squaresB0 += b0 * b0;
            squaresB1 += b1 * b1;
            final long keyA0 = orderedKey(s0 - j0 * meanA);
            final long keyA1 = orderedKey(s1 - j1 * meanA);
            final long keyB0 = orderedKey(s0 - j0 * meanB);
            final long keyB1 = orderedKey(s1 - j1 * meanB);
            maxA = Math.max(maxA, Math.max(keyA0, keyA1));
            minA = Math.min(minA, Math.min(keyA0, keyA1));
            maxB = Math.max(maxB, Math.max(keyB0, keyB1));
            minB = Math.min(minB, Math.min(keyB0, keyB1));
        }
        if (j == shorter)
        {
            // Odd shorter length: its last (odd) return, which is also the odd half of a step of
            // the longer suffix; that step's even half follows (j + 1 ≤ length as shorter < length).
            final double x0 = r[newest - j + 1];
            final double s0 = suffix[j];
            final double j0 = jd;
            final double b0 = x0 - meanB;
            squaresB0 += b0 * b0;
            final long keyB0 = orderedKey(s0 - j0 * meanB);
            maxB = Math.max(maxB, keyB0);
            minB = Math.min(minB, keyB0);
            final double a0 = x0 - meanA;
            final double a1 = r[newest - j] - meanA;
            squaresA0 += a0 * a0;
            squaresA1 += a1 * a1;
            final long keyA0 = orderedKey(s0 - j0 * meanA);
            final long keyA1 = orderedKey(suffix[j + 1] - (j0 + 1.0) * meanA);
            maxA = Math.max(maxA, Math.max(keyA0, keyA1));
            minA = Math.min(minA, Math.min(keyA0, keyA1));
            j += 2;
            jd += 2.0;
        }
        out[1] = rescaledRange(maxB, minB, squaresB0 + squaresB1, shorter, meanB);
        // The rest of the longer suffix alone, as in single().
        for (; j < length; j += 2, jd += 2.0)
        {
            final double a0 = r[newest - j + 1] - meanA;
            final double a1 = r[newest - j] - meanA;
            squaresA0 += a0 * a0;
            squaresA1 += a1 * a1;
            final long keyA0 = orderedKey(suffix[j] - jd * meanA);
            final long keyA1 = orderedKey(suffix[j + 1] - (jd + 1.0) * meanA);
            maxA = Math.max(maxA, Math.max(keyA0, keyA1));
            minA = Math.min(minA, Math.min(keyA0, keyA1));
        }
        if (j == length)
        {
            final double a0 = r[newest - j + 1] - meanA;
            squaresA0 += a0 * a0;
            final long keyA0 = orderedKey(suffix[j] - jd * meanA);
            maxA = Math.max(maxA, keyA0);
            minA = Math.min(minA, keyA0);
        }
        out[0] = rescaledRange(maxA, minA, squaresA0 + squaresA1, length, meanA);
    }

    private static double rescaledRange(final long maxKey, final long minKey, final double squares, final int length,
                                        final double mean)
    {
        final double variance = squares / length;
        final double tolerance = HurstExponent.CONSTANT_RETURNS_TOLERANCE;
        if (!(variance > tolerance * tolerance * mean * mean))
        {
            return SKIPPED;
        }
        return (fromOrderedKey(maxKey) - fromOrderedKey(minKey)) / Math.sqrt(variance);
    }
}
