package io.pldot.engine.analytics.drummond;

import org.junit.jupiter.api.Test;

import static io.pldot.engine.analytics.drummond.MarketState.CONGESTION_ACTION;
import static io.pldot.engine.analytics.drummond.MarketState.CONGESTION_ENTRANCE;
import static io.pldot.engine.analytics.drummond.MarketState.CONGESTION_EXIT;
import static io.pldot.engine.analytics.drummond.MarketState.REVERSAL;
import static io.pldot.engine.analytics.drummond.MarketState.TREND;
import static io.pldot.engine.analytics.drummond.SlopeTrend.DOWN;
import static io.pldot.engine.analytics.drummond.SlopeTrend.HORIZONTAL;
import static io.pldot.engine.analytics.drummond.SlopeTrend.UP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The state rules driven directly: PLdot fixed at 100, closes 101 (above), 99 (below) or 100 (on it).
 */
class MarketStateClassifierTest
{
    private static final double PLDOT = 100;
    private static final double ABOVE = 101;
    private static final double BELOW = 99;

    private final MarketStateClassifier classifier = new MarketStateClassifier();

    private void step(
        final double close,
        final SlopeTrend slope,
        final MarketState state,
        final TrendDirection direction,
        final int barsInState,
        final MarketState previous,
        final double confidence)
    {
        classifier.update(close, PLDOT, slope);
        assertThat(classifier.state()).as("state").isEqualTo(state);
        assertThat(classifier.trendDirection()).as("direction").isEqualTo(direction);
        assertThat(classifier.barsInState()).as("bars in state").isEqualTo(barsInState);
        assertThat(classifier.previousState()).as("previous state").isEqualTo(previous);
        assertThat(classifier.slopeTrend()).isEqualTo(slope);
        assertThat(classifier.confidence()).as("confidence").isCloseTo(confidence, within(1e-12));
    }

    @Test
    void shouldBeUndefinedBeforeTheFirstBar()
    {
        assertThat(classifier.hasState()).isFalse();
        assertThat(classifier.state()).isNull();
        assertThat(classifier.trendDirection()).isNull();
        assertThat(classifier.confidence()).isNaN();
        assertThat(classifier.barsInState()).isZero();
    }

    @Test
    void shouldGoFromTrendThroughCongestionToExit()
    {
        // fewer than three closes: congestion action; 0.5 + 0.05n + 0.15 (horizontal)
        step(ABOVE, HORIZONTAL, CONGESTION_ACTION, TrendDirection.NEUTRAL, 1, null, 0.70);
        step(ABOVE, HORIZONTAL, CONGESTION_ACTION, TrendDirection.NEUTRAL, 2, null, 0.75);
        // + + + with no trend before: a new trend; 0.55 + 0.2 (rising) + 0.1 (one side)
        step(ABOVE, UP, TREND, TrendDirection.UP, 1, CONGESTION_ACTION, 0.85);
        step(ABOVE, UP, TREND, TrendDirection.UP, 2, CONGESTION_ACTION, 0.90);
        // first bar without a run after the trend; 0.55 + 0.15
        step(BELOW, HORIZONTAL, CONGESTION_ENTRANCE, TrendDirection.UP, 1, TREND, 0.70);
        assertThat(classifier.trendAtCongestionEntrance()).isEqualTo(TrendDirection.UP);
        // + - + then - + +: congestion action, direction of the trend at the entrance
        step(ABOVE, HORIZONTAL, CONGESTION_ACTION, TrendDirection.UP, 1, CONGESTION_ENTRANCE, 0.70);
        step(ABOVE, HORIZONTAL, CONGESTION_ACTION, TrendDirection.UP, 2, CONGESTION_ENTRANCE, 0.75);
        // + + + agreeing with the up trend at the entrance: exit; 0.55 + 0.1 (no slope bonus for an exit)
        step(ABOVE, UP, CONGESTION_EXIT, TrendDirection.UP, 1, CONGESTION_ACTION, 0.65);
        // still + + + after the exit: a trend again
        step(ABOVE, UP, TREND, TrendDirection.UP, 1, CONGESTION_EXIT, 0.85);
        assertThat(classifier.trendAtCongestionEntrance()).isEqualTo(TrendDirection.NEUTRAL);
    }

    @Test
    void shouldCallARunAgainstTheEntranceTrendAReversal()
    {
        for (int i = 0; i < 4; i++)
        {
            classifier.update(ABOVE, PLDOT, UP);
        }
        assertThat(classifier.state()).isEqualTo(TREND);
        step(BELOW, DOWN, CONGESTION_ENTRANCE, TrendDirection.UP, 1, TREND, 0.55);
        step(BELOW, DOWN, CONGESTION_ACTION, TrendDirection.UP, 1, CONGESTION_ENTRANCE, 0.55);
        // - - - against the up trend recorded at the entrance; 0.55 + 0.1
        step(BELOW, DOWN, REVERSAL, TrendDirection.DOWN, 1, CONGESTION_ACTION, 0.65);
        // - - - after a reversal: a down trend; 0.55 + 0.2 (falling) + 0.1
        step(BELOW, DOWN, TREND, TrendDirection.DOWN, 1, REVERSAL, 0.85);
        step(ABOVE, HORIZONTAL, CONGESTION_ENTRANCE, TrendDirection.DOWN, 1, TREND, 0.70);
    }

    @Test
    void shouldKeepTheEntranceTrendThroughALongCongestion()
    {
        for (int i = 0; i < 3; i++)
        {
            classifier.update(BELOW, PLDOT, DOWN);
        }
        classifier.update(ABOVE, PLDOT, HORIZONTAL);
        assertThat(classifier.state()).isEqualTo(CONGESTION_ENTRANCE);
        for (int i = 0; i < 10; i++)
        {
            classifier.update(i % 2 == 0 ? BELOW : ABOVE, PLDOT, HORIZONTAL);
        }
        // ten alternating bars: congestion action, capped duration bonus 0.3 + 0.15
        assertThat(classifier.state()).isEqualTo(CONGESTION_ACTION);
        assertThat(classifier.barsInState()).isEqualTo(10);
        assertThat(classifier.confidence()).isCloseTo(0.95, within(1e-12));
        classifier.update(BELOW, PLDOT, DOWN);
        classifier.update(BELOW, PLDOT, DOWN);
        // the last alternating close was above: - + (then) - - makes + - -, no run yet
        assertThat(classifier.state()).isEqualTo(CONGESTION_ACTION);
        classifier.update(BELOW, PLDOT, DOWN);
        assertThat(classifier.state()).isEqualTo(CONGESTION_EXIT);
        assertThat(classifier.trendDirection()).isEqualTo(TrendDirection.DOWN);
    }

    @Test
    void shouldCountACloseOnThePldotAsNeitherSide()
    {
        for (int i = 0; i < 3; i++)
        {
            classifier.update(ABOVE, PLDOT, UP);
        }
        assertThat(classifier.state()).isEqualTo(TREND);
        // + + 0: the run is broken by a close exactly on PLdot; no one-side bonus
        step(PLDOT, UP, CONGESTION_ENTRANCE, TrendDirection.UP, 1, TREND, 0.55);
        assertThat(classifier.lastSide()).isZero();
        // + 0 + and 0 + +: no run
        step(ABOVE, UP, CONGESTION_ACTION, TrendDirection.UP, 1, CONGESTION_ENTRANCE, 0.55);
        step(ABOVE, UP, CONGESTION_ACTION, TrendDirection.UP, 2, CONGESTION_ENTRANCE, 0.60);
    }

    @Test
    void shouldNotGiveTheOneSideBonusToThreeClosesOnThePldot()
    {
        // README "Analytics": "+0.1 when the last 3 closes sit on one side"; on PLdot is neither side.
        step(PLDOT, HORIZONTAL, CONGESTION_ACTION, TrendDirection.NEUTRAL, 1, null, 0.70);
        step(PLDOT, HORIZONTAL, CONGESTION_ACTION, TrendDirection.NEUTRAL, 2, null, 0.75);
        step(PLDOT, HORIZONTAL, CONGESTION_ACTION, TrendDirection.NEUTRAL, 3, null, 0.80);
    }

    @Test
    void shouldFallBackToNeutralCongestionAfterAnExit()
    {
        for (int i = 0; i < 3; i++)
        {
            classifier.update(ABOVE, PLDOT, UP);
        }
        classifier.update(BELOW, PLDOT, HORIZONTAL);
        classifier.update(ABOVE, PLDOT, HORIZONTAL);
        classifier.update(ABOVE, PLDOT, HORIZONTAL);
        classifier.update(ABOVE, PLDOT, UP);
        assertThat(classifier.state()).isEqualTo(CONGESTION_EXIT);
        // DGAS's (docs/references.md) default branch: a bar without a run right after an exit is congestion action, neutral
        step(BELOW, HORIZONTAL, CONGESTION_ACTION, TrendDirection.NEUTRAL, 1, CONGESTION_EXIT, 0.70);
    }

    @Test
    void shouldCapTheConfidenceAtOne()
    {
        for (int i = 0; i < 9; i++)
        {
            classifier.update(ABOVE, PLDOT, UP);
        }
        // 0.5 + 0.3 + 0.2 + 0.1 = 1.1, capped
        assertThat(classifier.state()).isEqualTo(TREND);
        assertThat(classifier.barsInState()).isEqualTo(7);
        assertThat(classifier.confidence()).isEqualTo(1.0);
    }

    @Test
    void shouldGiveNoTrendBonusWhenTheSlopeDisagrees()
    {
        for (int i = 0; i < 3; i++)
        {
            classifier.update(ABOVE, PLDOT, DOWN);
        }
        // trend up, slope falling: 0.55 + 0.1
        assertThat(classifier.confidence()).isCloseTo(0.65, within(1e-12));
    }
}
