package io.pldot.engine.analytics.zones;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The SIMD twin of {@link LevelScan#scalarEscapes}: two comparisons per vector of slots and
 * their masks as bits; the slots after the last whole vector one at a time. The same bits as the
 * scalar loop (the same IEEE comparisons: a NaN compares false).
 * <p>
 * Loaded only when {@link io.pldot.engine.analytics.vector.VectorSupport#ENABLED}. Stateless; thread-safe.
 */
final class VectorLevelScan
{
    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = DOUBLES.length();

    private VectorLevelScan()
    {
    }

    static long escapes(final double[] above, final double[] below, final double x, final double y, final int count)
    {
        final int vectorEnd = count - count % LANES;
        long bits = 0L;
        int s = 0;
        for (; s < vectorEnd; s += LANES)
        {
            bits |= DoubleVector.fromArray(DOUBLES, above, s).compare(VectorOperators.GT, x)
                .or(DoubleVector.fromArray(DOUBLES, below, s).compare(VectorOperators.LT, y))
                .toLong() << s;
        }
        return bits | LevelScan.scalarEscapes(above, below, x, y, count, s);
    }
}
