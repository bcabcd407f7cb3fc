package io.pldot.engine.app;

import io.pldot.journal.chronicle.JournalDirectory;
import io.pldot.journal.JournalLock;
import io.pldot.journal.OwnedFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Where one replay's outputs go, and how they get there only once complete.
 * <p>
 * The target journal is chosen by the rule of {@link ReplayRunner} ({@link #of}). The pipeline journals into a
 * temporary sibling of the final output queue, {@code TARGET/.outputs.tmp-PID-N}; {@link #commit()} then replaces
 * {@code TARGET/outputs} with it in one atomic rename. A replay killed half way (kill -9, power loss) so leaves no
 * partial {@code outputs} that a later replay would take as its reference and fail to reproduce: it leaves a
 * temporary folder, which {@link #begin} removes (and says so) once the process that wrote it is gone.
 * <p>
 * Every decision about the target directory is made here, including its ownership: from {@link #begin} to
 * {@link #release()} the replay is the target's one writer ({@link JournalLock}), so a second replay into the same
 * target, an import or the live engine writing there is refused. One instance per replay; not thread-safe.
 */
final class ReplayTarget
{
    /** Prefix of the temporary output folders, followed by the writer's process id, a dash and a counter. */
    static final String TEMP_PREFIX = ".outputs.tmp-";

    private static final AtomicLong COUNTER = new AtomicLong();

    private final JournalDirectory directory;
    private final String option;
    private final Path temp;
    /** Ownership of the target directory, between {@link #begin} and {@link #release()}. */
    private JournalLock lock;

    private ReplayTarget(final JournalDirectory directory, final String option)
    {
        this.directory = directory;
        this.option = option;
        this.temp = directory.root().resolve(TEMP_PREFIX + ProcessHandle.current().pid() + "-" +
            COUNTER.incrementAndGet());
    }

    /**
     * @param journal   being replayed.
     * @param outputDir explicit target journal directory, or null: {@code JOURNAL/outputs} when the journal has no
     *                  outputs yet, else {@code JOURNAL/replay/outputs}.
     * @return the target.
     */
    static ReplayTarget of(final JournalDirectory journal, final Path outputDir)
    {
        if (outputDir != null)
        {
            return new ReplayTarget(new JournalDirectory(outputDir), "--out " + outputDir);
        }
        if (journal.hasOutputs())
        {
            return new ReplayTarget(new JournalDirectory(journal.root().resolve(ReplayRunner.REPLAY_FOLDER)),
                "the journal's replay folder");
        }
        return new ReplayTarget(journal, "the journal");
    }

    /**
     * @return the journal directory whose {@code outputs} this replay replaces.
     */
    JournalDirectory directory()
    {
        return directory;
    }

    /**
     * @return the final output queue folder (holding the outputs once {@link #commit()} returned).
     */
    Path outputsPath()
    {
        return directory.outputsPath();
    }

    /**
     * @return the temporary queue folder the pipeline writes to.
     */
    Path writingPath()
    {
        return temp;
    }

    /**
     * Before the run: refuses an output folder that is not ours to replace (before any work is done), creates the
     * target directory (marked as a journal of ours when it is new) and removes temporary folders left by replays
     * that were killed.
     *
     * @param notices told, in one sentence each, what was cleaned up.
     * @throws IllegalArgumentException when {@code TARGET/outputs} holds anything but queue files.
     */
    void begin(final Consumer<String> notices)
    {
        directory.requireOutputsDeletable(option);
        // Owned from here to release(): the clean-up below and the replacement of outputs assume no other writer.
        lock = directory.lock("replay");
        try
        {
            for (final Path stale : staleTemporaries(directory.root()))
            {
                JournalDirectory.deleteRecursively(stale);
                notices.accept("removed " + stale + ", the unfinished outputs of a replay that was stopped before " +
                    "it completed");
            }
            OwnedFolder.JOURNAL.claim(directory.root());
        }
        catch (final RuntimeException ex)
        {
            release();
            throw ex;
        }
    }

    /**
     * After {@link #commit()} or {@link #abandon()}: gives up ownership of the target directory.
     */
    void release()
    {
        if (lock != null)
        {
            lock.close();
            lock = null;
        }
    }

    /**
     * After a complete run (the pipeline closed): replaces {@code TARGET/outputs} with the temporary folder in one
     * atomic rename.
     *
     * @throws UncheckedIOException when the folder cannot be moved (the temporary folder is then removed).
     */
    void commit()
    {
        directory.deleteOutputs();
        try
        {
            // A run without any output may not have created its queue folder.
            Files.createDirectories(temp);
            Files.move(temp, directory.outputsPath(), StandardCopyOption.ATOMIC_MOVE);
        }
        catch (final AtomicMoveNotSupportedException ex)
        {
            abandon();
            throw new UncheckedIOException("cannot rename " + temp + " to " + directory.outputsPath() +
                " in one step on this file system", ex);
        }
        catch (final IOException ex)
        {
            abandon();
            throw new UncheckedIOException("cannot move the outputs " + temp + " to " + directory.outputsPath() +
                ": " + ex.getMessage(), ex);
        }
    }

    /**
     * After a failed run: removes the temporary folder, leaving {@code TARGET/outputs} as it was.
     */
    void abandon()
    {
        JournalDirectory.deleteRecursively(temp);
    }

    /** Temporary output folders under {@code root} whose writing process is no longer running. */
    private static List<Path> staleTemporaries(final Path root)
    {
        if (!Files.isDirectory(root))
        {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root))
        {
            return entries.filter(p -> Files.isDirectory(p) && isStale(p.getFileName().toString())).sorted().toList();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot list " + root + ": " + ex.getMessage(), ex);
        }
    }

    private static boolean isStale(final String name)
    {
        if (!name.startsWith(TEMP_PREFIX))
        {
            return false;
        }
        final String rest = name.substring(TEMP_PREFIX.length());
        final int dash = rest.indexOf('-');
        final String pidText = dash < 0 ? rest : rest.substring(0, dash);
        try
        {
            final long pid = Long.parseLong(pidText);
            // A temporary of this process, or of a live one (another replay of the same target), is in use.
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
        }
        catch (final NumberFormatException ex)
        {
            return false;
        }
    }
}
