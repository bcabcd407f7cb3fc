package io.pldot.engine.risk.stop;

/**
 * The direction of a position a trailing stop protects.
 */
public enum PositionSide
{
    /** Bought: the stop sits below the high-water mark and triggers when price falls to it. */
    LONG(1),
    /** Sold short: the stop sits above the low-water mark and triggers when price rises to it. */
    SHORT(2);

    private final int code;

    PositionSide(final int code)
    {
        this.code = code;
    }

    /** @return the wire code, equal to {@code TradingCodes.PositionSide}'s constant of the same name. */
    public int code()
    {
        return code;
    }
}
