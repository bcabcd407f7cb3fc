package io.pldot.engine.cli;

import io.pldot.journal.chronicle.JournalDirectory;
import io.pldot.journal.TornTail;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static io.pldot.engine.cli.CliRun.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A journal of the bundled trades whose queue file was cut short (as an interrupted copy leaves it): every command
 * that reads it reports the torn tail instead of replaying a zeroed record, and nothing is written from it.
 */
class TornJournalIT
{
    /** Where the file is cut: inside the records, well before their end (about 4.5 MB). */
    private static final long CUT_AT = 3_000_001;

    @TempDir
    static Path dir;
    static Path journal;

    @BeforeAll
    static void importTheBundledTradesThenCutTheQueueFile() throws IOException
    {
        journal = dir.resolve("journal");
        final CliRun imported = CliRun.of("import", "bundled:bitstamp", "--config", CONFIG, "--journal",
            journal.toString());
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        final Path file;
        try (Stream<Path> files = Files.list(journal.resolve("inputs")))
        {
            file = files.filter(p -> p.toString().endsWith(".cq4")).findFirst().orElseThrow();
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw"))
        {
            raf.setLength(CUT_AT);
        }
    }

    @Test
    void shouldRefuseToReplayATornJournalSayingWhereAndHowMuch()
    {
        final CliRun replay = CliRun.of("replay", "--config", CONFIG, "--journal", journal.toString());

        assertThat(replay.exitCode()).as(replay.toString()).isEqualTo(1);
        final TornTail torn = new JournalDirectory(journal).tornInputs();
        assertThat(torn).isNotNull();
        assertThat(torn.suspectPosition()).isLessThan(CUT_AT);
        assertThat(replay.err()).contains("is torn at byte " + String.format("%,d", torn.suspectPosition()))
            .contains(String.format("only %,d are readable", torn.readableExcerpts()))
            .contains("--torn-tail skip");
        assertThat(new JournalDirectory(journal).hasOutputs()).as("no outputs from a torn journal").isFalse();
    }

    @Test
    void shouldRefuseToBacktestOrTailATornJournal()
    {
        final CliRun backtest = CliRun.of("backtest", "--config", CONFIG, "--journal", journal.toString(),
            "--strategy", "ema-cross");
        final CliRun tail = CliRun.of("tail", "--config", CONFIG, "--journal", journal.toString(), "-n", "3");

        assertThat(backtest.exitCode()).as(backtest.toString()).isEqualTo(1);
        assertThat(backtest.err()).contains("is torn at byte");
        assertThat(tail.exitCode()).as(tail.toString()).isEqualTo(1);
        assertThat(tail.err()).contains("is torn at byte");
        assertThat(tail.out()).doesNotContain("UNKNOWN").doesNotContain("1970-01-01");
    }

    @Test
    void shouldRefuseToAppendToATornJournal()
    {
        final CliRun imported = CliRun.of("import", "bundled:bitstamp", "--config", CONFIG, "--journal",
            journal.toString());

        assertThat(imported.exitCode()).as(imported.toString()).isEqualTo(1);
        assertThat(imported.err()).contains("is torn at byte").contains("into a new journal");
    }

    @Test
    void shouldReplayTheRecordsBeforeTheTornOneWhenAskedToSkipIt()
    {
        final TornTail torn = new JournalDirectory(journal).tornInputs();
        final Path out = dir.resolve("skip-replay");

        final CliRun replay = CliRun.of("replay", "--config", CONFIG, "--journal", journal.toString(),
            "--torn-tail", "skip", "--out", out.toString(), "--json");

        assertThat(replay.exitCode()).as(replay.toString()).isZero();
        assertThat(replay.json().get("inputs").asLong()).isEqualTo(torn.readableExcerpts() - 1);
        assertThat(replay.err()).contains("warning: --torn-tail skip: the inputs queue")
            .contains(String.format("using the %,d entries before it", torn.readableExcerpts() - 1));
    }

    @Test
    void shouldTailUpToTheRecordBeforeTheTornOneWhenAskedToSkipIt()
    {
        final TornTail torn = new JournalDirectory(journal).tornInputs();

        final CliRun tail = CliRun.of("tail", "--config", CONFIG, "--journal", journal.toString(),
            "--torn-tail", "skip", "--stream", "inputs", "-n", "1", "--json");

        assertThat(tail.exitCode()).as(tail.toString()).isZero();
        assertThat(tail.jsonLines()).hasSize(1);
        assertThat(tail.jsonLines().get(0).get("sequence").asLong()).isEqualTo(torn.suspectSequence() - 1);
    }

    @Test
    void shouldRefuseAnUnknownTornTailPolicy()
    {
        final CliRun replay = CliRun.of("replay", "--config", CONFIG, "--journal", journal.toString(),
            "--torn-tail", "ignore");

        assertThat(replay.exitCode()).as(replay.toString()).isEqualTo(2);
        assertThat(replay.err()).contains("--torn-tail must be stop or skip, was 'ignore'");
    }
}
