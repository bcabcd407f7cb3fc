package io.pldot.engine.analytics.regime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Hurst exponent by R/S. Golden values: OFS's (docs/references.md) own {@code calculate_hurst_exponent}, run with
 * numpy by {@code src/test/resources/regime/seed004_reference.py} (values in
 * {@code seed004_golden_*.csv}); and the Anis-Lloyd expectation of R/S for independent Gaussian
 * returns (Anis and Lloyd, Biometrika 63 (1976) 111-116), the textbook small-sample baseline of
 * R/S analysis.
 */
class HurstExponentTest
{
    @ParameterizedTest(name = "{0}, window {1}")
    @CsvSource({
        "/regime/seed004_golden_talib.csv, 100",
        "/regime/seed004_golden_talib.csv, 101",
        "/regime/seed004_golden_talib.csv, 120",
        "/regime/seed004_golden_spiky.csv, 100",
        "/regime/seed004_golden_spiky.csv, 101",
        "/regime/seed004_golden_spiky.csv, 120",
    })
    void shouldMatchTheSeedsOwnCodeOnEveryWindow(final String resource, final int window)
    {
        final GoldenCsv golden = GoldenCsv.load(resource);
        final HurstExponent hurst = new HurstExponent(window);
        int compared = 0;
        for (int t = 0; t < golden.size(); t++)
        {
            hurst.update(golden.get(t, "close"));
            final double expected = golden.get(t, "hurst_w" + window);
            if (Double.isNaN(expected))
            {
                assertThat(hurst.hasValue()).isFalse();
                assertThat(hurst.value()).isNaN();
            }
            else
            {
                assertThat(hurst.hasValue()).isTrue();
                assertThat(hurst.value()).as("bar %d", t).isCloseTo(expected, within(1e-9));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(golden.size() - window + 1);
    }

    @Test
    void shouldBeDefinedFromTheWthClose()
    {
        final HurstExponent hurst = new HurstExponent(100);
        for (int i = 0; i < 99; i++)
        {
            hurst.update(100 + (i % 7));
            assertThat(hurst.hasValue()).isFalse();
            assertThat(hurst.value()).isNaN();
        }
        hurst.update(100);
        assertThat(hurst.hasValue()).isTrue();
        assertThat(hurst.value()).isBetween(0.0, 1.0);
    }

    /**
     * Anis-Lloyd: E[R/S](n) = Γ((n−1)/2) / (√π Γ(n/2)) × Σ<sub>i=1..n−1</sub> √((n−i)/i) for
     * independent normal values: 3.0233, 4.6111 and 7.8133 for n = 10, 20, 50, whose ln-ln slope is
     * 0.589 (not 0.5: R/S is biased upward on short chunks). The mean estimate over 2,000
     * independent windows of 100 Gaussian returns must land there (its spread per window is about
     * 0.1, so the mean's standard error is about 0.0025; Jensen's gap between E[ln R/S] and
     * ln E[R/S] is about 0.007).
     */
    @Test
    void shouldReproduceTheAnisLloydSlopeOnWhiteNoise()
    {
        final int windows = 2_000;
        final HurstExponent hurst = new HurstExponent(101);
        final Random random = new Random(42);
        double close = 100.0;
        double sum = 0;
        hurst.update(close);
        for (int w = 0; w < windows; w++)
        {
            for (int i = 0; i < 100; i++)
            {
                close *= Math.exp(0.01 * random.nextGaussian());
                hurst.update(close);
            }
            sum += hurst.value();
        }
        final double anisLloyd = anisLloydSlope(10, 20, 50);
        assertThat(anisLloyd).isCloseTo(0.5892, within(1e-4));
        assertThat(sum / windows).isCloseTo(anisLloyd, within(0.02));
    }

    @Test
    void shouldRateAPersistentTrendAboveOneHalf()
    {
        // Returns that keep their sign for long stretches: an AR(1) with phi = 0.9 plus drift.
        final HurstExponent hurst = new HurstExponent(100);
        final Random random = new Random(7);
        double close = 100.0;
        double r = 0.0;
        double sum = 0;
        int count = 0;
        for (int i = 0; i < 5_000; i++)
        {
            r = 0.9 * r + 0.001 * random.nextGaussian();
            close *= Math.exp(0.0005 + r);
            hurst.update(close);
            if (hurst.hasValue() && i % 100 == 0)
            {
                sum += hurst.value();
                count++;
            }
        }
        assertThat(sum / count).isGreaterThan(0.75);

        // A smooth, steadily rising path: every chunk's returns drift the same way.
        final HurstExponent smooth = new HurstExponent(100);
        for (int i = 0; i < 100; i++)
        {
            smooth.update(100.0 * Math.exp(0.002 * i + 0.05 * Math.sin(i / 15.0)));
        }
        assertThat(smooth.value()).isGreaterThan(0.9);
    }

    @Test
    void shouldRateAnAlternatingSeriesBelowOneHalf()
    {
        // 101 closes, 100 returns: every chunk is even and has R/S = 1, so ln R/S is flat: H = 0.
        final HurstExponent even = new HurstExponent(101);
        // 100 closes, 99 returns: the short oldest chunks (9, 19, 49 returns) are odd and score a
        // little higher; the OFS code gives 0.19900557313462405 for the same closes.
        final HurstExponent seedWindow = new HurstExponent(100);
        for (int i = 0; i < 101; i++)
        {
            even.update(i % 2 == 0 ? 100.0 : 101.0);
            if (i < 100)
            {
                seedWindow.update(i % 2 == 0 ? 100.0 : 101.0);
            }
        }
        assertThat(even.value()).isCloseTo(0.0, within(1e-12));
        assertThat(seedWindow.value()).isCloseTo(0.19900557313462405, within(1e-9));

        final HurstExponent noisy = new HurstExponent(100);
        final Random random = new Random(3);
        double sum = 0;
        int count = 0;
        double previous = 0.0;
        double close = 100.0;
        for (int i = 0; i < 5_000; i++)
        {
            // AR(1) returns with phi = -0.6: each move tends to undo the previous one.
            previous = -0.6 * previous + 0.01 * random.nextGaussian();
            close *= Math.exp(previous);
            noisy.update(close);
            if (noisy.hasValue() && i % 100 == 0)
            {
                sum += noisy.value();
                count++;
            }
        }
        assertThat(sum / count).isLessThan(0.45);
    }

    @Test
    void shouldGiveOneHalfForFlatPricesAndConstantGrowth()
    {
        final HurstExponent flat = new HurstExponent(100);
        final HurstExponent geometric = new HurstExponent(100);
        double close = 100.0;
        for (int i = 0; i < 150; i++)
        {
            flat.update(42.0);
            close *= 1.003;
            geometric.update(close);
        }
        assertThat(flat.value()).isEqualTo(HurstExponent.RANDOM_WALK);
        assertThat(geometric.value()).isEqualTo(HurstExponent.RANDOM_WALK);
    }

    @Test
    void shouldStayDefinedThroughZeroAndNegativeCloses()
    {
        final HurstExponent hurst = new HurstExponent(100);
        final Random random = new Random(11);
        for (int i = 0; i < 1_000; i++)
        {
            final double close = switch (random.nextInt(10))
            {
                case 0 -> 0.0;
                case 1 -> -5.0;
                default -> 100 + random.nextGaussian();
            };
            hurst.update(close);
            if (hurst.hasValue())
            {
                assertThat(hurst.value()).isBetween(0.0, 1.0);
            }
        }
        // One zero close among flat ones: its two returns count as 0, so all returns are 0.
        final HurstExponent single = new HurstExponent(100);
        for (int i = 0; i < 100; i++)
        {
            single.update(i == 50 ? 0.0 : 10.0);
        }
        assertThat(single.value()).isEqualTo(HurstExponent.RANDOM_WALK);
    }

    @Test
    void shouldRejectLagsThatDoNotFitTheWindow()
    {
        final Class<IllegalArgumentException> invalid = IllegalArgumentException.class;
        assertThatThrownBy(() -> new HurstExponent(50)).isInstanceOf(invalid);
        assertThatThrownBy(() -> new HurstExponent(100, new int[] {10})).isInstanceOf(invalid);
        assertThatThrownBy(() -> new HurstExponent(100, new int[] {20, 10})).isInstanceOf(invalid);
        assertThatThrownBy(() -> new HurstExponent(100, new int[] {1, 10})).isInstanceOf(invalid);
        assertThat(new HurstExponent(51).window()).isEqualTo(51);
    }

    @Test
    void shouldOrderLongKeysAsTheDoublesTheyStandFor()
    {
        final double[] ascending = {
            Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, -1e300, -2.5, -1.0, -Double.MIN_NORMAL, -Double.MIN_VALUE,
            0.0, Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300, 1.0, 2.5, 1e300, Double.MAX_VALUE,
            Double.POSITIVE_INFINITY};
        for (int i = 0; i < ascending.length; i++)
        {
            assertThat(HurstExponent.fromOrderedKey(HurstExponent.orderedKey(ascending[i]))).isEqualTo(ascending[i]);
            if (i > 0)
            {
                assertThat(HurstExponent.orderedKey(ascending[i - 1]))
                    .isLessThan(HurstExponent.orderedKey(ascending[i]));
            }
        }
        assertThat(HurstExponent.orderedKey(-0.0)).isLessThan(HurstExponent.orderedKey(0.0));
    }

    @Test
    void shouldFitTheLeastSquaresSlope()
    {
        // y = 0.7 x + 3 exactly, then a symmetric wobble that leaves the slope unchanged.
        assertThat(HurstExponent.slope(new double[] {1, 2, 3}, new double[] {3.7, 4.4, 5.1}, 3))
            .isCloseTo(0.7, within(1e-12));
        assertThat(HurstExponent.slope(new double[] {1, 2, 3}, new double[] {3.8, 4.2, 5.2}, 3))
            .isCloseTo(0.7, within(1e-12));
    }

    /**
     * The cached chunk R/S (each chunk computed once, when it was the newest) against a plain
     * recomputation of every chunk of the window on every update ({@link #referenceHurst}): the
     * mean R/S of every size within 1e-12 relative, the same skipped sizes, H within 1e-12, on a
     * long random series with flat, geometric (constant-return), zero- and negative-close stretches
     * and on several window/size layouts (partial oldest chunks of 0, 1 and ≥ 2 returns).
     */
    @ParameterizedTest(name = "window {0}, sizes {1}")
    @CsvSource({
        "100, 10 20 50",
        "101, 10 20 50",
        "120, 10 20 50",
        "51, 2 3 50",
        "31, 2 5 7 29 30",
        "200, 10 20 50 100 199",
        "12, 2 3",
    })
    void shouldMatchAPlainRecomputationOfEveryChunk(final int window, final String sizeList)
    {
        final int[] sizes = java.util.Arrays.stream(sizeList.split(" ")).mapToInt(Integer::parseInt).toArray();
        final HurstExponent hurst = new HurstExponent(window, sizes);
        final double[] closes = new double[6_000];
        final Random random = new Random(window * 31L + sizes.length);
        double close = 100.0;
        for (int i = 0; i < closes.length; i++)
        {
            final int phase = (i / 400) % 6;
            close = switch (phase)
            {
                case 1 -> close;                                            // flat
                case 2 -> close * 1.003;                                    // constant returns
                case 3 -> random.nextInt(8) == 0 ? (random.nextBoolean() ? 0.0 : -3.0) : 50 + random.nextDouble();
                case 4 -> close * Math.exp(0.0005 + 0.01 * random.nextGaussian());
                default -> Math.abs(close) * Math.exp(0.02 * random.nextGaussian()) + 1e-9;
            };
            closes[i] = close;
        }
        final double[] expectedRs = new double[sizes.length];
        int compared = 0;
        int skippedSizes = 0;
        for (int t = 0; t < closes.length; t++)
        {
            hurst.update(closes[t]);
            if (t + 1 < window)
            {
                assertThat(hurst.hasValue()).isFalse();
                continue;
            }
            final double expected = referenceHurst(closes, t + 1 - window, window, sizes, expectedRs);
            for (int li = 0; li < sizes.length; li++)
            {
                final double actual = hurst.meanRescaledRange(li);
                if (Double.isNaN(expectedRs[li]))
                {
                    assertThat(actual).as("bar %d, size %d", t, sizes[li]).isNaN();
                    skippedSizes++;
                }
                else
                {
                    assertThat(actual).as("bar %d, size %d", t, sizes[li])
                        .isCloseTo(expectedRs[li], within(1e-12 * Math.abs(expectedRs[li])));
                }
            }
            assertThat(hurst.value()).as("bar %d", t).isCloseTo(expected, within(1e-12));
            assertThat(Double.isFinite(hurst.value())).isTrue();
            compared++;
        }
        assertThat(compared).isEqualTo(closes.length - window + 1);
        assertThat(skippedSizes).as("flat and geometric stretches skip whole sizes").isPositive();

        // The same closes again give the same bits.
        final HurstExponent again = new HurstExponent(window, sizes);
        for (final double c : closes)
        {
            again.update(c);
        }
        assertThat(Double.doubleToRawLongBits(again.value())).isEqualTo(Double.doubleToRawLongBits(hurst.value()));
    }

    /**
     * Plain R/S on closes[from, from + window): log returns (0 where a close is not positive),
     * chunks of n cut from the newest return backwards, the oldest kept with ≥ 2 returns, each
     * chunk's mean, population variance and cumulative deviations computed in two passes, chunks
     * with S ≤ 1e-6 |mean| skipped; meanRs[i] = NaN for a size with no chunk left.
     */
    private static double referenceHurst(
        final double[] closes, final int from, final int window, final int[] sizes, final double[] meanRs)
    {
        final int m = window - 1;
        final double[] r = new double[m];
        for (int i = 0; i < m; i++)
        {
            final double a = closes[from + i];
            final double b = closes[from + i + 1];
            r[i] = a > 0 && b > 0 ? Math.log(b) - Math.log(a) : 0.0;
        }
        final double[] x = new double[sizes.length];
        final double[] y = new double[sizes.length];
        int points = 0;
        for (int li = 0; li < sizes.length; li++)
        {
            final int n = sizes[li];
            double sum = 0;
            int count = 0;
            for (int end = m; end >= 2; end -= n)
            {
                final int begin = Math.max(0, end - n);
                final int length = end - begin;
                double total = 0;
                for (int k = begin; k < end; k++)
                {
                    total += r[k];
                }
                final double mean = total / length;
                double squares = 0;
                double deviation = 0;
                double max = 0;
                double min = 0;
                for (int k = begin; k < end; k++)
                {
                    squares += (r[k] - mean) * (r[k] - mean);
                    deviation += r[k] - mean;
                    max = Math.max(max, deviation);
                    min = Math.min(min, deviation);
                }
                final double variance = squares / length;
                if (variance > 1e-12 * mean * mean)
                {
                    sum += (max - min) / Math.sqrt(variance);
                    count++;
                }
            }
            meanRs[li] = count > 0 ? sum / count : Double.NaN;
            if (count > 0 && meanRs[li] > 0)
            {
                x[points] = Math.log(n);
                y[points] = Math.log(meanRs[li]);
                points++;
            }
        }
        if (points < 2)
        {
            return HurstExponent.RANDOM_WALK;
        }
        return Math.max(0.0, Math.min(1.0, HurstExponent.slope(x, y, points)));
    }

    private static double anisLloydSlope(final int... sizes)
    {
        final double[] x = new double[sizes.length];
        final double[] y = new double[sizes.length];
        for (int k = 0; k < sizes.length; k++)
        {
            final int n = sizes[k];
            double sum = 0;
            for (int i = 1; i < n; i++)
            {
                sum += Math.sqrt((double)(n - i) / i);
            }
            final double factor = Math.exp(logGamma((n - 1) / 2.0) - logGamma(n / 2.0)) / Math.sqrt(Math.PI);
            x[k] = Math.log(n);
            y[k] = Math.log(factor * sum);
        }
        return HurstExponent.slope(x, y, sizes.length);
    }

    /** ln Γ(z) for z ≥ 1 by recursion down to [1, 2) and the Lanczos form there (g = 7, n = 9). */
    private static double logGamma(final double z)
    {
        if (z >= 2)
        {
            return Math.log(z - 1) + logGamma(z - 1);
        }
        final double[] c = {
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7};
        final double x = z - 1;
        double a = c[0];
        final double t = x + 7.5;
        for (int i = 1; i < 9; i++)
        {
            a += c[i] / (x + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
    }
}
