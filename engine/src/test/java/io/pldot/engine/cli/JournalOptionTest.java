package io.pldot.engine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --journal} given something that is not a journal: refused with exit 2, naming the path and
 * what a journal is, before Chronicle Queue opens it (which threw its own stack trace). A real
 * journal is still accepted.
 */
class JournalOptionTest
{
    @TempDir
    Path dir;

    private Path trades() throws IOException
    {
        return Files.writeString(dir.resolve("trades.csv"),
            "timestamp,price,amount\n1385337600,800.00,0.5\n1385337601,801.00,0.25\n", StandardCharsets.UTF_8);
    }

    @Test
    void shouldRefuseARegularFileAsJournal() throws IOException
    {
        final Path file = Files.writeString(dir.resolve("notes.txt"), "not a journal\n", StandardCharsets.UTF_8);

        for (final String command : new String[] {"import", "tail", "replay"})
        {
            final CliRun run = command.equals("import") ?
                CliRun.of("import", trades().toString(), "--config", CliRun.CONFIG, "--journal", file.toString()) :
                CliRun.of(command, "--config", CliRun.CONFIG, "--journal", file.toString());

            assertRefused(run, "--journal " + file + ": is a file, not a journal directory");
        }
        assertThat(Files.readString(file)).isEqualTo("not a journal\n");
    }

    @Test
    void shouldRefuseADirectoryWhoseQueuesAreNotChronicleQueues() throws IOException
    {
        final Path junkMetadata = Files.createDirectories(dir.resolve("junk/inputs"));
        Files.writeString(junkMetadata.resolve("metadata.cq4t"), "junk\n", StandardCharsets.UTF_8);
        assertRefused(CliRun.of("import", trades().toString(), "--config", CliRun.CONFIG,
            "--journal", dir.resolve("junk").toString()),
            "--journal " + dir.resolve("junk") + ": not a journal (" + junkMetadata.resolve("metadata.cq4t") +
                " is not a Chronicle Queue file)");

        final Path queueIsFile = Files.createDirectories(dir.resolve("flat"));
        Files.writeString(queueIsFile.resolve("outputs"), "x", StandardCharsets.UTF_8);
        assertRefused(CliRun.of("tail", "--config", CliRun.CONFIG, "--journal", queueIsFile.toString()),
            "not a journal (" + queueIsFile.resolve("outputs") + " is a file, not a queue directory)");

        final Path randomRoll = Files.createDirectories(dir.resolve("random/inputs"));
        Files.write(randomRoll.resolve("20240101.cq4"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13});
        assertRefused(CliRun.of("replay", "--config", CliRun.CONFIG, "--journal", dir.resolve("random").toString()),
            "is not a Chronicle Queue file");
    }

    @Test
    void shouldAcceptANewDirectoryAndThenTheJournalImportWroteThere() throws IOException
    {
        final Path journal = dir.resolve("journal");

        final CliRun first = CliRun.of("import", trades().toString(), "--config", CliRun.CONFIG,
            "--journal", journal.toString());
        final CliRun tail = CliRun.of("tail", "--config", CliRun.CONFIG, "--journal", journal.toString(), "--json");

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(tail.exitCode()).as(tail.toString()).isZero();
        assertThat(tail.jsonLines()).hasSize(2);
    }

    private static void assertRefused(final CliRun run, final String expected)
    {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).as(run.toString()).contains(expected)
            .doesNotContain("net.openhft", "Exception", "\tat ");
    }
}
