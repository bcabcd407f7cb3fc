package io.pldot.journal.schema;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import java.nio.ByteOrder;

/**
 * Layout of the 32-byte header that starts every journal record, inbound or output.
 *
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +-------------------------------+---------------+---------------+
 *  |        Type Id (u16)          | Version (u8)  |  Flags (u8)   |  0
 *  +-------------------------------+---------------+---------------+
 *  |           Record length in bytes, header included (i32)       |  4
 *  +---------------------------------------------------------------+
 *  |  Sequence (i64): inbound = engine sequence of this record;    |  8
 *  |                  output  = sequence of the input that caused it|
 *  +---------------------------------------------------------------+
 *  |  tsEvent (i64): epoch nanoseconds when it happened (venue)    | 16
 *  +---------------------------------------------------------------+
 *  |  tsRecv (i64): epoch nanoseconds when it entered the engine   | 24
 *  +---------------------------------------------------------------+
 *  |  Payload ...                                                  | 32
 * </pre>
 *
 * All fields are little-endian. The length lets a reader walk several records packed back to
 * back (the outputs buffer of a ring slot) and skip types it does not know.
 * <p>
 * Stateless; safe to use from any thread.
 */
public final class RecordHeaderDescriptor
{
    /** Byte order of every field of every record. */
    public static final ByteOrder BYTE_ORDER = ByteOrder.LITTLE_ENDIAN;

    /** Offset of the record type id. */
    public static final int TYPE_ID_OFFSET = 0;
    /** Offset of the schema version of the record's layout. */
    public static final int VERSION_OFFSET = 2;
    /** Offset of the flags byte (reserved, 0). */
    public static final int FLAGS_OFFSET = 3;
    /** Offset of the record length. */
    public static final int LENGTH_OFFSET = 4;
    /** Offset of the sequence. */
    public static final int SEQUENCE_OFFSET = 8;
    /** Offset of the event timestamp. */
    public static final int TS_EVENT_OFFSET = 16;
    /** Offset of the receive timestamp. */
    public static final int TS_RECV_OFFSET = 24;
    /** Length of the header; payloads start here. */
    public static final int HEADER_LENGTH = 32;
    /** Longest record any layout may define (the indicator snapshot is the largest); buffers sized to this hold any record. */
    public static final int MAX_RECORD_LENGTH = 512;

    private RecordHeaderDescriptor()
    {
    }

    /**
     * Writes a header.
     *
     * @param buffer   to write into.
     * @param offset   at which the record starts.
     * @param type     of the record.
     * @param length   of the whole record, header included.
     * @param sequence inbound sequence, or for outputs the sequence of the causing input.
     * @param tsEvent  epoch nanoseconds when it happened.
     * @param tsRecv   epoch nanoseconds when it entered the engine.
     */
    public static void encode(
        final MutableDirectBuffer buffer,
        final int offset,
        final RecordType type,
        final int length,
        final long sequence,
        final long tsEvent,
        final long tsRecv)
    {
        buffer.putShort(offset + TYPE_ID_OFFSET, type.typeId(), BYTE_ORDER);
        buffer.putByte(offset + VERSION_OFFSET, type.schemaVersion());
        buffer.putByte(offset + FLAGS_OFFSET, (byte)0);
        buffer.putInt(offset + LENGTH_OFFSET, length, BYTE_ORDER);
        buffer.putLong(offset + SEQUENCE_OFFSET, sequence, BYTE_ORDER);
        buffer.putLong(offset + TS_EVENT_OFFSET, tsEvent, BYTE_ORDER);
        buffer.putLong(offset + TS_RECV_OFFSET, tsRecv, BYTE_ORDER);
    }

    /**
     * @param buffer holding the record.
     * @param offset at which the record starts.
     * @return the raw type id.
     */
    public static int typeId(final DirectBuffer buffer, final int offset)
    {
        return buffer.getShort(offset + TYPE_ID_OFFSET, BYTE_ORDER) & 0xFFFF;
    }

    /**
     * @param buffer holding the record.
     * @param offset at which the record starts.
     * @return the schema version of the record's layout.
     */
    public static int version(final DirectBuffer buffer, final int offset)
    {
        return buffer.getByte(offset + VERSION_OFFSET) & 0xFF;
    }

    /**
     * @param buffer holding the record.
     * @param offset at which the record starts.
     * @return the record length, header included.
     */
    public static int length(final DirectBuffer buffer, final int offset)
    {
        return buffer.getInt(offset + LENGTH_OFFSET, BYTE_ORDER);
    }

    /**
     * @param buffer holding the record.
     * @param offset at which the record starts.
     * @return the sequence.
     */
    public static long sequence(final DirectBuffer buffer, final int offset)
    {
        return buffer.getLong(offset + SEQUENCE_OFFSET, BYTE_ORDER);
    }

    /**
     * Overwrites the sequence (ingress assigns it when the record is published).
     *
     * @param buffer   holding the record.
     * @param offset   at which the record starts.
     * @param sequence to write.
     */
    public static void sequence(final MutableDirectBuffer buffer, final int offset, final long sequence)
    {
        buffer.putLong(offset + SEQUENCE_OFFSET, sequence, BYTE_ORDER);
    }

    /**
     * @param buffer holding the record.
     * @param offset at which the record starts.
     * @return epoch nanoseconds when it happened.
     */
    public static long tsEvent(final DirectBuffer buffer, final int offset)
    {
        return buffer.getLong(offset + TS_EVENT_OFFSET, BYTE_ORDER);
    }

    /**
     * @param buffer holding the record.
     * @param offset at which the record starts.
     * @return epoch nanoseconds when it entered the engine.
     */
    public static long tsRecv(final DirectBuffer buffer, final int offset)
    {
        return buffer.getLong(offset + TS_RECV_OFFSET, BYTE_ORDER);
    }
}
