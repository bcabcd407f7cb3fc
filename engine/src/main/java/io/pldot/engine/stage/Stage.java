package io.pldot.engine.stage;

import io.pldot.engine.event.RingSlot;

/**
 * One step of the pipeline. The pipeline runs each stage on one thread (its own, or one shared
 * with other stages, in graph order); a stage never reads a clock and never touches another
 * stage's fields: it sees only the slot.
 */
public interface Stage
{
    /**
     * Processes one slot.
     *
     * @param slot       holding the inbound record and the outputs so far.
     * @param endOfBatch true when no further slot is ready now (the moment to flush).
     */
    void onEvent(RingSlot slot, boolean endOfBatch);

    /**
     * Called on the stage's thread before the first event (open thread-bound resources here).
     */
    default void onStart()
    {
    }

    /**
     * Called on the stage's thread after the last event.
     */
    default void onShutdown()
    {
    }

    /**
     * @return a short name for thread names and logs ("J", "candles", "O").
     */
    String name();
}
