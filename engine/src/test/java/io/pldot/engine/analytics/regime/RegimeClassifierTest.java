package io.pldot.engine.analytics.regime;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.pldot.engine.analytics.regime.RegimeClassifier.REASON_EMAS_NOT_ALIGNED;
import static io.pldot.engine.analytics.regime.RegimeClassifier.REASON_FAST_REVERSION;
import static io.pldot.engine.analytics.regime.RegimeClassifier.REASON_LOW_VOLATILITY;
import static io.pldot.engine.analytics.regime.RegimeClassifier.REASON_NOT_READY;
import static io.pldot.engine.analytics.regime.RegimeClassifier.REASON_NO_PERSISTENCE;
import static io.pldot.engine.analytics.regime.RegimeClassifier.REASON_WEAK_TREND;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OFS §12.5 (docs/references.md) decision on hand-set inputs, including every threshold
 * hit exactly (strict comparisons: a value at the threshold passes) and one step past it.
 */
class RegimeClassifierTest
{
    private static final double[] UP = {105, 100, 90};
    private static final double[] DOWN = {95, 100, 110};

    private final RegimeClassifier classifier = new RegimeClassifier(RegimeSettings.defaults());

    @Test
    void shouldFindAnUptrendAndADowntrend()
    {
        assertThat(classifier.classify(110, UP, 3, 25, 1.0, 0.6, 0.5)).isEqualTo(Regime.UPTREND);
        assertThat(classifier.reasons()).isZero();
        assertThat(classifier.classify(90, DOWN, 3, 25, 1.0, 0.6, 0.5)).isEqualTo(Regime.DOWNTREND);
        assertThat(classifier.reasons()).isZero();
    }

    @Test
    void shouldPassEveryFilterExactlyAtItsThreshold()
    {
        assertThat(classifier.classify(110, UP, 3, 20.0, 0.5, 0.55, 0.6)).isEqualTo(Regime.UPTREND);
        assertThat(classifier.classify(90, DOWN, 3, 20.0, 0.5, 0.55, 0.6)).isEqualTo(Regime.DOWNTREND);
    }

    @Test
    void shouldRangeJustPastEachThreshold()
    {
        assertRanging(classifier.classify(110, UP, 3, Math.nextDown(20.0), 1.0, 0.6, 0.5), REASON_WEAK_TREND);
        assertRanging(classifier.classify(110, UP, 3, 25, Math.nextDown(0.5), 0.6, 0.5), REASON_LOW_VOLATILITY);
        assertRanging(classifier.classify(110, UP, 3, 25, 1.0, Math.nextDown(0.55), 0.5), REASON_NO_PERSISTENCE);
        assertRanging(classifier.classify(110, UP, 3, 25, 1.0, 0.6, Math.nextUp(0.6)), REASON_FAST_REVERSION);
        // The strength comes in buckets: 0.7 and 0.9 reject, 0.5 and 0.3 pass.
        assertRanging(classifier.classify(110, UP, 3, 25, 1.0, 0.6, 0.7), REASON_FAST_REVERSION);
        assertThat(classifier.classify(110, UP, 3, 25, 1.0, 0.6, 0.3)).isEqualTo(Regime.UPTREND);
    }

    @Test
    void shouldReportEveryFailedFilter()
    {
        assertRanging(
            classifier.classify(110, UP, 3, 10, 0.1, 0.5, 0.9),
            REASON_WEAK_TREND | REASON_LOW_VOLATILITY | REASON_NO_PERSISTENCE | REASON_FAST_REVERSION);
    }

    @Test
    void shouldRangeWhenTheEmasOrTheCloseAreNotStackedOneWay()
    {
        // Close on the fast EMA, below it in an up stack, above it in a down stack.
        assertRanging(classifier.classify(105, UP, 3, 25, 1.0, 0.6, 0.5), REASON_EMAS_NOT_ALIGNED);
        assertRanging(classifier.classify(104, UP, 3, 25, 1.0, 0.6, 0.5), REASON_EMAS_NOT_ALIGNED);
        assertRanging(classifier.classify(96, DOWN, 3, 25, 1.0, 0.6, 0.5), REASON_EMAS_NOT_ALIGNED);
        // 20 > 50 but 50 < 200; and two equal EMAs.
        assertRanging(classifier.classify(110, new double[] {105, 100, 102}, 3, 25, 1.0, 0.6, 0.5),
            REASON_EMAS_NOT_ALIGNED);
        assertRanging(classifier.classify(110, new double[] {105, 100, 100}, 3, 25, 1.0, 0.6, 0.5),
            REASON_EMAS_NOT_ALIGNED);
    }

    @Test
    void shouldRangeWhileAnInputIsUndefined()
    {
        final double nan = Double.NaN;
        assertRanging(classifier.classify(110, UP, 3, nan, 1.0, 0.6, 0.5), REASON_NOT_READY);
        assertRanging(classifier.classify(110, UP, 3, 25, nan, 0.6, 0.5), REASON_NOT_READY);
        assertRanging(classifier.classify(110, UP, 3, 25, 1.0, nan, 0.5), REASON_NOT_READY);
        assertRanging(classifier.classify(110, UP, 3, 25, 1.0, 0.6, nan), REASON_NOT_READY);
        assertRanging(classifier.classify(nan, UP, 3, 25, 1.0, 0.6, 0.5), REASON_NOT_READY);
        assertRanging(classifier.classify(110, new double[] {105, 100, nan}, 3, 25, 1.0, 0.6, 0.5), REASON_NOT_READY);
    }

    @Test
    void shouldUseOnlyTheConfiguredEmasAndThresholds()
    {
        // Two EMAs: the third slot is ignored even when it would break the stack.
        assertThat(classifier.classify(110, new double[] {105, 100, 200}, 2, 25, 1.0, 0.6, 0.5))
            .isEqualTo(Regime.UPTREND);
        // One EMA: the close against it decides.
        assertThat(classifier.classify(90, new double[] {95}, 1, 25, 1.0, 0.6, 0.5)).isEqualTo(Regime.DOWNTREND);

        final RegimeClassifier strict = new RegimeClassifier(
            RegimeSettings.defaults().withEmaPeriods(List.of(5, 10, 20)).withThresholds(30, 1.0, 0.7, 0.4));
        assertThat(strict.classify(110, UP, 3, 30, 1.0, 0.7, 0.3)).isEqualTo(Regime.UPTREND);
        assertRanging(strict, strict.classify(110, UP, 3, 25, 1.0, 0.6, 0.5),
            REASON_WEAK_TREND | REASON_NO_PERSISTENCE | REASON_FAST_REVERSION);
    }

    private void assertRanging(final Regime regime, final int reasons)
    {
        assertRanging(classifier, regime, reasons);
    }

    private static void assertRanging(final RegimeClassifier used, final Regime regime, final int reasons)
    {
        assertThat(regime).isEqualTo(Regime.RANGING);
        assertThat(Integer.toBinaryString(used.reasons())).isEqualTo(Integer.toBinaryString(reasons));
    }
}
