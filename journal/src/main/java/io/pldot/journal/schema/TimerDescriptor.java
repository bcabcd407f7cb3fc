package io.pldot.journal.schema;

import io.pldot.journal.schema.RecordField.Display;
import org.agrona.MutableDirectBuffer;

import static io.pldot.journal.schema.RecordHeaderDescriptor.HEADER_LENGTH;

/**
 * Timer (type id 2, schema version 1): time passing, as an input. Stamped at ingress with the
 * ingress clock in both tsEvent and tsRecv, journaled, and replayed like any other input, so that
 * closing a candle when no trade arrives is reproducible.
 *
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +---------------------------------------------------------------+
 *  |  Header (32 bytes, see RecordHeaderDescriptor)                |  0
 *  +---------------------------------------------------------------+
 *  |  Timer id (i64): which timer fired (0 = the heartbeat timer)  | 32
 *  +---------------------------------------------------------------+
 * </pre>
 * Stateless; safe to use from any thread.
 */
public final class TimerDescriptor
{
    /** Timer id of the periodic heartbeat that lets candles close without trades. */
    public static final long HEARTBEAT_TIMER_ID = 0;
    /** The timer id. */
    public static final I64Field TIMER_ID = I64Field.of("timerId", HEADER_LENGTH, Display.INTEGER);
    /** Record length, header included. */
    public static final int LENGTH = TIMER_ID.end();

    private TimerDescriptor()
    {
    }

    /**
     * Encodes a timer event.
     *
     * @param buffer   to write into.
     * @param offset   at which the record starts.
     * @param sequence engine sequence (0 until ingress assigns it).
     * @param tsEvent  epoch nanoseconds the timer fired.
     * @param tsRecv   epoch nanoseconds it entered the engine.
     * @param timerId  which timer.
     * @return the encoded length.
     */
    public static int encode(
        final MutableDirectBuffer buffer,
        final int offset,
        final long sequence,
        final long tsEvent,
        final long tsRecv,
        final long timerId)
    {
        RecordHeaderDescriptor.encode(buffer, offset, RecordType.TIMER, LENGTH, sequence, tsEvent, tsRecv);
        TIMER_ID.put(buffer, offset, timerId);
        return LENGTH;
    }
}
