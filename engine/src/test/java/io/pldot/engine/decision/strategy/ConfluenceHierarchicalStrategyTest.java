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

class ConfluenceHierarchicalStrategyTest
{
    private static final StrategyDefinition DEFINITION =
        StrategyRegistry.standard().definition("confluence-hierarchical");

    @Test
    void shouldEnterLongAtTheZoneWhenTheHierarchyAndConfluenceAgree()
    {
        final MultiTimeframeView view = withConfluence();
        final SignalCandidates out = run(view, Map.of());
        assertThat(out.count()).isEqualTo(1);
        assertThat(SignalType.of(out.type(0))).isEqualTo(SignalType.LONG);
        // Entry 100.40, stop at the zone low 99.50 (90 ticks), target 100.40 + 1.5 x 0.90 = 101.75.
        assertThat(out.entry(0)).isEqualTo(10_040);
        assertThat(out.stop(0)).isEqualTo(9_950);
        assertThat(out.target(0)).isEqualTo(10_175);
        // Score: profile 1.5 (100.40 within 0.5 of VAL 100) + autocorrelation 1.0 + demand zone
        // 99.9..100.2 fresh, 0.2% below -> 2.0 = 4.5: LOW probability -> HIGH risk.
        assertThat(out.confluence(0)).isCloseTo(4.5, within(1e-12));
        assertThat(out.confidence(0)).isCloseTo(4.5 / 8.0, within(1e-12));
        assertThat(out.strength(0)).isCloseTo(0.5 / 0.6, within(1e-9));
        // Alignment: UP/UP 0.5 + TREND/TREND 0.2 + 0.3 x (0.8 + 0.6) / 2 = 0.91.
        assertThat(out.alignment(0)).isCloseTo(0.91, within(1e-12));
        assertThat(out.riskLevel(0)).isEqualTo(RiskLevel.HIGH.code());
    }

    @Test
    void shouldStayOutBelowTheMinimumConfluence()
    {
        assertThat(run(withConfluence(), Map.of("minConfluence", "4.6")).count()).isZero();
        assertThat(run(withConfluence(), Map.of("minConfluence", "4.5")).count()).isEqualTo(1);
    }

    @Test
    void shouldStayOutWhenTheMicrostructureDisagrees()
    {
        final MultiTimeframeView view = withConfluence();
        view.lower().setValue(IndicatorField.AVG_BUY_SIZE, 0.5);
        assertThat(run(view, Map.of()).count()).isZero();
    }

    private static MultiTimeframeView withConfluence()
    {
        final MultiTimeframeView view = TestViews.hierarchyPassing();
        view.trading().setValue(IndicatorField.POC, 105.0);
        view.trading().setValue(IndicatorField.VA_HIGH, 110.0);
        view.trading().setValue(IndicatorField.VA_LOW, 100.0);
        view.trading().setValue(IndicatorField.AUTOCORRELATION, 0.1);
        view.trading().setValue(IndicatorField.ATR, 1.0);
        view.trading().onZone(1, 1, 0, 3, 99.9, 100.2);
        return view;
    }

    private static SignalCandidates run(final MultiTimeframeView view, final Map<String, String> params)
    {
        final SignalCandidates out = new SignalCandidates();
        DEFINITION.create(StrategyParameters.of(DEFINITION, params), 1).onTradingBar(view, out);
        return out;
    }
}
