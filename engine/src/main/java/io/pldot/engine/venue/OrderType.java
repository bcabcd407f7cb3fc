package io.pldot.engine.venue;

/**
 * How an order asks to be filled.
 */
public enum OrderType
{
    /** Fills at the next eligible trade's price, with slippage against the order; taker fee. */
    MARKET(1),
    /** Fills at its limit price once a trade reaches it (buy: trade <= limit; sell: trade >= limit); maker fee. */
    LIMIT(2),
    /**
     * Turns into a market order once a trade reaches its stop price (buy: trade >= stop; sell: trade <= stop),
     * then fills at that trade's price with slippage; taker fee.
     */
    STOP(3);

    private final int code;

    OrderType(final int code)
    {
        this.code = code;
    }

    /** @return the wire code, equal to {@code TradingCodes.OrderType}'s constant of the same name. */
    public int code()
    {
        return code;
    }
}
