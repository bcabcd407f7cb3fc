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
 * An excerpt (Chronicle document) holds one or more whole records back to back; each record's
 * header gives its length (see the README's journal section). {@link #next()} returns them one at a
 * time, so callers never see excerpt boundaries.
 * <p>
 * Zero-copy: the excerpt stays open between calls to {@link #next()}, and {@link #buffer()} (always
 * the same object) is aimed straight at the record in the memory-mapped queue file, valid until the
 * next call, as the {@link JournalReader} contract says. Callers copy what they keep, once, to where they need
 * it (the replay source copies it into a ring slot); nothing goes through a {@code byte[]}. Only a
 * queue that is not backed by native memory falls back to copying into a scratch array.
 * <p>
 * Not thread-safe: use from one thread. Does not allocate per record.
 */
public final class ChronicleJournalReader implements JournalReader
{
    private final ChronicleQueue queue;
    private final ExcerptTailer tailer;
    private final byte[] scratch = new byte[RecordHeaderDescriptor.MAX_RECORD_LENGTH];
    private final UnsafeBuffer scratchBuffer = new UnsafeBuffer(scratch);
    /** What {@link #buffer()} returns, always the same object: re-aimed at each record. */
    private final UnsafeBuffer view = new UnsafeBuffer(scratch);
    /** Index of the first excerpt not to read. */
    private final long endIndex;

    /** The excerpt being walked, or null between excerpts. */
    private DocumentContext document;
    private Bytes<?> documentBytes;
    /** Native address of the excerpt's first byte (0 when the excerpt is not in native memory). */
    private long documentAddress;
    private long documentStart;
    private int documentLength;
    /** Offset in the excerpt of the next record to return. */
    private int position;

    /**
     * @param path of an existing queue folder.
     */
    public ChronicleJournalReader(final Path path)
    {
        this(path, Long.MAX_VALUE);
    }

    /**
     * @param path     of an existing queue folder.
     * @param endIndex Chronicle index of the first excerpt not to read (the suspect excerpt of a torn tail), or
     *                 {@link Long#MAX_VALUE} to read to the end.
     */
    public ChronicleJournalReader(final Path path, final long endIndex)
    {
        this.queue = ChronicleQueues.open(path, false);
        this.tailer = queue.createTailer();
        this.endIndex = endIndex;
    }

    @Override
    public int next()
    {
        if (document != null && position >= documentLength)
        {
            closeDocument();
        }
        if (document == null && !openDocument())
        {
            return 0;
        }
        final int remaining = documentLength - position;
        final int length = remaining < RecordHeaderDescriptor.HEADER_LENGTH ? remaining : recordLength();
        if (length < RecordHeaderDescriptor.HEADER_LENGTH || length > RecordHeaderDescriptor.MAX_RECORD_LENGTH ||
            length > remaining)
        {
            final String message = "journal " + queue.fileAbsolutePath() + " holds " +
                (position == 0 && length == remaining ? "an excerpt" : "a record") + " of " + length +
                " bytes at index " + Long.toHexString(document.index()) + " offset " + position +
                " (excerpt of " + documentLength + " bytes); records are " + RecordHeaderDescriptor.HEADER_LENGTH +
                ".." + RecordHeaderDescriptor.MAX_RECORD_LENGTH + " bytes";
            closeDocument();
            throw new IllegalStateException(message);
        }
        if (documentAddress != 0)
        {
            view.wrap(documentAddress + position, length);
        }
        else
        {
            documentBytes.read(documentStart + position, scratch, 0, length);
            view.wrap(scratch, 0, length);
        }
        position += length;
        return length;
    }

    @Override
    public DirectBuffer buffer()
    {
        return view;
    }

    @Override
    public void toStart()
    {
        closeDocument();
        tailer.toStart();
    }

    @Override
    public void close()
    {
        closeDocument();
        tailer.close();
        queue.close();
    }

    private boolean openDocument()
    {
        final DocumentContext dc = tailer.readingDocument();
        if (!dc.isPresent())
        {
            dc.close();
            return false;
        }
        if (dc.index() >= endIndex)
        {
            // Left unread: the tailer stays before it.
            dc.rollbackOnClose();
            dc.close();
            return false;
        }
        final Bytes<?> bytes = dc.wire().bytes();
        final long remaining = bytes.readRemaining();
        document = dc;
        documentBytes = bytes;
        documentStart = bytes.readPosition();
        documentLength = (int)Math.min(remaining, Integer.MAX_VALUE);
        // addressForRead(offset, length) maps the whole excerpt contiguously (Chronicle's chunks overlap).
        documentAddress = bytes.isDirectMemory() && documentLength > 0 ?
            bytes.addressForRead(documentStart, documentLength) : 0;
        position = 0;
        return true;
    }

    private int recordLength()
    {
        if (documentAddress != 0)
        {
            view.wrap(documentAddress + position, RecordHeaderDescriptor.HEADER_LENGTH);
            return RecordHeaderDescriptor.length(view, 0);
        }
        documentBytes.read(documentStart + position, scratch, 0, RecordHeaderDescriptor.HEADER_LENGTH);
        return RecordHeaderDescriptor.length(scratchBuffer, 0);
    }

    private void closeDocument()
    {
        if (document != null)
        {
            final DocumentContext dc = document;
            document = null;
            documentBytes = null;
            documentAddress = 0;
            // Chronicle's bytes are read by offset above, so its read position never moved; closing
            // the context is what advances the tailer past the whole excerpt.
            dc.close();
        }
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
                // The last record of the last excerpt: walk the excerpt's records by their lengths.
                final Bytes<?> bytes = dc.wire().bytes();
                final byte[] header = new byte[RecordHeaderDescriptor.HEADER_LENGTH];
                final UnsafeBuffer headerBuffer = new UnsafeBuffer(header);
                final long start = bytes.readPosition();
                final long end = bytes.readLimit();
                long at = start;
                long last = -1;
                while (end - at >= RecordHeaderDescriptor.HEADER_LENGTH)
                {
                    bytes.read(at, header, 0, header.length);
                    last = RecordHeaderDescriptor.sequence(headerBuffer, 0);
                    final int length = RecordHeaderDescriptor.length(headerBuffer, 0);
                    if (length < RecordHeaderDescriptor.HEADER_LENGTH)
                    {
                        break;
                    }
                    at += length;
                }
                return last;
            }
        }
    }
}
