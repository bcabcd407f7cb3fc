package io.pldot.feeds.importer;

/**
 * One rejected row: where it is and why it was refused.
 * <p>
 * Immutable; safe from any thread.
 *
 * @param source     display name of the file.
 * @param lineNumber 1-based line in the file.
 * @param reason     counted reason.
 * @param detail     what was wrong, quoting the offending text.
 */
public record Rejection(String source, long lineNumber, ImportRejectReason reason, String detail)
{
    /**
     * @return {@code source:line: REASON: detail}, e.g. {@code t.csv:123: NON_POSITIVE_PRICE: price "-1" must be > 0}.
     */
    public String message()
    {
        return source + ":" + lineNumber + ": " + reason + ": " + detail;
    }

    @Override
    public String toString()
    {
        return message();
    }
}
