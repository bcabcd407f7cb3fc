package io.pldot.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Ownership of a journal directory by one writer process: whoever holds it is the only one appending to the
 * journal's queues (an import, a replay writing outputs, the live engine).
 * <p>
 * The lock is an operating-system lock ({@link FileChannel#tryLock()}) on {@code DIR/journal.lock}. The kernel
 * drops it when its process exits by any means, kill -9 included, so a lock file left behind by a dead process is a
 * stale owner that the next writer simply takes over: there is nothing to clean up by hand. The file's text names
 * the current owner (pid, what it is doing, since when) so a refused writer can say who holds the journal. The file
 * is never deleted: deleting a lock file another process has open would let a third process lock a new file of the
 * same name while the second still holds the old one.
 * <p>
 * Within one JVM, Java refuses a second lock on the same file, and on Linux closing any channel of a file drops
 * every lock this process holds on it; so the locks held by this process are also kept in a table, and a second
 * acquire in the same process is refused without opening the file.
 * <p>
 * Thread-safe: acquiring and closing may happen on any thread; a lock is released once.
 */
public final class JournalLock implements AutoCloseable
{
    /** Name of the lock file in a journal directory. */
    public static final String FILE_NAME = "journal.lock";

    /** Locks held by this process, by lock file, with their owner text. Guarded by the class. */
    private static final Map<Path, String> HELD = new HashMap<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean released;

    private JournalLock(final Path file, final FileChannel channel, final FileLock lock)
    {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes ownership of a journal directory, creating the directory if needed.
     *
     * @param root    the journal directory.
     * @param purpose what the owner is doing, for the message another writer gets (e.g. "import").
     * @return the held lock; close it to release ownership.
     * @throws JournalLockedException when another process, or this one, already owns the journal.
     * @throws UncheckedIOException   when the directory or the lock file cannot be created.
     */
    public static JournalLock acquire(final Path root, final String purpose)
    {
        final Path dir = root.toAbsolutePath().normalize();
        createDirectory(dir);
        final Path file = dir.resolve(FILE_NAME);
        synchronized (JournalLock.class)
        {
            final String heldHere = HELD.get(file);
            if (heldHere != null)
            {
                throw new JournalLockedException(dir, heldHere, true);
            }
            FileChannel channel = null;
            try
            {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
                final FileLock lock = tryLock(channel);
                if (lock == null)
                {
                    final String owner = readOwner(channel);
                    channel.close();
                    throw new JournalLockedException(dir, owner, false);
                }
                final String owner = "pid " + ProcessHandle.current().pid() + ", " + purpose + ", since " +
                    Instant.now();
                writeOwner(channel, owner);
                HELD.put(file, owner);
                return new JournalLock(file, channel, lock);
            }
            catch (final IOException ex)
            {
                closeQuietly(channel);
                throw new UncheckedIOException("cannot lock journal " + dir + " (lock file " + file + "): " +
                    ex.getMessage(), ex);
            }
        }
    }

    /**
     * @return the lock file.
     */
    public Path file()
    {
        return file;
    }

    /**
     * Releases ownership (the file stays, naming its last owner).
     */
    @Override
    public void close()
    {
        synchronized (JournalLock.class)
        {
            if (released)
            {
                return;
            }
            released = true;
            HELD.remove(file);
            try
            {
                lock.release();
                channel.close();
            }
            catch (final IOException ex)
            {
                throw new UncheckedIOException("cannot release the lock of " + file, ex);
            }
        }
    }

    private static void createDirectory(final Path dir)
    {
        try
        {
            Files.createDirectories(dir);
        }
        catch (final FileAlreadyExistsException ex)
        {
            throw new IllegalArgumentException("journal " + dir + " is a file, not a directory", ex);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot create journal directory " + dir + ": " + ex.getMessage(), ex);
        }
    }

    private static FileLock tryLock(final FileChannel channel) throws IOException
    {
        try
        {
            return channel.tryLock();
        }
        catch (final OverlappingFileLockException ex)
        {
            // Held through another channel of this JVM that the table above does not know of (not ours).
            return null;
        }
    }

    private static String readOwner(final FileChannel channel) throws IOException
    {
        final ByteBuffer buffer = ByteBuffer.allocate(512);
        channel.read(buffer, 0);
        final String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).trim();
        // Empty while the owner is between taking the lock and writing its name (a few microseconds).
        return text.isEmpty() ? "a process that has not yet written its pid" : text;
    }

    private static void writeOwner(final FileChannel channel, final String owner) throws IOException
    {
        channel.truncate(0);
        final ByteBuffer bytes = ByteBuffer.wrap((owner + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining())
        {
            channel.write(bytes, bytes.position());
        }
        channel.force(false);
    }

    private static void closeQuietly(final FileChannel channel)
    {
        if (channel != null)
        {
            try
            {
                channel.close();
            }
            catch (final IOException ignored)
            {
                // Already failing with the cause that matters.
            }
        }
    }
}
