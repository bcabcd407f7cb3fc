package io.pldot.engine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.pldot.engine.TestEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.pldot.engine.cli.BitstampCsv.plain;
import static io.pldot.engine.cli.CliRun.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line end to end, on a journal of the real bundled Bitstamp trades: import, replay,
 * tail and the error paths, each driven through {@link EngineCommand#execute(String...)}. Golden
 * values come from the CSV read with plain Java, never from the engine.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class EngineCliIT
{
    private static final long SECOND = 1_000_000_000L;
    /** 2013-11-25 00:00:00 UTC, the first timestamp of the file. */
    private static final long FIRST_MINUTE = 1_385_337_600L;

    @TempDir
    static Path dir;

    private static Path journal;
    private static List<BitstampCsv.Row> rows;
    private static CliRun firstImport;
    private static CliRun firstReplay;

    @BeforeAll
    static void importAndReplayTheBundledTrades()
    {
        rows = BitstampCsv.rows();
        journal = dir.resolve("journal");
        firstImport = CliRun.of("import", "bundled:bitstamp", "--config", CONFIG, "--journal", journal.toString(),
            "--json");
        firstReplay = CliRun.of("replay", "--config", CONFIG, "--journal", journal.toString(), "--json");
    }

    // ---------------------------------------------------------------- import

    @Test
    void shouldImportTheBundledTradesRefusingOnlyTheZeroAmountRows()
    {
        assertThat(firstImport.exitCode()).as(firstImport.toString()).isZero();
        final JsonNode report = firstImport.json();

        // The CSV itself, read independently, agrees with the fixture constants.
        assertThat(rows).hasSize((int)TestEngine.BITSTAMP_ROWS);
        assertThat(rows.stream().filter(r -> r.amount().signum() <= 0).count())
            .isEqualTo(TestEngine.BITSTAMP_ZERO_AMOUNT_ROWS);

        assertThat(report.get("rows").asLong()).isEqualTo(TestEngine.BITSTAMP_ROWS);
        assertThat(report.get("accepted").asLong()).isEqualTo(TestEngine.BITSTAMP_TRADES);
        assertThat(report.get("rejected").asLong()).isEqualTo(TestEngine.BITSTAMP_ZERO_AMOUNT_ROWS);
        assertThat(report.get("rejectedByReason").get("NON_POSITIVE_QUANTITY").asLong())
            .isEqualTo(TestEngine.BITSTAMP_ZERO_AMOUNT_ROWS);
        assertThat(sum(report.get("rejectedByReason"))).isEqualTo(TestEngine.BITSTAMP_ZERO_AMOUNT_ROWS);
        assertThat(report.get("files")).hasSize(1);
        assertThat(report.get("files").get(0).get("format").asText()).isEqualToIgnoringCase("bitstamp");
    }

    @Test
    void shouldAddNothingWhenTheSameTradesAreImportedAgain()
    {
        final CliRun again = CliRun.of("import", "bundled:bitstamp", "--config", CONFIG,
            "--journal", journal.toString(), "--json");

        assertThat(again.exitCode()).as(again.toString()).isZero();
        final JsonNode report = again.json();
        assertThat(report.get("rows").asLong()).isEqualTo(TestEngine.BITSTAMP_ROWS);
        assertThat(report.get("accepted").asLong()).isZero();
        assertThat(report.get("rejected").asLong()).isEqualTo(TestEngine.BITSTAMP_ROWS);
        assertThat(report.get("rejectedByReason").get("DUPLICATE_TRADE_ID").asLong())
            .isEqualTo(TestEngine.BITSTAMP_TRADES);
    }

    // ---------------------------------------------------------------- replay

    @Test
    void shouldReplayTheJournalAndSummariseItAsJson()
    {
        assertThat(firstReplay.exitCode()).as(firstReplay.toString()).isZero();
        final JsonNode result = firstReplay.json();

        assertThat(result.get("inputs").asLong()).isEqualTo(TestEngine.BITSTAMP_TRADES);
        assertThat(result.get("inputsByType").get("trade-tick").asLong()).isEqualTo(TestEngine.BITSTAMP_TRADES);
        assertThat(result.get("outputs").asLong()).isPositive();
        assertThat(result.get("outputHash").asText()).matches("[0-9a-f]{64}");
        assertThat(result.get("elapsedMillis").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(result.get("inputsPerSecond").asLong()).isPositive();
        assertThat(fieldNames(result.get("candlesByTimeframe"))).containsExactly("1m", "5m", "15m", "1h");
        // The file's timestamps never go backwards (checked with awk), so no tick is late.
        assertThat(result.get("rejectsByReason").size()).isZero();
        assertThat(result.get("outputsPath").asText()).isEqualTo(journal.resolve("outputs").toString());
        assertThat(result.has("reproduced")).as("nothing recorded before the first replay").isFalse();
        assertThat(result.get("firstEventTime").asLong()).isEqualTo(rows.get(0).epochSeconds() * SECOND);
        assertThat(result.get("lastEventTime").asLong()).isEqualTo(rows.get(rows.size() - 1).epochSeconds() * SECOND);
    }

    @Test
    void shouldReproduceTheRecordedOutputsWhenReplayedAgainOnOneThread()
    {
        final CliRun shared = CliRun.of("replay", "--config", CONFIG, "--journal", journal.toString(),
            "--threading", "shared", "--json");

        assertThat(shared.exitCode()).as(shared.toString()).isZero();
        final JsonNode result = shared.json();
        final String firstHash = firstReplay.json().get("outputHash").asText();
        assertThat(result.get("threading").asText()).isEqualTo("shared");
        assertThat(Path.of(result.get("outputsPath").asText())).isEqualTo(journal.resolve("replay").resolve("outputs"));
        assertThat(result.get("reproduced").asBoolean()).isTrue();
        assertThat(result.get("recordedOutputHash").asText()).isEqualTo(firstHash);
        assertThat(result.get("outputHash").asText()).isEqualTo(firstHash);
        assertThat(result.get("outputs").asLong()).isEqualTo(firstReplay.json().get("outputs").asLong());
    }

    /**
     * The Vector API loops have scalar twins with the same bits (VectorSupport): a JVM started
     * without the incubator module, and one with the module but the scalar loops forced, replay
     * the journal to the same output hash as this JVM (which has the module, from
     * config/jvm.properties).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("jvmsWithoutTheVectorLoops")
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void shouldReplayToTheSameHashWithoutTheVectorLoops(final String jvm, final List<String> jvmArgs)
        throws IOException, InterruptedException
    {
        final Path out = dir.resolve("replay-" + jvm.replace(' ', '-'));
        final List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(
            Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(EngineCommand.class.getName());
        command.addAll(List.of("replay", "--config", CONFIG, "--journal", journal.toString(), "--out", out.toString(),
            "--json"));
        final Path stdout = dir.resolve(jvm.replace(' ', '-') + ".out");
        final Path stderr = dir.resolve(jvm.replace(' ', '-') + ".err");
        final Process child = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
            .start();
        assertThat(child.waitFor(150, TimeUnit.SECONDS)).as("child replay finished").isTrue();
        final String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as("exit code; stderr: %s", err).isZero();

        final JsonNode result = CliRun.parse(Files.readString(stdout, StandardCharsets.UTF_8).trim());
        assertThat(result.get("inputs").asLong()).isEqualTo(TestEngine.BITSTAMP_TRADES);
        assertThat(result.get("outputHash").asText()).isEqualTo(firstReplay.json().get("outputHash").asText());
        // The JVM warns about the incubator module exactly when the module is loaded.
        if (jvm.equals("module absent"))
        {
            assertThat(err).doesNotContain("jdk.incubator.vector");
        }
        else
        {
            assertThat(err).contains("Using incubator modules: jdk.incubator.vector");
        }
    }

    static Stream<Arguments> jvmsWithoutTheVectorLoops()
    {
        final List<String> inherited = new ArrayList<>();
        for (final String arg : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments())
        {
            if (!arg.startsWith("-agentlib:jdwp") && !arg.startsWith("-javaagent"))
            {
                inherited.add(arg);
            }
        }
        assertThat(inherited).as("this JVM has the module (config/jvm.properties)")
            .contains("--add-modules=jdk.incubator.vector");
        final List<String> withoutModule = new ArrayList<>(inherited);
        withoutModule.remove("--add-modules=jdk.incubator.vector");
        final List<String> scalarLoops = new ArrayList<>(inherited);
        scalarLoops.add("-Dpldot.vector=false");
        return Stream.of(Arguments.of("module absent", withoutModule), Arguments.of("scalar loops forced", scalarLoops));
    }

    // ---------------------------------------------------------------- tail: golden candles

    @Test
    void shouldJournalTheFirstMinuteAndHourCandlesExactlyAsComputedFromTheCsv()
    {
        final List<JsonNode> candles = candles();

        final JsonNode minute = find(candles, "1m", FIRST_MINUTE);
        assertCandle(minute, BitstampCsv.candle(rows, FIRST_MINUTE, FIRST_MINUTE + 60));
        // Hand check of the first minute's rows: 800.01 opens, 807.47 is the high and the close.
        assertThat(minute.get("open").asText()).isEqualTo("800.01");
        assertThat(minute.get("high").asText()).isEqualTo("807.47");
        assertThat(minute.get("close").asText()).isEqualTo("807.47");

        assertCandle(find(candles, "1h", FIRST_MINUTE), BitstampCsv.candle(rows, FIRST_MINUTE, FIRST_MINUTE + 3_600));
    }

    @Test
    void shouldRollEveryHourCandleUpFromItsMinuteCandles()
    {
        final List<JsonNode> candles = candles();
        final List<JsonNode> hours = candles.stream().filter(c -> c.get("timeframe").asText().equals("1h")).toList();
        assertThat(hours).hasSize(firstReplay.json().get("candlesByTimeframe").get("1h").asInt()).isNotEmpty();

        for (final JsonNode hour : hours)
        {
            final long start = hour.get("openTime").asLong();
            BigDecimal volume = BigDecimal.ZERO;
            long trades = 0;
            int minutes = 0;
            for (final JsonNode candle : candles)
            {
                final long openTime = candle.get("openTime").asLong();
                if (candle.get("timeframe").asText().equals("1m") && openTime >= start && openTime < start + 3_600 * SECOND)
                {
                    volume = volume.add(new BigDecimal(candle.get("volume").asText()));
                    trades += candle.get("trades").asLong();
                    minutes++;
                }
            }
            assertThat(minutes).as("1m candles in hour %d", start).isBetween(1, 60);
            assertThat(hour.get("volume").asText()).as("volume of hour %d", start).isEqualTo(plain(volume));
            assertThat(hour.get("trades").asLong()).as("trades of hour %d", start).isEqualTo(trades);
        }
    }

    // ---------------------------------------------------------------- tail: views

    @Test
    void shouldShowTheLastNRecordsAsText()
    {
        final CliRun tail = CliRun.of("tail", "--config", CONFIG, "--journal", journal.toString(), "-n", "5");

        assertThat(tail.exitCode()).as(tail.toString()).isZero();
        assertThat(tail.out().split("\\R", -1)).as("5 lines and the final line break").hasSize(6);
        assertThat(tail.lines()).hasSize(5).allSatisfy(line -> assertThat(line).isNotBlank());
    }

    @Test
    void shouldShowTheLastInputsAsJsonMatchingTheEndOfTheCsv()
    {
        final CliRun tail = CliRun.of("tail", "--config", CONFIG, "--journal", journal.toString(),
            "--stream", "inputs", "-n", "2", "--json");

        assertThat(tail.exitCode()).as(tail.toString()).isZero();
        final List<JsonNode> records = tail.jsonLines();
        assertThat(records).hasSize(2);
        // Row 100,000 is the last line of the file; row 99,999 the one before.
        final List<BitstampCsv.Row> lastRows = rows.subList(rows.size() - 2, rows.size());
        for (int i = 0; i < 2; i++)
        {
            final JsonNode record = records.get(i);
            final BitstampCsv.Row row = lastRows.get(i);
            assertThat(record.get("type").asText()).isEqualTo("trade-tick");
            assertThat(record.get("symbol").asText()).isEqualTo("BTCUSD");
            assertThat(record.get("price").asText()).isEqualTo(plain(row.price()));
            assertThat(record.get("quantity").asText()).isEqualTo(plain(row.amount()));
            assertThat(record.get("tsEvent").asLong()).isEqualTo(row.epochSeconds() * SECOND);
        }
        assertThat(records.get(1).get("sequence").asLong()).isGreaterThan(records.get(0).get("sequence").asLong());
    }

    // ---------------------------------------------------------------- errors

    @Test
    void shouldRefuseAnUnknownSymbolNamingHowToDeclareIt()
    {
        final CliRun tail = CliRun.of("tail", "--config", CONFIG, "--journal", journal.toString(), "--symbol", "NOPE");

        assertThat(tail.exitCode()).as(tail.toString()).isEqualTo(2);
        assertThat(tail.err()).contains("unknown symbol 'NOPE'").contains("instruments:").contains("BTCUSD");
        assertThat(tail.out()).isEmpty();
    }

    @Test
    void shouldFailToReplayAJournalWithoutInputs() throws IOException
    {
        final Path empty = Files.createDirectories(dir.resolve("empty"));

        final CliRun replay = CliRun.of("replay", "--config", CONFIG, "--journal", empty.toString());

        assertThat(replay.exitCode()).as(replay.toString()).isNotZero();
        assertThat(replay.err()).contains("has no inputs").contains(empty.toString());
    }

    @Test
    void shouldRefuseAConfigWithAnUnknownKeyNamingTheKeyAndItsLine() throws IOException
    {
        final List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(CONFIG), StandardCharsets.UTF_8));
        final int pipeline = lines.indexOf("pipeline:");
        assertThat(pipeline).as("the shipped config has a pipeline section").isPositive();
        lines.add(pipeline + 1, "  threding: shared");
        final int badLine = pipeline + 2;
        final Path config = dir.resolve("bad-key.yaml");
        Files.write(config, lines, StandardCharsets.UTF_8);

        final CliRun replay = CliRun.of("replay", "--config", config.toString(), "--journal", journal.toString());

        assertThat(replay.exitCode()).as(replay.toString()).isEqualTo(2);
        assertThat(replay.err()).contains("threding").contains("line " + badLine).contains("bad-key.yaml");
    }

    @Test
    void shouldRefuseToImportAMissingFileNamingIt()
    {
        final Path missing = dir.resolve("no-such-trades.csv");

        final CliRun run = CliRun.of("import", missing.toString(), "--config", CONFIG,
            "--journal", dir.resolve("never-written").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("no-such-trades.csv");
        assertThat(dir.resolve("never-written")).doesNotExist();
    }

    @Test
    void shouldRefuseAnUnknownThreadingLayout()
    {
        final CliRun run = CliRun.of("replay", "--config", CONFIG, "--journal", journal.toString(),
            "--threading", "sideways");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("sideways");
    }

    // ---------------------------------------------------------------- help

    static Stream<Arguments> commands()
    {
        return Stream.of(
            Arguments.of(List.of("--help"), List.of("import", "replay", "tail", "demo")),
            Arguments.of(List.of("import", "--help"), List.of("--journal", "--config", "--format", "--symbol", "--json")),
            Arguments.of(List.of("replay", "--help"), List.of("--journal", "--config", "--threading", "--out", "--json")),
            Arguments.of(List.of("tail", "--help"),
                List.of("--journal", "--follow", "--type", "--symbol", "--stream", "--lines", "--json")),
            Arguments.of(List.of("demo", "--help"), List.of("--demo-journal", "--threading", "--config")),
            Arguments.of(List.of("sweep", "--help"),
                List.of("--grid", "--walk-forward", "--anchored", "--rolling", "--threads", "--rank", "--json", "ema-cross")));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void shouldPrintUsageMentioningTheOptions(final List<String> args, final List<String> mentions)
    {
        final CliRun help = CliRun.of(args.toArray(String[]::new));

        assertThat(help.exitCode()).as(help.toString()).isZero();
        assertThat(help.out()).contains("Usage:");
        for (final String mention : mentions)
        {
            assertThat(help.out()).contains(mention);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static List<JsonNode> candles()
    {
        final CliRun tail = CliRun.of("tail", "--config", CONFIG, "--journal", journal.toString(),
            "--type", "candle-closed", "--symbol", "BTCUSD", "--json");
        assertThat(tail.exitCode()).as(tail.toString()).isZero();
        final List<JsonNode> candles = tail.jsonLines();
        assertThat(candles).isNotEmpty().allSatisfy(c ->
        {
            assertThat(c.get("type").asText()).isEqualTo("candle-closed");
            assertThat(c.get("symbol").asText()).isEqualTo("BTCUSD");
        });
        return candles;
    }

    private static JsonNode find(final List<JsonNode> candles, final String timeframe, final long openSeconds)
    {
        final List<JsonNode> found = candles.stream()
            .filter(c -> c.get("timeframe").asText().equals(timeframe) &&
                c.get("openTime").asLong() == openSeconds * SECOND)
            .toList();
        assertThat(found).as("%s candle opening at %d", timeframe, openSeconds).hasSize(1);
        return found.get(0);
    }

    private static void assertCandle(final JsonNode candle, final BitstampCsv.Ohlcv expected)
    {
        assertThat(candle.get("open").asText()).as("open").isEqualTo(plain(expected.open()));
        assertThat(candle.get("high").asText()).as("high").isEqualTo(plain(expected.high()));
        assertThat(candle.get("low").asText()).as("low").isEqualTo(plain(expected.low()));
        assertThat(candle.get("close").asText()).as("close").isEqualTo(plain(expected.close()));
        assertThat(candle.get("volume").asText()).as("volume").isEqualTo(plain(expected.volume()));
        assertThat(candle.get("trades").asInt()).as("trades").isEqualTo(expected.trades());
    }

    private static long sum(final JsonNode counts)
    {
        long total = 0;
        for (final JsonNode count : counts)
        {
            total += count.asLong();
        }
        return total;
    }

    private static List<String> fieldNames(final JsonNode node)
    {
        final List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
