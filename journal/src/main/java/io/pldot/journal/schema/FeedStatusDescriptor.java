package io.pldot.journal.schema;

import io.pldot.journal.schema.RecordField.Display;
import org.agrona.MutableDirectBuffer;

import static io.pldot.journal.schema.RecordHeaderDescriptor.BYTE_ORDER;
import static io.pldot.journal.schema.RecordHeaderDescriptor.HEADER_LENGTH;

/**
 * FeedStatus (type id 3, schema version 1): a market-data connection changed state.
 *
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +---------------------------------------------------------------+
 *  |  Header (32 bytes, see RecordHeaderDescriptor)                |  0
 *  +---------------------------------------------------------------+
 *  |  Instrument id (i32); 0 = every instrument of the feed        | 32
 *  +---------------+-----------------------------------------------+
 *  |  Status (u8)  |  Padding (3 bytes, 0)                         | 36
 *  +---------------+-----------------------------------------------+
 * </pre>
 * Stateless; safe to use from any thread.
 */
public final class FeedStatusDescriptor
{
    /** Instrument id meaning "all instruments of this feed". */
    public static final int ALL_INSTRUMENTS = 0;
    /** The instrument id, or {@link #ALL_INSTRUMENTS}. */
    public static final I32Field INSTRUMENT_ID = I32Field.of("instrument", HEADER_LENGTH, Display.INSTRUMENT);
    /** The raw status code (see {@link FeedStatus#of(int)}). */
    public static final U8Field STATUS = U8Field.of("status", INSTRUMENT_ID.end(), Display.INTEGER);
    /** Record length, header included. */
    public static final int LENGTH = STATUS.end() + 3;

    private FeedStatusDescriptor()
    {
    }

    /**
     * Encodes a feed status change.
     *
     * @param buffer       to write into.
     * @param offset       at which the record starts.
     * @param sequence     engine sequence (0 until ingress assigns it).
     * @param tsEvent      epoch nanoseconds of the change.
     * @param tsRecv       epoch nanoseconds it entered the engine.
     * @param instrumentId affected instrument, or {@link #ALL_INSTRUMENTS}.
     * @param status       the new state.
     * @return the encoded length.
     */
    public static int encode(
        final MutableDirectBuffer buffer,
        final int offset,
        final long sequence,
        final long tsEvent,
        final long tsRecv,
        final int instrumentId,
        final FeedStatus status)
    {
        RecordHeaderDescriptor.encode(buffer, offset, RecordType.FEED_STATUS, LENGTH, sequence, tsEvent, tsRecv);
        INSTRUMENT_ID.put(buffer, offset, instrumentId);
        buffer.putInt(offset + STATUS.offset(), 0, BYTE_ORDER);
        buffer.putByte(offset + STATUS.offset(), status.code());
        return LENGTH;
    }
}
