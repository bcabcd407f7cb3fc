package io.pldot.engine.decision.confluence;

import io.pldot.engine.decision.MultiTimeframeView;
import io.pldot.engine.decision.TestViews;
import io.pldot.engine.decision.TimeframeView;
import io.pldot.journal.schema.IndicatorField;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * OFS §12.5 (docs/references.md) levels. Regime codes: UPTREND 1, DOWNTREND 2, RANGING 3.
 */
class HierarchicalFilterTest
{
    @Test
    void shouldAllowOnlyTheTrendsDirection()
    {
        assertThat(HierarchicalFilter.regimeDirection(1)).isEqualTo(1);
        assertThat(HierarchicalFilter.regimeDirection(2)).isEqualTo(-1);
        assertThat(HierarchicalFilter.regimeDirection(3)).isZero();
        assertThat(HierarchicalFilter.regimeDirection(0)).isZero();
    }

    @Test
    void shouldFindPriceAtADemandZoneWithinTheProximity()
    {
        final TimeframeView v = new TimeframeView(3600, 2, 8);
        v.onZone(1, 1, 0, 1, 100.0, 102.0);
        v.onZone(2, 1, 0, 2, 110.0, 111.0);
        // 102 x 1.005 = 102.51.
        assertThat(HierarchicalFilter.zoneAt(v, 102.5, 1, 0.005)).isZero();
        assertThat(HierarchicalFilter.zoneAt(v, 102.52, 1, 0.005)).isEqualTo(-1);
        assertThat(HierarchicalFilter.zoneAt(v, 99.99, 1, 0.005)).isEqualTo(-1);
        // Supply for shorts: 110 x 0.995 = 109.45 .. 111.
        assertThat(HierarchicalFilter.zoneAt(v, 109.5, -1, 0.005)).isEqualTo(1);
        assertThat(HierarchicalFilter.zoneAt(v, 109.4, -1, 0.005)).isEqualTo(-1);
    }

    @Test
    void shouldRequireImbalanceToAccelerateTowardTheFastestTimeframe()
    {
        assertThat(HierarchicalFilter.cascade(1, 3.0, 2.0, 1.5, 2.0)).isTrue();
        assertThat(HierarchicalFilter.cascade(1, 3.0, 3.0, 1.5, 2.0)).isFalse();
        assertThat(HierarchicalFilter.cascade(1, 2.0, 1.5, 1.0, 2.0)).isFalse();
        assertThat(HierarchicalFilter.cascade(-1, 0.4, 0.6, 0.9, 2.0)).isTrue();
        assertThat(HierarchicalFilter.cascade(-1, 0.5, 0.6, 0.9, 2.0)).isFalse();
        assertThat(HierarchicalFilter.cascade(1, Double.NaN, 2.0, 1.5, 2.0)).isFalse();
    }

    @Test
    void shouldMeasureTheBounceFromTheRejectedSideAndTheVolumeSpike()
    {
        assertThat(HierarchicalFilter.bounceStrength(110, 100, 108, 1)).isCloseTo(0.8, within(1e-12));
        assertThat(HierarchicalFilter.bounceStrength(110, 100, 108, -1)).isCloseTo(0.2, within(1e-12));
        assertThat(HierarchicalFilter.bounceStrength(100, 100, 100, 1)).isZero();
        final TimeframeView v = new TimeframeView(60, 2, 8);
        for (int i = 0; i < 19; i++)
        {
            v.onCandle(i, 100, 100, 100, 100, 100_000_000);
            assertThat(HierarchicalFilter.volumeSpike(v)).isNaN();
        }
        v.onCandle(19, 100, 100, 100, 100, 160_000_000);
        assertThat(HierarchicalFilter.volumeSpike(v)).isCloseTo(1.6, within(1e-12));
    }

    @Test
    void shouldPassAllFourLevelsAndShortCircuitAtTheFirstFailure()
    {
        final MultiTimeframeView view = TestViews.hierarchyPassing();
        final HierarchicalFilter filter = new HierarchicalFilter(0.5, 2.0, 0.7, 1.5);
        final HierarchicalResult out = new HierarchicalResult();
        filter.evaluate(view, 100.4, out);
        assertThat(out.levelsPassed).isEqualTo(4);
        assertThat(out.direction).isEqualTo(1);
        assertThat(out.zoneBoundary).isEqualTo(99.5);
        // Bounce (100.4 - 99.9) / (100.5 - 99.9) = 0.8333; entry score x imbalance 3.
        assertThat(out.bounceStrength).isCloseTo(0.5 / 0.6, within(1e-9));
        assertThat(out.volumeSpike).isCloseTo(2.0, within(1e-12));
        assertThat(out.entryScore).isCloseTo(3.0 * 0.5 / 0.6, within(1e-9));
        view.lower().setValue(IndicatorField.IMBALANCE, 1.7);
        filter.evaluate(view, 100.4, out);
        assertThat(out.levelsPassed).isEqualTo(2);
        view.higher().setSnapshot(0, 3, 3, 3, 0);
        filter.evaluate(view, 100.4, out);
        assertThat(out.levelsPassed).isZero();
    }
}
