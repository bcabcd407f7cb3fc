package io.pldot.engine.decision.confluence;

import io.pldot.engine.decision.TimeframeView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * OFS §5.6 (docs/references.md) rules at their edges. Zone kind codes: DEMAND 1, SUPPLY 2; status FRESH 1; gap
 * direction BULLISH 1, BEARISH 2; gap status OPEN 1.
 */
class ConfluenceScoreCalculatorTest
{
    private static final int LONG = 1;
    private static final int SHORT = -1;

    @Test
    void shouldReadPrimarySignalsWithStrictThresholds()
    {
        assertThat(ConfluenceScoreCalculator.orderFlowSignal(2.0)).isZero();
        assertThat(ConfluenceScoreCalculator.orderFlowSignal(2.01)).isEqualTo(1);
        assertThat(ConfluenceScoreCalculator.orderFlowSignal(0.5)).isZero();
        assertThat(ConfluenceScoreCalculator.orderFlowSignal(0.49)).isEqualTo(-1);
        assertThat(ConfluenceScoreCalculator.orderFlowSignal(Double.NaN)).isZero();
        assertThat(ConfluenceScoreCalculator.microstructureSignal(2.0, 1.0)).isEqualTo(1);
        assertThat(ConfluenceScoreCalculator.microstructureSignal(1.0, 1.0)).isZero();
        assertThat(ConfluenceScoreCalculator.microstructureSignal(Double.NaN, 1.0)).isZero();
    }

    @Test
    void shouldScoreNothingWhenThePrimarySignalsDisagree()
    {
        final ConfluenceResult out = new ConfluenceResult();
        ConfluenceScoreCalculator.calculate(1, -1, view(), 100, 105, 110, 100, -3, 0.1, out);
        assertThat(out.primaryMet).isFalse();
        assertThat(out.direction).isZero();
        assertThat(out.score).isZero();
        assertThat(out.probability).isEqualTo(Probability.NONE);
    }

    @Test
    void shouldScoreTheMarketProfileAtTheValueAreaEdges()
    {
        // VAL 100, VAH 110: edge = 5% of 10 = 0.5, strict.
        assertThat(ConfluenceScoreCalculator.scoreMarketProfile(105, 110, 100, 100.4, LONG)).isEqualTo(1.5);
        assertThat(ConfluenceScoreCalculator.scoreMarketProfile(105, 110, 100, 99.6, LONG)).isEqualTo(1.5);
        assertThat(ConfluenceScoreCalculator.scoreMarketProfile(105, 110, 100, 100.5, LONG)).isCloseTo(0.495, within(1e-12));
        assertThat(ConfluenceScoreCalculator.scoreMarketProfile(105, 110, 100, 99.0, LONG)).isZero();
        assertThat(ConfluenceScoreCalculator.scoreMarketProfile(105, 110, 100, 109.6, SHORT)).isEqualTo(1.5);
        assertThat(ConfluenceScoreCalculator.scoreMarketProfile(Double.NaN, 110, 100, 100.4, LONG)).isZero();
    }

    @Test
    void shouldScoreMeanReversionBeyondOneAndTwoSigmaExclusive()
    {
        assertThat(ConfluenceScoreCalculator.scoreMeanReversion(-2.01, LONG)).isEqualTo(1.5);
        assertThat(ConfluenceScoreCalculator.scoreMeanReversion(-2.0, LONG)).isEqualTo(0.75);
        assertThat(ConfluenceScoreCalculator.scoreMeanReversion(-1.01, LONG)).isEqualTo(0.75);
        assertThat(ConfluenceScoreCalculator.scoreMeanReversion(-1.0, LONG)).isZero();
        assertThat(ConfluenceScoreCalculator.scoreMeanReversion(2.5, LONG)).isZero();
        assertThat(ConfluenceScoreCalculator.scoreMeanReversion(2.5, SHORT)).isEqualTo(1.5);
        assertThat(ConfluenceScoreCalculator.scoreMeanReversion(Double.NaN, SHORT)).isZero();
    }

    @Test
    void shouldScoreAutocorrelationOutsideTheMiddleBand()
    {
        assertThat(ConfluenceScoreCalculator.scoreAutocorrelation(0.61)).isEqualTo(1.0);
        assertThat(ConfluenceScoreCalculator.scoreAutocorrelation(0.6)).isEqualTo(0.5);
        assertThat(ConfluenceScoreCalculator.scoreAutocorrelation(0.3)).isEqualTo(0.5);
        assertThat(ConfluenceScoreCalculator.scoreAutocorrelation(0.29)).isEqualTo(1.0);
        assertThat(ConfluenceScoreCalculator.scoreAutocorrelation(-0.7)).isEqualTo(1.0);
        assertThat(ConfluenceScoreCalculator.scoreAutocorrelation(Double.NaN)).isZero();
    }

    @Test
    void shouldScoreTheNearestDemandZoneBelowWithinHalfAPercentByFreshness()
    {
        final TimeframeView v = view();
        // Price 100: a zone topping at 99.5 is 0.5 away = 0.5% (not beyond): fresh -> 2.0.
        v.onZone(1, 1, 0, 1, 98.0, 99.5);
        assertThat(ConfluenceScoreCalculator.scoreDemandZones(v, 100, LONG)).isEqualTo(2.0);
        assertThat(ConfluenceScoreCalculator.scoreDemandZones(v, 100, SHORT)).isZero();
        // A nearer zone tested twice wins: 1.0; three tests: 0.
        v.onZone(1, 2, 2, 2, 99.0, 99.8);
        assertThat(ConfluenceScoreCalculator.scoreDemandZones(v, 100, LONG)).isEqualTo(1.0);
        v.onZone(1, 2, 3, 2, 99.0, 99.8);
        assertThat(ConfluenceScoreCalculator.scoreDemandZones(v, 100, LONG)).isZero();
        final TimeframeView far = view();
        far.onZone(1, 1, 0, 1, 98.0, 99.4);
        assertThat(ConfluenceScoreCalculator.scoreDemandZones(far, 100, LONG)).isZero();
    }

    @Test
    void shouldScoreSupplyZonesAndGapsAheadOfTheTrade()
    {
        final TimeframeView v = view();
        v.onZone(2, 1, 0, 1, 105.0, 106.0);
        v.onGap(2, 1, 1, 95.0, 96.0);
        assertThat(ConfluenceScoreCalculator.scoreSupplyZones(v, 100, LONG)).isEqualTo(0.5);
        assertThat(ConfluenceScoreCalculator.scoreSupplyZones(v, 100, SHORT)).isZero();
        assertThat(ConfluenceScoreCalculator.scoreFairValueGaps(v, 100, LONG)).isZero();
        assertThat(ConfluenceScoreCalculator.scoreFairValueGaps(v, 100, SHORT)).isEqualTo(1.5);
        v.onGap(1, 1, 2, 101.0, 102.0);
        assertThat(ConfluenceScoreCalculator.scoreFairValueGaps(v, 100, LONG)).isEqualTo(1.5);
        // Filled gaps are forgotten.
        v.onGap(1, 3, 2, 101.0, 102.0);
        assertThat(ConfluenceScoreCalculator.scoreFairValueGaps(v, 100, LONG)).isZero();
    }

    @Test
    void shouldClassifyTheScoreAtThreeFiveAndSeven()
    {
        assertThat(ConfluenceScoreCalculator.probability(2.99)).isEqualTo(Probability.INSUFFICIENT);
        assertThat(ConfluenceScoreCalculator.probability(3.0)).isEqualTo(Probability.LOW);
        assertThat(ConfluenceScoreCalculator.probability(4.99)).isEqualTo(Probability.LOW);
        assertThat(ConfluenceScoreCalculator.probability(5.0)).isEqualTo(Probability.MEDIUM);
        assertThat(ConfluenceScoreCalculator.probability(7.0)).isEqualTo(Probability.HIGH);
        assertThat(ConfluenceScoreCalculator.MAX_SCORE).isEqualTo(8.0);
    }

    @Test
    void shouldAddEveryFilterToTheFullScore()
    {
        final TimeframeView v = view();
        v.onZone(1, 1, 0, 1, 99.9, 100.2);
        v.onZone(2, 1, 0, 2, 105.0, 106.0);
        v.onGap(1, 1, 3, 101.0, 102.0);
        final ConfluenceResult out = new ConfluenceResult();
        // Profile 1.5 (100.4 within 0.5 of VAL 100) + σ -2.5 -> 1.5 + r 0.1 -> 1.0 + demand 0.2 below
        // (0.2%) fresh -> 2.0 + supply above -> 0.5 + bullish gap above -> 1.5 = 8.0.
        ConfluenceScoreCalculator.calculate(1, 1, v, 100.4, 105, 110, 100, -2.5, 0.1, out);
        assertThat(out.primaryMet).isTrue();
        assertThat(out.score).isEqualTo(8.0);
        assertThat(out.probability).isEqualTo(Probability.HIGH);
        assertThat(out.direction).isEqualTo(1);
        // Only profile inside the value area (0.495) and autocorrelation (0.5): insufficient.
        ConfluenceScoreCalculator.calculate(1, 1, view(), 105, 105, 110, 100, 0, 0.45, out);
        assertThat(out.score).isCloseTo(0.995, within(1e-12));
        assertThat(out.probability).isEqualTo(Probability.INSUFFICIENT);
        assertThat(out.direction).isZero();
    }

    @Test
    void shouldMeasureSigmaAgainstThePopulationStdOfTwentyCloses()
    {
        final TimeframeView v = view();
        for (int i = 1; i <= 20; i++)
        {
            v.onCandle(i, i * 100L, i * 100L, i * 100L, i * 100L, 1);
        }
        // Closes 1..20: mean 10.5, population variance (20^2 - 1) / 12 = 33.25.
        assertThat(ConfluenceScoreCalculator.distanceSigma(v, 20.0, 10.5)).isCloseTo(9.5 / Math.sqrt(33.25), within(1e-12));
        assertThat(ConfluenceScoreCalculator.distanceSigma(view(), 20.0, 10.5)).isNaN();
    }

    private static TimeframeView view()
    {
        return new TimeframeView(300, 2, 8);
    }
}
