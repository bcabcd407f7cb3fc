/**
 * The simulated (paper) venue: fills orders from the trade stream in event time, inside the risk
 * stage, so backtests and paper trading replay bit for bit.
 * <pre>
 *   input N (tick, timer…) ──► decision ──► venue.submit(id, …, decisionSequence N, decisionTsEvent)
 *   trade N+k ───────────────► venue.onTrade(sequence, instrument, tsEvent, price, quantity)
 *                                 fills when sequence &gt; N and tsEvent &gt;= decisionTsEvent + latency
 *                                 └─► onFill / onReject (in matching order) ──► ring as inbound events
 * </pre>
 * Conventions: prices and quantities are fixed-point longs at the instrument's scales; fees are in
 * quote currency at the price scale, rounded up; slippage rounds against the trader; products go
 * through {@link io.pldot.journal.instrument.FixedPoint#mulDivFloor FixedPoint} (128/192-bit, no allocation); everything is owned by
 * one thread.
 */
package io.pldot.engine.venue;
