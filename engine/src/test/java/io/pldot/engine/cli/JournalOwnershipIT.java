package io.pldot.engine.cli;

import io.pldot.journal.ChildJvm;
import io.pldot.engine.TestEngine;
import io.pldot.journal.chronicle.JournalDirectory;
import io.pldot.journal.JournalLock;
import io.pldot.journal.JournalReader;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.pldot.engine.cli.CliRun.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One writer per journal, end to end: an import refused while another writer owns the journal, and two imports of
 * the bundled trades started at once into one journal leaving it intact (each trade once, sequences 0..n-1).
 */
class JournalOwnershipIT
{
    @TempDir
    Path dir;

    @Test
    void shouldRefuseAnImportWhileAnotherWriterOwnsTheJournalNamingItsPid()
    {
        final Path journal = dir.resolve("journal");
        final CliRun refused;
        try (JournalLock ignored = JournalLock.acquire(journal, "live engine"))
        {
            refused = CliRun.of("import", "bundled:bitstamp", "--config", CONFIG, "--journal", journal.toString());
        }

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(EngineCommand.EXIT_JOURNAL_LOCKED);
        assertThat(refused.err()).contains("is in use by this process (pid " + ProcessHandle.current().pid())
            .contains("live engine");
        assertThat(new JournalDirectory(journal).hasInputs()).as("nothing written").isFalse();

        // Released: the same import now runs.
        final CliRun accepted = CliRun.of("import", "bundled:bitstamp", "--config", CONFIG, "--journal",
            journal.toString(), "--json");
        assertThat(accepted.exitCode()).as(accepted.toString()).isZero();
        assertThat(accepted.json().get("accepted").asLong()).isEqualTo(TestEngine.BITSTAMP_TRADES);
    }

    @Test
    void shouldRefuseAReplayIntoAJournalAnotherWriterOwnsButReplayElsewhereFromIt()
    {
        final Path journal = dir.resolve("owned");
        final CliRun imported = CliRun.of("import", "bundled:bitstamp", "--config", CONFIG, "--journal",
            journal.toString());
        assertThat(imported.exitCode()).as(imported.toString()).isZero();

        final CliRun refused;
        final CliRun elsewhere;
        try (JournalLock ignored = JournalLock.acquire(journal, "live engine"))
        {
            refused = CliRun.of("replay", "--config", CONFIG, "--journal", journal.toString(), "-q");
            // Reading the owned journal is fine: this replay writes (and owns) another directory.
            elsewhere = CliRun.of("replay", "--config", CONFIG, "--journal", journal.toString(), "--out",
                dir.resolve("elsewhere").toString(), "-q", "--json");
        }

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(EngineCommand.EXIT_JOURNAL_LOCKED);
        assertThat(refused.err()).contains("pid " + ProcessHandle.current().pid()).contains("live engine");
        assertThat(new JournalDirectory(journal).hasOutputs()).as("nothing written").isFalse();
        assertThat(elsewhere.exitCode()).as(elsewhere.toString()).isZero();
        assertThat(elsewhere.json().get("inputs").asLong()).isEqualTo(TestEngine.BITSTAMP_TRADES);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void shouldKeepTheJournalIntactWhenTwoImportsStartAtOnce() throws Exception
    {
        final Path journal = dir.resolve("shared");
        final Process first = startImport(journal, "first");
        final Process second = startImport(journal, "second");
        assertThat(first.waitFor(4, TimeUnit.MINUTES)).isTrue();
        assertThat(second.waitFor(4, TimeUnit.MINUTES)).isTrue();
        final String firstErr = Files.readString(dir.resolve("first.err"), StandardCharsets.UTF_8);
        final String secondErr = Files.readString(dir.resolve("second.err"), StandardCharsets.UTF_8);

        // Either they overlapped (one refused, naming the other) or ran one after the other (the later one
        // finds every trade already there): never both appending.
        final List<Integer> codes = List.of(first.exitValue(), second.exitValue());
        assertThat(codes).as("exit codes; stderr: %s | %s", firstErr, secondErr)
            .containsAnyOf(0).allMatch(c -> c == 0 || c == EngineCommand.EXIT_JOURNAL_LOCKED);
        if (first.exitValue() == EngineCommand.EXIT_JOURNAL_LOCKED)
        {
            assertThat(firstErr).contains("pid " + second.pid());
        }
        if (second.exitValue() == EngineCommand.EXIT_JOURNAL_LOCKED)
        {
            assertThat(secondErr).contains("pid " + first.pid());
        }

        long records = 0;
        final BitSet sequences = new BitSet();
        try (JournalReader reader = new JournalDirectory(journal).openInputReader())
        {
            while (reader.next() > 0)
            {
                final long sequence = RecordHeaderDescriptor.sequence(reader.buffer(), 0);
                assertThat(sequences.get((int)sequence)).as("sequence %d reused", sequence).isFalse();
                sequences.set((int)sequence);
                records++;
            }
        }
        assertThat(records).isEqualTo(TestEngine.BITSTAMP_TRADES);
        assertThat(sequences.cardinality()).isEqualTo((int)TestEngine.BITSTAMP_TRADES);
        assertThat(sequences.nextClearBit(0)).isEqualTo((int)TestEngine.BITSTAMP_TRADES);
    }

    private Process startImport(final Path journal, final String name) throws Exception
    {
        final List<String> command = ChildJvm.command(EngineCommand.class, "import", "bundled:bitstamp", "--config",
            CONFIG, "--journal", journal.toString());
        return new ProcessBuilder(command).redirectOutput(dir.resolve(name + ".out").toFile())
            .redirectError(dir.resolve(name + ".err").toFile()).start();
    }
}
