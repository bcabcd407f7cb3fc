package io.pldot.engine.analytics.regime;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The SIMD twin of {@link DeviationBits#scalarClassify}: a vector of deviations, two comparisons
 * and their masks as bits per step; the last partial vector one value at a time. The same bits as
 * the scalar loop (same subtraction, absolute value and IEEE comparisons).
 * <p>
 * Loaded only when {@link io.pldot.engine.analytics.vector.VectorSupport#ENABLED} (at least four lanes,
 * so a vector's bits never straddle two words: 64 is a multiple of the lane count). Stateless;
 * thread-safe.
 */
final class VectorDeviationBits
{
    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = DOUBLES.length();

    private VectorDeviationBits()
    {
    }

    static long classify(final double[] values, final int from, final int count, final double mean,
                         final double nearDistance, final double farDistance, final long[] near, final long[] far)
    {
        final int vectorEnd = count - count % LANES;
        long nearWord = 0;
        long farWord = 0;
        long farAny = 0;
        int k = 0;
        for (; k < vectorEnd; k += LANES)
        {
            final DoubleVector deviation = DoubleVector.fromArray(DOUBLES, values, from + k)
                .sub(mean).lanewise(VectorOperators.ABS);
            nearWord |= deviation.compare(VectorOperators.LT, nearDistance).toLong() << k;
            farWord |= deviation.compare(VectorOperators.GT, farDistance).toLong() << k;
            if (((k + LANES) & 63) == 0)
            {
                near[k >>> 6] = nearWord;
                far[k >>> 6] = farWord;
                farAny |= farWord;
                nearWord = 0;
                farWord = 0;
            }
        }
        if ((k & 63) != 0 || k < count)
        {
            near[k >>> 6] = nearWord;
            far[k >>> 6] = farWord;
            farAny |= farWord;
        }
        return farAny | DeviationBits.scalarClassify(values, from, count, mean, nearDistance, farDistance, near, far, k);
    }
}
