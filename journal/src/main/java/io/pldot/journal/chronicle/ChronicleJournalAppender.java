package io.pldot.journal.chronicle;

import io.pldot.journal.JournalAppender;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;

/**
 * {@link JournalAppender} over a Chronicle queue: one excerpt (document) per {@link #append} call,
 * raw bytes, no marshalling. The excerpt is visible to tailers in any process as soon as
 * {@link #append} returns; the memory-mapped file reaches disk through the OS page cache.
 * <p>
 * The bytes are copied address to address straight into the mapped excerpt: Chronicle's own
 * {@code write(byte[])} copies byte arrays into native memory with a Java loop on JDK 9+, which
 * cost more than the rest of the append. Only a queue not backed by native memory takes that path.
 * <p>
 * With {@code prefault}, a {@link JournalPrefaulter} thread keeps the pages just ahead of the write
 * position in the OS page cache, so that writing into the sparse queue file does not fault and
 * zero-fill fresh pages on the appending thread (the dominant cost of journaling a busy stream of
 * outputs). It only reads the file; the journal's bytes are the same either way.
 * <p>
 * Not thread-safe: use from one thread (the prefaulter, if any, has its own). Does not allocate
 * per record.
 */
public final class ChronicleJournalAppender implements JournalAppender
{
    private final ChronicleQueue queue;
    private final ExcerptAppender appender;
    private final UnsafeBuffer target = new UnsafeBuffer(new byte[0]);
    private byte[] scratch = new byte[io.pldot.journal.schema.RecordHeaderDescriptor.MAX_RECORD_LENGTH];
    private final JournalPrefaulter prefaulter;

    /**
     * An appender without a prefaulter thread (fine for light or one-off writers).
     *
     * @param path of the queue folder; created if missing.
     */
    public ChronicleJournalAppender(final Path path)
    {
        this(path, false);
    }

    /**
     * @param path     of the queue folder; created if missing.
     * @param prefault true to start a {@link JournalPrefaulter} thread for this appender (for
     *                 heavy writers such as the pipeline's output stage; stopped by {@link #close()}).
     */
    public ChronicleJournalAppender(final Path path, final boolean prefault)
    {
        this.queue = ChronicleQueues.open(path, false);
        this.appender = queue.createAppender();
        this.prefaulter = prefault ? new JournalPrefaulter("pldot-prefault-" + path.getFileName()) : null;
    }

    @Override
    public void append(final DirectBuffer buffer, final int offset, final int length)
    {
        try (DocumentContext dc = appender.writingDocument())
        {
            final Bytes<?> bytes = dc.wire().bytes();
            final long position = bytes.writePosition();
            // Reserve first: this maps whatever the excerpt needs; Chronicle's mapped chunks overlap,
            // so the excerpt is contiguous at the address of its start.
            bytes.writeSkip(length);
            if (bytes.isDirectMemory())
            {
                target.wrap(bytes.addressForWrite(position), length);
                target.putBytes(0, buffer, offset, length);
            }
            else
            {
                if (scratch.length < length)
                {
                    scratch = new byte[length];
                }
                buffer.getBytes(offset, scratch, 0, length);
                bytes.write(position, scratch, 0, length);
            }
            if (prefaulter != null)
            {
                // Chronicle's mapped bytes are addressed by file offset.
                prefaulter.advance(appender.currentFile(), position + length);
            }
        }
    }

    @Override
    public void close()
    {
        if (prefaulter != null)
        {
            prefaulter.close();
        }
        appender.close();
        queue.close();
    }
}
