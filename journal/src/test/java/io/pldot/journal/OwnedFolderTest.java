package io.pldot.journal;

import io.pldot.journal.chronicle.JournalDirectory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OwnedFolderTest
{
    @TempDir
    Path temp;

    @Test
    void shouldMarkANewFolderAndDeleteItLater() throws Exception
    {
        final Path dir = temp.resolve("new");

        assertThat(OwnedFolder.JOURNAL.claim(dir)).isTrue();
        Files.createDirectories(dir.resolve("inputs"));
        Files.writeString(dir.resolve("inputs").resolve("notes-of-ours.txt"), "anything, once the folder is ours");
        OwnedFolder.JOURNAL.delete(dir, "--demo-journal");

        assertThat(dir).doesNotExist();
    }

    @Test
    void shouldRefuseToDeleteAFolderHoldingUserFilesAndKeepThem() throws Exception
    {
        final Path dir = Files.createDirectories(temp.resolve("papers"));
        Files.writeString(dir.resolve("thesis.txt"), "three years of work");
        Files.createDirectories(dir.resolve("inputs"));

        assertThat(OwnedFolder.JOURNAL.claim(dir)).as("a folder holding other things is not taken over").isFalse();
        assertThat(dir.resolve(".pldot-journal")).doesNotExist();
        assertThatThrownBy(() -> OwnedFolder.JOURNAL.delete(dir, "--demo-journal"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("--demo-journal " + dir + " is not empty and is not a journal the engine created (no "
                + ".pldot-journal in it; it holds inputs, thesis.txt): the engine deletes and recreates this folder, "
                + "so it leaves it alone; choose a new or empty folder, or delete this one yourself");
        assertThat(dir.resolve("thesis.txt")).hasContent("three years of work");
    }

    @Test
    void shouldTakeAJournalOfAnOlderVersionAsOurs() throws Exception
    {
        final Path dir = temp.resolve("old-demo-journal");
        queue(dir.resolve("inputs"));
        queue(dir.resolve("outputs"));
        queue(dir.resolve("backtest").resolve("outputs"));
        queue(dir.resolve("replay").resolve("outputs"));
        queue(dir.resolve("sweep").resolve("run-1").resolve("outputs"));

        assertThat(OwnedFolder.JOURNAL.isOurs(dir)).isTrue();
        OwnedFolder.JOURNAL.delete(dir, "--demo-journal");

        assertThat(dir).doesNotExist();
    }

    @Test
    void shouldMarkAJournalWhoseWriterTookItsLockBeforeCreatingAQueue()
    {
        final Path dir = temp.resolve("new-journal");
        try (JournalLock ignored = JournalLock.acquire(dir, "import"))
        {
            assertThat(OwnedFolder.JOURNAL.claim(dir)).as("a folder holding only our lock file is a new journal")
                .isTrue();
        }
        assertThat(OwnedFolder.JOURNAL.isOurs(dir)).isTrue();
    }

    @Test
    void shouldNotTakeAQueueFolderHoldingAUserFileAsOurs() throws Exception
    {
        final Path dir = temp.resolve("journal");
        queue(dir.resolve("inputs"));
        Files.writeString(dir.resolve("inputs").resolve("readme.md"), "mine");

        assertThat(OwnedFolder.JOURNAL.isOurs(dir)).isFalse();
        assertThatThrownBy(() -> OwnedFolder.JOURNAL.delete(dir, "--demo-journal"))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(dir.resolve("inputs").resolve("readme.md")).exists();
    }

    @Test
    void shouldDeleteMissingAndEmptyFoldersAndRefuseAFile() throws Exception
    {
        OwnedFolder.JOURNAL.delete(temp.resolve("missing"), "--demo-journal");
        final Path empty = Files.createDirectories(temp.resolve("empty"));
        OwnedFolder.JOURNAL.delete(empty, "--demo-journal");
        assertThat(empty).doesNotExist();

        final Path file = Files.writeString(temp.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> OwnedFolder.JOURNAL.delete(file, "--demo-journal"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(file + " is a file, not a folder");
        assertThat(file).hasContent("mine");
    }

    @Test
    void shouldMarkTheJournalItCreatesOnImportButNotAFolderOfTheUser() throws Exception
    {
        final JournalDirectory fresh = new JournalDirectory(temp.resolve("fresh"));
        fresh.openInputAppender().close();
        assertThat(fresh.root().resolve(".pldot-journal")).exists();

        final Path home = Files.createDirectories(temp.resolve("home"));
        Files.writeString(home.resolve("trades.csv"), "timestamp,price,amount\n");
        new JournalDirectory(home).openInputAppender().close();
        assertThat(home.resolve(".pldot-journal")).doesNotExist();
        assertThat(OwnedFolder.JOURNAL.isOurs(home)).isFalse();
    }

    private static void queue(final Path dir) throws Exception
    {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("20240101F.cq4"), "q");
        Files.writeString(dir.resolve("metadata.cq4t"), "m");
    }
}
