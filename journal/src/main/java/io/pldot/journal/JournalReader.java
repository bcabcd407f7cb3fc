package io.pldot.journal;

import org.agrona.DirectBuffer;

/**
 * Reads raw records from one queue of a journal, in write order, including records appended
 * while it reads (by this or another process).
 * <p>
 * Not thread-safe: one reader per reading thread. {@link #buffer()} returns the same object every
 * time; each {@link #next()} aims it at the new record, which may be the journal's own memory:
 * its contents are valid only until the next call to {@link #next()}, {@link #toStart()} or
 * {@link #close()}; copy what you keep.
 */
public interface JournalReader extends AutoCloseable
{
    /**
     * Reads the next record into {@link #buffer()} at offset 0.
     *
     * @return the record's length, or 0 when no record is available yet.
     */
    int next();

    /**
     * @return the buffer holding the record read by the last {@link #next()}, at offset 0.
     */
    DirectBuffer buffer();

    /**
     * Moves back to the first record.
     */
    void toStart();

    /**
     * Releases the underlying queue resources.
     */
    @Override
    void close();
}
