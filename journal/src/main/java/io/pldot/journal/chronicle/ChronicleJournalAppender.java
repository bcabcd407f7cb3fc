package io.pldot.journal.chronicle;

import io.pldot.journal.JournalAppender;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.DirectBuffer;

import java.nio.file.Path;

/**
 * {@link JournalAppender} over a Chronicle queue: one excerpt per record, raw bytes, no
 * marshalling. The excerpt is visible to tailers in any process as soon as {@link #append}
 * returns; the memory-mapped file reaches disk through the OS page cache.
 * <p>
 * Not thread-safe: use from one thread. Does not allocate per record.
 */
public final class ChronicleJournalAppender implements JournalAppender
{
    private final ChronicleQueue queue;
    private final ExcerptAppender appender;
    private final byte[] scratch = new byte[io.pldot.journal.schema.RecordHeaderDescriptor.MAX_RECORD_LENGTH];

    /**
     * @param path of the queue folder; created if missing.
     */
    public ChronicleJournalAppender(final Path path)
    {
        this.queue = ChronicleQueues.open(path, false);
        this.appender = queue.createAppender();
    }

    @Override
    public void append(final DirectBuffer buffer, final int offset, final int length)
    {
        buffer.getBytes(offset, scratch, 0, length);
        try (DocumentContext dc = appender.writingDocument())
        {
            final Bytes<?> bytes = dc.wire().bytes();
            bytes.write(scratch, 0, length);
        }
    }

    @Override
    public void close()
    {
        appender.close();
        queue.close();
    }
}
