package io.pldot.engine.analytics.regime;

import com.sun.management.ThreadMXBean;
import io.pldot.engine.analytics.bar.Bar;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The façade: warm-up, crafted series for each regime, thresholds crossed end to end, degenerate
 * input, allocation and footprint.
 */
class RegimeAnalyzerTest
{
    private static final int BARS = 320;

    @Test
    void shouldBeUndefinedUntilEachIndicatorWarmsUp()
    {
        final RegimeAnalyzer analyzer = new RegimeAnalyzer(RegimeSettings.defaults());
        assertThat(analyzer.close()).isNaN();
        final Series up = Series.trend(+1, 7);
        for (int i = 0; i < BARS; i++)
        {
            analyzer.update(up.high[i], up.low[i], up.close[i]);
            assertDefinedExactlyWhen(analyzer.ema(0), analyzer.hasEma(0), i >= 19);
            assertDefinedExactlyWhen(analyzer.ema(1), analyzer.hasEma(1), i >= 49);
            assertDefinedExactlyWhen(analyzer.ema(2), analyzer.hasEma(2), i >= 199);
            assertDefinedExactlyWhen(analyzer.atr(), analyzer.hasAtr(), i >= 14);
            assertDefinedExactlyWhen(analyzer.atrPercent(), analyzer.hasAtr(), i >= 14);
            assertDefinedExactlyWhen(analyzer.plusDi(), analyzer.hasDi(), i >= 14);
            assertDefinedExactlyWhen(analyzer.minusDi(), analyzer.hasDi(), i >= 14);
            assertDefinedExactlyWhen(analyzer.adx(), analyzer.hasAdx(), i >= 27);
            assertDefinedExactlyWhen(analyzer.hurst(), analyzer.hasHurst(), i >= 99);
            assertDefinedExactlyWhen(analyzer.meanReversionStrength(), analyzer.hasMeanReversionStrength(), i >= 49);
            assertDefinedExactlyWhen(analyzer.autocorrelation(), analyzer.hasAutocorrelation(), i >= 50);
            assertDefinedExactlyWhen(analyzer.regimeStrength(), analyzer.hasRegime(), i >= 199);
            if (i < 199)
            {
                assertThat(analyzer.regime()).isEqualTo(Regime.RANGING);
                assertThat(analyzer.regimeReasons()).isEqualTo(RegimeClassifier.REASON_NOT_READY);
            }
        }
        assertThat(analyzer.barCount()).isEqualTo(BARS);
        assertThat(analyzer.emaPeriods()).containsExactly(20, 50, 200);
        assertThat(analyzer.emaCount()).isEqualTo(3);
    }

    @Test
    void shouldFindTheUptrendOfARisingPersistentSeries()
    {
        final RegimeAnalyzer analyzer = feed(Series.trend(+1, 7));
        assertThat(describe(analyzer)).startsWith("UPTREND");
        assertThat(analyzer.regimeReasons()).isZero();
        assertThat(analyzer.regimeStrength()).isEqualTo(analyzer.adx());
        assertThat(analyzer.plusDi()).isGreaterThan(analyzer.minusDi());
        assertThat(analyzer.ema(0)).isGreaterThan(analyzer.ema(1));
        assertThat(analyzer.ema(1)).isGreaterThan(analyzer.ema(2));
    }

    @Test
    void shouldFindTheDowntrendOfAFallingPersistentSeries()
    {
        final RegimeAnalyzer analyzer = feed(Series.trend(-1, 7));
        assertThat(describe(analyzer)).startsWith("DOWNTREND");
        assertThat(analyzer.minusDi()).isGreaterThan(analyzer.plusDi());
        assertThat(analyzer.regimeStrength()).isEqualTo(analyzer.adx());
    }

    @Test
    void shouldCallANoisyMeanRevertingSeriesRanging()
    {
        final RegimeAnalyzer analyzer = feed(Series.meanReverting(9));
        assertThat(describe(analyzer)).startsWith("RANGING");
        assertThat(analyzer.hasRegime()).isTrue();
        assertThat(analyzer.regimeReasons()).isNotZero().isNotEqualTo(RegimeClassifier.REASON_NOT_READY);
        assertThat(analyzer.regimeStrength()).isZero();
        assertThat(analyzer.autocorrelation()).isNegative();
    }

    @Test
    void shouldCallATrendThatJustTurnedRangingBecauseTheEmasDisagree()
    {
        // 250 bars down, then 70 bars up: EMA 20 above EMA 50, EMA 50 still below EMA 200.
        final Series v = Series.turn(7, 250);
        final RegimeAnalyzer analyzer = feed(v);
        assertThat(analyzer.ema(0)).isGreaterThan(analyzer.ema(1));
        assertThat(analyzer.ema(1)).isLessThan(analyzer.ema(2));
        assertThat(describe(analyzer)).startsWith("RANGING");
        assertThat(analyzer.regimeReasons()).isEqualTo(RegimeClassifier.REASON_EMAS_NOT_ALIGNED);
    }

    /**
     * The thresholds crossed end to end: set each minimum to exactly the value the uptrend has
     * reached (still UPTREND: comparisons are strict) and then one ulp above it (RANGING).
     */
    @Test
    void shouldFlipAtEachThresholdEndToEnd()
    {
        final Series up = Series.trend(+1, 7);
        final RegimeAnalyzer base = feed(up);
        final double adx = base.adx();
        final double atrPercent = base.atrPercent();
        final double hurst = base.hurst();
        final RegimeSettings defaults = RegimeSettings.defaults();

        assertThat(feed(up, defaults.withThresholds(adx, 0.5, 0.55, 0.6)).regime()).isEqualTo(Regime.UPTREND);
        final RegimeAnalyzer weak = feed(up, defaults.withThresholds(Math.nextUp(adx), 0.5, 0.55, 0.6));
        assertThat(weak.regime()).isEqualTo(Regime.RANGING);
        assertThat(weak.regimeReasons()).isEqualTo(RegimeClassifier.REASON_WEAK_TREND);

        assertThat(feed(up, defaults.withThresholds(20, atrPercent, 0.55, 0.6)).regime()).isEqualTo(Regime.UPTREND);
        final RegimeAnalyzer quiet = feed(up, defaults.withThresholds(20, Math.nextUp(atrPercent), 0.55, 0.6));
        assertThat(quiet.regimeReasons()).isEqualTo(RegimeClassifier.REASON_LOW_VOLATILITY);

        assertThat(feed(up, defaults.withThresholds(20, 0.5, hurst, 0.6)).regime()).isEqualTo(Regime.UPTREND);
        final RegimeAnalyzer random = feed(up, defaults.withThresholds(20, 0.5, Math.nextUp(hurst), 0.6));
        assertThat(random.regimeReasons()).isEqualTo(RegimeClassifier.REASON_NO_PERSISTENCE);

        final double strength = base.meanReversionStrength();
        assertThat(feed(up, defaults.withThresholds(20, 0.5, 0.55, strength)).regime()).isEqualTo(Regime.UPTREND);
        final RegimeAnalyzer snappy = feed(up, defaults.withThresholds(20, 0.5, 0.55, Math.nextDown(strength)));
        assertThat(snappy.regimeReasons()).isEqualTo(RegimeClassifier.REASON_FAST_REVERSION);
    }

    /**
     * Flat prices: ATR 0, ATR % 0, +DI = −DI = 0, ADX 0 (every DX undefined adds 0), Hurst 0.5,
     * mean-reversion 0.5, autocorrelation 0; RANGING for weak trend, low volatility and no
     * persistence. Nothing NaN.
     */
    @Test
    void shouldGiveDefinedValuesForFlatPrices()
    {
        final RegimeAnalyzer analyzer = new RegimeAnalyzer(RegimeSettings.defaults());
        for (int i = 0; i < BARS; i++)
        {
            analyzer.update(50.0, 50.0, 50.0);
        }
        assertThat(analyzer.atr()).isZero();
        assertThat(analyzer.atrPercent()).isZero();
        assertThat(analyzer.plusDi()).isZero();
        assertThat(analyzer.minusDi()).isZero();
        assertThat(analyzer.adx()).isZero();
        assertThat(analyzer.hurst()).isEqualTo(0.5);
        assertThat(analyzer.meanReversionStrength()).isEqualTo(0.5);
        assertThat(analyzer.autocorrelation()).isZero();
        assertThat(analyzer.ema(2)).isEqualTo(50.0);
        assertThat(analyzer.regime()).isEqualTo(Regime.RANGING);
        assertThat(analyzer.regimeReasons()).isEqualTo(
            RegimeClassifier.REASON_WEAK_TREND | RegimeClassifier.REASON_LOW_VOLATILITY |
            RegimeClassifier.REASON_NO_PERSISTENCE);
    }

    @Test
    void shouldStayFiniteThroughZeroClosesAndASingleBar()
    {
        final RegimeAnalyzer single = new RegimeAnalyzer(RegimeSettings.defaults());
        single.update(1.0, 1.0, 1.0);
        assertThat(single.close()).isEqualTo(1.0);
        assertThat(single.atr()).isNaN();
        assertThat(single.regime()).isEqualTo(Regime.RANGING);
        assertThat(single.hasRegime()).isFalse();

        final RegimeAnalyzer analyzer = new RegimeAnalyzer(RegimeSettings.defaults());
        final Series up = Series.trend(+1, 3);
        for (int i = 0; i < BARS; i++)
        {
            final boolean zero = i % 37 == 0;
            analyzer.update(up.high[i], zero ? 0.0 : up.low[i], zero ? 0.0 : up.close[i]);
            if (zero && analyzer.hasAtr())
            {
                assertThat(analyzer.atrPercent()).isZero();
            }
            for (final double v : values(analyzer))
            {
                assertThat(Double.isNaN(v) || Double.isFinite(v)).isTrue();
            }
        }
        for (final double v : values(analyzer))
        {
            assertThat(Double.isFinite(v)).isTrue();
        }
    }

    @Test
    void shouldRejectNonFinitePricesWithoutChangingState()
    {
        final RegimeAnalyzer analyzer = feed(Series.trend(+1, 7));
        final double[] before = values(analyzer);
        assertThatThrownBy(() -> analyzer.update(Double.NaN, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> analyzer.update(1, Double.NEGATIVE_INFINITY, 1))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> analyzer.update(1, 1, Double.POSITIVE_INFINITY))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(values(analyzer)).containsExactly(before);
        assertThat(analyzer.barCount()).isEqualTo(BARS);
    }

    @Test
    void shouldGiveTheSameBitsForABarAndItsPrices()
    {
        final Series series = Series.meanReverting(4);
        final RegimeAnalyzer byBar = new RegimeAnalyzer(RegimeSettings.defaults());
        final RegimeAnalyzer byPrices = new RegimeAnalyzer(RegimeSettings.defaults());
        final Bar bar = new Bar();
        for (int i = 0; i < BARS; i++)
        {
            bar.set(i, i + 1, series.close[i], series.high[i], series.low[i], series.close[i], 10);
            byBar.update(bar);
            byPrices.update(series.high[i], series.low[i], series.close[i]);
            assertThat(bits(values(byBar))).containsExactly(bits(values(byPrices)));
            assertThat(byBar.regime()).isEqualTo(byPrices.regime());
        }
    }

    @Test
    void shouldFeedTheSameValuesAsTheSingleIndicators()
    {
        final TaLibData data = TaLibData.load();
        final RegimeAnalyzer analyzer = new RegimeAnalyzer(RegimeSettings.defaults().withEmaPeriods(List.of(2, 10)));
        final Bar bar = new Bar();
        final Ema ema10 = new Ema(10);
        final Atr atr = new Atr(14);
        final Adx adx = new Adx(14);
        for (int i = 0; i < TaLibData.BARS; i++)
        {
            bar.set(i, i + 1, data.open[i], data.high[i], data.low[i], data.close[i], 0);
            analyzer.update(bar);
            ema10.update(bar);
            atr.update(bar);
            adx.update(bar);
            assertThat(Double.doubleToLongBits(analyzer.ema(1))).isEqualTo(Double.doubleToLongBits(ema10.value()));
            assertThat(Double.doubleToLongBits(analyzer.atr())).isEqualTo(Double.doubleToLongBits(atr.value()));
            assertThat(Double.doubleToLongBits(analyzer.atrPercent()))
                .isEqualTo(Double.doubleToLongBits(atr.atrPercent()));
            assertThat(Double.doubleToLongBits(analyzer.adx())).isEqualTo(Double.doubleToLongBits(adx.value()));
            assertThat(Double.doubleToLongBits(analyzer.plusDi())).isEqualTo(Double.doubleToLongBits(adx.plusDi()));
            assertThat(Double.doubleToLongBits(analyzer.minusDi())).isEqualTo(Double.doubleToLongBits(adx.minusDi()));
        }
        // TA-Lib's last ADX(14) and EMA(10) (test_adx.c line 160, test_ma.c line 276) through the façade.
        assertThat(analyzer.adx()).isCloseTo(15.5260, within(1e-3));
        assertThat(analyzer.ema(1)).isCloseTo(108.97, within(0.01));
    }

    @Test
    void shouldNotAllocateWhileUpdating()
    {
        // Steady state: the JIT compiles the update in stages over the first few tens of thousands
        // of bars (interpreted and C1 code allocates the vector temporaries that C2 keeps in
        // registers), so the least over several runs after a longer warm-up is the steady state.
        final int warmUp = 50_000;
        final int measured = 10_000;
        final int runs = 6;
        final int total = warmUp + runs * measured;
        final double[] high = new double[total];
        final double[] low = new double[total];
        final double[] close = new double[total];
        final Random random = new Random(1);
        double price = 100;
        for (int i = 0; i < total; i++)
        {
            price *= Math.exp(0.01 * random.nextGaussian());
            close[i] = price;
            high[i] = price * (1 + 0.01 * random.nextDouble());
            low[i] = price * (1 - 0.01 * random.nextDouble());
        }
        final RegimeAnalyzer analyzer = new RegimeAnalyzer(RegimeSettings.defaults());
        final Bar bar = new Bar();
        final ThreadMXBean threads = (ThreadMXBean)ManagementFactory.getThreadMXBean();
        assertThat(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()).isTrue();
        // The meter itself must see an allocation, or a zero below would prove nothing.
        final long meterBefore = threads.getCurrentThreadAllocatedBytes();
        final long[] probe = new long[1024];
        assertThat(threads.getCurrentThreadAllocatedBytes() - meterBefore).isGreaterThanOrEqualTo(8 * 1024);
        assertThat(probe).hasSize(1024);

        final int[] regimes = new int[Regime.values().length];
        feed(analyzer, bar, high, low, close, 0, warmUp, regimes);
        long least = Long.MAX_VALUE;
        for (int run = 0; run < runs; run++)
        {
            final int from = warmUp + run * measured;
            final long before = threads.getCurrentThreadAllocatedBytes();
            feed(analyzer, bar, high, low, close, from, measured, regimes);
            final long after = threads.getCurrentThreadAllocatedBytes();
            least = Math.min(least, after - before);
        }
        assertThat(analyzer.hasRegime()).isTrue();
        assertThat(least).as("bytes allocated by %,d updates", measured).isZero();
    }

    /**
     * Everything an analyzer holds is allocated by its constructor, so the bytes the constructor
     * allocates are its footprint (plus a few bytes of construction garbage).
     */
    @Test
    void shouldKeepItsStateUnder10KiBWithDefaultsAnd32KiBAtMost()
    {
        final RegimeSettings largest = new RegimeSettings(
            List.of(2, 5, 10, 20, 50, 100, 200, 400), 14, 14, RegimeSettings.MAX_WINDOW, List.of(10, 20, 50, 100, 199),
            RegimeSettings.MAX_WINDOW, RegimeSettings.MAX_WINDOW, 20, 0.5, 0.55, 0.6);
        new RegimeAnalyzer(RegimeSettings.defaults());
        final long defaults = constructionBytes(RegimeSettings.defaults());
        final long most = constructionBytes(largest);
        System.out.printf("RegimeAnalyzer state: %,d bytes with defaults, %,d bytes with the largest settings%n",
            defaults, most);
        // 9.4 KB since Hurst keeps a running sum of squares (O(1) variance per suffix) and its R/S
        // cache by residue class (a cut reads one block per size).
        assertThat(defaults).isPositive().isLessThan(10 * 1024);
        assertThat(most).isLessThan(32 * 1024);
    }

    // ---------------------------------------------------------------- helpers

    private static long constructionBytes(final RegimeSettings settings)
    {
        final ThreadMXBean threads = (ThreadMXBean)ManagementFactory.getThreadMXBean();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++)
        {
            final long before = threads.getCurrentThreadAllocatedBytes();
            final RegimeAnalyzer analyzer = new RegimeAnalyzer(settings);
            final long after = threads.getCurrentThreadAllocatedBytes();
            assertThat(analyzer.barCount()).isZero();
            least = Math.min(least, after - before);
        }
        return least;
    }

    private static void feed(
        final RegimeAnalyzer analyzer,
        final Bar bar,
        final double[] high,
        final double[] low,
        final double[] close,
        final int from,
        final int count,
        final int[] regimes)
    {
        for (int i = from; i < from + count; i++)
        {
            bar.set(i, i + 1, close[i], high[i], low[i], close[i], 1.0);
            analyzer.update(bar);
            regimes[analyzer.regime().ordinal()]++;
        }
    }

    private static RegimeAnalyzer feed(final Series series)
    {
        return feed(series, RegimeSettings.defaults());
    }

    private static RegimeAnalyzer feed(final Series series, final RegimeSettings settings)
    {
        final RegimeAnalyzer analyzer = new RegimeAnalyzer(settings);
        for (int i = 0; i < series.close.length; i++)
        {
            analyzer.update(series.high[i], series.low[i], series.close[i]);
        }
        return analyzer;
    }

    private static void assertDefinedExactlyWhen(final double value, final boolean has, final boolean expected)
    {
        assertThat(has).isEqualTo(expected);
        if (expected)
        {
            assertThat(Double.isFinite(value)).as("defined value %s", value).isTrue();
        }
        else
        {
            assertThat(value).isNaN();
        }
    }

    private static double[] values(final RegimeAnalyzer a)
    {
        final List<Double> v = new ArrayList<>();
        for (int i = 0; i < a.emaCount(); i++)
        {
            v.add(a.ema(i));
        }
        v.addAll(List.of(a.close(), a.atr(), a.atrPercent(), a.adx(), a.plusDi(), a.minusDi(), a.hurst(),
            a.meanReversionStrength(), a.autocorrelation(), a.regimeStrength()));
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static long[] bits(final double[] values)
    {
        final long[] bits = new long[values.length];
        for (int i = 0; i < values.length; i++)
        {
            bits[i] = Double.doubleToLongBits(values[i]);
        }
        return bits;
    }

    private static String describe(final RegimeAnalyzer a)
    {
        return String.format(
            "%s reasons=%s close=%.4f ema=%.4f/%.4f/%.4f adx=%.3f +di=%.3f -di=%.3f atr%%=%.4f hurst=%.4f" +
            " mrs=%.2f ac=%.3f",
            a.regime(), Integer.toBinaryString(a.regimeReasons()), a.close(), a.ema(0), a.ema(1), a.ema(2), a.adx(),
            a.plusDi(), a.minusDi(), a.atrPercent(), a.hurst(), a.meanReversionStrength(), a.autocorrelation());
    }

    /** Crafted bars. */
    private static final class Series
    {
        final double[] high = new double[BARS];
        final double[] low = new double[BARS];
        final double[] close = new double[BARS];

        /**
         * A steady trend whose returns drift slowly (a smooth wave on top of the drift, plus a
         * little noise), bars 1% tall: persistent (high Hurst), directional (high ADX), volatile
         * enough (ATR ≈ 1% of price) and never far from its EMA 20 in units of its own spread.
         */
        static Series trend(final int direction, final long seed)
        {
            final Series s = new Series();
            final Random random = new Random(seed);
            double logPrice = Math.log(100);
            for (int i = 0; i < BARS; i++)
            {
                logPrice += direction * (0.004 + 0.003 * Math.sin(i / 9.0)) + 0.0005 * random.nextGaussian();
                s.set(i, Math.exp(logPrice), 0.005);
            }
            return s;
        }

        /** A level pulled back to 100 each bar, with noise: no trend, anti-persistent returns. */
        static Series meanReverting(final long seed)
        {
            final Series s = new Series();
            final Random random = new Random(seed);
            double price = 100;
            for (int i = 0; i < BARS; i++)
            {
                price += 0.5 * (100 - price) + random.nextGaussian();
                s.set(i, price, 0.004);
            }
            return s;
        }

        /** Down for {@code turnAt} bars, then up. */
        static Series turn(final long seed, final int turnAt)
        {
            final Series s = new Series();
            final Random random = new Random(seed);
            double logPrice = Math.log(100);
            for (int i = 0; i < BARS; i++)
            {
                final int direction = i < turnAt ? -1 : 1;
                logPrice += direction * (0.004 + 0.003 * Math.sin(i / 9.0)) + 0.0005 * random.nextGaussian();
                s.set(i, Math.exp(logPrice), 0.005);
            }
            return s;
        }

        private void set(final int i, final double price, final double halfHeight)
        {
            close[i] = price;
            high[i] = price * (1 + halfHeight);
            low[i] = price * (1 - halfHeight);
        }
    }
}
