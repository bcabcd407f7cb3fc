package io.pldot.engine.cli;

import io.pldot.engine.config.ConfigLoader;
import io.pldot.engine.config.EngineConfig;
import io.pldot.engine.decision.strategy.StrategySettings;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrategyOptionsTest
{
    private static final EngineConfig CONFIG = new ConfigLoader(Map.of()).parse("""
        instruments:
          - { symbol: BTCUSD, id: 1, venue: BITSTAMP, priceScale: 2, quantityScale: 8 }
        strategy:
          name: ema-cross
          params: { fast: 5, slow: 30 }
        """, "test.yaml");

    /** A command that mixes the options in, as the backtest command will. */
    @Command(name = "probe", footer = {"", "Examples:", "  probe --strategy ema-cross"})
    static final class Probe
    {
        @Mixin
        StrategyOptions options;
    }

    @Test
    void shouldKeepTheConfigWithoutOptions()
    {
        assertThat(parse().settings(CONFIG)).isEqualTo(CONFIG.strategySettings());
    }

    @Test
    void shouldOverrideOneParameterAndKeepTheConfigsOthers()
    {
        final StrategySettings s = parse("--param", "fast=7").settings(CONFIG);
        assertThat(s.parameters().integer("fast")).isEqualTo(7);
        assertThat(s.parameters().integer("slow")).isEqualTo(30);
    }

    @Test
    void shouldDropTheConfigsParamsWhenAnotherStrategyIsChosen()
    {
        final StrategySettings s = parse("--strategy", "drummond-mtf", "--param", "stopAtr=2").settings(CONFIG);
        assertThat(s.definition().code()).isEqualTo(1);
        assertThat(s.parameters().decimal("stopAtr")).isEqualTo(2.0);
        assertThat(s.tradingSeconds()).isEqualTo(300);
    }

    @Test
    void shouldNameAnUnknownStrategyOrParameter()
    {
        assertThatThrownBy(() -> parse("--strategy", "macd").settings(CONFIG))
            .hasMessage("unknown strategy 'macd' (known: drummond-mtf, confluence-hierarchical, ema-cross)");
        assertThatThrownBy(() -> parse("--param", "fsat=3").settings(CONFIG))
            .hasMessage("strategy ema-cross has no parameter 'fsat' (known: fast, slow, allowShort, ta4jSeed)");
        assertThatThrownBy(() -> parse("--param", "slow=abc").settings(CONFIG))
            .hasMessage("strategy ema-cross parameter slow: 'abc' is not an integer; expected 2..1000");
    }

    @Test
    void shouldListStrategiesAndParametersInTheHelp()
    {
        final String help = new CommandLine(new Probe()).setUsageHelpWidth(110).getUsageMessage();
        assertThat(help).contains("--strategy=NAME", "Strategy to run: drummond-mtf, confluence-hierarchical, ema-cross",
            "--param=KEY=VALUE", "Examples:", "ema-cross (code 3)", "fast=9  [1..1000]", "minConfluence=3.0  [0.0..8.0]");
    }

    private static StrategyOptions parse(final String... args)
    {
        final Probe probe = new Probe();
        new CommandLine(probe).parseArgs(args);
        return probe.options;
    }
}
