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
     * Appends one record, or several whole records back to back, as one unit (one queue excerpt):
     * readers in this and other processes see all of them, atomically, on return. Readers return
     * the records one at a time, by their header lengths, so grouping is invisible to them; writers
     * group records to pay the per-excerpt cost once per group.
     *
     * @param buffer holding the record(s).
     * @param offset of the first record.
     * @param length of the record(s), headers included.
     */
    void append(DirectBuffer buffer, int offset, int length);

    /**
     * Releases the underlying queue resources.
     */
    @Override
    void close();
}
