package io.pldot.engine.venue;

/**
 * The side of an order sent to a venue.
 */
public enum OrderSide
{
    /** Buys: pays the price (plus slippage on market fills). */
    BUY(1),
    /** Sells: receives the price (minus slippage on market fills). */
    SELL(2);

    private final int code;

    OrderSide(final int code)
    {
        this.code = code;
    }

    /** @return the wire code, equal to {@code TradingCodes.OrderSide}'s constant of the same name. */
    public int code()
    {
        return code;
    }
}
