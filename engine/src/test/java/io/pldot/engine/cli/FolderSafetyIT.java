package io.pldot.engine.cli;

import io.pldot.engine.TestEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static io.pldot.engine.cli.CliRun.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands that delete and recreate a folder leave a folder they did not create alone (exit 2, the user's files
 * intact), and paths and counts that cannot work are refused before any work, with the reason.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class FolderSafetyIT
{
    private static final String PRECIOUS = "three years of work";

    @TempDir
    static Path dir;

    private static Path journal;

    @BeforeAll
    static void importTheBundledTrades()
    {
        journal = dir.resolve("journal");
        TestEngine.bitstampJournal(journal, TestEngine.shippedConfig());
    }

    @Test
    void shouldRefuseADemoJournalFolderHoldingUserFiles() throws IOException
    {
        final Path mine = precious(dir.resolve("papers"));

        final CliRun demo = CliRun.of("demo", "--config", CONFIG, "--demo-journal", mine.toString());

        assertThat(demo.exitCode()).as(demo.toString()).isEqualTo(2);
        assertThat(demo.err()).contains("--demo-journal " + mine, "no .pldot-journal in it", "thesis.txt",
            "choose a new or empty folder");
        assertThat(mine.resolve("thesis.txt")).hasContent(PRECIOUS);
        assertThat(demo.out()).doesNotContain("1. Import");
    }

    @Test
    void shouldRefuseADemoReportFolderHoldingUserFilesBeforeImporting() throws IOException
    {
        final Path mine = precious(dir.resolve("my-reports"));
        final Path demoJournal = dir.resolve("demo-journal-1");

        final CliRun demo = CliRun.of("demo", "--config", CONFIG, "--demo-journal", demoJournal.toString(),
            "--demo-report", mine.toString());

        assertThat(demo.exitCode()).as(demo.toString()).isEqualTo(2);
        assertThat(demo.err()).contains("--demo-report " + mine, "no .pldot-report in it");
        assertThat(mine.resolve("thesis.txt")).hasContent(PRECIOUS);
        assertThat(demoJournal).as("refused before any work").doesNotExist();
    }

    @Test
    void shouldRefuseAReplayOutFolderWhoseOutputsHoldUserFiles() throws IOException
    {
        final Path out = dir.resolve("replay-out");
        precious(out.resolve("outputs"));

        final CliRun replay = CliRun.of("replay", "--config", CONFIG, "--journal", journal.toString(), "--out",
            out.toString(), "-q");

        assertThat(replay.exitCode()).as(replay.toString()).isEqualTo(2);
        assertThat(replay.err()).contains("--out " + out, out.resolve("outputs").toString(),
            "not journal queue files", "choose another folder");
        assertThat(out.resolve("outputs").resolve("thesis.txt")).hasContent(PRECIOUS);
    }

    @Test
    void shouldRefuseABacktestOutFolderWhoseOutputsHoldUserFiles() throws IOException
    {
        final Path out = dir.resolve("backtest-out");
        precious(out.resolve("outputs"));

        final CliRun backtest = CliRun.of("backtest", "--config", CONFIG, "--journal", journal.toString(), "--out",
            out.toString(), "-q");

        assertThat(backtest.exitCode()).as(backtest.toString()).isEqualTo(2);
        assertThat(backtest.out()).isEmpty();
        assertThat(out.resolve("outputs").resolve("thesis.txt")).hasContent(PRECIOUS);
    }

    @Test
    void shouldRefuseASweepWorkFolderHoldingUserFiles() throws IOException
    {
        final Path work = precious(journal.resolve("sweep"));
        try
        {
            final CliRun sweep = CliRun.of("sweep", "--config", CONFIG, "--journal", journal.toString(), "--strategy",
                "ema-cross", "--grid", "fast=5", "--grid", "slow=21", "-q");

            assertThat(sweep.exitCode()).as(sweep.toString()).isEqualTo(2);
            assertThat(sweep.err()).contains(work.toString(), "no .pldot-sweep in it");
            assertThat(work.resolve("thesis.txt")).hasContent(PRECIOUS);
        }
        finally
        {
            Files.delete(work.resolve("thesis.txt"));
            Files.delete(work);
        }
    }

    @Test
    void shouldRefuseAReportPathThatIsAFileBeforeRunning() throws IOException
    {
        final Path file = Files.writeString(dir.resolve("report.html"), "<p>mine</p>");

        final CliRun backtest = CliRun.of("backtest", "--config", CONFIG, "--journal", journal.toString(), "--report",
            file.toString(), "-q");

        assertThat(backtest.exitCode()).as(backtest.toString()).isEqualTo(2);
        assertThat(backtest.err()).contains("--report " + file + " is a file; give a folder");
        assertThat(backtest.out()).as("nothing ran").isEmpty();
        assertThat(file).hasContent("<p>mine</p>");

        final CliRun under = CliRun.of("backtest", "--config", CONFIG, "--journal", journal.toString(), "--report",
            file.resolve("r").toString(), "-q");
        assertThat(under.exitCode()).as(under.toString()).isEqualTo(2);
        assertThat(under.err()).contains("cannot create it, " + file + " is a file, not a folder");
        assertThat(under.out()).isEmpty();
    }

    @Test
    void shouldRefuseANegativeTailCount()
    {
        final CliRun tail = CliRun.of("tail", "--config", CONFIG, "--journal", journal.toString(), "-n", "-3");

        assertThat(tail.exitCode()).as(tail.toString()).isEqualTo(2);
        assertThat(tail.err()).contains("-n must be 0 or more", "was -3");
        assertThat(tail.out()).isEmpty();
    }

    private static Path precious(final Path folder) throws IOException
    {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("thesis.txt"), PRECIOUS);
        return folder;
    }
}
