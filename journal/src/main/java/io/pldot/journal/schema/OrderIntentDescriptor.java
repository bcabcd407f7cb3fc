package io.pldot.journal.schema;

import io.pldot.journal.schema.RecordField.Display;
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
    /** The instrument id. */
    public static final I32Field INSTRUMENT_ID = I32Field.of("instrument", HEADER_LENGTH, Display.INSTRUMENT);
    /** The side code. */
    public static final U8Field SIDE = U8Field.code("side", INSTRUMENT_ID.end(), TradingCodes.OrderSide.class);
    /** The order type code. */
    public static final U8Field ORDER_TYPE = U8Field.code("orderType", SIDE.end(), TradingCodes.OrderType.class);
    /** The reason code. */
    public static final U8Field REASON = U8Field.code("reason", ORDER_TYPE.end(), TradingCodes.OrderReason.class);
    /** The strategy code. */
    public static final U8Field STRATEGY = U8Field.of("strategy", REASON.end(), Display.INTEGER);
    /** The client order id. */
    public static final I64Field CLIENT_ORDER_ID = I64Field.of("clientOrderId", STRATEGY.end(), Display.INTEGER);
    /** The quantity, fixed point. */
    public static final I64Field QUANTITY = I64Field.of("quantity", CLIENT_ORDER_ID.end(), Display.QUANTITY);
    /** The limit or stop price (0 = market). */
    public static final I64Field PRICE = I64Field.of("price", QUANTITY.end(), Display.OPTIONAL_PRICE);
    /** The reference price. */
    public static final I64Field REFERENCE_PRICE = I64Field.of("referencePrice", PRICE.end(), Display.OPTIONAL_PRICE);
    /** The signal's stop price (0 = none). */
    public static final I64Field STOP_PRICE = I64Field.of("stop", REFERENCE_PRICE.end(), Display.OPTIONAL_PRICE);
    /** The position id. */
    public static final I64Field POSITION_ID = I64Field.of("positionId", STOP_PRICE.end(), Display.INTEGER);
    /** The signal type code (0 = none). */
    public static final U8Field SIGNAL_TYPE = U8Field.code("signal", POSITION_ID.end(), TradingCodes.SignalType.class);
    /** The signal rank (0 = none). */
    public static final U8Field RANK = U8Field.of("rank", SIGNAL_TYPE.end(), Display.INTEGER);
    /** Record length, header included. */
    public static final int LENGTH = RANK.end() + 6;

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
        INSTRUMENT_ID.put(buffer, offset, instrumentId);
        SIDE.put(buffer, offset, side);
        ORDER_TYPE.put(buffer, offset, orderType);
        REASON.put(buffer, offset, reason);
        STRATEGY.put(buffer, offset, 0);
        CLIENT_ORDER_ID.put(buffer, offset, clientOrderId);
        QUANTITY.put(buffer, offset, quantity);
        PRICE.put(buffer, offset, price);
        REFERENCE_PRICE.put(buffer, offset, referencePrice);
        STOP_PRICE.put(buffer, offset, 0L);
        POSITION_ID.put(buffer, offset, 0L);
        buffer.putLong(offset + SIGNAL_TYPE.offset(), 0L, BYTE_ORDER);
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
        POSITION_ID.put(b, o, positionId);
        STOP_PRICE.put(b, o, stopPrice);
        SIGNAL_TYPE.put(b, o, signalType);
        STRATEGY.put(b, o, strategy);
        RANK.put(b, o, rank);
    }
}
