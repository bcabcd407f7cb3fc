package io.pldot.engine.event;

import io.pldot.journal.schema.RecordHeaderDescriptor;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteBuffer;

/**
 * One slot of the ring: the inbound record being processed and the outputs it causes.
 *
 * <pre>
 *   +-----------------------------+-------------------------------------------+
 *   | input: one inbound record   | outputs: records appended by the stages   |
 *   | (written by ingress only)   | (candles, then later stages, in order)    |
 *   +-----------------------------+-------------------------------------------+
 * </pre>
 * Writers: ingress writes only the input record (one cache line for a trade: the record carries its
 * own length, so no other field changes hands between threads). The stages append to the outputs
 * in graph order; the output stage, last in the graph, clears the outputs once journaled, so the
 * slot comes back to ingress empty. Slots are preallocated by the ring and reused forever.
 */
public final class RingSlot
{
    private final UnsafeBuffer input;
    private final OutputsBuffer outputs;
    /**
     * Whether the candle stage refused this slot's input (wrote INPUT_REJECTED). Written by the
     * candle stage, first to see each input, and read by the stages after it on the same slot
     * (the ring's sequence barriers order the write before their reads).
     */
    private boolean inputRejected;

    /**
     * @param outputCapacity bytes for the outputs of one input.
     */
    public RingSlot(final int outputCapacity)
    {
        this(new UnsafeBuffer(ByteBuffer.allocateDirect(RecordHeaderDescriptor.MAX_RECORD_LENGTH)), outputCapacity);
    }

    /**
     * @param input          where the inbound record lives: {@link RecordHeaderDescriptor#MAX_RECORD_LENGTH}
     *                       bytes, e.g. this slot's share of one area holding the inputs of the whole
     *                       ring back to back, so that consecutive slots' inputs are evenly spaced
     *                       in memory (which the cache prefetchers follow as the ring advances).
     * @param outputCapacity bytes for the outputs of one input.
     */
    public RingSlot(final UnsafeBuffer input, final int outputCapacity)
    {
        if (input.capacity() < RecordHeaderDescriptor.MAX_RECORD_LENGTH)
        {
            throw new IllegalArgumentException("input area of " + input.capacity() + " bytes; need " +
                RecordHeaderDescriptor.MAX_RECORD_LENGTH);
        }
        this.input = input;
        this.outputs = new OutputsBuffer(outputCapacity);
    }

    /**
     * Copies an inbound record into the slot and clears the outputs. Ingress only.
     *
     * @param source holding the record.
     * @param offset of the record.
     * @param length of the record.
     */
    public void setInput(final DirectBuffer source, final int offset, final int length)
    {
        if (length > input.capacity())
        {
            throw new IllegalArgumentException("record of " + length + " bytes exceeds " + input.capacity());
        }
        input.putBytes(0, source, offset, length);
    }

    /**
     * Moves the input's event time by {@code nanos}. Ingress only, after {@link #setInput}: replays a
     * journal at another point in time (the replay benchmark replays the same trades pass after
     * pass, each pass later than the last, so candles keep closing instead of every trade being late).
     *
     * @param nanos to add to tsEvent.
     */
    public void shiftEventTime(final long nanos)
    {
        final int at = RecordHeaderDescriptor.TS_EVENT_OFFSET;
        input.putLong(at, input.getLong(at, RecordHeaderDescriptor.BYTE_ORDER) + nanos, RecordHeaderDescriptor.BYTE_ORDER);
    }

    /**
     * Gives ingress the input buffer to encode into directly; call {@link #inputEncoded(int)} after.
     *
     * @return the input buffer.
     */
    public MutableDirectBuffer inputForEncoding()
    {
        return input;
    }

    /**
     * Completes an in-place encode started with {@link #inputForEncoding()}. Ingress only. The
     * length is already in the record's header; this only checks it.
     *
     * @param length of the encoded record.
     */
    public void inputEncoded(final int length)
    {
        assert RecordHeaderDescriptor.length(input, 0) == length : "header length " +
            RecordHeaderDescriptor.length(input, 0) + " != " + length;
    }

    /**
     * @return the inbound record, at offset 0.
     */
    public DirectBuffer input()
    {
        return input;
    }

    /**
     * @return the inbound record's length.
     */
    public int inputLength()
    {
        return RecordHeaderDescriptor.length(input, 0);
    }

    /**
     * Marks this slot's input as refused. Candle stage only, when it appends INPUT_REJECTED.
     */
    public void markInputRejected()
    {
        inputRejected = true;
    }

    /**
     * Forgets the previous input's reject: the candle stage calls it first for each new input in
     * the slot. Not ingress: ingress writes only the input record, so that for a trade a single
     * cache line changes hands between the producer and the stages.
     */
    public void clearInputRejected()
    {
        inputRejected = false;
    }

    /**
     * @return whether the candle stage refused this slot's current input, so later stages need
     *         not scan the outputs for an INPUT_REJECTED record.
     */
    public boolean inputRejected()
    {
        return inputRejected;
    }

    /**
     * @return the outputs area.
     */
    public OutputsBuffer outputs()
    {
        return outputs;
    }
}
