package io.pldot.journal.schema;

/**
 * States of a market-data connection, as journaled in FeedStatus records.
 */
public enum FeedStatus
{
    /** Connected and subscribed; data flows. */
    CONNECTED(1),
    /** The connection was lost; data may be missing until restored. */
    CONNECTION_LOST(2),
    /** Reconnected and resubscribed after a loss. */
    CONNECTION_RESTORED(3),
    /** Connected but silent for longer than the staleness timeout. */
    STALE(4);

    private static final FeedStatus[] BY_CODE = {null, CONNECTED, CONNECTION_LOST, CONNECTION_RESTORED, STALE};

    private final byte code;

    FeedStatus(final int code)
    {
        this.code = (byte)code;
    }

    /**
     * @return the byte written in records.
     */
    public byte code()
    {
        return code;
    }

    /**
     * @param code read from a record.
     * @return the status, or {@code null} when the code is unknown.
     */
    public static FeedStatus of(final int code)
    {
        return code > 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
