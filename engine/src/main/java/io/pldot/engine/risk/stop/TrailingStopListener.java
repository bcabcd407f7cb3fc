package io.pldot.engine.risk.stop;

/**
 * Receives what a {@link TrailingStopBook} does, with primitive arguments so nothing allocates.
 * Called on the book's owning thread, in the book's order (see {@link TrailingStopBook}). An
 * implementation must not call back into the book from these methods (the book is iterating its
 * slots); act on a trigger after the call that reported it returns.
 */
public interface TrailingStopListener
{
    /**
     * The stop moved in the position's favour (a tick made a new extreme, or it was tightened).
     *
     * @param positionId   of the position.
     * @param instrumentId of the position.
     * @param stopPrice    new fixed-point stop.
     * @param tsEvent      event time (epoch ns) of the input that moved it.
     */
    void onStopMoved(long positionId, int instrumentId, long stopPrice, long tsEvent);

    /**
     * A tick reached the stop; the position has left the book and should be closed.
     *
     * @param positionId   of the position.
     * @param instrumentId of the position.
     * @param side         of the position.
     * @param stopPrice    the stop that was reached.
     * @param exitPrice    the tick price that reached it (worse than the stop on a gap).
     * @param tsEvent      event time (epoch ns) of that tick.
     */
    void onStopTriggered(
        long positionId, int instrumentId, PositionSide side, long stopPrice, long exitPrice, long tsEvent);

    /**
     * A request or tick was refused; nothing changed.
     *
     * @param positionId of the request, or {@link TrailingStopBook#NO_POSITION_ID} for a tick.
     * @param reason     why.
     */
    void onReject(long positionId, StopRejectReason reason);
}
