package io.pldot.engine.venue;

/**
 * The side of an order sent to a venue.
 */
public enum OrderSide
{
    /** Buys: pays the price (plus slippage on market fills). */
    BUY,
    /** Sells: receives the price (minus slippage on market fills). */
    SELL
}
