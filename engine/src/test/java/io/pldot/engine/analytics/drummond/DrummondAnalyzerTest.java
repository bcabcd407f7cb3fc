package io.pldot.engine.analytics.drummond;

import com.sun.management.ThreadMXBean;
import io.pldot.engine.analytics.bar.Bar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DrummondAnalyzerTest
{
    private static final double EPS = 1e-12;

    @Test
    void shouldHaveDgasDefaults()
    {
        final DrummondSettings d = DrummondSettings.defaults();
        assertThat(d.envelopeMethod()).isEqualTo(EnvelopeMethod.PLDOT_RANGE);
        assertThat(d.envelopeMultiplier()).isEqualTo(1.5);
        assertThat(d.envelopePercent()).isEqualTo(0.02);
        assertThat(d.atrPeriod()).isEqualTo(3);
        assertThat(d.zoneToleranceMode()).isEqualTo(ZoneToleranceMode.ABSOLUTE);
        assertThat(d.zoneTolerance()).isEqualTo(0.5);
        assertThat(d.lineLookback()).isEqualTo(20);
        final DrummondSettings p = d.withPercentZoneTolerance(0.25).withLineLookback(64).withAtrPeriod(14)
            .withEnvelopeMultiplier(2).withEnvelopeMethod(EnvelopeMethod.ATR);
        assertThat(p).isEqualTo(
            new DrummondSettings(EnvelopeMethod.ATR, 2, 0.02, 14, ZoneToleranceMode.PERCENT, 0.25, 64));
        assertThat(p.withAbsoluteZoneTolerance(1).zoneToleranceMode()).isEqualTo(ZoneToleranceMode.ABSOLUTE);
    }

    @Test
    void shouldRefuseInvalidSettings()
    {
        final DrummondSettings d = DrummondSettings.defaults();
        assertThatThrownBy(() -> d.withEnvelopeMultiplier(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withEnvelopeMultiplier(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withEnvelopePercent(-0.01)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withAtrPeriod(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withAbsoluteZoneTolerance(Double.POSITIVE_INFINITY))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withLineLookback(DrummondSettings.MAX_LINE_LOOKBACK + 1))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withEnvelopeMethod(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DrummondAnalyzer(d, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldDefineEachValueOnItsFirstBar()
    {
        final DrummondAnalyzer analyzer = new DrummondAnalyzer(DrummondSettings.defaults());
        assertUndefined(analyzer);

        // bar 1 (12, 8, 10): nothing yet, not even a line
        analyzer.update(TestBars.bar(new Bar(), 1, 12, 8, 10));
        assertUndefined(analyzer);
        assertThat(analyzer.lines().hasLines()).isFalse();

        // bar 2 (13, 9, 11): lines and zones, no PLdot; support 9 + 1 = 10 is below the close 11
        analyzer.update(TestBars.bar(new Bar(), 2, 13, 9, 11));
        assertThat(analyzer.hasPldot()).isFalse();
        assertThat(analyzer.state()).isNull();
        assertThat(analyzer.supportZonePrice()).isCloseTo(10.0, within(EPS));
        assertThat(analyzer.supportZoneStrength()).isEqualTo(1);
        assertThat(analyzer.resistanceZonePrice()).isCloseTo(14.0, within(EPS));

        // bar 3 (15, 9, 12): PLdot 11, no slope, a state, no envelope
        analyzer.update(TestBars.bar(new Bar(), 3, 15, 9, 12));
        assertThat(analyzer.pldot()).isCloseTo(11.0, within(EPS));
        assertThat(analyzer.pldotProjection()).isCloseTo(11.0, within(EPS));
        assertThat(analyzer.pldotSlope()).isNaN();
        assertThat(analyzer.slopeTrend()).isEqualTo(SlopeTrend.HORIZONTAL);
        assertThat(analyzer.state()).isEqualTo(MarketState.CONGESTION_ACTION);
        assertThat(analyzer.trendDirection()).isEqualTo(TrendDirection.NEUTRAL);
        assertThat(analyzer.barsInState()).isEqualTo(1);
        assertThat(analyzer.previousState()).isNull();
        // 0.5 + 0.05 + 0.15 (horizontal congestion)
        assertThat(analyzer.stateConfidence()).isCloseTo(0.70, within(EPS));
        assertThat(analyzer.hasEnvelope()).isFalse();
        assertThat(analyzer.envUpper()).isNaN();

        // bar 4 (14, 10, 15): PLdot 12, slope 1
        analyzer.update(TestBars.bar(new Bar(), 4, 14, 10, 15));
        assertThat(analyzer.pldotSlope()).isCloseTo(1.0, within(EPS));
        assertThat(analyzer.slopeTrend()).isEqualTo(SlopeTrend.UP);
        assertThat(analyzer.hasEnvelope()).isFalse();

        // bar 5 (16, 14, 15): typical 15, PLdot (12 + 13 + 15) / 3 = 40/3; PLdots 11, 12, 40/3:
        // mean 109/9, deviations -10/9, -1/9, 11/9, squares 222/81, / 2 = 111/81, std 1.1706...
        analyzer.update(TestBars.bar(new Bar(), 5, 16, 14, 15));
        final double offset = 1.5 * Math.sqrt(111.0 / 81.0);
        assertThat(analyzer.hasEnvelope()).isTrue();
        assertThat(analyzer.envUpper()).isCloseTo(40.0 / 3 + offset, within(EPS));
        assertThat(analyzer.envLower()).isCloseTo(40.0 / 3 - offset, within(EPS));
        assertThat(analyzer.envWidth()).isCloseTo(2 * offset, within(EPS));
        assertThat(analyzer.envPosition()).isCloseTo((15 - 40.0 / 3 + offset) / (2 * offset), within(EPS));
        assertThat(analyzer.bars()).isEqualTo(5);
    }

    @Test
    void shouldGiveDefinedValuesForFlatPrices()
    {
        final RecordingListener listener = new RecordingListener();
        final DrummondAnalyzer analyzer = new DrummondAnalyzer(DrummondSettings.defaults(), listener);
        for (int n = 0; n < 20; n++)
        {
            TestBars.feedCloses(analyzer, 0.1);
        }
        assertThat(analyzer.pldot()).isEqualTo(0.1);
        assertThat(analyzer.pldotSlope()).isEqualTo(0.0);
        assertThat(analyzer.slopeTrend()).isEqualTo(SlopeTrend.HORIZONTAL);
        assertThat(analyzer.envWidth()).isEqualTo(0.0);
        assertThat(analyzer.envUpper()).isEqualTo(0.1);
        assertThat(analyzer.envPosition()).isEqualTo(0.5);
        // every close on PLdot: never a run; 18 bars of congestion action, 0.5 + 0.3 + 0.15
        assertThat(analyzer.state()).isEqualTo(MarketState.CONGESTION_ACTION);
        assertThat(analyzer.trendDirection()).isEqualTo(TrendDirection.NEUTRAL);
        assertThat(analyzer.barsInState()).isEqualTo(18);
        assertThat(analyzer.stateConfidence()).isCloseTo(0.95, within(EPS));
        // 19 identical projections, one zone each side, on the close
        assertThat(analyzer.supportZonePrice()).isEqualTo(0.1);
        assertThat(analyzer.supportZoneStrength()).isEqualTo(19);
        assertThat(analyzer.resistanceZonePrice()).isEqualTo(0.1);
        assertThat(analyzer.resistanceZoneStrength()).isEqualTo(19);
        // position 0.5 on every envelope bar (5..20): the only pattern is a congestion oscillation
        assertThat(listener.events).containsExactly(
            RecordingListener.started(PatternType.CONGESTION_OSCILLATION, TrendDirection.NEUTRAL, 5, 4));
        assertThat(analyzer.activePatterns()).isEqualTo(PatternType.CONGESTION_OSCILLATION.mask());
        assertThat(analyzer.patterns().strength(PatternType.CONGESTION_OSCILLATION)).isEqualTo(16);
    }

    @Test
    void shouldIgnoreGapsInTime()
    {
        final DrummondAnalyzer regular = new DrummondAnalyzer(DrummondSettings.defaults());
        final DrummondAnalyzer gapped = new DrummondAnalyzer(DrummondSettings.defaults());
        final Bar bar = new Bar();
        final SplittableRandom random = new SplittableRandom(7);
        double price = 100;
        long time = 0;
        for (int n = 1; n <= 200; n++)
        {
            price += random.nextDouble(-1, 1);
            final double high = price + random.nextDouble(0, 1);
            final double low = price - random.nextDouble(0, 1);
            regular.update(TestBars.bar(bar, n, high, low, price));
            // the same bars with gaps of up to a month between them
            time += TestBars.DAY * (1 + random.nextInt(30));
            gapped.update(bar.set(time, time + TestBars.DAY, price, high, low, price, 1));
            assertSame(gapped.pldot(), regular.pldot());
            assertSame(gapped.envPosition(), regular.envPosition());
            assertThat(gapped.state()).isEqualTo(regular.state());
            assertSame(gapped.stateConfidence(), regular.stateConfidence());
            assertSame(gapped.supportZonePrice(), regular.supportZonePrice());
            assertThat(gapped.activePatterns()).isEqualTo(regular.activePatterns());
        }
    }

    @Test
    void shouldRefuseANonFinitePriceWithoutChangingAnything()
    {
        final DrummondAnalyzer analyzer = new DrummondAnalyzer(DrummondSettings.defaults());
        TestBars.feedCloses(analyzer, 10, 11, 12);
        final Bar bad = TestBars.bar(new Bar(), 4, Double.NaN, 9, 10);
        assertThatThrownBy(() -> analyzer.update(bad)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> analyzer.update(TestBars.bar(new Bar(), 4, 11, 9, Double.POSITIVE_INFINITY)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(analyzer.bars()).isEqualTo(3);
        assertThat(analyzer.pldot()).isCloseTo(11.0, within(EPS));
    }

    @Test
    void shouldNeverReturnNaNOrInfinityOnceAValueIsDefined()
    {
        for (final EnvelopeMethod method : EnvelopeMethod.values())
        {
            final DrummondAnalyzer analyzer = new DrummondAnalyzer(
                DrummondSettings.defaults().withEnvelopeMethod(method).withPercentZoneTolerance(0.1));
            final SplittableRandom random = new SplittableRandom(11);
            final Bar bar = new Bar();
            double price = 50;
            for (int n = 1; n <= 5_000; n++)
            {
                // random walk with flat stretches (zero-width envelopes, closes on PLdot) and jumps
                final int regime = (n / 50) % 4;
                if (regime == 1)
                {
                    price = Math.rint(price);
                }
                else
                {
                    price = Math.max(1, price + random.nextDouble(-1, 1) * (regime == 3 ? 10 : 1));
                }
                final double spread = regime == 1 ? 0 : random.nextDouble(0, 2);
                analyzer.update(TestBars.bar(bar, n, price + spread, price - spread / 2, price));
                if (n >= 3)
                {
                    assertFinite(analyzer.pldot(), analyzer.pldotProjection(), analyzer.stateConfidence());
                    assertThat(analyzer.stateConfidence()).isBetween(0.5, 1.0);
                    assertThat(analyzer.state()).isNotNull();
                }
                if (n >= 4)
                {
                    assertFinite(analyzer.pldotSlope());
                }
                if (n >= 5)
                {
                    assertFinite(analyzer.envUpper(), analyzer.envLower(), analyzer.envWidth(), analyzer.envPosition());
                    assertThat(analyzer.envWidth()).isGreaterThanOrEqualTo(0.0);
                    assertThat(analyzer.envPosition()).isBetween(0.0, 1.0);
                }
                if (analyzer.supportZoneStrength() > 0)
                {
                    assertFinite(analyzer.supportZonePrice());
                }
                if (analyzer.resistanceZoneStrength() > 0)
                {
                    assertFinite(analyzer.resistanceZonePrice());
                }
            }
        }
    }

    @Test
    void shouldKeepItsStateSmall()
    {
        final ThreadMXBean threads = (ThreadMXBean)ManagementFactory.getThreadMXBean();
        final DrummondSettings defaults = DrummondSettings.defaults();
        final DrummondSettings largest = defaults.withLineLookback(DrummondSettings.MAX_LINE_LOOKBACK);
        // warm up class loading so only the analyzers themselves are counted
        new DrummondAnalyzer(largest);
        final long before = threads.getCurrentThreadAllocatedBytes();
        final DrummondAnalyzer small = new DrummondAnalyzer(defaults);
        final long middle = threads.getCurrentThreadAllocatedBytes();
        final DrummondAnalyzer large = new DrummondAnalyzer(largest);
        final long after = threads.getCurrentThreadAllocatedBytes();
        assertThat(small).isNotSameAs(large);
        assertThat(middle - before).as("bytes of one analyzer, default lookback").isLessThanOrEqualTo(3_500);
        assertThat(after - middle).as("bytes of one analyzer, largest lookback").isLessThanOrEqualTo(8 * 1024);
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void shouldNotAllocateOnUpdateAfterWarmUp()
    {
        final int warmUp = 20_000;
        final int measured = 10_000;
        final int runs = 3;
        final int total = warmUp + runs * measured;
        final double[] highs = new double[total];
        final double[] lows = new double[total];
        final double[] closes = new double[total];
        final SplittableRandom random = new SplittableRandom(3);
        double price = 100;
        for (int i = 0; i < total; i++)
        {
            // a wave with noise and flat stretches, so every state, pattern and zone path runs
            price = (i / 40) % 5 == 0 ? price : 100 + 10 * Math.sin(i / 15.0) + random.nextDouble(-2, 2);
            final double spread = (i / 40) % 5 == 0 ? 0 : random.nextDouble(0, 1.5);
            highs[i] = price + spread;
            lows[i] = price - spread;
            closes[i] = price;
        }
        final CountingListener listener = new CountingListener();
        final DrummondAnalyzer[] analyzers = new DrummondAnalyzer[EnvelopeMethod.values().length];
        for (int m = 0; m < analyzers.length; m++)
        {
            analyzers[m] = new DrummondAnalyzer(
                DrummondSettings.defaults().withEnvelopeMethod(EnvelopeMethod.values()[m]).withEnvelopePercent(0.005),
                listener);
        }
        final Bar bar = new Bar();
        final double[] sink = new double[1];
        final ThreadMXBean threads = (ThreadMXBean)ManagementFactory.getThreadMXBean();
        assertThat(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()).isTrue();
        // The meter itself must see an allocation, or a zero below would prove nothing.
        final long meterBefore = threads.getCurrentThreadAllocatedBytes();
        final long[] probe = new long[1024];
        assertThat(threads.getCurrentThreadAllocatedBytes() - meterBefore).isGreaterThanOrEqualTo(8 * 1024);
        assertThat(probe).hasSize(1024);

        feed(analyzers, bar, highs, lows, closes, 0, warmUp, sink);
        long least = Long.MAX_VALUE;
        int from = warmUp;
        for (int run = 0; run < runs; run++)
        {
            final long before = threads.getCurrentThreadAllocatedBytes();
            feed(analyzers, bar, highs, lows, closes, from, measured, sink);
            final long after = threads.getCurrentThreadAllocatedBytes();
            least = Math.min(least, after - before);
            from += measured;
        }
        for (final PatternType type : PatternType.values())
        {
            assertThat(listener.started[type.ordinal()]).as(type + " started").isPositive();
        }
        assertThat(sink[0]).isFinite();
        assertThat(least).as("bytes allocated by %,d updates of %d analyzers", measured, analyzers.length).isZero();
    }

    private static void feed(
        final DrummondAnalyzer[] analyzers,
        final Bar bar,
        final double[] highs,
        final double[] lows,
        final double[] closes,
        final int from,
        final int count,
        final double[] sink)
    {
        double sum = 0;
        for (int i = from; i < from + count; i++)
        {
            bar.set(i * TestBars.DAY, (i + 1) * TestBars.DAY, closes[i], highs[i], lows[i], closes[i], 1);
            for (final DrummondAnalyzer analyzer : analyzers)
            {
                analyzer.update(bar);
                // read what a snapshot reads
                sum += analyzer.pldot() + analyzer.pldotSlope() + analyzer.pldotProjection() + analyzer.envUpper()
                    + analyzer.envLower() + analyzer.envWidth() + analyzer.envPosition() + analyzer.stateConfidence()
                    + analyzer.barsInState() + analyzer.supportZoneStrength() + analyzer.resistanceZoneStrength()
                    + analyzer.activePatterns();
                if (analyzer.hasState())
                {
                    sum += analyzer.state().ordinal() + analyzer.trendDirection().ordinal()
                        + analyzer.slopeTrend().ordinal();
                }
                final double support = analyzer.supportZonePrice();
                final double resistance = analyzer.resistanceZonePrice();
                sum += Double.isNaN(support) ? 0 : support;
                sum += Double.isNaN(resistance) ? 0 : resistance;
                sum += analyzer.previousState() == null ? 0 : analyzer.previousState().ordinal();
            }
        }
        sink[0] = Double.isNaN(sum) ? 0 : sum;
    }

    /** Counts events in primitive arrays: allocation-free. */
    private static final class CountingListener implements PatternListener
    {
        final long[] started = new long[PatternType.values().length];
        final long[] ended = new long[PatternType.values().length];

        @Override
        public void onPatternStarted(
            final PatternType type, final TrendDirection direction, final long startTime, final int strength)
        {
            started[type.ordinal()]++;
        }

        @Override
        public void onPatternEnded(
            final PatternType type,
            final TrendDirection direction,
            final long startTime,
            final long endTime,
            final int strength)
        {
            ended[type.ordinal()]++;
        }
    }

    private static void assertSame(final double actual, final double expected)
    {
        assertThat(Double.doubleToLongBits(actual)).as("%s vs %s", actual, expected)
            .isEqualTo(Double.doubleToLongBits(expected));
    }

    private static void assertFinite(final double... values)
    {
        for (final double v : values)
        {
            assertThat(Double.isFinite(v)).as("finite: %s", v).isTrue();
        }
    }

    private static void assertUndefined(final DrummondAnalyzer analyzer)
    {
        assertThat(analyzer.hasPldot()).isFalse();
        assertThat(analyzer.pldot()).isNaN();
        assertThat(analyzer.pldotSlope()).isNaN();
        assertThat(analyzer.pldotProjection()).isNaN();
        assertThat(analyzer.slopeTrend()).isNull();
        assertThat(analyzer.hasEnvelope()).isFalse();
        assertThat(analyzer.envUpper()).isNaN();
        assertThat(analyzer.envLower()).isNaN();
        assertThat(analyzer.envWidth()).isNaN();
        assertThat(analyzer.envPosition()).isNaN();
        assertThat(analyzer.hasState()).isFalse();
        assertThat(analyzer.state()).isNull();
        assertThat(analyzer.previousState()).isNull();
        assertThat(analyzer.trendDirection()).isNull();
        assertThat(analyzer.barsInState()).isZero();
        assertThat(analyzer.stateConfidence()).isNaN();
        assertThat(analyzer.supportZonePrice()).isNaN();
        assertThat(analyzer.supportZoneStrength()).isZero();
        assertThat(analyzer.resistanceZonePrice()).isNaN();
        assertThat(analyzer.resistanceZoneStrength()).isZero();
        assertThat(analyzer.activePatterns()).isZero();
    }
}
