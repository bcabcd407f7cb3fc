package io.pldot.engine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.pldot.journal.ChildJvm;
import io.pldot.engine.TestEngine;
import io.pldot.journal.JournalLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.pldot.engine.cli.CliRun.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replay killed with SIGKILL half way through its first run leaves no false reference: the next replay writes
 * the journal's outputs as if the killed one had never run, and the one after reproduces them.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ReplayKilledIT
{
    @TempDir
    Path dir;

    @Test
    void shouldIgnoreTheOutputsOfAReplayKilledHalfWay() throws Exception
    {
        final Path journal = dir.resolve("journal");
        TestEngine.bitstampJournal(journal, TestEngine.shippedConfig());

        final Process child = startReplay(journal);
        try
        {
            waitForAQueueFileBeingWritten(journal, child);
            assertThat(child.isAlive()).as("the child replay was still running when killed").isTrue();
        }
        finally
        {
            child.destroyForcibly();
            child.waitFor(60, TimeUnit.SECONDS);
        }
        assertThat(child.exitValue()).as("killed, not finished").isNotZero();

        final CliRun next = CliRun.of("replay", "--config", CONFIG, "--journal", journal.toString(), "--json");
        assertThat(next.exitCode()).as(next.toString()).isZero();
        assertThat(next.json().has("reproduced")).as("no reference: the killed run left none").isFalse();
        assertThat(next.json().get("inputs").asLong()).isEqualTo(TestEngine.BITSTAMP_TRADES);
        assertThat(next.err()).contains("note: removed " + journal.resolve(".outputs.tmp-" + child.pid()),
            "the unfinished outputs of a replay that was stopped before it completed");
        try (Stream<Path> entries = Files.list(journal))
        {
            assertThat(entries.map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("inputs", "outputs", ".pldot-journal", JournalLock.FILE_NAME);
        }

        final CliRun again = CliRun.of("replay", "--config", CONFIG, "--journal", journal.toString(), "--json");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        final JsonNode result = again.json();
        assertThat(result.get("reproduced").asBoolean()).isTrue();
        assertThat(result.get("recordedOutputHash").asText()).isEqualTo(next.json().get("outputHash").asText());
    }

    private Process startReplay(final Path journal) throws IOException
    {
        final List<String> command = ChildJvm.command(EngineCommand.class, "replay", "--config", CONFIG, "--journal",
            journal.toString(), "-q");
        return new ProcessBuilder(command).redirectOutput(dir.resolve("child.out").toFile())
            .redirectError(dir.resolve("child.err").toFile()).start();
    }

    /** Returns once an output queue file exists in the journal, wherever this version writes it. */
    private static void waitForAQueueFileBeingWritten(final Path journal, final Process child) throws Exception
    {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && child.isAlive())
        {
            if (hasQueueFile(journal))
            {
                return;
            }
            Thread.sleep(2);
        }
        throw new AssertionError("no output queue file appeared in " + journal + " while the child replay ran");
    }

    private static boolean hasQueueFile(final Path journal) throws IOException
    {
        try (Stream<Path> entries = Files.list(journal))
        {
            for (final Path entry : entries.toList())
            {
                final String name = entry.getFileName().toString();
                if (Files.isDirectory(entry) && !name.equals("inputs"))
                {
                    try (Stream<Path> files = Files.list(entry))
                    {
                        if (files.anyMatch(f -> f.getFileName().toString().endsWith(".cq4")))
                        {
                            return true;
                        }
                    }
                }
            }
        }
        catch (final java.nio.file.NoSuchFileException ex)
        {
            // A folder appeared and went between the listing and the look inside.
        }
        return false;
    }
}
