package io.pldot.feeds.importer;

/**
 * An import run stopped at a file that cannot be imported at all: unknown format, unknown
 * instrument for the whole file, or an I/O error. Files before it were imported and are in
 * {@link #partialReport()}; the failing file may have been imported in part. Because the importer
 * skips trades already in the journal, fixing the cause and re-running the same import is safe.
 * <p>
 * Immutable; safe from any thread.
 */
public final class TradeImportException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    private final transient ImportReport partialReport;

    /**
     * @param message       naming the file and what is wrong.
     * @param cause         the underlying failure.
     * @param partialReport what was imported before the failure, failing file included.
     */
    public TradeImportException(final String message, final Throwable cause, final ImportReport partialReport)
    {
        super(message, cause);
        this.partialReport = partialReport;
    }

    /**
     * @return what the run imported before it stopped.
     */
    public ImportReport partialReport()
    {
        return partialReport;
    }
}
