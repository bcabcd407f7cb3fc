package io.pldot.engine.stage;

import org.agrona.DirectBuffer;

/**
 * Sees every output record after it is journaled, on the output stage's thread. Must not block
 * and should not allocate: it runs on the hot path.
 */
@FunctionalInterface
public interface OutputListener
{
    /** Listener that ignores everything. */
    OutputListener NONE = (buffer, offset, length) -> { };

    /**
     * @param buffer holding the record.
     * @param offset of the record.
     * @param length of the record.
     */
    void onOutput(DirectBuffer buffer, int offset, int length);
}
