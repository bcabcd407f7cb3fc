package io.pldot.engine.venue;

/**
 * How the simulated venue fills market orders that a signal decided.
 */
public enum FillModel
{
    /**
     * The realistic model (default): an order rests and can only fill against a later trade, after the
     * event-time latency, with slippage; see {@link SimulatedVenue}.
     */
    NEXT_TICK,
    /**
     * Cross-check mode for comparing with bar-level tools such as ta4j, which fill at the close of the
     * signal's bar: a market order decided from a signal fills whole, at once, at the signal's entry
     * price (the bar close), at the signal's event time, with zero latency and no slippage (taker fee
     * still charged). It breaks the "later trades only" rule on purpose; never use it to judge a
     * strategy. Exits the engine decides itself (trailing stops, portfolio risk) still fill next-tick.
     */
    SIGNAL_CLOSE
}
