package io.pldot.engine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad option values and bad config files through the command line: exit 2, the option or key named
 * with the value and the expected form in words, and no Java or Jackson type names.
 */
class OptionErrorsTest
{
    private static final String INSTRUMENTS = """
        instruments:
          - { symbol: BTCUSD, id: 1, venue: BITSTAMP, priceScale: 2, quantityScale: 8 }
        """;

    @TempDir
    Path dir;

    @Test
    void shouldNameABadTimeZoneOptionInWords()
    {
        final CliRun run = CliRun.of("analyze", "--config", CliRun.CONFIG, "--bars", "bars.csv", "--zone", "Mars/Base");

        assertRefused(run, "--zone", "'Mars/Base' is not a time zone; use e.g. UTC");
    }

    @Test
    void shouldNameABadThreadingOptionInWords()
    {
        final CliRun run = CliRun.of("replay", "--config", CliRun.CONFIG, "--journal", dir.toString(), "--threading", "fast");

        assertRefused(run, "--threading", "'fast' is not one of: dedicated, shared");
    }

    @Test
    void shouldNameABadWholeNumberOptionInWords()
    {
        final CliRun notNumber = CliRun.of("tail", "--config", CliRun.CONFIG, "--journal", dir.toString(), "-n", "abc");
        assertRefused(notNumber, "--lines", "'abc' is not a whole number");
        assertThat(notNumber.err()).doesNotContain("is not an int");

        final CliRun tooLarge = CliRun.of("tail", "--config", CliRun.CONFIG, "--journal", dir.toString(), "-n", "99999999999");
        assertRefused(tooLarge, "--lines", "'99999999999' is out of range: a whole number from -2147483648 to 2147483647");
    }

    @Test
    void shouldNameABadDurationOption()
    {
        final CliRun run = CliRun.of("analyze", "--config", CliRun.CONFIG, "--bars", dir.resolve("none.csv").toString(),
            "--symbol", "BTCUSD", "--timeframe", "soon");

        assertRefused(run, "--timeframe: 'soon' is not a duration");
    }

    @Test
    void shouldNameTheKeyAndLineOfBadConfigValuesWithoutJavaNames() throws IOException
    {
        assertConfigRefused(INSTRUMENTS + "risk:\n  initialCash: 5000\n  maxPositions: x\n",
            "line 5: risk.maxPositions: 'x' is not a whole number");
        assertConfigRefused(INSTRUMENTS + "risk:\n  drawdown:\n    alertPct: .inf\n",
            "line 5: risk.drawdown.alertPct: '.inf' is not a finite number");
        assertConfigRefused(INSTRUMENTS + "pipeline:\n  ringSize: 8\n  ringSize: 16\n",
            "line 5: pipeline.ringSize: the key is given twice (lines 4 and 5)");
        assertConfigRefused(INSTRUMENTS + "pipeline:\n  ringSize: 1073741824\n",
            "line 4: pipeline.ringSize: 1073741824 is out of range: a power of two from 2 to 1048576");
        assertConfigRefused(INSTRUMENTS + "candles:\n  timeframes: []\n", "line 4: candles.timeframes: the list is empty");
        assertConfigRefused(INSTRUMENTS + "display:\n  timeZone: Mars/Base\n",
            "line 4: display.timeZone: 'Mars/Base' is not a time zone");
    }

    @Test
    void shouldRefuseABinaryConfigFile() throws IOException
    {
        final Path config = dir.resolve("binary.yaml");
        Files.write(config, new byte[] {0x50, 0x4B, 0x03, 0x04, (byte) 0xFF, (byte) 0xFE, 0x00, 0x01});

        final CliRun run = CliRun.of("tail", "--config", config.toString(), "--journal", dir.toString());

        assertRefused(run, config + " line 1: not a text file");
    }

    private void assertConfigRefused(final String yaml, final String expected) throws IOException
    {
        final Path config = Files.writeString(dir.resolve("bad.yaml"), yaml, StandardCharsets.UTF_8);

        final CliRun run = CliRun.of("tail", "--config", config.toString(), "--journal", dir.toString());

        assertRefused(run, config + " " + expected);
    }

    private static void assertRefused(final CliRun run, final String... expected)
    {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).as(run.toString()).contains(expected)
            .doesNotContain("java.", "com.fasterxml", "io.pldot", "Exception", "\tat ");
        assertThat(run.out()).as(run.toString()).isEmpty();
    }
}
