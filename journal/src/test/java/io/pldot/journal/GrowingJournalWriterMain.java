package io.pldot.journal;

import io.pldot.journal.chronicle.JournalDirectory;

import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;

/**
 * Child process of {@link CrossProcessJournalTest}: appends TradeTick records with sequences
 * 1..count to DIR/inputs, in batches of {@code batch}, sleeping {@code pauseMillis} between batches.
 * <p>
 * Usage: {@code GrowingJournalWriterMain dir count pauseMillis [batch]}.
 */
public final class GrowingJournalWriterMain
{
    private GrowingJournalWriterMain()
    {
    }

    /**
     * @param args dir, count, pauseMillis, optional batch size (default 10).
     * @throws InterruptedException if interrupted while pausing.
     */
    public static void main(final String[] args) throws InterruptedException
    {
        if (args.length < 3)
        {
            System.err.println("usage: GrowingJournalWriterMain dir count pauseMillis [batch]");
            System.exit(2);
        }
        final JournalDirectory journal = new JournalDirectory(Path.of(args[0]));
        final long count = Long.parseLong(args[1]);
        final long pauseMillis = Long.parseLong(args[2]);
        final int batch = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        try (JournalAppender appender = journal.openInputAppender())
        {
            for (long sequence = 1; sequence <= count; sequence++)
            {
                appender.append(buffer, 0, TestRecords.tradeTick(buffer, sequence));
                if (sequence % batch == 0 && sequence < count)
                {
                    Thread.sleep(pauseMillis);
                }
            }
        }
        System.out.println("wrote " + count);
    }
}
