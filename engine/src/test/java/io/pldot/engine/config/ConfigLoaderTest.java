package io.pldot.engine.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest
{
    private static final String MINIMAL = """
        instruments:
          - { symbol: BTCUSD, id: 1, venue: BITSTAMP, priceScale: 2, quantityScale: 8 }
        """;

    private final ConfigLoader loader = new ConfigLoader(Map.of("HOME_DIR", "/data"));

    @Test
    void shouldFillDefaults()
    {
        final EngineConfig config = loader.parse(MINIMAL, "test.yaml");
        assertThat(config.candles().timeframes()).containsExactly("1m", "5m", "15m", "1h");
        assertThat(config.candles().timeframeSeconds()).containsExactly(60, 300, 900, 3600);
        assertThat(config.pipeline().threading()).isEqualTo(EngineConfig.Threading.DEDICATED);
        assertThat(config.pipeline().waitStrategy()).isEqualTo(EngineConfig.WaitStrategyKind.BLOCKING);
        assertThat(config.journal().directory()).isEqualTo("journal-data");
        assertThat(config.registry().bySymbol("btcusd").id()).isEqualTo(1);
    }

    @Test
    void shouldLoadTheShippedConfig()
    {
        final EngineConfig config = new ConfigLoader(Map.of()).load(Path.of("../config/engine.yaml"));
        assertThat(config.registry().bySymbol("BTCUSD")).isNotNull();
        assertThat(config.registry().bySymbol("BTCUSDT")).isNotNull();
        assertThat(new ConfigLoader(Map.of()).loadBundledDefault()).isEqualTo(config);
    }

    @Test
    void shouldNameUnknownKeyAndLine()
    {
        final String yaml = MINIMAL + """
            pipeline:
              threding: shared
            """;
        assertThatThrownBy(() -> loader.parse(yaml, "bad.yaml"))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("bad.yaml line 4")
            .hasMessageContaining("pipeline.threding")
            .hasMessageContaining("unknown key 'threding'")
            .hasMessageContaining("threading");
    }

    @Test
    void shouldNameBadEnumValueKeyAndLine()
    {
        final String yaml = MINIMAL + """
            pipeline:
              waitStrategy: turbo
            """;
        assertThatThrownBy(() -> loader.parse(yaml, "bad.yaml"))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("line 4")
            .hasMessageContaining("pipeline.waitStrategy")
            .hasMessageContaining("busy-spin");
    }

    @Test
    void shouldNameBadTimeframeChain()
    {
        final String yaml = MINIMAL + """
            candles:
              timeframes: [5m, 7m]
            """;
        assertThatThrownBy(() -> loader.parse(yaml, "bad.yaml"))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("candles")
            .hasMessageContaining("line")
            .hasMessageContaining("'7m' must be a larger multiple of '5m'");
    }

    @Test
    void shouldNameBadNumberKeyAndLine()
    {
        final String yaml = MINIMAL + """
            pipeline:
              ringSize: 1000
            """;
        assertThatThrownBy(() -> loader.parse(yaml, "bad.yaml"))
            .hasMessageContaining("line 4")
            .hasMessageContaining("ringSize must be a power of two");
        final String notNumber = MINIMAL + """
            pipeline:
              ringSize: lots
            """;
        assertThatThrownBy(() -> loader.parse(notNumber, "bad.yaml"))
            .hasMessageContaining("line 4")
            .hasMessageContaining("pipeline.ringSize");
    }

    @Test
    void shouldRejectDuplicateInstrumentIds()
    {
        final String yaml = """
            instruments:
              - { symbol: A, id: 1, priceScale: 2, quantityScale: 8 }
              - { symbol: B, id: 1, priceScale: 2, quantityScale: 8 }
            """;
        assertThatThrownBy(() -> loader.parse(yaml, "dup.yaml"))
            .hasMessageContaining("instruments")
            .hasMessageContaining("duplicate instrument id 1");
    }

    @Test
    void shouldRejectInstrumentWithBadScaleNamingIt()
    {
        final String yaml = """
            instruments:
              - { symbol: A, id: 1, priceScale: 20, quantityScale: 8 }
            """;
        assertThatThrownBy(() -> loader.parse(yaml, "s.yaml"))
            .hasMessageContaining("line 2")
            .hasMessageContaining("instruments[0]")
            .hasMessageContaining("priceScale must be 0..12");
    }

    @Test
    void shouldExpandEnvironmentVariablesWithDefaults()
    {
        final String yaml = MINIMAL + """
            journal:
              directory: ${HOME_DIR}/j-${UNSET_VAR:-default} # ${NOT_EXPANDED_IN_COMMENTS}
            """;
        assertThat(loader.parse(yaml, "env.yaml").journal().directory()).isEqualTo("/data/j-default");
    }

    @Test
    void shouldNameMissingEnvironmentVariableAndLine()
    {
        final String yaml = MINIMAL + """
            journal:
              directory: ${MISSING_VAR}
            """;
        assertThatThrownBy(() -> loader.parse(yaml, "env.yaml"))
            .hasMessageContaining("env.yaml line 4")
            .hasMessageContaining("MISSING_VAR is not set");
    }

    @Test
    void shouldReportMalformedYamlWithLine()
    {
        assertThatThrownBy(() -> loader.parse(MINIMAL + "pipeline: [unclosed\n", "m.yaml"))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("m.yaml line");
    }

    @Test
    void shouldRequireInstruments()
    {
        assertThatThrownBy(() -> loader.parse("candles: { timeframes: [1m] }\n", "i.yaml"))
            .hasMessageContaining("at least one instrument");
    }
}
