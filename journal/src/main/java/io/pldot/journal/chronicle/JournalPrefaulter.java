package io.pldot.journal.chronicle;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Brings the pages just ahead of a queue file's write position into the OS page cache, on a
 * background thread, so that the appender's thread does not pay for it.
 * <p>
 * <b>Why.</b> A Chronicle queue file is sparse: the appender writes through a memory mapping into
 * holes, and the first touch of each page faults, allocates a page-cache page and zero-fills it
 * (on the machines measured, ~300-450 MB/s, i.e. most of an O stage's time: ~40 ns of its ~85 ns
 * per replayed trade). A page already in the cache costs the writer only a cheap write fault (a
 * few GB/s). Reading the hole with {@code pread} puts the zeroed page in the cache; this class
 * does that a bounded distance ahead of the writer. It is what Chronicle's (commercial)
 * pretoucher does, done with plain reads.
 * <p>
 * <b>Safety.</b> It only ever reads the file: it never writes, maps or extends it, so whatever it
 * reads (zeros ahead of the writer, or records the writer has just put there) cannot change the
 * journal. Past the end of the file (Chronicle extends it a chunk at a time) it reads nothing and
 * tries again later.
 * <p>
 * <b>Threads.</b> {@link #advance} is called by the appender's thread (one thread); everything
 * else runs on the prefaulter's own daemon thread, started by the constructor and stopped by
 * {@link #close()}. The two share two volatile fields; the appender's call does not allocate.
 */
final class JournalPrefaulter implements AutoCloseable
{
    /** How far ahead of the write position pages are kept in the cache. */
    static final long AHEAD_BYTES = 8L * 1024 * 1024;
    /** Bytes per read: big enough that the system call is noise next to filling the pages. */
    private static final int READ_BYTES = 256 * 1024;
    /** Sleep when the window ahead is already in the cache (the writer advances ~0.2 MB/ms at most). */
    private static final long IDLE_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final Thread thread;
    private final ByteBuffer scratch = ByteBuffer.allocateDirect(READ_BYTES);
    private volatile File file;
    private volatile long writePosition;
    private volatile boolean running = true;

    /** Prefaulter thread only: the file open for reading, the file it is, and how far it is read. */
    private FileChannel channel;
    private File channelFile;
    private long readUpTo;

    /**
     * Starts the background thread.
     *
     * @param name for the thread.
     */
    JournalPrefaulter(final String name)
    {
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Tells the prefaulter where the writer is. Appender thread; cheap (two volatile stores at most).
     *
     * @param currentFile     the queue file being written (changes when the queue rolls).
     * @param currentPosition offset in that file up to which the writer has written.
     */
    void advance(final File currentFile, final long currentPosition)
    {
        if (currentFile != file)
        {
            file = currentFile;
        }
        writePosition = currentPosition;
    }

    /**
     * Stops the background thread and waits for it (briefly); idempotent.
     */
    @Override
    public void close()
    {
        running = false;
        LockSupport.unpark(thread);
        try
        {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }

    private void run()
    {
        try
        {
            while (running)
            {
                if (!readAhead())
                {
                    LockSupport.parkNanos(IDLE_PARK_NANOS);
                }
            }
        }
        finally
        {
            closeChannel();
        }
    }

    /**
     * @return true when it read something (and should go on at once).
     */
    private boolean readAhead()
    {
        final File target = file;
        if (target == null)
        {
            return false;
        }
        final long position = writePosition;
        if (target != channelFile)
        {
            closeChannel();
            channelFile = target;
            readUpTo = 0;
            try
            {
                channel = FileChannel.open(target.toPath(), StandardOpenOption.READ);
            }
            catch (final IOException ex)
            {
                channelFile = null; // not there (yet, or any more): try again later
                return false;
            }
        }
        if (channel == null)
        {
            return false;
        }
        // Never behind the writer: pages it has written are in the cache already.
        final long from = Math.max(readUpTo, position);
        if (from >= position + AHEAD_BYTES)
        {
            return false;
        }
        try
        {
            scratch.clear();
            final int read = channel.read(scratch, from);
            if (read <= 0)
            {
                return false; // past the end of the file: Chronicle has not extended it yet
            }
            readUpTo = from + read;
            return true;
        }
        catch (final IOException ex)
        {
            closeChannel();
            channelFile = null;
            return false;
        }
    }

    private void closeChannel()
    {
        if (channel != null)
        {
            try
            {
                channel.close();
            }
            catch (final IOException ignored)
            {
                // Read-only; nothing to lose.
            }
            channel = null;
        }
    }
}
