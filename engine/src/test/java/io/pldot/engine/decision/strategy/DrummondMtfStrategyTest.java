package io.pldot.engine.decision.strategy;

import io.pldot.engine.decision.MultiTimeframeView;
import io.pldot.engine.decision.SignalCandidates;
import io.pldot.engine.decision.TestViews;
import io.pldot.journal.schema.IndicatorField;
import io.pldot.journal.schema.TradingCodes.RiskLevel;
import io.pldot.journal.schema.TradingCodes.SignalType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DrummondMtfStrategyTest
{
    private static final StrategyDefinition DEFINITION = StrategyRegistry.standard().definition("drummond-mtf");

    @Test
    void shouldEnterLongWithAnAtrStopAndRiskRewardTargetAndExitShorts()
    {
        final MultiTimeframeView view = aligned();
        final SignalCandidates out = run(view, Map.of());
        assertThat(out.count()).isEqualTo(2);
        assertThat(SignalType.of(out.type(0))).isEqualTo(SignalType.LONG);
        // Entry 101.00; stop 1.5 x ATR 2 = 3.00 below: 98.00; target 2 x 3.00 above: 107.00.
        assertThat(out.entry(0)).isEqualTo(10_100);
        assertThat(out.stop(0)).isEqualTo(9_800);
        assertThat(out.target(0)).isEqualTo(10_700);
        assertThat(out.confidence(0)).isCloseTo((0.9 + 0.7) / 2, within(1e-12));
        assertThat(out.strength(0)).isCloseTo(0.946, within(1e-12));
        assertThat(out.alignment(0)).isCloseTo(0.94, within(1e-12));
        assertThat(out.confluence(0)).isCloseTo(3.25, within(1e-12));
        assertThat(out.riskLevel(0)).isEqualTo(RiskLevel.LOW.code());
        assertThat(out.pattern(0)).isEqualTo(1);
        assertThat(SignalType.of(out.type(1))).isEqualTo(SignalType.EXIT_SHORT);
        assertThat(out.stop(1)).isZero();
    }

    @Test
    void shouldStayOutBelowTheMinimumStrength()
    {
        assertThat(run(aligned(), Map.of("minStrength", "0.95")).count()).isZero();
        assertThat(run(aligned(), Map.of("minStrength", "0.946")).count()).isEqualTo(2);
    }

    @Test
    void shouldOnlyExitLongsWhenTheTradingTimeframeTurnsAgainstTheHigherOne()
    {
        final MultiTimeframeView view = aligned();
        view.trading().setSnapshot(0, 1, 2, 0, 0);
        final SignalCandidates out = run(view, Map.of());
        assertThat(out.count()).isEqualTo(1);
        assertThat(SignalType.of(out.type(0))).isEqualTo(SignalType.EXIT_LONG);
    }

    @Test
    void shouldFallBackToTheSupportAsStopWithoutAtr()
    {
        final MultiTimeframeView view = aligned();
        view.trading().setValue(IndicatorField.ATR, Double.NaN);
        final SignalCandidates out = run(view, Map.of());
        // Trading support 100.40 is below the entry 101.00; target 101 + 2 x 0.60 = 102.20.
        assertThat(out.stop(0)).isEqualTo(10_040);
        assertThat(out.target(0)).isEqualTo(10_220);
    }

    private static MultiTimeframeView aligned()
    {
        return TestViews.alignedUp();
    }

    private static SignalCandidates run(final MultiTimeframeView view, final Map<String, String> params)
    {
        final SignalCandidates out = new SignalCandidates();
        DEFINITION.create(StrategyParameters.of(DEFINITION, params), 1).onTradingBar(view, out);
        return out;
    }
}
