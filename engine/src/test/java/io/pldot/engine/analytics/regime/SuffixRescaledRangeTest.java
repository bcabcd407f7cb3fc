package io.pldot.engine.analytics.regime;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The suffix R/S helper: the vectorized range against the scalar one (bit for bit, also on
 * awkward values), and R/S against a straightforward forward computation (mean, cumulative sums,
 * max − min, population standard deviation) of the chunk.
 */
class SuffixRescaledRangeTest
{
    private static final int MAX_LENGTH = 60;

    @Test
    void shouldRunWithTheVectorModuleAsTheBuildConfiguresIt()
    {
        // config/jvm.properties adds the module to every test JVM; without it the test below
        // could not exercise the vector loop.
        assertThat(ModuleLayer.boot().findModule("jdk.incubator.vector")).isPresent();
    }

    @Test
    void shouldGiveTheSameBitsOnVectorsAsOneAtATime()
    {
        final Random random = new Random(20261121L);
        final double[] awkward = {0.0, -0.0, 1e-300, -1e-300, Double.MIN_VALUE, 1e300, -1e300, 0.5, 0.5};
        for (int trial = 0; trial < 300; trial++)
        {
            final double[] sums = new double[MAX_LENGTH + 1];
            for (int j = 1; j <= MAX_LENGTH; j++)
            {
                sums[j] = trial % 5 == 0 ? awkward[random.nextInt(awkward.length)]
                    : trial % 5 == 1 ? sums[j - 1] : sums[j - 1] + random.nextGaussian() * (trial % 2 == 0 ? 1e-3 : 1e-9);
            }
            final double mean = trial % 7 == 0 ? 0.0 : random.nextGaussian() * 1e-4;
            for (int length = VectorSuffixRange.LANES; length <= MAX_LENGTH; length++)
            {
                assertThat(Double.doubleToRawLongBits(VectorSuffixRange.range(sums, length, mean)))
                    .as("trial %d, length %d", trial, length)
                    .isEqualTo(Double.doubleToRawLongBits(SuffixRescaledRange.scalarRange(sums, length, mean)));
            }
        }
    }

    @Test
    void shouldGiveTheSameBitsForTwoSuffixesInOnePassAsOneAtATime()
    {
        final Random random = new Random(20261122L);
        final double[] out = new double[2];
        for (int trial = 0; trial < 60; trial++)
        {
            final double[] sums = new double[MAX_LENGTH + 1];
            for (int j = 1; j <= MAX_LENGTH; j++)
            {
                sums[j] = trial % 4 == 0 ? sums[j - 1] : sums[j - 1] + random.nextGaussian() * 1e-3;
            }
            final double meanA = random.nextGaussian() * 1e-4;
            final double meanB = trial % 3 == 0 ? meanA : random.nextGaussian() * 1e-4;
            for (int lengthA = VectorSuffixRange.LANES; lengthA <= MAX_LENGTH; lengthA++)
            {
                for (int lengthB = VectorSuffixRange.LANES; lengthB <= MAX_LENGTH; lengthB += 1 + random.nextInt(4))
                {
                    VectorSuffixRange.rangePair(sums, lengthA, meanA, lengthB, meanB, out);
                    assertThat(Double.doubleToRawLongBits(out[0])).as("trial %d, lengths %d, %d", trial, lengthA, lengthB)
                        .isEqualTo(Double.doubleToRawLongBits(SuffixRescaledRange.scalarRange(sums, lengthA, meanA)));
                    assertThat(Double.doubleToRawLongBits(out[1])).as("trial %d, lengths %d, %d", trial, lengthA, lengthB)
                        .isEqualTo(Double.doubleToRawLongBits(SuffixRescaledRange.scalarRange(sums, lengthB, meanB)));
                }
            }
        }
    }

    @Test
    void shouldGiveTheSameRescaledRangesInPairsAsOneAtATime()
    {
        final Random random = new Random(5L);
        final double[] out = new double[2];
        for (int trial = 0; trial < 20; trial++)
        {
            final Series series = trial % 5 == 0 ? new Series(new double[MAX_LENGTH]) : Series.random(random, 1e-3);
            for (int lengthA = 2; lengthA <= MAX_LENGTH; lengthA++)
            {
                final int lengthB = 1 + random.nextInt(lengthA);
                SuffixRescaledRange.rescaledRangePair(series.sums, series.squares, lengthA, lengthB, series.shift, out);
                assertThat(Double.doubleToRawLongBits(out[0])).as("trial %d, lengths %d, %d", trial, lengthA, lengthB)
                    .isEqualTo(Double.doubleToRawLongBits(series.rescaledRange(lengthA)));
                assertThat(Double.doubleToRawLongBits(out[1])).as("trial %d, lengths %d, %d", trial, lengthA, lengthB)
                    .isEqualTo(Double.doubleToRawLongBits(series.rescaledRange(lengthB)));
            }
        }
    }

    @Test
    void shouldMatchAStraightforwardRescaledRange()
    {
        assertMatchesStraightforward(new Random(7L), 1e-3, 1e-12);
    }

    @Test
    void shouldMatchAStraightforwardRescaledRangeOnTinyDriftingReturns()
    {
        // Returns of 1e-9 around a drift of the same size: the shifted sums keep the variance exact
        // where E[x²] − mean² of the raw returns would lose digits.
        assertMatchesStraightforward(new Random(11L), 1e-9, 1e-11);
    }

    private static void assertMatchesStraightforward(final Random random, final double scale, final double relative)
    {
        for (int trial = 0; trial < 20; trial++)
        {
            final Series series = Series.random(random, scale);
            for (int length = 2; length <= MAX_LENGTH; length++)
            {
                final double expected = straightforward(series, length);
                assertThat(series.rescaledRange(length))
                    .as("trial %d, length %d", trial, length)
                    .isCloseTo(expected, within(relative * Math.abs(expected)));
            }
        }
    }

    @Test
    void shouldSkipConstantReturns()
    {
        final double[] returns = new double[MAX_LENGTH];
        java.util.Arrays.fill(returns, 0.01);
        final Series series = new Series(returns);
        assertThat(series.rescaledRange(50)).isEqualTo(SuffixRescaledRange.SKIPPED);
        assertThat(series.rescaledRange(49)).isEqualTo(SuffixRescaledRange.SKIPPED);
        // A geometric price path: log returns equal up to rounding.
        final double[] geometric = new double[MAX_LENGTH];
        double close = 100.0;
        for (int i = 0; i < geometric.length; i++)
        {
            final double next = close * 1.001;
            geometric[i] = Math.log(next) - Math.log(close);
            close = next;
        }
        assertThat(new Series(geometric).rescaledRange(50)).isEqualTo(SuffixRescaledRange.SKIPPED);
    }

    /** R/S of the newest {@code length} returns, oldest first, as OFS computes a chunk. */
    private static double straightforward(final Series series, final int length)
    {
        final int first = series.newest - length + 1;
        double sum = 0.0;
        for (int i = first; i <= series.newest; i++)
        {
            sum += series.returns[i];
        }
        final double mean = sum / length;
        double cumulative = 0.0;
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        double squares = 0.0;
        for (int i = first; i <= series.newest; i++)
        {
            final double d = series.returns[i] - mean;
            cumulative += d;
            max = Math.max(max, cumulative);
            min = Math.min(min, cumulative);
            squares += d * d;
        }
        return (max - min) / Math.sqrt(squares / length);
    }

    /** Returns with their shifted backward running sums, laid out as {@link HurstExponent} keeps them. */
    private static final class Series
    {
        final double[] returns;
        final int newest;
        final double shift;
        final double[] sums;
        final double[] squares;

        Series(final double[] returns)
        {
            this.returns = returns;
            this.newest = returns.length - 1;
            this.shift = returns[newest];
            this.sums = new double[returns.length + 1];
            this.squares = new double[returns.length + 1];
            for (int j = 1; j <= returns.length; j++)
            {
                final double x = returns[newest - j + 1] - shift;
                sums[j] = sums[j - 1] + x;
                squares[j] = squares[j - 1] + x * x;
            }
        }

        double rescaledRange(final int length)
        {
            return SuffixRescaledRange.rescaledRange(sums, squares, length, shift);
        }

        static Series random(final Random random, final double scale)
        {
            final double[] returns = new double[MAX_LENGTH];
            final double drift = random.nextGaussian() * scale;
            for (int i = 0; i < returns.length; i++)
            {
                returns[i] = drift + random.nextGaussian() * scale;
            }
            return new Series(returns);
        }
    }
}
