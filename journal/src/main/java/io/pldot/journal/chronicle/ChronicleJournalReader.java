package io.pldot.journal.chronicle;

import io.pldot.journal.JournalReader;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.TailerDirection;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;

/**
 * {@link JournalReader} over a Chronicle queue tailer. Sees excerpts appended after it was opened,
 * by this or another process, which is what {@code tail --follow} relies on.
 * <p>
 * Not thread-safe: use from one thread. Does not allocate per record.
 */
public final class ChronicleJournalReader implements JournalReader
{
    private final ChronicleQueue queue;
    private final ExcerptTailer tailer;
    private final byte[] scratch = new byte[RecordHeaderDescriptor.MAX_RECORD_LENGTH];
    private final UnsafeBuffer buffer = new UnsafeBuffer(scratch);

    /**
     * @param path of an existing queue folder.
     */
    public ChronicleJournalReader(final Path path)
    {
        this.queue = ChronicleQueues.open(path, false);
        this.tailer = queue.createTailer();
    }

    @Override
    public int next()
    {
        try (DocumentContext dc = tailer.readingDocument())
        {
            if (!dc.isPresent())
            {
                return 0;
            }
            final Bytes<?> bytes = dc.wire().bytes();
            final long remaining = bytes.readRemaining();
            if (remaining > scratch.length || remaining < RecordHeaderDescriptor.HEADER_LENGTH)
            {
                throw new IllegalStateException("journal " + queue.fileAbsolutePath() + " holds an excerpt of " +
                    remaining + " bytes at index " + Long.toHexString(dc.index()) +
                    "; records are " + RecordHeaderDescriptor.HEADER_LENGTH + ".." + scratch.length + " bytes");
            }
            final int length = (int)remaining;
            bytes.read(scratch, 0, length);
            return length;
        }
    }

    @Override
    public DirectBuffer buffer()
    {
        return buffer;
    }

    @Override
    public void toStart()
    {
        tailer.toStart();
    }

    @Override
    public void close()
    {
        tailer.close();
        queue.close();
    }

    /**
     * @param path of an existing queue folder.
     * @return the sequence in the header of the last record, or -1 when the queue is empty.
     */
    public static long lastSequence(final Path path)
    {
        try (ChronicleQueue queue = ChronicleQueues.open(path, false);
            ExcerptTailer tailer = queue.createTailer().direction(TailerDirection.BACKWARD).toEnd())
        {
            try (DocumentContext dc = tailer.readingDocument())
            {
                if (!dc.isPresent())
                {
                    return -1;
                }
                final Bytes<?> bytes = dc.wire().bytes();
                final byte[] header = new byte[RecordHeaderDescriptor.HEADER_LENGTH];
                bytes.read(header, 0, header.length);
                return RecordHeaderDescriptor.sequence(new UnsafeBuffer(header), 0);
            }
        }
    }
}
