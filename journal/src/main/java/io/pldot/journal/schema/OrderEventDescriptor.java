package io.pldot.journal.schema;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import static io.pldot.journal.schema.RecordHeaderDescriptor.BYTE_ORDER;
import static io.pldot.journal.schema.RecordHeaderDescriptor.HEADER_LENGTH;

/**
 * Order event (type id 109, schema version 1): what the venue did with an order — accepted,
 * partially filled, filled, rejected or cancelled.
 *
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +---------------------------------------------------------------+
 *  |  Header (32 bytes, see RecordHeaderDescriptor)                |   0
 *  +---------------------------------------------------------------+
 *  |  Instrument id (i32)                                          |  32
 *  +---------------+---------------+---------------+---------------+
 *  |  Event (u8)   |  Side (u8)    | Liquidity u8  | Reject rsn u8 |  36
 *  +---------------+---------------+---------------+---------------+
 *  |  Client order id (i64)                                        |  40
 *  +---------------------------------------------------------------+
 *  |  Price (i64: fill price after slippage; order price otherwise)|  48
 *  +---------------------------------------------------------------+
 *  |  Quantity (i64: filled now; order quantity when accepted)     |  56
 *  +---------------------------------------------------------------+
 *  |  Remaining (i64: still open after this event)                 |  64
 *  +---------------------------------------------------------------+
 *  |  Fee (i64, quote currency at the instrument price scale)      |  72
 *  +---------------------------------------------------------------+
 * </pre>
 * Event, side, liquidity and reject reason are {@link TradingCodes.OrderEventType},
 * {@link TradingCodes.OrderSide}, {@link TradingCodes.Liquidity} and
 * {@link TradingCodes.VenueReject} codes, 0 when they do not apply (liquidity is set on fills,
 * the reject reason on rejects). For a fill, tsEvent is the time of the trade it filled against.
 * Stateless; safe from any thread.
 */
public final class OrderEventDescriptor
{
    /** Offset of the instrument id. */
    public static final int INSTRUMENT_ID_OFFSET = HEADER_LENGTH;
    /** Offset of the event code. */
    public static final int EVENT_OFFSET = INSTRUMENT_ID_OFFSET + 4;
    /** Offset of the side code. */
    public static final int SIDE_OFFSET = EVENT_OFFSET + 1;
    /** Offset of the liquidity code. */
    public static final int LIQUIDITY_OFFSET = SIDE_OFFSET + 1;
    /** Offset of the reject reason code. */
    public static final int REJECT_REASON_OFFSET = LIQUIDITY_OFFSET + 1;
    /** Offset of the client order id. */
    public static final int CLIENT_ORDER_ID_OFFSET = REJECT_REASON_OFFSET + 1;
    /** Offset of the price. */
    public static final int PRICE_OFFSET = CLIENT_ORDER_ID_OFFSET + 8;
    /** Offset of the quantity. */
    public static final int QUANTITY_OFFSET = PRICE_OFFSET + 8;
    /** Offset of the remaining quantity. */
    public static final int REMAINING_OFFSET = QUANTITY_OFFSET + 8;
    /** Offset of the fee. */
    public static final int FEE_OFFSET = REMAINING_OFFSET + 8;
    /** Record length, header included. */
    public static final int LENGTH = FEE_OFFSET + 8;

    private OrderEventDescriptor()
    {
    }

    /**
     * Writes the whole record.
     *
     * @param buffer        to write into.
     * @param offset        at which the record starts.
     * @param sequence      of the input that caused the event.
     * @param tsEvent       event time (of the trade, for a fill).
     * @param tsRecv        receive time of the input.
     * @param instrumentId  of the order.
     * @param event         {@link TradingCodes.OrderEventType} code.
     * @param side          {@link TradingCodes.OrderSide} code.
     * @param liquidity     {@link TradingCodes.Liquidity} code, 0 when not a fill.
     * @param rejectReason  {@link TradingCodes.VenueReject} code, 0 when not a reject.
     * @param clientOrderId of the order.
     * @param price         fill price, or the order's price.
     * @param quantity      filled now, or the order's quantity.
     * @param remaining     still open.
     * @param fee           charged on this fill.
     * @return the encoded length.
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public static int encode(
        final MutableDirectBuffer buffer,
        final int offset,
        final long sequence,
        final long tsEvent,
        final long tsRecv,
        final int instrumentId,
        final int event,
        final int side,
        final int liquidity,
        final int rejectReason,
        final long clientOrderId,
        final long price,
        final long quantity,
        final long remaining,
        final long fee)
    {
        RecordHeaderDescriptor.encode(buffer, offset, RecordType.ORDER_EVENT, LENGTH, sequence, tsEvent, tsRecv);
        buffer.putInt(offset + INSTRUMENT_ID_OFFSET, instrumentId, BYTE_ORDER);
        buffer.putByte(offset + EVENT_OFFSET, (byte)event);
        buffer.putByte(offset + SIDE_OFFSET, (byte)side);
        buffer.putByte(offset + LIQUIDITY_OFFSET, (byte)liquidity);
        buffer.putByte(offset + REJECT_REASON_OFFSET, (byte)rejectReason);
        buffer.putLong(offset + CLIENT_ORDER_ID_OFFSET, clientOrderId, BYTE_ORDER);
        buffer.putLong(offset + PRICE_OFFSET, price, BYTE_ORDER);
        buffer.putLong(offset + QUANTITY_OFFSET, quantity, BYTE_ORDER);
        buffer.putLong(offset + REMAINING_OFFSET, remaining, BYTE_ORDER);
        buffer.putLong(offset + FEE_OFFSET, fee, BYTE_ORDER);
        return LENGTH;
    }

    /** @param b buffer. @param o record offset. @return the instrument id. */
    public static int instrumentId(final DirectBuffer b, final int o)
    {
        return b.getInt(o + INSTRUMENT_ID_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the event code. */
    public static int event(final DirectBuffer b, final int o)
    {
        return b.getByte(o + EVENT_OFFSET) & 0xFF;
    }

    /** @param b buffer. @param o record offset. @return the side code. */
    public static int side(final DirectBuffer b, final int o)
    {
        return b.getByte(o + SIDE_OFFSET) & 0xFF;
    }

    /** @param b buffer. @param o record offset. @return the liquidity code (0 = not a fill). */
    public static int liquidity(final DirectBuffer b, final int o)
    {
        return b.getByte(o + LIQUIDITY_OFFSET) & 0xFF;
    }

    /** @param b buffer. @param o record offset. @return the venue reject code (0 = not a reject). */
    public static int rejectReason(final DirectBuffer b, final int o)
    {
        return b.getByte(o + REJECT_REASON_OFFSET) & 0xFF;
    }

    /** @param b buffer. @param o record offset. @return the client order id. */
    public static long clientOrderId(final DirectBuffer b, final int o)
    {
        return b.getLong(o + CLIENT_ORDER_ID_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the price. */
    public static long price(final DirectBuffer b, final int o)
    {
        return b.getLong(o + PRICE_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the quantity. */
    public static long quantity(final DirectBuffer b, final int o)
    {
        return b.getLong(o + QUANTITY_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the remaining quantity. */
    public static long remaining(final DirectBuffer b, final int o)
    {
        return b.getLong(o + REMAINING_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the fee. */
    public static long fee(final DirectBuffer b, final int o)
    {
        return b.getLong(o + FEE_OFFSET, BYTE_ORDER);
    }
}
