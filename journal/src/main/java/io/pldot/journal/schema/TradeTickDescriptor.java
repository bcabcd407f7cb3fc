package io.pldot.journal.schema;

import io.pldot.journal.schema.RecordField.Display;
import org.agrona.MutableDirectBuffer;

import static io.pldot.journal.schema.RecordHeaderDescriptor.BYTE_ORDER;
import static io.pldot.journal.schema.RecordHeaderDescriptor.HEADER_LENGTH;

/**
 * TradeTick (type id 1, schema version 1): one executed trade. Layout and codec.
 *
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +---------------------------------------------------------------+
 *  |  Header (32 bytes, see RecordHeaderDescriptor)                |  0
 *  +---------------------------------------------------------------+
 *  |  Instrument id (i32)                                          | 32
 *  +---------------+-----------------------------------------------+
 *  |  Side (u8)    |  Padding (3 bytes, 0)                         | 36
 *  +---------------+-----------------------------------------------+
 *  |  Price (i64, fixed point at the instrument's price scale)     | 40
 *  +---------------------------------------------------------------+
 *  |  Quantity (i64, fixed point at the instrument's qty scale)    | 48
 *  +---------------------------------------------------------------+
 *  |  Venue trade id (i64)                                         | 56
 *  +---------------------------------------------------------------+
 * </pre>
 * Stateless; safe to use from any thread.
 */
public final class TradeTickDescriptor
{
    /** The instrument id. */
    public static final I32Field INSTRUMENT_ID = I32Field.of("instrument", HEADER_LENGTH, Display.INSTRUMENT);
    /** The raw side code (see {@link Side#of(int)}). */
    public static final U8Field SIDE = U8Field.of("side", INSTRUMENT_ID.end(), Display.INTEGER);
    /** The fixed-point price. */
    public static final I64Field PRICE = I64Field.of("price", SIDE.end() + 3, Display.PRICE);
    /** The fixed-point quantity. */
    public static final I64Field QUANTITY = I64Field.of("quantity", PRICE.end(), Display.QUANTITY);
    /** The venue trade id. */
    public static final I64Field VENUE_TRADE_ID = I64Field.of("venueTradeId", QUANTITY.end(), Display.INTEGER);
    /** Record length, header included. */
    public static final int LENGTH = VENUE_TRADE_ID.end();

    private TradeTickDescriptor()
    {
    }

    /**
     * Encodes a trade.
     *
     * @param buffer       to write into.
     * @param offset       at which the record starts.
     * @param sequence     engine sequence (0 until ingress assigns it).
     * @param tsEvent      epoch nanoseconds of the trade at the venue.
     * @param tsRecv       epoch nanoseconds when the engine received it.
     * @param instrumentId from the instrument registry.
     * @param side         aggressor side.
     * @param price        fixed-point price.
     * @param quantity     fixed-point quantity.
     * @param venueTradeId the venue's trade id.
     * @return the encoded length.
     */
    public static int encode(
        final MutableDirectBuffer buffer,
        final int offset,
        final long sequence,
        final long tsEvent,
        final long tsRecv,
        final int instrumentId,
        final Side side,
        final long price,
        final long quantity,
        final long venueTradeId)
    {
        RecordHeaderDescriptor.encode(buffer, offset, RecordType.TRADE_TICK, LENGTH, sequence, tsEvent, tsRecv);
        INSTRUMENT_ID.put(buffer, offset, instrumentId);
        buffer.putByte(offset + SIDE.offset(), side.code());
        buffer.putByte(offset + SIDE.offset() + 1, (byte)0);
        buffer.putShort(offset + SIDE.offset() + 2, (short)0, BYTE_ORDER);
        PRICE.put(buffer, offset, price);
        QUANTITY.put(buffer, offset, quantity);
        VENUE_TRADE_ID.put(buffer, offset, venueTradeId);
        return LENGTH;
    }
}
