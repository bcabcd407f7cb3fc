package io.pldot.journal.schema;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import static io.pldot.journal.schema.RecordHeaderDescriptor.BYTE_ORDER;
import static io.pldot.journal.schema.RecordHeaderDescriptor.HEADER_LENGTH;

/**
 * Order intent (type id 108, schema version 1): an order the risk stage decided to place, entry or
 * exit. In paper and backtest mode it goes to the simulated venue; in live mode the output stage
 * hands it to the venue adapter.
 *
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +---------------------------------------------------------------+
 *  |  Header (32 bytes, see RecordHeaderDescriptor)                |   0
 *  +---------------------------------------------------------------+
 *  |  Instrument id (i32)                                          |  32
 *  +---------------+---------------+---------------+---------------+
 *  |  Side (u8)    | Order type u8 | Reason (u8)   | Strategy (u8) |  36
 *  +---------------------------------------------------------------+
 *  |  Client order id (i64): input sequence x 16 + index           |  40
 *  +---------------------------------------------------------------+
 *  |  Quantity (i64, fixed point at the instrument quantity scale) |  48
 *  +---------------------------------------------------------------+
 *  |  Price (i64, limit or stop price; 0 = market)                 |  56
 *  +---------------------------------------------------------------+
 *  |  Reference price (i64: signal entry, or the trade that caused |  64
 *  |  an exit; the price the sizing used)                          |
 *  +---------------------------------------------------------------+
 *  |  Stop price (i64, the signal's stop used for sizing; 0 none)  |  72
 *  +---------------------------------------------------------------+
 *  |  Position id (i64: client order id of the position's entry)   |  80
 *  +---------------+---------------+-------------------------------+
 *  |  Signal type  | Rank (u8)     |  reserved, 0                  |  88
 *  +---------------+---------------+-------------------------------+
 * </pre>
 * Side, order type, reason and signal type are {@link TradingCodes.OrderSide},
 * {@link TradingCodes.OrderType}, {@link TradingCodes.OrderReason} and
 * {@link TradingCodes.SignalType} codes (0 = undefined; an exit not caused by a signal has
 * signal type 0). Prices at the instrument's price scale. Stateless; safe from any thread.
 */
public final class OrderIntentDescriptor
{
    /** Offset of the instrument id. */
    public static final int INSTRUMENT_ID_OFFSET = HEADER_LENGTH;
    /** Offset of the side code. */
    public static final int SIDE_OFFSET = INSTRUMENT_ID_OFFSET + 4;
    /** Offset of the order type code. */
    public static final int ORDER_TYPE_OFFSET = SIDE_OFFSET + 1;
    /** Offset of the reason code. */
    public static final int REASON_OFFSET = ORDER_TYPE_OFFSET + 1;
    /** Offset of the strategy code. */
    public static final int STRATEGY_OFFSET = REASON_OFFSET + 1;
    /** Offset of the client order id. */
    public static final int CLIENT_ORDER_ID_OFFSET = STRATEGY_OFFSET + 1;
    /** Offset of the quantity. */
    public static final int QUANTITY_OFFSET = CLIENT_ORDER_ID_OFFSET + 8;
    /** Offset of the limit or stop price. */
    public static final int PRICE_OFFSET = QUANTITY_OFFSET + 8;
    /** Offset of the reference price. */
    public static final int REFERENCE_PRICE_OFFSET = PRICE_OFFSET + 8;
    /** Offset of the stop price. */
    public static final int STOP_PRICE_OFFSET = REFERENCE_PRICE_OFFSET + 8;
    /** Offset of the position id. */
    public static final int POSITION_ID_OFFSET = STOP_PRICE_OFFSET + 8;
    /** Offset of the signal type code. */
    public static final int SIGNAL_TYPE_OFFSET = POSITION_ID_OFFSET + 8;
    /** Offset of the signal rank. */
    public static final int RANK_OFFSET = SIGNAL_TYPE_OFFSET + 1;
    /** Record length, header included. */
    public static final int LENGTH = SIGNAL_TYPE_OFFSET + 8;

    private OrderIntentDescriptor()
    {
    }

    /**
     * Writes the whole record.
     *
     * @param buffer         to write into.
     * @param offset         at which the record starts.
     * @param sequence       of the input that caused the order.
     * @param tsEvent        event time of that input.
     * @param tsRecv         receive time of that input.
     * @param instrumentId   of the order.
     * @param side           {@link TradingCodes.OrderSide} code.
     * @param orderType      {@link TradingCodes.OrderType} code.
     * @param reason         {@link TradingCodes.OrderReason} code.
     * @param clientOrderId  stable across replay.
     * @param quantity       fixed point.
     * @param price          limit or stop price, 0 for market.
     * @param referencePrice price the decision used.
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
        final int side,
        final int orderType,
        final int reason,
        final long clientOrderId,
        final long quantity,
        final long price,
        final long referencePrice)
    {
        RecordHeaderDescriptor.encode(buffer, offset, RecordType.ORDER_INTENT, LENGTH, sequence, tsEvent, tsRecv);
        buffer.putInt(offset + INSTRUMENT_ID_OFFSET, instrumentId, BYTE_ORDER);
        buffer.putByte(offset + SIDE_OFFSET, (byte)side);
        buffer.putByte(offset + ORDER_TYPE_OFFSET, (byte)orderType);
        buffer.putByte(offset + REASON_OFFSET, (byte)reason);
        buffer.putByte(offset + STRATEGY_OFFSET, (byte)0);
        buffer.putLong(offset + CLIENT_ORDER_ID_OFFSET, clientOrderId, BYTE_ORDER);
        buffer.putLong(offset + QUANTITY_OFFSET, quantity, BYTE_ORDER);
        buffer.putLong(offset + PRICE_OFFSET, price, BYTE_ORDER);
        buffer.putLong(offset + REFERENCE_PRICE_OFFSET, referencePrice, BYTE_ORDER);
        buffer.putLong(offset + STOP_PRICE_OFFSET, 0L, BYTE_ORDER);
        buffer.putLong(offset + POSITION_ID_OFFSET, 0L, BYTE_ORDER);
        buffer.putLong(offset + SIGNAL_TYPE_OFFSET, 0L, BYTE_ORDER);
        return LENGTH;
    }

    /**
     * Fills the fields that tie the order to its signal and position (zero after {@link #encode}).
     *
     * @param b          buffer.
     * @param o          record offset.
     * @param positionId client order id of the position's entry.
     * @param stopPrice  the signal's stop, 0 for none.
     * @param signalType {@link TradingCodes.SignalType} code, 0 when no signal caused it.
     * @param strategy   registry code of the signal's strategy.
     * @param rank       the signal's rank.
     */
    public static void putSignal(
        final MutableDirectBuffer b,
        final int o,
        final long positionId,
        final long stopPrice,
        final int signalType,
        final int strategy,
        final int rank)
    {
        b.putLong(o + POSITION_ID_OFFSET, positionId, BYTE_ORDER);
        b.putLong(o + STOP_PRICE_OFFSET, stopPrice, BYTE_ORDER);
        b.putByte(o + SIGNAL_TYPE_OFFSET, (byte)signalType);
        b.putByte(o + STRATEGY_OFFSET, (byte)strategy);
        b.putByte(o + RANK_OFFSET, (byte)rank);
    }

    /** @param b buffer. @param o record offset. @return the instrument id. */
    public static int instrumentId(final DirectBuffer b, final int o)
    {
        return b.getInt(o + INSTRUMENT_ID_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the side code. */
    public static int side(final DirectBuffer b, final int o)
    {
        return b.getByte(o + SIDE_OFFSET) & 0xFF;
    }

    /** @param b buffer. @param o record offset. @return the order type code. */
    public static int orderType(final DirectBuffer b, final int o)
    {
        return b.getByte(o + ORDER_TYPE_OFFSET) & 0xFF;
    }

    /** @param b buffer. @param o record offset. @return the reason code. */
    public static int reason(final DirectBuffer b, final int o)
    {
        return b.getByte(o + REASON_OFFSET) & 0xFF;
    }

    /** @param b buffer. @param o record offset. @return the strategy code. */
    public static int strategy(final DirectBuffer b, final int o)
    {
        return b.getByte(o + STRATEGY_OFFSET) & 0xFF;
    }

    /** @param b buffer. @param o record offset. @return the client order id. */
    public static long clientOrderId(final DirectBuffer b, final int o)
    {
        return b.getLong(o + CLIENT_ORDER_ID_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the quantity, fixed point. */
    public static long quantity(final DirectBuffer b, final int o)
    {
        return b.getLong(o + QUANTITY_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the limit or stop price (0 = market). */
    public static long price(final DirectBuffer b, final int o)
    {
        return b.getLong(o + PRICE_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the reference price. */
    public static long referencePrice(final DirectBuffer b, final int o)
    {
        return b.getLong(o + REFERENCE_PRICE_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the signal's stop price (0 = none). */
    public static long stopPrice(final DirectBuffer b, final int o)
    {
        return b.getLong(o + STOP_PRICE_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the position id. */
    public static long positionId(final DirectBuffer b, final int o)
    {
        return b.getLong(o + POSITION_ID_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the signal type code (0 = none). */
    public static int signalType(final DirectBuffer b, final int o)
    {
        return b.getByte(o + SIGNAL_TYPE_OFFSET) & 0xFF;
    }

    /** @param b buffer. @param o record offset. @return the signal rank (0 = none). */
    public static int rank(final DirectBuffer b, final int o)
    {
        return b.getByte(o + RANK_OFFSET) & 0xFF;
    }
}
