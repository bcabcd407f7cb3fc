package io.pldot.engine.decision.mtf;

import io.pldot.engine.decision.MultiTimeframeView;
import io.pldot.engine.decision.TestViews;
import io.pldot.journal.schema.TradingCodes.RiskLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * README "Strategies" formulas, worked by hand. Codes: Direction UP 1, DOWN 2, NEUTRAL 3; MarketState TREND 1,
 * CONGESTION_ENTRANCE 2, CONGESTION_ACTION 3, CONGESTION_EXIT 4, REVERSAL 5.
 */
class MultiTimeframeCoordinatorTest
{
    static final int UP = 1;
    static final int DOWN = 2;
    static final int NEUTRAL = 3;
    static final int TREND = 1;
    static final int ENTRANCE = 2;
    static final int ACTION = 3;
    static final int EXIT = 4;
    static final int REVERSAL = 5;

    @Test
    void shouldScoreAlignmentFromDirectionStateAndMeanConfidence()
    {
        // 0.5 (same direction) + 0.2 (same state) + 0.3 x (0.9 + 0.7) / 2 = 0.94
        assertThat(MultiTimeframeCoordinator.alignmentScore(UP, TREND, 0.9, UP, TREND, 0.7)).isCloseTo(0.94, within(1e-12));
        // 0.25 (one neutral) + 0.1 (TREND ~ CONGESTION_EXIT) + 0.3 x 0.7 = 0.56
        assertThat(MultiTimeframeCoordinator.alignmentScore(UP, TREND, 0.8, NEUTRAL, EXIT, 0.6)).isCloseTo(0.56, within(1e-12));
        // 0 (opposite) + 0.1 (ENTRANCE ~ ACTION) + 0.3 x 0.5 = 0.25
        assertThat(MultiTimeframeCoordinator.alignmentScore(UP, ENTRANCE, 0.5, DOWN, ACTION, 0.5)).isCloseTo(0.25, within(1e-12));
        // REVERSAL is compatible with nothing else; undefined confidence counts 0: 0.5 + 0 + 0.3 x 0.4 / 2
        assertThat(MultiTimeframeCoordinator.alignmentScore(DOWN, REVERSAL, Double.NaN, DOWN, TREND, 0.4))
            .isCloseTo(0.56, within(1e-12));
        // Both neutral: "one is neutral" -> 0.25; undefined states add nothing.
        assertThat(MultiTimeframeCoordinator.alignmentScore(NEUTRAL, 0, 0, NEUTRAL, 0, 0)).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void shouldPermitOnlyAgreeingOrHigherNeutralDirectionsAtTheThreshold()
    {
        assertThat(MultiTimeframeCoordinator.permitted(UP, UP, 0.6, 0.6)).isTrue();
        assertThat(MultiTimeframeCoordinator.permitted(UP, UP, 0.5999, 0.6)).isFalse();
        assertThat(MultiTimeframeCoordinator.permitted(NEUTRAL, DOWN, 0.6, 0.6)).isTrue();
        assertThat(MultiTimeframeCoordinator.permitted(UP, DOWN, 0.9, 0.6)).isFalse();
        assertThat(MultiTimeframeCoordinator.permitted(UP, NEUTRAL, 0.9, 0.6)).isFalse();
    }

    @Test
    void shouldAddStrengthComponentsAndCapAtOne()
    {
        // 0.4 x 0.94 + 0.3 x 0.9 + 0.15 x min(1, 3.25 / 3.25) + 0.15 = 0.376 + 0.27 + 0.15 + 0.15
        assertThat(MultiTimeframeCoordinator.signalStrength(0.94, 0.9, 3.25, true)).isCloseTo(0.946, within(1e-12));
        // 0.4 x 0.6 + 0.3 x 0.5 + 0.15 x 1.625 / 3.25 = 0.24 + 0.15 + 0.075
        assertThat(MultiTimeframeCoordinator.signalStrength(0.6, 0.5, 1.625, false)).isCloseTo(0.465, within(1e-12));
        assertThat(MultiTimeframeCoordinator.signalStrength(1.0, 1.0, 10.0, true)).isEqualTo(1.0);
    }

    @Test
    void shouldGradeRiskAtTheThresholdEdges()
    {
        assertThat(MultiTimeframeCoordinator.riskLevel(0.8, 0.7, 0.6)).isEqualTo(RiskLevel.LOW);
        assertThat(MultiTimeframeCoordinator.riskLevel(0.79, 0.9, 0.6)).isEqualTo(RiskLevel.MEDIUM);
        assertThat(MultiTimeframeCoordinator.riskLevel(0.6, 0.5, 0.6)).isEqualTo(RiskLevel.MEDIUM);
        assertThat(MultiTimeframeCoordinator.riskLevel(0.6, 0.49, 0.6)).isEqualTo(RiskLevel.HIGH);
        assertThat(MultiTimeframeCoordinator.riskLevel(0.59, 0.9, 0.6)).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void shouldRecommendFromPermissionAndDirections()
    {
        assertThat(MultiTimeframeCoordinator.action(true, UP, UP)).isEqualTo(RecommendedAction.LONG);
        assertThat(MultiTimeframeCoordinator.action(true, NEUTRAL, DOWN)).isEqualTo(RecommendedAction.SHORT);
        assertThat(MultiTimeframeCoordinator.action(false, UP, DOWN)).isEqualTo(RecommendedAction.REDUCE);
        assertThat(MultiTimeframeCoordinator.action(false, UP, UP)).isEqualTo(RecommendedAction.WAIT);
        assertThat(MultiTimeframeCoordinator.action(true, NEUTRAL, NEUTRAL)).isEqualTo(RecommendedAction.WAIT);
    }

    @Test
    void shouldFindConfluenceZonesOverlayAndPatternsAcrossTheViews()
    {
        final MultiTimeframeView view = TestViews.alignedUp();
        final MtfAnalysis a = new MtfAnalysis();
        new MultiTimeframeCoordinator(0.5, 0.6).analyze(view, a);
        // Levels by price: 99 (L), 100 (H), 100.3 (L), 100.4 (T), 110 (H), 110.5 (T), 120 (T).
        // From 99: up to 99.495 -> alone. From 100: up to 100.5 -> 100, 100.3, 100.4 = H + L + T,
        // weight 1.5 + 0.75 + 1.0 = 3.25, level (150 + 75.225 + 100.4) / 3.25. From 110: 110.5 is
        // 0.4545% away -> H + T, weight 2.5. 120 alone.
        assertThat(a.confluenceZones).isEqualTo(2);
        assertThat(a.zoneWeight).isCloseTo(3.25, within(1e-12));
        assertThat(a.zoneLevel).isCloseTo(325.625 / 3.25, within(1e-9));
        assertThat(a.zoneLow).isEqualTo(100.0);
        assertThat(a.zoneHigh).isEqualTo(100.4);
        // Overlay: (110.5 - 110) / 110 x 100 = 0.4545%: within the 0.5% tolerance.
        assertThat(a.overlayDistancePercent).isCloseTo(0.5 / 110 * 100, within(1e-12));
        assertThat(a.overlayPosition).isZero();
        // PLDOT_PUSH (bit 0) active on both.
        assertThat(a.patternConfluence).isTrue();
        assertThat(a.patternCode).isEqualTo(1);
        assertThat(a.alignmentScore).isCloseTo(0.94, within(1e-12));
        assertThat(a.tradePermitted).isTrue();
        assertThat(a.higherStrength).isEqualTo(0.9);
        assertThat(a.signalStrength).isCloseTo(0.946, within(1e-12));
        assertThat(a.riskLevel).isEqualTo(RiskLevel.LOW);
        assertThat(a.action).isEqualTo(RecommendedAction.LONG);
    }
}
