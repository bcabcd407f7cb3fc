package io.pldot.engine.event;

import io.pldot.journal.schema.RecordHeaderDescriptor;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteBuffer;

/**
 * The preallocated outputs area of a ring slot: stages append complete records back to back, in
 * pipeline order, and the output stage journals them in that order. Order is therefore fixed by
 * the pipeline graph, not by thread timing, which keeps outputs deterministic in every layout.
 *
 * <pre>
 *   +----------------+----------------+-----+------------------- capacity
 *   | record 0       | record 1       | ... |  free
 *   +----------------+----------------+-----+
 *   0                                  length
 * </pre>
 * Written by one stage at a time (stages run in graph order on a slot); read by the output stage.
 */
public final class OutputsBuffer
{
    private final UnsafeBuffer buffer;
    private int length;
    private int count;

    /**
     * @param capacity bytes available to the outputs of one input.
     */
    public OutputsBuffer(final int capacity)
    {
        this.buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(capacity));
    }

    /**
     * Reserves room for one record and returns where to encode it. The caller must encode exactly
     * {@code recordLength} bytes there.
     *
     * @param recordLength bytes the record takes.
     * @return offset at which to encode.
     * @throws IllegalStateException when the slot is full (raise pipeline.outputCapacity).
     */
    public int claim(final int recordLength)
    {
        final int offset = length;
        if (offset + recordLength > buffer.capacity())
        {
            throw new IllegalStateException("outputs of one input exceed pipeline.outputCapacity=" +
                buffer.capacity() + " bytes (" + count + " records so far); raise it in the config");
        }
        length = offset + recordLength;
        count++;
        return offset;
    }

    /**
     * @return the buffer records are encoded into.
     */
    public MutableDirectBuffer buffer()
    {
        return buffer;
    }

    /**
     * @return bytes used.
     */
    public int length()
    {
        return length;
    }

    /**
     * @return records appended.
     */
    public int count()
    {
        return count;
    }

    /**
     * @param offset of a record in this buffer.
     * @return offset of the record after it.
     */
    public int next(final int offset)
    {
        return offset + RecordHeaderDescriptor.length(buffer, offset);
    }

    /**
     * Empties the buffer; called by ingress before the slot is reused.
     */
    public void reset()
    {
        length = 0;
        count = 0;
    }
}
