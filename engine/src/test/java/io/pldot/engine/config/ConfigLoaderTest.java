package io.pldot.engine.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
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
            .hasMessageContaining("pipeline.ringSize: 1000 is out of range: a power of two from 2 to 1048576");
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
            .hasMessageContaining("instruments[0].priceScale must be 0..12");
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

    @Test
    void shouldRefuseARingSizeAboveTheLimitNamingKeyValueAndRange()
    {
        final String yaml = MINIMAL + """
            pipeline:
              ringSize: 1073741824
            """;
        assertThatThrownBy(() -> loader.parse(yaml, "r.yaml"))
            .isInstanceOf(ConfigException.class)
            .hasMessage("r.yaml line 4: pipeline.ringSize: 1073741824 is out of range: a power of two from 2 to 1048576 (slots)");
    }

    @Test
    void shouldRefuseAnOutputCapacityOutOfRangeNamingKeyValueAndRange()
    {
        final String yaml = MINIMAL + """
            pipeline:
              ringSize: 16
              outputCapacity: 1073741824
            """;
        assertThatThrownBy(() -> loader.parse(yaml, "r.yaml"))
            .hasMessage("r.yaml line 5: pipeline.outputCapacity: 1073741824 is out of range: 1024 to 1048576 (bytes)");
    }

    @Test
    void shouldRefuseARingWhoseSlotsTogetherExceedTwoGibibytes()
    {
        final String yaml = MINIMAL + """
            pipeline:
              ringSize: 1048576
              outputCapacity: 8192
            """;
        assertThatThrownBy(() -> loader.parse(yaml, "r.yaml"))
            .hasMessageContaining("r.yaml line 4: pipeline.ringSize: 1048576 slots")
            .hasMessageContaining("at most 2147483648 (2 GiB)");
        // The largest ring that fits is accepted.
        assertThat(loader.parse(MINIMAL + "pipeline:\n  ringSize: 1048576\n  outputCapacity: 1024\n", "r.yaml")
            .pipeline().ringSize()).isEqualTo(1 << 20);
    }

    @Test
    void shouldReportANestedValidationErrorAtTheKeysOwnLineAndFullPath()
    {
        final String yaml = MINIMAL + """
            risk:
              initialCash: 5000
              maxPositions: 100
            """;
        assertThatThrownBy(() -> loader.parse(yaml, "n.yaml"))
            .hasMessage("n.yaml line 5: risk.maxPositions must be 1..32, was 100");
        final String deeper = MINIMAL + """
            risk:
              drawdown:
                alertPct: 2
                criticalCloseCount: x
            """;
        assertThatThrownBy(() -> loader.parse(deeper, "n.yaml"))
            .hasMessage("n.yaml line 6: risk.drawdown.criticalCloseCount: 'x' is not a whole number");
    }

    @Test
    void shouldNameADuplicateKeyWithBothLines()
    {
        final String yaml = MINIMAL + """
            pipeline:
              ringSize: 8
              ringSize: 16
            """;
        assertThatThrownBy(() -> loader.parse(yaml, "d.yaml"))
            .isInstanceOf(ConfigException.class)
            .hasMessage("d.yaml line 5: pipeline.ringSize: the key is given twice (lines 4 and 5); keep one");
        final String nested = MINIMAL + """
            risk:
              drawdown:
                alertPct: 1
                alertPct: 2
            """;
        assertThatThrownBy(() -> loader.parse(nested, "d.yaml"))
            .hasMessage("d.yaml line 6: risk.drawdown.alertPct: the key is given twice (lines 5 and 6); keep one");
    }

    @Test
    void shouldRefuseABinaryConfigFileNamingTheLine(@TempDir final Path dir) throws IOException
    {
        final Path notUtf8 = dir.resolve("bin.yaml");
        Files.write(notUtf8, new byte[] {'a', ':', ' ', '1', '\n', (byte) 0xC3, 0x28, 0x00, (byte) 0xFF});
        assertThatThrownBy(() -> loader.load(notUtf8))
            .isInstanceOf(ConfigException.class)
            .hasMessage(notUtf8 + " line 2: not a text file (it holds bytes that are not UTF-8 text); a config is YAML text");
        final Path nul = dir.resolve("nul.yaml");
        Files.write(nul, (MINIMAL + "pipeline:\n  ringSize: 8\u0000\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThatThrownBy(() -> loader.load(nul))
            .hasMessage(nul + " line 4: not a text file (control character 0x00); a config is YAML text");
    }

    @ParameterizedTest
    @ValueSource(strings = {".inf", "-.Inf", ".nan", ".NaN", "NaN", "Infinity", "-Infinity", "1e400"})
    void shouldRefuseANonFiniteNumberNamingKeyAndLine(final String value)
    {
        final String yaml = MINIMAL + """
            risk:
              drawdown:
                warningStopPct: %s
            """.formatted(value);
        assertThatThrownBy(() -> loader.parse(yaml, "f.yaml"))
            .isInstanceOf(ConfigException.class)
            .hasMessage("f.yaml line 5: risk.drawdown.warningStopPct: '" + value + "' is not a finite number");
        // A decimal amount may be huge; only YAML's and Java's non-finite spellings are refused there.
        for (final String key : value.equals("1e400") ? new String[] {"maxPositions"} :
            new String[] {"initialCash", "maxPositions"})
        {
            assertThatThrownBy(() -> loader.parse(MINIMAL + "risk:\n  " + key + ": " + value + "\n", "f.yaml"))
                .hasMessageStartingWith("f.yaml line 4: risk." + key + ": '" + value + "' is not a ")
                .satisfies(ConfigLoaderTest::assertPlain);
        }
    }

    @Test
    void shouldRefuseAnEmptyTimeframeList()
    {
        final String yaml = MINIMAL + """
            candles:
              timeframes: []
            """;
        assertThatThrownBy(() -> loader.parse(yaml, "t.yaml"))
            .hasMessageStartingWith("t.yaml line 4: candles.timeframes: the list is empty; give at least one timeframe");
    }

    @Test
    void shouldWordTypeMismatchesWithoutJavaOrJacksonNames()
    {
        final Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("pipeline:\n  ringSize: lots\n", "line 4: pipeline.ringSize: 'lots' is not a whole number");
        cases.put("pipeline:\n  ringSize: 1.5\n", "line 4: pipeline.ringSize: '1.5' is not a whole number");
        cases.put("pipeline:\n  ringSize: 99999999999\n",
            "line 4: pipeline.ringSize: 99999999999 is out of range: expected a whole number from -2147483648 to 2147483647");
        cases.put("pipeline:\n  ringSize: [1]\n", "line 4: pipeline.ringSize: expected a whole number, found a list");
        cases.put("risk:\n  riskPerTradePct: lots\n", "line 4: risk.riskPerTradePct: 'lots' is not a number");
        cases.put("risk:\n  initialCash: lots\n", "line 4: risk.initialCash: 'lots' is not a number");
        cases.put("venue:\n  realistic: maybe\n", "line 4: venue.realistic: 'maybe' is not true or false");
        cases.put("risk: 5\n", "line 3: risk: expected a section of key: value lines, found '5'");
        cases.put("display:\n  timeZone: Mars/Base\n",
            "line 4: display.timeZone: 'Mars/Base' is not a time zone; use e.g. UTC, Europe/Berlin, America/New_York or +02:00");
        cases.put("import:\n  backwardsTolerance: 999999999999d\n",
            "line 4: import.backwardsTolerance: '999999999999d' is too long a duration (at most about 106751 days)");
        cases.put("pipeline: {ringSize: 8\n", "line 4, column 1: not valid YAML: expected ',' or '}', but got <stream end>");
        for (final Map.Entry<String, String> c : cases.entrySet())
        {
            assertThatThrownBy(() -> loader.parse(MINIMAL + c.getKey(), "w.yaml"))
                .as(c.getKey())
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("w.yaml " + c.getValue())
                .satisfies(ConfigLoaderTest::assertPlain);
        }
        assertThatThrownBy(() -> loader.parse("instruments: 5\n", "w.yaml"))
            .hasMessage("w.yaml line 1: instruments: expected a list, e.g. [a, b], found '5'");
    }

    @Test
    void shouldSayAKeyWasExpectedWhereAnAliasOrSectionStandsInstead()
    {
        final String alias = MINIMAL + """
            risk: {*anchor: 5}
            """;
        assertThatThrownBy(() -> loader.parse(alias, "alias.yaml"))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("alias.yaml line 3")
            .hasMessageContaining("expected a key (a name followed by ':') here, found an alias (*name)")
            .satisfies(ConfigLoaderTest::assertPlain)
            .message().doesNotContain("org.yaml", "Event(");
    }

    static void assertPlain(final Throwable ex)
    {
        assertThat(ex.getMessage()).doesNotContain("java.", "com.fasterxml", "io.pldot", "`", "(top level)", "\n");
    }
}
