package io.pldot.engine.analytics.regime;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The suffix R/S helper: the one-pass pair against two single passes (bit for bit), and a single
 * pass against a straightforward forward computation (mean, cumulative sums, max − min, population
 * standard deviation) of the chunk.
 */
class SuffixRescaledRangeTest
{
    private static final int MAX_LENGTH = 60;

    @Test
    void shouldGiveTheSameBitsAsTwoSinglePassesForEveryLengthPair()
    {
        final Random random = new Random(20261121L);
        final double[] out = new double[2];
        for (int trial = 0; trial < 20; trial++)
        {
            final Series series = Series.random(random, trial % 3 == 0 ? 1e-9 : 1e-3);
            for (int length = 2; length <= MAX_LENGTH; length++)
            {
                for (int shorter = 1; shorter < length; shorter++)
                {
                    SuffixRescaledRange.pair(series.returns, series.newest, series.suffix, length, shorter, out);
                    assertThat(Double.doubleToRawLongBits(out[0])).as("length %d of pair with %d", length, shorter)
                        .isEqualTo(Double.doubleToRawLongBits(
                            SuffixRescaledRange.single(series.returns, series.newest, series.suffix, length)));
                    assertThat(Double.doubleToRawLongBits(out[1])).as("shorter %d of pair with %d", shorter, length)
                        .isEqualTo(Double.doubleToRawLongBits(
                            SuffixRescaledRange.single(series.returns, series.newest, series.suffix, shorter)));
                }
            }
        }
    }

    @Test
    void shouldMatchAStraightforwardRescaledRange()
    {
        final Random random = new Random(7L);
        for (int trial = 0; trial < 20; trial++)
        {
            final Series series = Series.random(random, 1e-3);
            for (int length = 2; length <= MAX_LENGTH; length++)
            {
                final double expected = straightforward(series, length);
                assertThat(SuffixRescaledRange.single(series.returns, series.newest, series.suffix, length))
                    .as("length %d", length)
                    .isCloseTo(expected, within(1e-12 * Math.abs(expected)));
            }
        }
    }

    @Test
    void shouldSkipConstantReturnsInBothHalvesOfAPair()
    {
        final double[] returns = new double[MAX_LENGTH];
        java.util.Arrays.fill(returns, 0.01);
        final Series series = new Series(returns);
        final double[] out = new double[2];
        SuffixRescaledRange.pair(series.returns, series.newest, series.suffix, 50, 49, out);
        assertThat(out).containsExactly(SuffixRescaledRange.SKIPPED, SuffixRescaledRange.SKIPPED);
    }

    /** R/S of the newest {@code length} returns, oldest first, as the seed computes a chunk. */
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

    /** Returns with their backward running sums, laid out as {@link HurstExponent} passes them. */
    private static final class Series
    {
        final double[] returns;
        final int newest;
        final double[] suffix;

        Series(final double[] returns)
        {
            this.returns = returns;
            this.newest = returns.length - 1;
            this.suffix = new double[returns.length + 1];
            for (int j = 1; j <= returns.length; j++)
            {
                suffix[j] = suffix[j - 1] + returns[newest - j + 1];
            }
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
