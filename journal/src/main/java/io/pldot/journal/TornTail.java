package io.pldot.journal;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What is known of a queue whose end is torn: its file was cut (a copy interrupted, a disk that filled, a crash of
 * the machine before the page cache reached the disk), so the queue's own index counts excerpts whose bytes are
 * gone (zeros). The excerpt before the gap is readable but may itself be cut short, and nothing says whether it is
 * whole: it is the <em>suspect</em> excerpt, never fed to the pipeline.
 *
 * @param file              the queue file holding the gap.
 * @param indexedExcerpts   excerpts the queue's index counts in that file.
 * @param readableExcerpts  excerpts of that file that can be read, the suspect one included.
 * @param suspectIndex      Chronicle index of the suspect excerpt; readers that skip the torn tail stop before it.
 * @param suspectPosition   byte position of the suspect excerpt in {@code file}.
 * @param suspectSequence   sequence in the header of the suspect excerpt's first record (-1 if unreadable).
 */
public record TornTail(
    Path file,
    long indexedExcerpts,
    long readableExcerpts,
    long suspectIndex,
    long suspectPosition,
    long suspectSequence)
{
    /**
     * @return excerpts the index counts but that cannot be read (at least this many records are lost).
     */
    public long lostExcerpts()
    {
        return indexedExcerpts - readableExcerpts;
    }

    /**
     * @return one sentence for the user: where the queue is torn and what is lost.
     */
    public String describe()
    {
        return String.format(Locale.ROOT, "%s is torn at byte %,d: its index counts %,d records, only %,d are " +
            "readable (%,d lost), and the last readable one (sequence %d) may be cut short",
            file, suspectPosition, indexedExcerpts, readableExcerpts, lostExcerpts(), suspectSequence);
    }
}
