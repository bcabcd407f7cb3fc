package io.pldot.engine.analytics.regime;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The one pass over the returns that Hurst and the autocorrelation share: every running sum
 * against a plain sum of its definition, at every length, before and after the window fills, and
 * for lengths that are and are not multiples of the four-return step.
 */
class ShiftedReturnSumsTest
{
    @Test
    void shouldMatchPlainSumsAtEveryLength()
    {
        final Random random = new Random(42L);
        for (final int longest : new int[] {1, 2, 3, 4, 5, 7, 8, 50, 53})
        {
            final int kept = longest + 7;
            final int lagLength = Math.max(1, longest - random.nextInt(6));
            final ShiftedReturnSums sums = new ShiftedReturnSums(kept, longest, lagLength);
            final double[] series = new double[200];
            final double drift = random.nextGaussian() * 1e-3;
            for (int t = 0; t < series.length; t++)
            {
                series[t] = drift + random.nextGaussian() * 1e-3;
                sums.add(series[t]);
                assertThat(sums.count()).isEqualTo(t + 1);
                assertThat(sums.shift()).isEqualTo(series[t]);
                for (int ago = 0; ago <= Math.min(t, kept - 1); ago++)
                {
                    assertThat(sums.returnAgo(ago)).isEqualTo(series[t - ago]);
                }
                final int available = Math.min(t + 1, longest);
                double sum = 0.0;
                double squares = 0.0;
                double lags = 0.0;
                double scale = 0.0;
                for (int j = 1; j <= available; j++)
                {
                    final double y = series[t - j + 1] - series[t];
                    sum += y;
                    squares += y * y;
                    if (j > 1 && j <= lagLength)
                    {
                        lags += (series[t - j + 2] - series[t]) * y;
                    }
                    scale += Math.abs(y);
                    final double tolerance = 1e-14 * (scale + scale * scale) + Double.MIN_NORMAL;
                    assertThat(sums.sums[j]).as("longest %d, t %d, j %d", longest, t, j).isCloseTo(sum, within(tolerance));
                    assertThat(sums.squares[j]).as("squares, j %d", j).isCloseTo(squares, within(tolerance));
                }
                assertThat(sums.lagProducts()).as("lag products of the newest %d", Math.min(t + 1, lagLength))
                    .isCloseTo(lags, within(1e-14 * (scale + scale * scale) + Double.MIN_NORMAL));
                // The newest return is the shift: its own term is exactly zero.
                assertThat(sums.sums[1]).isZero();
            }
        }
    }

    @Test
    void shouldRefuseSumsLongerThanTheReturnsKept()
    {
        assertThatThrownBy(() -> new ShiftedReturnSums(9, 10, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ShiftedReturnSums(10, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ShiftedReturnSums(10, 10, 11)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldGiveTheAnalyzerTheSameHurstAndAutocorrelationAsStandaloneIndicators()
    {
        // RegimeAnalyzer feeds both from one shared pass; on their own each makes its own pass
        // over the same returns with the same lengths: the same bits.
        final RegimeAnalyzer analyzer = new RegimeAnalyzer(RegimeSettings.defaults());
        final HurstExponent hurst = new HurstExponent(RegimeSettings.defaults().hurstWindow());
        final ReturnAutocorrelation autocorrelation =
            new ReturnAutocorrelation(RegimeSettings.defaults().autocorrelationWindow());
        final Random random = new Random(3L);
        double close = 100.0;
        int compared = 0;
        for (int i = 0; i < 3_000; i++)
        {
            close *= Math.exp(0.01 * random.nextGaussian());
            analyzer.update(close * 1.001, close * 0.999, close);
            hurst.update(close);
            autocorrelation.update(close);
            assertThat(Double.doubleToRawLongBits(analyzer.hurst())).as("bar %d", i)
                .isEqualTo(Double.doubleToRawLongBits(hurst.value()));
            assertThat(Double.doubleToRawLongBits(analyzer.autocorrelation())).as("bar %d", i)
                .isEqualTo(Double.doubleToRawLongBits(autocorrelation.value()));
            compared += hurst.hasValue() ? 1 : 0;
        }
        assertThat(compared).isGreaterThan(2_800);
    }
}
