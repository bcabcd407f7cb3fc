package io.pldot.journal;

import io.pldot.journal.chronicle.JournalDirectory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalLockTest
{
    @TempDir
    Path temp;

    @Test
    void shouldRefuseASecondOwnerInTheSameProcessNamingItsPid()
    {
        final Path dir = temp.resolve("journal");
        try (JournalLock first = JournalLock.acquire(dir, "import"))
        {
            assertThatThrownBy(() -> JournalLock.acquire(dir, "replay"))
                .isInstanceOf(JournalLockedException.class)
                .hasMessageContaining("pid " + ProcessHandle.current().pid())
                .hasMessageContaining("import")
                .hasMessageContaining(dir.toString());
            assertThat(first.file()).isEqualTo(dir.resolve(JournalLock.FILE_NAME));
        }
        // Released: the next writer takes it, and the file (naming its last owner) stays.
        try (JournalLock second = JournalLock.acquire(dir, "replay"))
        {
            assertThat(second.file()).exists();
        }
        assertThat(dir.resolve(JournalLock.FILE_NAME)).exists();
    }

    @Test
    void shouldLockAJournalThatDoesNotExistYetByCreatingIt()
    {
        final Path dir = temp.resolve("a").resolve("b");
        try (JournalLock ignored = new JournalDirectory(dir).lock("import"))
        {
            assertThat(dir).isDirectory();
        }
    }

    @Test
    void shouldRefuseAFileWhereTheJournalDirectoryShouldBe() throws Exception
    {
        final Path file = Files.writeString(temp.resolve("not-a-dir"), "x");

        assertThatThrownBy(() -> JournalLock.acquire(file, "import"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("is a file, not a directory");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldRefuseWhileAnotherProcessOwnsTheJournalAndTakeOverOnceItIsKilled() throws Exception
    {
        final Path dir = temp.resolve("journal");
        final Process holder = startHolder(dir);
        try
        {
            assertThatThrownBy(() -> JournalLock.acquire(dir, "import"))
                .isInstanceOf(JournalLockedException.class)
                .hasMessageContaining("pid " + holder.pid())
                .hasMessageContaining("test holder");

            // kill -9: the kernel drops the lock; the file left behind names a dead owner and is taken over.
            holder.destroyForcibly();
            assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readString(dir.resolve(JournalLock.FILE_NAME))).contains("pid " + holder.pid());
            try (JournalLock lock = JournalLock.acquire(dir, "import"))
            {
                assertThat(Files.readString(lock.file(), StandardCharsets.UTF_8))
                    .startsWith("pid " + ProcessHandle.current().pid() + ", import, since ");
            }
        }
        finally
        {
            holder.destroyForcibly();
        }
    }

    /** Starts a child JVM that owns {@code dir}, and returns once it says so. */
    static Process startHolder(final Path dir) throws Exception
    {
        final List<String> command = ChildJvm.command(JournalLockHolderMain.class, dir.toString());
        final Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        final BufferedReader out = new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        final String line = out.readLine();
        assertThat(line).as("holder's first line").isEqualTo("locked " + process.pid());
        return process;
    }
}
