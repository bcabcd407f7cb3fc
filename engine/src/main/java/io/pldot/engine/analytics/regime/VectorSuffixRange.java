package io.pldot.engine.analytics.regime;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The SIMD twin of {@link SuffixRescaledRange#scalarRange}: the range (max − min) of the
 * cumulative deviations {@code sums[j] − j × mean}, j = 1..length, a vector of j at a time.
 * <p>
 * Same bits as the scalar loop: each deviation is the same multiply and subtract, maxima and
 * minima are taken on the same order-preserving long keys, and a maximum does not depend on the
 * order it is taken in. The last vector is the one ending at {@code length} (it may overlap the one
 * before: taking an element twice does not change a maximum), so no mask is needed.
 * <p>
 * Loaded only when {@link io.pldot.engine.analytics.vector.VectorSupport#ENABLED}. Stateless; thread-safe.
 */
final class VectorSuffixRange
{
    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;
    static final int LANES = DOUBLES.length();
    /** J[j] = j as a double, for j up to the longest suffix ({@link RegimeSettings#MAX_WINDOW}). */
    private static final double[] J = new double[RegimeSettings.MAX_WINDOW + 1];

    static
    {
        for (int j = 0; j < J.length; j++)
        {
            J[j] = j;
        }
    }

    private VectorSuffixRange()
    {
    }

    /**
     * @param sums   {@code sums[j]} for j = 1..length (read only there).
     * @param length at least {@link #LANES}, at most {@link RegimeSettings#MAX_WINDOW}.
     * @param mean   the suffix's mean.
     * @return max − min of {@code sums[j] − j × mean} over j = 1..length.
     */
    static double range(final double[] sums, final int length, final double mean)
    {
        final DoubleVector m = DoubleVector.broadcast(DOUBLES, mean);
        LongVector max = LongVector.broadcast(LONGS, Long.MIN_VALUE);
        LongVector min = LongVector.broadcast(LONGS, Long.MAX_VALUE);
        final int lastStart = length - LANES + 1;
        for (int j = 1; j < lastStart; j += LANES)
        {
            final LongVector key = keys(sums, j, m);
            max = max.max(key);
            min = min.min(key);
        }
        final LongVector key = keys(sums, lastStart, m);
        max = max.max(key);
        min = min.min(key);
        return HurstExponent.fromOrderedKey(max.reduceLanes(VectorOperators.MAX))
            - HurstExponent.fromOrderedKey(min.reduceLanes(VectorOperators.MIN));
    }

    /**
     * {@link #range} of two suffixes in one pass: the blocks both cover are loaded once and feed
     * two independent pairs of extremes, so the two dependency chains overlap. The same bits as
     * two calls of {@link #range} (a maximum does not depend on the order it is taken in).
     *
     * @param sums    {@code sums[j]} for j = 1..max(lengthA, lengthB).
     * @param lengthA first suffix length, at least {@link #LANES}.
     * @param meanA   its mean.
     * @param lengthB second suffix length, at least {@link #LANES}.
     * @param meanB   its mean.
     * @param out     receives the first range at [0] and the second at [1].
     */
    static void rangePair(
        final double[] sums, final int lengthA, final double meanA, final int lengthB, final double meanB,
        final double[] out)
    {
        final DoubleVector mA = DoubleVector.broadcast(DOUBLES, meanA);
        final DoubleVector mB = DoubleVector.broadcast(DOUBLES, meanB);
        LongVector maxA = LongVector.broadcast(LONGS, Long.MIN_VALUE);
        LongVector minA = LongVector.broadcast(LONGS, Long.MAX_VALUE);
        LongVector maxB = maxA;
        LongVector minB = minA;
        final int lastA = lengthA - LANES + 1;
        final int lastB = lengthB - LANES + 1;
        final int common = Math.min(lastA, lastB);
        int j = 1;
        for (; j < common; j += LANES)
        {
            final DoubleVector s = DoubleVector.fromArray(DOUBLES, sums, j);
            final DoubleVector jd = DoubleVector.fromArray(DOUBLES, J, j);
            final LongVector keyA = key(s.sub(jd.mul(mA)));
            final LongVector keyB = key(s.sub(jd.mul(mB)));
            maxA = maxA.max(keyA);
            minA = minA.min(keyA);
            maxB = maxB.max(keyB);
            minB = minB.min(keyB);
        }
        for (int ja = j; ja < lastA; ja += LANES)
        {
            final LongVector keyA = keys(sums, ja, mA);
            maxA = maxA.max(keyA);
            minA = minA.min(keyA);
        }
        for (int jb = j; jb < lastB; jb += LANES)
        {
            final LongVector keyB = keys(sums, jb, mB);
            maxB = maxB.max(keyB);
            minB = minB.min(keyB);
        }
        final LongVector endA = keys(sums, lastA, mA);
        final LongVector endB = keys(sums, lastB, mB);
        maxA = maxA.max(endA);
        minA = minA.min(endA);
        maxB = maxB.max(endB);
        minB = minB.min(endB);
        out[0] = HurstExponent.fromOrderedKey(maxA.reduceLanes(VectorOperators.MAX))
            - HurstExponent.fromOrderedKey(minA.reduceLanes(VectorOperators.MIN));
        out[1] = HurstExponent.fromOrderedKey(maxB.reduceLanes(VectorOperators.MAX))
            - HurstExponent.fromOrderedKey(minB.reduceLanes(VectorOperators.MIN));
    }

    /** {@link HurstExponent#orderedKey} of each lane. */
    private static LongVector key(final DoubleVector values)
    {
        final LongVector bits = values.reinterpretAsLongs();
        return bits.lanewise(VectorOperators.XOR, bits.lanewise(VectorOperators.ASHR, 63).and(Long.MAX_VALUE));
    }

    /** {@link HurstExponent#orderedKey} of {@code sums[j + i] − (j + i) × mean}, lane i. */
    private static LongVector keys(final double[] sums, final int j, final DoubleVector mean)
    {
        final LongVector bits = DoubleVector.fromArray(DOUBLES, sums, j)
            .sub(DoubleVector.fromArray(DOUBLES, J, j).mul(mean))
            .reinterpretAsLongs();
        return bits.lanewise(VectorOperators.XOR, bits.lanewise(VectorOperators.ASHR, 63).and(Long.MAX_VALUE));
    }
}
