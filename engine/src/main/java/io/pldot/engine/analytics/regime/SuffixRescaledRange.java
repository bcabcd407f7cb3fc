package io.pldot.engine.analytics.regime;

import io.pldot.engine.analytics.vector.VectorSupport;

import static io.pldot.engine.analytics.regime.HurstExponent.fromOrderedKey;
import static io.pldot.engine.analytics.regime.HurstExponent.orderedKey;

/**
 * The R/S (range of the cumulative mean-adjusted sums over the population standard deviation) of
 * the newest returns of a series, for {@link HurstExponent}, from backward running sums of the
 * returns shifted by a constant.
 * <p>
 * {@link HurstExponent} keeps, per update, {@code sums[j]} and {@code squares[j]}: the sum of the
 * newest j values of (return − shift) and of their squares, with shift = the newest return. For a
 * suffix of L returns, with m = sums[L] / L (its mean minus the shift):
 * <ul>
 *   <li>R = max − min over j = 1..L of the cumulative deviation {@code sums[j] − j × m} (the
 *       deviation of the newest j returns from the suffix's mean; the shift cancels). Reversing
 *       a chunk (and negating it) leaves max − min of its cumulative deviations unchanged, so this
 *       is the chunk's R. Max and min are taken on order-preserving long keys (C2's
 *       {@code Math.max(double)}, with its NaN and −0 rules, costs about three times a long
 *       compare-and-move), a vector at a time when {@link VectorSupport#ENABLED}, with the same
 *       bits either way.</li>
 *   <li>variance = squares[L] / L − m²: a shifted data set, so the subtraction loses almost
 *       nothing (the shift is one of the suffix's own returns, so (shift − mean)² ≤ L × variance,
 *       and the relative error stays within about L ulps), and every suffix length costs O(1).</li>
 * </ul>
 * A suffix whose standard deviation counts as zero (variance not above
 * ({@link HurstExponent#CONSTANT_RETURNS_TOLERANCE} × |mean|)², a negative rounding residue
 * included) gives {@link #SKIPPED}. Stateless; thread-safe.
 */
final class SuffixRescaledRange
{
    /** R/S of a suffix whose standard deviation counts as zero. */
    static final double SKIPPED = -1.0;
    /** Doubles per vector when the vectorized loop is used, else a length no suffix reaches. */
    private static final int VECTOR_MIN_LENGTH = VectorSupport.ENABLED ? VectorSupport.doubleLanes() : Integer.MAX_VALUE;

    private SuffixRescaledRange()
    {
    }

    /**
     * @param sums    backward running sums of the shifted returns, for j ≤ {@code length}.
     * @param squares backward running sums of their squares, for j ≤ {@code length}.
     * @param length  suffix length L, ≥ 1.
     * @param shift   the constant subtracted from every return.
     * @return R/S of the newest {@code length} returns, or {@link #SKIPPED}.
     */
    static double rescaledRange(final double[] sums, final double[] squares, final int length, final double shift)
    {
        final double m = sums[length] / length;
        final double variance = squares[length] / length - m * m;
        final double mean = shift + m;
        final double tolerance = HurstExponent.CONSTANT_RETURNS_TOLERANCE;
        if (!(variance > tolerance * tolerance * mean * mean))
        {
            return SKIPPED;
        }
        return range(sums, length, m) / Math.sqrt(variance);
    }

    /**
     * {@link #rescaledRange} of two suffixes, their ranges in one pass when both are long enough
     * for the vectorized loop (the same bits as two calls).
     *
     * @param out receives the R/S (or {@link #SKIPPED}) of {@code lengthA} at [0], of
     *            {@code lengthB} at [1].
     */
    static void rescaledRangePair(
        final double[] sums, final double[] squares, final int lengthA, final int lengthB, final double shift,
        final double[] out)
    {
        final double mA = sums[lengthA] / lengthA;
        final double mB = sums[lengthB] / lengthB;
        final double varianceA = squares[lengthA] / lengthA - mA * mA;
        final double varianceB = squares[lengthB] / lengthB - mB * mB;
        final boolean spreadA = spread(varianceA, shift + mA);
        final boolean spreadB = spread(varianceB, shift + mB);
        if (spreadA && spreadB && Math.min(lengthA, lengthB) >= VECTOR_MIN_LENGTH)
        {
            VectorSuffixRange.rangePair(sums, lengthA, mA, lengthB, mB, out);
            out[0] = out[0] / Math.sqrt(varianceA);
            out[1] = out[1] / Math.sqrt(varianceB);
            return;
        }
        out[0] = spreadA ? range(sums, lengthA, mA) / Math.sqrt(varianceA) : SKIPPED;
        out[1] = spreadB ? range(sums, lengthB, mB) / Math.sqrt(varianceB) : SKIPPED;
    }

    /** @return whether a suffix with this variance and mean has a standard deviation that counts. */
    private static boolean spread(final double variance, final double mean)
    {
        final double tolerance = HurstExponent.CONSTANT_RETURNS_TOLERANCE;
        return variance > tolerance * tolerance * mean * mean;
    }

    /**
     * @param sums   {@code sums[j]} for j = 1..length.
     * @param length ≥ 1.
     * @param mean   the suffix's mean (of the same shifted values).
     * @return max − min of {@code sums[j] − j × mean} over j = 1..length.
     */
    static double range(final double[] sums, final int length, final double mean)
    {
        if (length >= VECTOR_MIN_LENGTH)
        {
            return VectorSuffixRange.range(sums, length, mean);
        }
        return scalarRange(sums, length, mean);
    }

    /** {@link #range} one element at a time: the definition the vector loop must match bit for bit. */
    static double scalarRange(final double[] sums, final int length, final double mean)
    {
        long maxKey = Long.MIN_VALUE;
        long minKey = Long.MAX_VALUE;
        // j as a double, kept beside j (exact: small integers): an int-to-double conversion per
        // term costs more than an add per step.
        double jd = 1.0;
        for (int j = 1; j <= length; j++, jd += 1.0)
        {
            final long key = orderedKey(sums[j] - jd * mean);
            maxKey = Math.max(maxKey, key);
            minKey = Math.min(minKey, key);
        }
        return fromOrderedKey(maxKey) - fromOrderedKey(minKey);
    }
}
