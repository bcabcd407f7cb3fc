/**
 * Trailing stop-losses (OFS §8 (docs/references.md), README "Risk and execution"): one {@link io.pldot.engine.risk.stop.TrailingStop} per
 * position, held by a bounded {@link io.pldot.engine.risk.stop.TrailingStopBook} that the risk stage
 * feeds with every trade.
 * <pre>
 *   fill opens a position ──► book.activate(positionId, instrument, side, entry, assetClass)
 *   trade tick ─────────────► book.onTick(instrument, tsEvent, price)
 *                               ├─► onStopMoved      (mark made a new extreme)
 *                               └─► onStopTriggered  (price reached the stop: close at the tick price)
 *   portfolio risk ─────────► book.tighten / tightenAll   (narrower distance only)
 * </pre>
 * Conventions: prices are fixed-point longs at the instrument's price scale; distances are basis
 * points; time is the event time passed in (no clock reads); nothing allocates after construction;
 * everything is owned by one thread.
 */
package io.pldot.engine.risk.stop;
