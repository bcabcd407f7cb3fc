package io.pldot.feeds.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

/**
 * Counts for the file being imported, turned into an immutable {@link FileImportReport} at the end.
 * Counting is by array index so that a row costs no boxing.
 * <p>
 * Mutable and not thread-safe: owned by the importing thread.
 */
final class FileImportStats
{
    private final long[] rejected = new long[ImportRejectReason.values().length];
    private final List<String> messages = new ArrayList<>();
    private final int maxMessages;
    private String format;
    private long rowsRead;
    private long accepted;
    private long firstTsEvent = FileImportReport.NONE;
    private long lastTsEvent = FileImportReport.NONE;
    private long firstSequence = FileImportReport.NONE;
    private long lastSequence = FileImportReport.NONE;

    /**
     * @param maxMessages rejection messages kept for the report; further rejections are only counted.
     * @param format      format name as requested ("auto" until detection names it).
     */
    FileImportStats(final int maxMessages, final String format)
    {
        this.maxMessages = maxMessages;
        this.format = format;
    }

    void format(final String name)
    {
        this.format = name;
    }

    void rowRead()
    {
        rowsRead++;
    }

    void accepted(final long tsEvent, final long sequence)
    {
        if (accepted == 0)
        {
            firstTsEvent = tsEvent;
            firstSequence = sequence;
        }
        accepted++;
        lastTsEvent = tsEvent;
        lastSequence = sequence;
    }

    /**
     * @param reason counted.
     * @return true when the report still wants this rejection's message.
     */
    boolean rejected(final ImportRejectReason reason)
    {
        rejected[reason.ordinal()]++;
        return messages.size() < maxMessages;
    }

    void message(final String message)
    {
        if (messages.size() < maxMessages)
        {
            messages.add(message);
        }
    }

    FileImportReport toReport(final String source)
    {
        final EnumMap<ImportRejectReason, Long> counts = new EnumMap<>(ImportRejectReason.class);
        for (final ImportRejectReason reason : ImportRejectReason.values())
        {
            counts.put(reason, rejected[reason.ordinal()]);
        }
        return new FileImportReport(source, format, rowsRead, accepted, counts, firstTsEvent, lastTsEvent,
            firstSequence, lastSequence, messages);
    }
}
