package io.pldot.engine.analytics.regime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Mean-reversion strength. Golden values: OFS's (docs/references.md) own {@code calculate_mean_reversion_strength}
 * run with numpy by {@code src/test/resources/regime/seed004_reference.py} on oldest-first windows
 * of 50 closes against a classic EMA 20 computed by that script (columns {@code ema20},
 * {@code mr_strength}, {@code mr_avg_bars}); the small cases below are worked by hand.
 */
class MeanReversionStrengthTest
{
    @ParameterizedTest
    @ValueSource(strings = {"/regime/seed004_golden_talib.csv", "/regime/seed004_golden_spiky.csv"})
    void shouldMatchTheSeedsOwnCodeOnEveryWindow(final String resource)
    {
        final GoldenCsv golden = GoldenCsv.load(resource);
        final MeanReversionStrength strength = new MeanReversionStrength(50);
        final boolean[] seen = new boolean[10];
        for (int t = 0; t < golden.size(); t++)
        {
            strength.update(golden.get(t, "close"), golden.get(t, "ema20"));
            final double expected = golden.get(t, "mr_strength");
            if (Double.isNaN(expected))
            {
                assertThat(strength.hasValue()).as("bar %d", t).isFalse();
                assertThat(strength.value()).isNaN();
                continue;
            }
            assertThat(strength.value()).as("bar %d", t).isEqualTo(expected);
            final double bars = golden.get(t, "mr_avg_bars");
            if (Double.isNaN(bars))
            {
                assertThat(strength.averageReturnBars()).as("bar %d", t).isNaN();
            }
            else
            {
                assertThat(strength.averageReturnBars()).as("bar %d", t).isCloseTo(bars, within(1e-12));
            }
            seen[(int)Math.round(expected * 10)] = true;
        }
        assertThat(seen[3] && seen[5] && seen[7] && seen[9]).as("every bucket compared").isTrue();
    }

    @Test
    void shouldWaitForAFullWindowAndAMean()
    {
        final MeanReversionStrength strength = new MeanReversionStrength(5);
        for (int i = 0; i < 4; i++)
        {
            strength.update(10, 10);
            assertThat(strength.hasValue()).isFalse();
        }
        strength.update(10, Double.NaN);
        assertThat(strength.hasValue()).isFalse();
        assertThat(strength.value()).isNaN();
        strength.update(10, 10);
        assertThat(strength.value()).isEqualTo(MeanReversionStrength.NO_EXCURSION);
    }

    @Test
    void shouldGiveTheNoExcursionValueForFlatPrices()
    {
        final MeanReversionStrength strength = new MeanReversionStrength(50);
        for (int i = 0; i < 60; i++)
        {
            // σ = 0: even a mean away from the price never makes a counted excursion.
            strength.update(100, 99);
            if (strength.hasValue())
            {
                assertThat(strength.value()).isEqualTo(0.5);
                assertThat(strength.averageReturnBars()).isNaN();
            }
        }
    }

    /**
     * Window 0,0,0,0,0,0,0,0,0,10,0,0 (12 closes), mean 0: average 10/12, σ = √(100/12 − (10/12)²)
     * = 2.764, so 10 is an excursion (&gt; 5.53) and the next close, 0, is within σ: 1 bar → 0.9.
     */
    @Test
    void shouldCountOneBarReturnsAsStrongReversion()
    {
        final MeanReversionStrength strength = new MeanReversionStrength(12);
        final double[] closes = {0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 0, 0};
        for (final double close : closes)
        {
            strength.update(close, 0.0);
        }
        assertThat(strength.averageReturnBars()).isEqualTo(1.0);
        assertThat(strength.value()).isEqualTo(0.9);
    }

    /**
     * 30 closes: 0 × 10, then 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, then 0 × 10; mean 0. Average 55/30,
     * σ = √(385/30 − (55/30)²) = 3.078. Excursions (&gt; 6.16): the 10, 9, 8, 7; first close
     * within σ (&lt; 3.078): the 3, which is 7, 6, 5 and 4 bars after them: average 5.5 → 0.7.
     */
    @Test
    void shouldAverageSeveralExcursions()
    {
        final MeanReversionStrength strength = new MeanReversionStrength(30);
        for (int i = 0; i < 10; i++)
        {
            strength.update(0, 0.0);
        }
        for (int v = 10; v >= 1; v--)
        {
            strength.update(v, 0.0);
        }
        for (int i = 0; i < 10; i++)
        {
            strength.update(0, 0.0);
        }
        assertThat(strength.averageReturnBars()).isEqualTo(5.5);
        assertThat(strength.value()).isEqualTo(0.7);
    }

    @Test
    void shouldIgnoreAnExcursionOnTheNewestCloseOrOneThatNeverComesBack()
    {
        final MeanReversionStrength newest = new MeanReversionStrength(12);
        for (int i = 0; i < 11; i++)
        {
            newest.update(0, 0.0);
        }
        newest.update(10, 0.0);
        assertThat(newest.value()).isEqualTo(0.5);
        assertThat(newest.averageReturnBars()).isNaN();

        // 10 closes at 0, a jump to 10 that stays 20 bars: only the last excursion bars return
        // within 19 bars. 31 closes: 0 × 10, 10 × 20, then 0.
        final MeanReversionStrength late = new MeanReversionStrength(31);
        for (int i = 0; i < 10; i++)
        {
            late.update(0, 0.0);
        }
        for (int i = 0; i < 20; i++)
        {
            late.update(10, 0.0);
        }
        late.update(0, 0.0);
        // Average 200/31 = 6.45, σ = √(2000/31 − 6.45²) = 4.78; every 10 deviates 10 > 9.56 and the
        // final 0 is within σ. The first 10 is 20 bars before it (too late), the other 19 are 19..1
        // bars before: average 10 → 0.5.
        assertThat(late.averageReturnBars()).isEqualTo(10.0);
        assertThat(late.value()).isEqualTo(0.5);
    }

    @Test
    void shouldMapAverageReturnTimesToTheSeedsBuckets()
    {
        assertThat(MeanReversionStrength.strength(1)).isEqualTo(0.9);
        assertThat(MeanReversionStrength.strength(3)).isEqualTo(0.9);
        assertThat(MeanReversionStrength.strength(3.01)).isEqualTo(0.7);
        assertThat(MeanReversionStrength.strength(7)).isEqualTo(0.7);
        assertThat(MeanReversionStrength.strength(7.5)).isEqualTo(0.5);
        assertThat(MeanReversionStrength.strength(12)).isEqualTo(0.5);
        assertThat(MeanReversionStrength.strength(12.5)).isEqualTo(0.3);
        assertThat(MeanReversionStrength.strength(19)).isEqualTo(0.3);
    }

    @Test
    void shouldRejectATooShortLookback()
    {
        assertThatThrownBy(() -> new MeanReversionStrength(1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new MeanReversionStrength(2).lookback()).isEqualTo(2);
    }
    @Test
    void shouldCountTheSameExcursionsFromBitsAsByWalkingBack()
    {
        // The Vector API path (bit sets) and the path without it (one backward walk) must give the
        // same return bars and count on any window: random walks, closes exactly at σ and 2σ from
        // the mean, NaN closes, every lookback up to the largest window.
        final java.util.Random random = new java.util.Random(2026L);
        for (int trial = 0; trial < 3_000; trial++)
        {
            final int lookback = 2 + random.nextInt(RegimeSettings.MAX_WINDOW - 1);
            final MeanReversionStrength strength = new MeanReversionStrength(lookback);
            final double mean = 100.0;
            final double sigma = trial % 11 == 0 ? Double.NaN : 1.0 + random.nextInt(3);
            final double[] closes = new double[lookback + 5];
            final int first = random.nextInt(5);
            for (int i = 0; i < closes.length; i++)
            {
                final int pick = random.nextInt(12);
                closes[i] = pick == 0 ? mean + sigma : pick == 1 ? mean - 2 * sigma : pick == 2 ? Double.NaN
                    : mean + random.nextGaussian() * 2 * (sigma == sigma ? sigma : 1.0);
            }
            assertThat(strength.returnsFromBits(closes, first, lookback, mean, sigma, 2 * sigma))
                .as("trial %d, lookback %d", trial, lookback)
                .isEqualTo(MeanReversionStrength.returnsByWalk(closes, first, lookback, mean, sigma, 2 * sigma));
        }
    }
}
