package io.pldot.feeds.importer;

/**
 * Why the importer refused one row of a trade file. Rejected rows are counted per reason and
 * reported with file and line; the import carries on with the next row.
 * <p>
 * Immutable; safe from any thread.
 */
public enum ImportRejectReason
{
    /** Wrong number of fields, a number or integer that does not parse, or an unknown side text. */
    MALFORMED("wrong field count or unparsable field"),
    /** NaN or an infinity where a price or quantity was expected. */
    NON_FINITE("NaN or infinite number"),
    /** Price is zero or negative. */
    NON_POSITIVE_PRICE("price <= 0"),
    /** Quantity is zero or negative. */
    NON_POSITIVE_QUANTITY("quantity <= 0"),
    /** More decimals than the instrument's scale; rounding would invent a value the venue never printed. */
    TOO_PRECISE("more decimals than the instrument scale"),
    /** A value that does not fit in a long at its scale, or a time that does not fit in epoch nanoseconds. */
    OVERFLOW("value too large"),
    /** Event time earlier than the latest accepted trade of the instrument by more than the tolerance. */
    TIME_BACKWARDS("event time goes backwards beyond the tolerance"),
    /**
     * Event time later than the latest accepted trade of the instrument by more than {@code import.maxForwardJump},
     * with no next row of the instrument to confirm the gap (a corrupt timestamp, e.g. one flipped digit).
     */
    FUTURE_JUMP("event time jumps ahead beyond import.maxForwardJump, unconfirmed by the next row"),
    /** Trade id already in the journal for the instrument, or earlier in the same import. */
    DUPLICATE_TRADE_ID("trade id already imported"),
    /** The row names a symbol the instrument registry does not know. */
    UNKNOWN_SYMBOL("symbol not in the instrument registry");

    private final String description;

    ImportRejectReason(final String description)
    {
        this.description = description;
    }

    /**
     * @return a short explanation for operators.
     */
    public String description()
    {
        return description;
    }
}
