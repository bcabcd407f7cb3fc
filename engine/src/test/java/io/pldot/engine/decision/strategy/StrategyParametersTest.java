package io.pldot.engine.decision.strategy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrategyParametersTest
{
    private static final StrategyRegistry REGISTRY = StrategyRegistry.standard();

    @Test
    void shouldNumberTheShippedStrategiesOneToN()
    {
        assertThat(REGISTRY.definitions()).extracting(StrategyDefinition::name)
            .containsExactly("drummond-mtf", "confluence-hierarchical", "ema-cross");
        assertThat(REGISTRY.definitions()).extracting(StrategyDefinition::code).containsExactly(1, 2, 3);
        assertThat(REGISTRY.nameOf(3)).isEqualTo("ema-cross");
    }

    @Test
    void shouldRejectAnUnknownStrategyListingTheKnownOnes()
    {
        assertThatThrownBy(() -> REGISTRY.definition("ema-crosss"))
            .hasMessage("unknown strategy 'ema-crosss' (known: drummond-mtf, confluence-hierarchical, ema-cross)");
    }

    @Test
    void shouldParseKeyValuesAndLetALaterOneWin()
    {
        final StrategyParameters p = StrategyParameters.parse(REGISTRY.definition("ema-cross"),
            List.of("fast=5", "slow = 30", "fast=7", "allowShort=TRUE"));
        assertThat(p.integer("fast")).isEqualTo(7);
        assertThat(p.integer("slow")).isEqualTo(30);
        assertThat(p.flag("allowShort")).isTrue();
        assertThat(p).hasToString("fast=7, slow=30, allowShort=true, ta4jSeed=false");
    }

    @Test
    void shouldRejectAnUnknownKeyListingTheKnownOnes()
    {
        assertThatThrownBy(() -> StrategyParameters.parse(REGISTRY.definition("ema-cross"), List.of("fsat=5")))
            .hasMessage("strategy ema-cross has no parameter 'fsat' (known: fast, slow, allowShort, ta4jSeed)");
    }

    @Test
    void shouldRejectBadValuesNamingKeyAndRange()
    {
        final StrategyDefinition ema = REGISTRY.definition("ema-cross");
        assertThatThrownBy(() -> StrategyParameters.of(ema, Map.of("fast", "0")))
            .hasMessage("strategy ema-cross parameter fast: 0 is outside the valid range 1..1000");
        assertThatThrownBy(() -> StrategyParameters.of(ema, Map.of("fast", "9.5")))
            .hasMessage("strategy ema-cross parameter fast: '9.5' is not an integer; expected 1..1000");
        assertThatThrownBy(() -> StrategyParameters.of(ema, Map.of("allowShort", "yes")))
            .hasMessage("strategy ema-cross parameter allowShort: 'yes' is not true or false");
        assertThatThrownBy(() -> StrategyParameters.of(REGISTRY.definition("drummond-mtf"), Map.of("minAlignment", "1.5")))
            .hasMessage("strategy drummond-mtf parameter minAlignment: 1.5 is outside the valid range 0.0..1.0");
        assertThatThrownBy(() -> StrategyParameters.parse(ema, List.of("fast")))
            .hasMessage("parameter 'fast' is not key=value (e.g. fast=9)");
    }

    @Test
    void shouldDescribeEveryStrategyWithDefaultsAndRanges()
    {
        final String help = REGISTRY.describe();
        assertThat(help).contains("ema-cross (code 3)", "fast=9  [1..1000]", "slow=21", "allowShort=false  [true|false]",
            "drummond-mtf (code 1)", "minAlignment=0.6  [0.0..1.0]", "confluence-hierarchical (code 2)",
            "minConfluence=3.0  [0.0..8.0]");
    }
}
