package io.pldot.journal.schema;

/**
 * Why the pipeline refused an inbound record, as journaled in InputRejected records and counted
 * by reason. Codes are stable: they are written to journals.
 */
public enum RejectReason
{
    /** The record names an instrument id the registry does not know. */
    UNKNOWN_INSTRUMENT(1, "instrument id not in the registry"),
    /** Price is zero or negative. */
    NON_POSITIVE_PRICE(2, "price <= 0"),
    /** Quantity is zero or negative. */
    NON_POSITIVE_QUANTITY(3, "quantity <= 0"),
    /** The trade's time falls in a candle that has already closed. */
    LATE_TICK(4, "event time is inside an already closed candle"),
    /** The side byte is not a known side. */
    INVALID_SIDE(5, "side code is not UNKNOWN/BUY/SELL"),
    /** The record's type id is not an inbound type this build knows. */
    UNKNOWN_RECORD_TYPE(6, "type id is not a known inbound record"),
    /** The record's schema version is not the one this build reads. */
    UNSUPPORTED_VERSION(7, "schema version not supported by this build");

    private static final RejectReason[] BY_CODE = new RejectReason[8];

    static
    {
        for (final RejectReason reason : values())
        {
            BY_CODE[reason.code] = reason;
        }
    }

    private final short code;
    private final String description;

    RejectReason(final int code, final String description)
    {
        this.code = (short)code;
        this.description = description;
    }

    /**
     * @return the stable code written in records.
     */
    public short code()
    {
        return code;
    }

    /**
     * @return a short explanation for operators.
     */
    public String description()
    {
        return description;
    }

    /**
     * @param code read from a record.
     * @return the reason, or {@code null} when unknown.
     */
    public static RejectReason of(final int code)
    {
        return code > 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
