package io.pldot.engine.analytics.regime;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The near/far bit sets of {@link DeviationBits}: the vector loop against the scalar one (bit for
 * bit, including values exactly at a distance, NaN and infinite values, every length up to the
 * largest window), and the scalar one against the definition.
 */
class DeviationBitsTest
{
    @Test
    void shouldGiveTheSameBitsOnVectorsAsOneAtATime()
    {
        final Random random = new Random(42L);
        for (int trial = 0; trial < 400; trial++)
        {
            final int count = 1 + random.nextInt(RegimeSettings.MAX_WINDOW);
            final int from = random.nextInt(8);
            final double mean = 100.0;
            final double near = trial % 9 == 0 ? Double.NaN : 1.0;
            final double far = trial % 9 == 0 ? Double.NaN : 2.0;
            final double[] values = values(random, from + count, mean);
            final int words = (count + 63) >>> 6;
            final long[] vectorNear = new long[words];
            final long[] vectorFar = new long[words];
            final long[] scalarNear = new long[words];
            final long[] scalarFar = new long[words];
            java.util.Arrays.fill(vectorNear, -1L);
            java.util.Arrays.fill(vectorFar, -1L);
            final long vectorAny = VectorDeviationBits.classify(values, from, count, mean, near, far, vectorNear, vectorFar);
            final long scalarAny = DeviationBits.scalarClassify(values, from, count, mean, near, far, scalarNear, scalarFar, 0);
            assertThat(vectorNear).as("near, trial %d, count %d", trial, count).containsExactly(scalarNear);
            assertThat(vectorFar).as("far, trial %d, count %d", trial, count).containsExactly(scalarFar);
            assertThat(vectorAny).isEqualTo(scalarAny);
        }
    }

    @Test
    void shouldSetExactlyTheBitsOfTheDefinition()
    {
        final Random random = new Random(5L);
        for (int trial = 0; trial < 100; trial++)
        {
            final int count = 1 + random.nextInt(RegimeSettings.MAX_WINDOW);
            final double[] values = values(random, count, 100.0);
            final long[] near = new long[(count + 63) >>> 6];
            final long[] far = new long[near.length];
            final long any = DeviationBits.classify(values, 0, count, 100.0, 1.0, 2.0, near, far);
            long farSeen = 0;
            for (int k = 0; k < count; k++)
            {
                final double deviation = Math.abs(values[k] - 100.0);
                assertThat((near[k >>> 6] >>> k & 1) == 1).as("near %d (%s)", k, values[k]).isEqualTo(deviation < 1.0);
                assertThat((far[k >>> 6] >>> k & 1) == 1).as("far %d (%s)", k, values[k]).isEqualTo(deviation > 2.0);
                farSeen |= deviation > 2.0 ? 1 : 0;
            }
            assertThat(any != 0).isEqualTo(farSeen == 1);
        }
    }

    /** Values around the mean, some exactly at the two distances, some NaN or infinite. */
    private static double[] values(final Random random, final int length, final double mean)
    {
        final double[] special = {mean + 1.0, mean - 1.0, mean + 2.0, mean - 2.0, mean, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Math.nextUp(mean + 1.0), Math.nextDown(mean + 2.0)};
        final double[] values = new double[length];
        for (int i = 0; i < length; i++)
        {
            values[i] = random.nextInt(6) == 0 ? special[random.nextInt(special.length)] : mean + random.nextGaussian() * 1.5;
        }
        return values;
    }
}
