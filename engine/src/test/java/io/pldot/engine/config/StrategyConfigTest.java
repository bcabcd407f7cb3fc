package io.pldot.engine.config;

import io.pldot.engine.decision.strategy.StrategySettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The config file's {@code strategy:} section: defaults, parameters, and errors naming key and line.
 */
class StrategyConfigTest
{
    private static final String MINIMAL = """
        instruments:
          - { symbol: BTCUSD, id: 1, venue: BITSTAMP, priceScale: 2, quantityScale: 8 }
        """;

    private final ConfigLoader loader = new ConfigLoader(Map.of());

    @Test
    void shouldDefaultToDrummondMtfOnFiveMinutesWithAnHourWindow()
    {
        final StrategySettings s = loader.parse(MINIMAL, "test.yaml").strategySettings();
        assertThat(s.definition().name()).isEqualTo("drummond-mtf");
        assertThat(s.tradingSeconds()).isEqualTo(300);
        assertThat(s.higherSeconds()).isEqualTo(3600);
        assertThat(s.lowerSeconds()).isEqualTo(60);
        assertThat(s.dedupWindowNanos()).isEqualTo(3_600_000_000_000L);
        assertThat(s.parameters().decimal("minAlignment")).isEqualTo(0.6);
    }

    @Test
    void shouldShipTheDefaultsInTheConfigFile()
    {
        final EngineConfig shipped = loader.load(Path.of("../config/engine.yaml"));
        assertThat(shipped.strategySettings()).isEqualTo(loader.parse(MINIMAL, "test.yaml").strategySettings());
    }

    @Test
    void shouldReadNameTimeframesWindowAndParams()
    {
        final StrategySettings s = loader.parse(MINIMAL + """
            strategy:
              name: ema-cross
              timeframes: { trading: 15m }
              dedupWindow: 0
              params: { fast: 5, slow: 30, allowShort: true }
            """, "test.yaml").strategySettings();
        assertThat(s.definition().code()).isEqualTo(3);
        assertThat(s.tradingSeconds()).isEqualTo(900);
        assertThat(s.dedupWindowNanos()).isZero();
        assertThat(s.parameters().integer("fast")).isEqualTo(5);
        assertThat(s.parameters().integer("slow")).isEqualTo(30);
        assertThat(s.parameters().flag("allowShort")).isTrue();
    }

    @Test
    void shouldNameAnUnknownStrategyAndItsLine()
    {
        assertThatThrownBy(() -> loader.parse(MINIMAL + """
            strategy:
              name: macd
            """, "bad.yaml"))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("bad.yaml line 4")
            .hasMessageContaining("strategy.name: unknown strategy 'macd' (known: drummond-mtf, confluence-hierarchical, ema-cross)");
    }

    @Test
    void shouldNameAnUnknownParameterAndItsLine()
    {
        assertThatThrownBy(() -> loader.parse(MINIMAL + """
            strategy:
              name: ema-cross
              params:
                fsat: 5
            """, "bad.yaml"))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("bad.yaml line 5")
            .hasMessageContaining("strategy ema-cross has no parameter 'fsat' (known: fast, slow, allowShort, ta4jSeed)");
    }

    @Test
    void shouldNameABadParameterValueWithItsRange()
    {
        assertThatThrownBy(() -> loader.parse(MINIMAL + """
            strategy:
              params: { stopAtr: 0 }
            """, "bad.yaml"))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("bad.yaml line 4")
            .hasMessageContaining("strategy drummond-mtf parameter stopAtr: 0 is outside the valid range 0.1..20.0");
    }

    @Test
    void shouldNameAnUnknownKeyOfTheSection()
    {
        assertThatThrownBy(() -> loader.parse(MINIMAL + """
            strategy:
              nme: ema-cross
            """, "bad.yaml"))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("bad.yaml line 4")
            .hasMessageContaining("unknown key 'nme'")
            .hasMessageContaining("dedupWindow, enabled, name, params, timeframes");
    }

    @Test
    void shouldNameATimeframeThatIsNoCandleTimeframe()
    {
        assertThatThrownBy(() -> loader.parse(MINIMAL + """
            candles:
              timeframes: [1m, 5m, 15m]
            strategy:
              name: drummond-mtf
            """, "bad.yaml"))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("strategy.timeframes.higher 1h is not one of candles.timeframes");
        // Without a strategy section the defaults are checked only where a decision stage is built.
        assertThat(loader.parse(MINIMAL + "candles: { timeframes: [1m] }\n", "ok.yaml").strategySettings()
            .tradingSeconds()).isEqualTo(300);
        assertThatThrownBy(() -> loader.parse(MINIMAL + """
            strategy:
              dedupWindow: soon
            """, "bad.yaml"))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("bad.yaml line 4")
            .hasMessageContaining("strategy.dedupWindow: 'soon' is not a duration");
    }
}
