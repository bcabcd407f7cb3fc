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
 * Loaded only when {@link io.pldot.engine.analytics.VectorSupport#ENABLED}. Stateless; thread-safe.
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

    /** {@link HurstExponent#orderedKey} of {@code sums[j + i] − (j + i) × mean}, lane i. */
    private static LongVector keys(final double[] sums, final int j, final DoubleVector mean)
    {
        final LongVector bits = DoubleVector.fromArray(DOUBLES, sums, j)
            .sub(DoubleVector.fromArray(DOUBLES, J, j).mul(mean))
            .reinterpretAsLongs();
        return bits.lanewise(VectorOperators.XOR, bits.lanewise(VectorOperators.ASHR, 63).and(Long.MAX_VALUE));
    }
}
