package io.pldot.engine.risk;

/**
 * Who executes a position's trailing stop ({@code risk.protectiveStop}).
 */
public enum ProtectiveStop
{
    /**
     * The risk stage (the default): it checks the trailing stop on every tick and, when a trade
     * reaches it, sends a closing market order that fills on a later trade.
     */
    NONE,
    /**
     * The venue: every open position also has a resting STOP order at its current stop price, replaced
     * (cancel + new) whenever the stop trails or the position's size changes; it triggers inside the
     * venue on the first trade that reaches it and fills on that trade at the trade price with slippage.
     * The stage then never sends a trailing-stop market exit of its own for that position.
     */
    VENUE
}
