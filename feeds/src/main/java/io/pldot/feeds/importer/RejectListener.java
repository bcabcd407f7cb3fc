package io.pldot.feeds.importer;

/**
 * Receives every rejected row as it happens, so a CLI can print or stream them all while the
 * report keeps only the first few per file.
 * <p>
 * Called on the importing thread; implementations need not be thread-safe unless shared.
 */
@FunctionalInterface
public interface RejectListener
{
    /** A listener that ignores rejections. */
    RejectListener NONE = rejection ->
    {
    };

    /**
     * @param rejection the row refused, with file, line, reason and detail.
     */
    void onReject(Rejection rejection);
}
