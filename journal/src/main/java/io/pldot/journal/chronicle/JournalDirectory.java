package io.pldot.journal.chronicle;

import io.pldot.journal.JournalAppender;
import io.pldot.journal.JournalLock;
import io.pldot.journal.JournalLockedException;
import io.pldot.journal.JournalReader;
import io.pldot.journal.OwnedFolder;
import io.pldot.journal.TornJournalException;
import io.pldot.journal.TornTail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The on-disk layout of one engine journal:
 * <pre>
 *   DIR/inputs/    Chronicle queue of inbound records (TradeTick, Timer, FeedStatus, ...)
 *   DIR/outputs/   Chronicle queue of outputs (CandleClosed, InputRejected, ...), each tagged with
 *                  the sequence of the input that caused it
 * </pre>
 * Both roll daily. Opening a queue for reading never creates it, and refuses a queue whose tail is torn
 * ({@link TornTail}) unless asked to skip it.
 * <p>
 * It lives beside the Chronicle appender and reader it opens, so the journal's contracts
 * ({@code io.pldot.journal}) do not depend on their Chronicle implementation. Immutable; safe from any thread.
 */
public final class JournalDirectory
{
    /** Name of the inbound queue folder. */
    public static final String INPUTS = OwnedFolder.INPUTS;
    /** Name of the output queue folder. */
    public static final String OUTPUTS = OwnedFolder.OUTPUTS;

    private final Path root;
    /** Whether readers end before a torn tail's suspect record instead of refusing the queue. */
    private final boolean skipTornTail;

    /**
     * @param root the journal directory (it need not exist yet).
     */
    public JournalDirectory(final Path root)
    {
        this(root, false);
    }

    private JournalDirectory(final Path root, final boolean skipTornTail)
    {
        this.root = root.toAbsolutePath().normalize();
        this.skipTornTail = skipTornTail;
    }

    /**
     * The same journal, whose readers do not refuse a torn queue but end before its suspect record: the policy
     * behind {@code --torn-tail skip}. See {@link #tornInputs()} for what is left out.
     *
     * @return a view of this journal that skips torn tails.
     */
    public JournalDirectory skippingTornTail()
    {
        return skipTornTail ? this : new JournalDirectory(root, true);
    }

    /**
     * @return whether this view skips torn tails (see {@link #skippingTornTail()}).
     */
    public boolean skipsTornTail()
    {
        return skipTornTail;
    }

    /**
     * @return the journal directory.
     */
    public Path root()
    {
        return root;
    }

    /**
     * @return the inbound queue folder.
     */
    public Path inputsPath()
    {
        return root.resolve(INPUTS);
    }

    /**
     * @return the output queue folder.
     */
    public Path outputsPath()
    {
        return root.resolve(OUTPUTS);
    }

    /**
     * Takes ownership of this journal as its one writer (see {@link JournalLock}), creating the directory if needed.
     *
     * @param purpose what the owner is doing, for the message another writer gets (e.g. "import").
     * @return the held lock; close it to release ownership.
     * @throws JournalLockedException when another writer owns the journal.
     */
    public JournalLock lock(final String purpose)
    {
        return JournalLock.acquire(root, purpose);
    }

    /**
     * @return true when the inbound queue folder holds at least one queue file.
     */
    public boolean hasInputs()
    {
        return hasQueueFiles(inputsPath());
    }

    /**
     * @return true when the output queue folder holds at least one queue file.
     */
    public boolean hasOutputs()
    {
        return hasQueueFiles(outputsPath());
    }

    /**
     * @return an appender to the inbound queue, creating it if needed.
     */
    public JournalAppender openInputAppender()
    {
        OwnedFolder.JOURNAL.claim(root);
        return new ChronicleJournalAppender(inputsPath());
    }

    /**
     * @return an appender to the output queue, creating it if needed.
     */
    public JournalAppender openOutputAppender()
    {
        OwnedFolder.JOURNAL.claim(root);
        return new ChronicleJournalAppender(outputsPath());
    }

    /**
     * @return a reader of the inbound queue from its first record.
     * @throws IllegalStateException when the journal has no inbound queue.
     * @throws TornJournalException  when the inbound queue's tail is torn (see {@link TornTail}), unless this is a
     *                               {@link #skippingTornTail()} view.
     */
    public JournalReader openInputReader()
    {
        return openReader(inputsPath(), "inputs");
    }

    /**
     * @return a reader of the output queue from its first record.
     * @throws IllegalStateException when the journal has no output queue.
     * @throws TornJournalException  when the output queue's tail is torn, unless this is a
     *                               {@link #skippingTornTail()} view.
     */
    public JournalReader openOutputReader()
    {
        return openReader(outputsPath(), "outputs");
    }

    /**
     * @return the torn tail of the inbound queue, or null when it is whole or absent.
     */
    public TornTail tornInputs()
    {
        return hasInputs() ? TornTailCheck.find(inputsPath()) : null;
    }

    /**
     * @return the torn tail of the output queue, or null when it is whole or absent.
     */
    public TornTail tornOutputs()
    {
        return hasOutputs() ? TornTailCheck.find(outputsPath()) : null;
    }

    /**
     * @return the sequence of the last inbound record, or -1 when there is none.
     */
    public long lastInputSequence()
    {
        if (!hasInputs())
        {
            return -1;
        }
        return ChronicleJournalReader.lastSequence(inputsPath());
    }

    /**
     * Deletes the output queue (outputs are derived from inputs and can be replayed again).
     *
     * @throws IllegalArgumentException when the output folder holds anything but Chronicle queue files (then it is
     *                                  not ours to delete; see {@link #requireOutputsDeletable(String)}).
     */
    public void deleteOutputs()
    {
        requireOutputsDeletable("outputs folder");
        deleteRecursively(outputsPath());
    }

    /**
     * Checks that {@link #deleteOutputs()} would delete the output folder: it is missing, or holds only Chronicle
     * queue files.
     *
     * @param option how the user named this journal, for the message (e.g. {@code --out}).
     * @throws IllegalArgumentException naming the folder and what to do, when it holds anything else.
     */
    public void requireOutputsDeletable(final String option)
    {
        final Path outputs = outputsPath();
        if (Files.exists(outputs) && (!Files.isDirectory(outputs) || !OwnedFolder.isQueueFolder(outputs)))
        {
            throw new IllegalArgumentException(option + ": " + outputs + " holds files that are not journal queue "
                + "files; the engine replaces that folder with its outputs, so it leaves it alone: choose another "
                + "folder, or move those files away yourself");
        }
    }

    /**
     * Deletes a directory tree, if present, without asking whose it is: callers check first with
     * {@link OwnedFolder} (or own the tree, e.g. a temporary folder they created).
     *
     * @param path to delete.
     */
    public static void deleteRecursively(final Path path)
    {
        OwnedFolder.deleteTree(path);
    }

    private JournalReader openReader(final Path path, final String what)
    {
        requireQueue(path, what);
        final TornTail torn = TornTailCheck.find(path);
        if (torn == null)
        {
            return new ChronicleJournalReader(path);
        }
        if (!skipTornTail)
        {
            throw new TornJournalException(torn, "Nothing was read from journal " + root + ". To repair it, " +
                "import the source files again into a new journal; to use the entries before the torn one as they " +
                "are, replay or backtest with --torn-tail skip");
        }
        return new ChronicleJournalReader(path, torn.suspectIndex());
    }

    private void requireQueue(final Path path, final String what)
    {
        if (!hasQueueFiles(path))
        {
            throw new IllegalStateException("no " + what + " queue in journal " + root +
                " (expected Chronicle queue files under " + path + ")");
        }
    }

    private static boolean hasQueueFiles(final Path path)
    {
        if (!Files.isDirectory(path))
        {
            return false;
        }
        try (Stream<Path> list = Files.list(path))
        {
            return list.anyMatch(p -> p.getFileName().toString().endsWith(".cq4"));
        }
        catch (final IOException ex)
        {
            return false;
        }
    }
}
