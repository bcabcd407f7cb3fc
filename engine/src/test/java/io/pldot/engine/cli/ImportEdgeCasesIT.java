package io.pldot.engine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.pldot.engine.cli.CliRun.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import command on the inputs an adversarial user tries: a rejects file that is an input, a corrupt
 * far-future time.
 */
class ImportEdgeCasesIT
{
    private static final String ROWS = "timestamp,price,amount\n1385913600,900.5,0.25\n1385913610,901,-1\n";

    @TempDir
    Path dir;

    @Test
    void shouldRefuseARejectsFileThatIsAnInputAndLeaveTheInputWhole() throws Exception
    {
        final Path input = Files.writeString(dir.resolve("in.csv"), ROWS, StandardCharsets.UTF_8);
        final Path link = Files.createLink(dir.resolve("same-inode.csv"), input);

        final CliRun samePath = CliRun.of("import", input.toString(), "--rejects",
            dir.resolve(".").resolve("in.csv").toString(), "--config", CONFIG, "--journal", dir.resolve("j").toString());
        final CliRun sameFile = CliRun.of("import", input.toString(), "--rejects", link.toString(), "--config", CONFIG,
            "--journal", dir.resolve("j").toString());

        assertThat(samePath.exitCode()).as(samePath.toString()).isEqualTo(2);
        assertThat(samePath.err()).contains("is the input " + input).contains("would destroy it");
        assertThat(sameFile.exitCode()).as(sameFile.toString()).isEqualTo(2);
        assertThat(Files.readString(input, StandardCharsets.UTF_8)).isEqualTo(ROWS);
    }

    @Test
    void shouldNotCreateTheRejectsFileWhenAnInputIsMissing()
    {
        final Path rejects = dir.resolve("rejects.txt");

        final CliRun run = CliRun.of("import", dir.resolve("missing.csv").toString(), "--rejects", rejects.toString(),
            "--config", CONFIG, "--journal", dir.resolve("j").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(rejects).doesNotExist();
    }

    @Test
    void shouldWriteTheRejectsOfAGoodRun() throws Exception
    {
        final Path input = Files.writeString(dir.resolve("in.csv"), ROWS, StandardCharsets.UTF_8);
        final Path rejects = dir.resolve("rejects.txt");

        final CliRun run = CliRun.of("import", input.toString(), "--rejects", rejects.toString(), "--config", CONFIG,
            "--journal", dir.resolve("j").toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Files.readString(rejects, StandardCharsets.UTF_8)).contains("in.csv:3: NON_POSITIVE_QUANTITY");
    }

    @Test
    void shouldRefuseAFarFutureTimeWithItsOwnReason() throws Exception
    {
        final StringBuilder csv = new StringBuilder("timestamp,price,amount\n");
        for (int i = 0; i < 20; i++)
        {
            final long t = 1_385_913_600L + i * 10L + (i == 7 ? 19 * 3_600L : 0);
            csv.append(t).append(',').append(900 + i).append(",0.25\n");
        }
        final Path input = Files.writeString(dir.resolve("flip.csv"), csv, StandardCharsets.UTF_8);

        final CliRun run = CliRun.of("import", input.toString(), "--config", CONFIG, "--journal",
            dir.resolve("j").toString(), "--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.json().get("accepted").asLong()).isEqualTo(19);
        assertThat(run.json().get("rejectedByReason").get("FUTURE_JUMP").asLong()).isEqualTo(1);
        assertThat(run.json().get("rejectedByReason").get("TIME_BACKWARDS").asLong()).isZero();
    }

    @Test
    void shouldWarnOfAnEmptyInputAndFailWhenEveryInputIsEmpty() throws Exception
    {
        final Path empty = Files.writeString(dir.resolve("empty.csv"), "", StandardCharsets.UTF_8);
        final Path good = Files.writeString(dir.resolve("good.csv"), ROWS, StandardCharsets.UTF_8);

        final CliRun onlyEmpty = CliRun.of("import", empty.toString(), "--config", CONFIG, "--journal",
            dir.resolve("j").toString());
        final CliRun withGood = CliRun.of("import", empty.toString(), good.toString(), "--config", CONFIG,
            "--journal", dir.resolve("j").toString());

        assertThat(onlyEmpty.exitCode()).as(onlyEmpty.toString()).isEqualTo(1);
        assertThat(onlyEmpty.err()).contains("warning: " + empty + " holds no rows")
            .contains("nothing imported: the input holds no row");
        assertThat(withGood.exitCode()).as(withGood.toString()).isZero();
        assertThat(withGood.err()).contains("warning: " + empty + " holds no rows");
    }

    @Test
    void shouldShowTheBytesOfABinaryFileEscapedInItsError() throws Exception
    {
        final Path binary = Files.write(dir.resolve("trades.zip.csv"),
            new byte[] {0x50, 0x4b, 0x03, 0x04, 0x1b, '[', '2', 'J', 0x00, '\n'});

        final CliRun run = CliRun.of("import", binary.toString(), "--config", CONFIG, "--journal",
            dir.resolve("j").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("PK\\x03\\x04\\x1b[2J\\x00").doesNotContain("\u001b").doesNotContain("\u0000");
    }

    @Test
    void shouldRefuseAFileGivenAsTheJournalOfAnyCommand() throws Exception
    {
        final Path file = Files.writeString(dir.resolve("trades.csv"), ROWS, StandardCharsets.UTF_8);

        final String[][] commands = {{"import", "bundled:bitstamp"}, {"replay"}, {"tail", "--follow"}, {"backtest"}};
        for (final String[] words : commands)
        {
            final String command = String.join(" ", words);
            final java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(words));
            args.addAll(java.util.List.of("--config", CONFIG, "--journal", file.toString()));
            final CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(command + ": " + run).isEqualTo(2);
            assertThat(run.err()).as(command).contains("--journal " + file).contains("is a file, not a journal directory")
                .doesNotContain("Exception").doesNotContain("at net.openhft");
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(ROWS);
    }
}
