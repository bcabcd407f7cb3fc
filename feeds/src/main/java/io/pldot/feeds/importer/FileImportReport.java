package io.pldot.feeds.importer;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Outcome of importing one file: rows read, accepted and rejected by reason, the event-time and
 * sequence range it appended, and the first rejection messages.
 * <p>
 * Immutable (collections are copied); safe from any thread.
 *
 * @param source            display name of the file.
 * @param format            name of the format it was read as.
 * @param rowsRead          data rows read (header and blank lines excluded).
 * @param accepted          rows appended to the journal.
 * @param rejectedByReason  rejected rows per reason; every reason is present, most are 0.
 * @param firstTsEvent      tsEvent of the first accepted row in file order, or {@link #NONE}.
 * @param lastTsEvent       tsEvent of the last accepted row in file order, or {@link #NONE}.
 * @param firstSequence     journal sequence of the first appended record, or {@link #NONE}.
 * @param lastSequence      journal sequence of the last appended record, or {@link #NONE}.
 * @param rejectionMessages the first rejections as {@code file:line: REASON: detail}; the rest are only counted.
 */
public record FileImportReport(
    String source,
    String format,
    long rowsRead,
    long accepted,
    Map<ImportRejectReason, Long> rejectedByReason,
    long firstTsEvent,
    long lastTsEvent,
    long firstSequence,
    long lastSequence,
    List<String> rejectionMessages)
{
    /** Value of the time and sequence fields when nothing was accepted. */
    public static final long NONE = Long.MIN_VALUE;

    /**
     * Copies the collections so the report cannot change after it is built.
     */
    public FileImportReport
    {
        final EnumMap<ImportRejectReason, Long> counts = new EnumMap<>(ImportRejectReason.class);
        for (final ImportRejectReason reason : ImportRejectReason.values())
        {
            counts.put(reason, rejectedByReason.getOrDefault(reason, 0L));
        }
        rejectedByReason = Collections.unmodifiableMap(counts);
        rejectionMessages = List.copyOf(rejectionMessages);
    }

    /**
     * @return rows rejected for any reason.
     */
    public long rejected()
    {
        long sum = 0;
        for (final long count : rejectedByReason.values())
        {
            sum += count;
        }
        return sum;
    }

    /**
     * @param reason to count.
     * @return rows rejected for that reason.
     */
    public long rejected(final ImportRejectReason reason)
    {
        return rejectedByReason.get(reason);
    }

    /**
     * @return one line, e.g. {@code t.csv [bitstamp]: 10 rows, 9 accepted, 1 rejected (NON_POSITIVE_QUANTITY 1)}.
     */
    public String summary()
    {
        return source + " [" + format + "]: " + rowsRead + " rows, " + accepted + " accepted, " + rejected() +
            " rejected" + ImportReport.reasons(rejectedByReason);
    }
}
