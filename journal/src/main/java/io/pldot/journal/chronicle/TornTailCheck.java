package io.pldot.journal.chronicle;

import io.pldot.journal.TornTail;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.RollCycle;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;

/**
 * Finds a torn tail in a Chronicle queue: a cycle file whose index counts more excerpts than can be read.
 * <p>
 * A whole queue has every excerpt its index counts; so, per cycle file, the check moves a tailer to the last
 * counted excerpt (one index lookup, no scan). Only when that excerpt cannot be read does it binary-search the
 * last readable one. An appender of another process that is between counting an excerpt and completing it looks
 * the same for a moment, so a failing check is repeated a few times, a short sleep apart, before it is believed.
 * <p>
 * Stateless; thread-safe. Opens the queue as every reader does.
 */
public final class TornTailCheck
{
    private static final int ATTEMPTS = 3;
    private static final long RETRY_MILLIS = 20;

    private TornTailCheck()
    {
    }

    /**
     * @param path of an existing queue folder.
     * @return the torn tail of the first torn cycle file, or null when every counted excerpt can be read.
     */
    public static TornTail find(final Path path)
    {
        TornTail torn = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++)
        {
            torn = findOnce(path);
            if (torn == null)
            {
                return null;
            }
            try
            {
                Thread.sleep(RETRY_MILLIS);
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
                return torn;
            }
        }
        return torn;
    }

    private static TornTail findOnce(final Path path)
    {
        try (ChronicleQueue queue = ChronicleQueues.open(path, false);
            ExcerptTailer tailer = queue.createTailer())
        {
            if (!(queue instanceof SingleChronicleQueue single))
            {
                return null;
            }
            final RollCycle rollCycle = queue.rollCycle();
            for (final Long cycleValue : single.listCyclesBetween(single.firstCycle(), single.lastCycle()))
            {
                final int cycle = cycleValue.intValue();
                final long counted = tailer.excerptsInCycle(cycle);
                if (counted <= 0 || readable(tailer, rollCycle.toIndex(cycle, counted - 1)))
                {
                    continue;
                }
                // Readable excerpts form a prefix of the cycle: find its length.
                long lo = 0;
                long hi = counted - 1;
                while (lo < hi)
                {
                    final long mid = (lo + hi + 1) >>> 1;
                    if (readable(tailer, rollCycle.toIndex(cycle, mid - 1)))
                    {
                        lo = mid;
                    }
                    else
                    {
                        hi = mid - 1;
                    }
                }
                final long readableCount = lo;
                final Path file = fileOf(single, cycle, path);
                if (readableCount == 0)
                {
                    return new TornTail(file, counted, 0, rollCycle.toIndex(cycle, 0), -1, -1);
                }
                final long suspectIndex = rollCycle.toIndex(cycle, readableCount - 1);
                long position = -1;
                long sequence = -1;
                if (tailer.moveToIndex(suspectIndex))
                {
                    try (DocumentContext dc = tailer.readingDocument())
                    {
                        final Bytes<?> bytes = dc.wire().bytes();
                        position = bytes.readPosition();
                        if (bytes.readRemaining() >= RecordHeaderDescriptor.HEADER_LENGTH)
                        {
                            final byte[] header = new byte[RecordHeaderDescriptor.HEADER_LENGTH];
                            bytes.read(bytes.readPosition(), header, 0, header.length);
                            sequence = RecordHeaderDescriptor.sequence(new UnsafeBuffer(header), 0);
                        }
                    }
                }
                return new TornTail(file, counted, readableCount, suspectIndex, position, sequence);
            }
            return null;
        }
    }

    private static boolean readable(final ExcerptTailer tailer, final long index)
    {
        if (!tailer.moveToIndex(index))
        {
            return false;
        }
        try (DocumentContext dc = tailer.readingDocument())
        {
            return dc.isPresent() && dc.index() == index;
        }
    }

    private static Path fileOf(final SingleChronicleQueue queue, final int cycle, final Path fallback)
    {
        final var store = queue.storeForCycle(cycle, 0, false, null);
        try
        {
            return store == null || store.file() == null ? fallback : store.file().toPath();
        }
        finally
        {
            if (store != null)
            {
                queue.closeStore(store);
            }
        }
    }
}
