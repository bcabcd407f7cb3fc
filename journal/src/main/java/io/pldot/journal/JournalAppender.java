package io.pldot.journal;

import org.agrona.DirectBuffer;

/**
 * Appends raw records to one queue of a journal.
 * <p>
 * Not thread-safe: one appender per writing thread (the single-writer principle).
 */
public interface JournalAppender extends AutoCloseable
{
    /**
     * Appends one record; it is visible to readers in this and other processes on return.
     *
     * @param buffer holding the record.
     * @param offset of the record.
     * @param length of the record, header included.
     */
    void append(DirectBuffer buffer, int offset, int length);

    /**
     * Releases the underlying queue resources.
     */
    @Override
    void close();
}
