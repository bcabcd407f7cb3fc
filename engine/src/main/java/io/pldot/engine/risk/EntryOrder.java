package io.pldot.engine.risk;

/**
 * How the risk stage enters a position ({@code risk.entryOrder}).
 */
public enum EntryOrder
{
    /** A market order that fills on a later trade with slippage and the taker fee (the default). */
    MARKET,
    /**
     * A limit order at the signal's entry price (a buy limit for a long, a sell limit for a short):
     * it rests in the venue and fills only on a later trade that reaches the price, at that price,
     * with the maker fee and no slippage; what has not filled after {@code risk.entryTimeout} of event
     * time is cancelled.
     */
    LIMIT
}
