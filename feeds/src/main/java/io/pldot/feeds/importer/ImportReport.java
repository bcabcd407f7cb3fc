package io.pldot.feeds.importer;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Outcome of one import run: a {@link FileImportReport} per file, in import order, and totals.
 * <p>
 * Immutable; safe from any thread.
 */
public final class ImportReport
{
    private final List<FileImportReport> files;
    private final long rowsRead;
    private final long accepted;
    private final Map<ImportRejectReason, Long> rejectedByReason;

    /**
     * @param files one report per imported file, in import order.
     */
    public ImportReport(final List<FileImportReport> files)
    {
        this.files = List.copyOf(files);
        long rows = 0;
        long ok = 0;
        final EnumMap<ImportRejectReason, Long> counts = new EnumMap<>(ImportRejectReason.class);
        for (final ImportRejectReason reason : ImportRejectReason.values())
        {
            counts.put(reason, 0L);
        }
        for (final FileImportReport file : this.files)
        {
            rows += file.rowsRead();
            ok += file.accepted();
            file.rejectedByReason().forEach((reason, count) -> counts.merge(reason, count, Long::sum));
        }
        this.rowsRead = rows;
        this.accepted = ok;
        this.rejectedByReason = Collections.unmodifiableMap(counts);
    }

    /**
     * @return the per-file reports, in import order.
     */
    public List<FileImportReport> files()
    {
        return files;
    }

    /**
     * @return data rows read over all files.
     */
    public long rowsRead()
    {
        return rowsRead;
    }

    /**
     * @return rows appended to the journal over all files.
     */
    public long accepted()
    {
        return accepted;
    }

    /**
     * @return rows rejected over all files.
     */
    public long rejected()
    {
        return rowsRead - accepted;
    }

    /**
     * @param reason to count.
     * @return rows rejected for that reason over all files.
     */
    public long rejected(final ImportRejectReason reason)
    {
        return rejectedByReason.get(reason);
    }

    /**
     * @return rows rejected per reason over all files; every reason is present.
     */
    public Map<ImportRejectReason, Long> rejectedByReason()
    {
        return rejectedByReason;
    }

    /**
     * @return journal sequence of the first record appended by this run, or {@link FileImportReport#NONE}.
     */
    public long firstSequence()
    {
        for (final FileImportReport file : files)
        {
            if (file.firstSequence() != FileImportReport.NONE)
            {
                return file.firstSequence();
            }
        }
        return FileImportReport.NONE;
    }

    /**
     * @return journal sequence of the last record appended by this run, or {@link FileImportReport#NONE}.
     */
    public long lastSequence()
    {
        for (int i = files.size() - 1; i >= 0; i--)
        {
            if (files.get(i).lastSequence() != FileImportReport.NONE)
            {
                return files.get(i).lastSequence();
            }
        }
        return FileImportReport.NONE;
    }

    /**
     * @return one line per file, a total line, then each file's first rejection messages.
     */
    public String summary()
    {
        final StringBuilder sb = new StringBuilder();
        for (final FileImportReport file : files)
        {
            sb.append(file.summary()).append('\n');
        }
        sb.append("total: ").append(rowsRead).append(" rows, ").append(accepted).append(" accepted, ")
            .append(rejected()).append(" rejected").append(reasons(rejectedByReason)).append('\n');
        for (final FileImportReport file : files)
        {
            for (final String message : file.rejectionMessages())
            {
                sb.append("  ").append(message).append('\n');
            }
            final long unlisted = file.rejected() - file.rejectionMessages().size();
            if (unlisted > 0)
            {
                sb.append("  ... and ").append(unlisted).append(" more rejections in ").append(file.source())
                    .append('\n');
            }
        }
        return sb.toString();
    }

    @Override
    public String toString()
    {
        return summary();
    }

    static String reasons(final Map<ImportRejectReason, Long> counts)
    {
        final StringBuilder sb = new StringBuilder();
        counts.forEach((reason, count) ->
        {
            if (count > 0)
            {
                sb.append(sb.length() == 0 ? " (" : ", ").append(reason).append(' ').append(count);
            }
        });
        return sb.length() == 0 ? "" : sb.append(')').toString();
    }
}
