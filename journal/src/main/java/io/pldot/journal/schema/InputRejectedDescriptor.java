package io.pldot.journal.schema;

import io.pldot.journal.schema.RecordField.Display;
import org.agrona.MutableDirectBuffer;

import static io.pldot.journal.schema.RecordHeaderDescriptor.BYTE_ORDER;
import static io.pldot.journal.schema.RecordHeaderDescriptor.HEADER_LENGTH;

/**
 * InputRejected (type id 102, schema version 1): an output; the pipeline refused the inbound
 * record whose sequence the header carries. Nothing else that input would have caused happens.
 *
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +---------------------------------------------------------------+
 *  |  Header (32 bytes, see RecordHeaderDescriptor)                |  0
 *  +-------------------------------+-------------------------------+
 *  |  Rejected type id (u16)       |  Reason code (u16)            | 32
 *  +-------------------------------+-------------------------------+
 *  |  Instrument id (i32, 0 when the record has none)              | 36
 *  +---------------------------------------------------------------+
 *  |  Detail (i64): the offending value (price, quantity, time...) | 40
 *  +---------------------------------------------------------------+
 * </pre>
 * Stateless; safe to use from any thread.
 */
public final class InputRejectedDescriptor
{
    /** The rejected record's type id. */
    public static final U16Field REJECTED_TYPE_ID = U16Field.of("rejectedType", HEADER_LENGTH, Display.INTEGER);
    /** The raw reason code. */
    public static final I16Field REASON = I16Field.of("reason", REJECTED_TYPE_ID.end(), Display.INTEGER);
    /** The instrument id, or 0. */
    public static final I32Field INSTRUMENT_ID = I32Field.of("instrument", REASON.end(), Display.INSTRUMENT);
    /** The offending value. */
    public static final I64Field DETAIL = I64Field.of("detail", INSTRUMENT_ID.end(), Display.INTEGER);
    /** Record length, header included. */
    public static final int LENGTH = DETAIL.end();

    private InputRejectedDescriptor()
    {
    }

    /**
     * Encodes a rejection.
     *
     * @param buffer         to write into.
     * @param offset         at which the record starts.
     * @param sequence       of the rejected input.
     * @param tsEvent        of the rejected input.
     * @param tsRecv         of the rejected input.
     * @param rejectedTypeId type id of the rejected input.
     * @param reason         why.
     * @param instrumentId   of the rejected input, or 0.
     * @param detail         the offending value.
     * @return the encoded length.
     */
    public static int encode(
        final MutableDirectBuffer buffer,
        final int offset,
        final long sequence,
        final long tsEvent,
        final long tsRecv,
        final int rejectedTypeId,
        final RejectReason reason,
        final int instrumentId,
        final long detail)
    {
        RecordHeaderDescriptor.encode(buffer, offset, RecordType.INPUT_REJECTED, LENGTH, sequence, tsEvent, tsRecv);
        REJECTED_TYPE_ID.put(buffer, offset, rejectedTypeId);
        buffer.putShort(offset + REASON.offset(), reason.code(), BYTE_ORDER);
        INSTRUMENT_ID.put(buffer, offset, instrumentId);
        DETAIL.put(buffer, offset, detail);
        return LENGTH;
    }
}
