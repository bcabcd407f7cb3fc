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
}
