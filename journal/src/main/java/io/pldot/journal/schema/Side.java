package io.pldot.journal.schema;

/**
 * The aggressor side of a trade: who crossed the spread.
 * <p>
 * {@link #UNKNOWN} is honest, not an error: the tick rule cannot classify the first trade of a
 * file without a side, and such a trade counts in volume but in neither buy nor sell volume.
 */
public enum Side
{
    /** Side not known. */
    UNKNOWN(0),
    /** The buyer was the taker (aggressive buy, lifts the offer). */
    BUY(1),
    /** The seller was the taker (aggressive sell, hits the bid). */
    SELL(2);

    private static final Side[] BY_CODE = {UNKNOWN, BUY, SELL};

    private final byte code;

    Side(final int code)
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
     * @return the side, or {@code null} when the code is not a side.
     */
    public static Side of(final int code)
    {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
