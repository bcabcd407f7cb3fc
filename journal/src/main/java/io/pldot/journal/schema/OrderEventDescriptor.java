package io.pldot.journal.schema;

import io.pldot.journal.schema.RecordField.Display;
import org.agrona.MutableDirectBuffer;

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
    /** The instrument id. */
    public static final I32Field INSTRUMENT_ID = I32Field.of("instrument", HEADER_LENGTH, Display.INSTRUMENT);
    /** The event code. */
    public static final U8Field EVENT = U8Field.code("event", INSTRUMENT_ID.end(), TradingCodes.OrderEventType.class);
    /** The side code. */
    public static final U8Field SIDE = U8Field.code("side", EVENT.end(), TradingCodes.OrderSide.class);
    /** The liquidity code (0 = not a fill). */
    public static final U8Field LIQUIDITY = U8Field.code("liquidity", SIDE.end(), TradingCodes.Liquidity.class);
    /** The venue reject code (0 = not a reject). */
    public static final U8Field REJECT_REASON =
        U8Field.code("rejectReason", LIQUIDITY.end(), TradingCodes.VenueReject.class);
    /** The client order id. */
    public static final I64Field CLIENT_ORDER_ID = I64Field.of("clientOrderId", REJECT_REASON.end(), Display.INTEGER);
    /** The price. */
    public static final I64Field PRICE = I64Field.of("price", CLIENT_ORDER_ID.end(), Display.PRICE);
    /** The quantity. */
    public static final I64Field QUANTITY = I64Field.of("quantity", PRICE.end(), Display.QUANTITY);
    /** The remaining quantity. */
    public static final I64Field REMAINING = I64Field.of("remaining", QUANTITY.end(), Display.QUANTITY);
    /** The fee. */
    public static final I64Field FEE = I64Field.of("fee", REMAINING.end(), Display.PRICE);
    /** Record length, header included. */
    public static final int LENGTH = FEE.end();

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
        INSTRUMENT_ID.put(buffer, offset, instrumentId);
        EVENT.put(buffer, offset, event);
        SIDE.put(buffer, offset, side);
        LIQUIDITY.put(buffer, offset, liquidity);
        REJECT_REASON.put(buffer, offset, rejectReason);
        CLIENT_ORDER_ID.put(buffer, offset, clientOrderId);
        PRICE.put(buffer, offset, price);
        QUANTITY.put(buffer, offset, quantity);
        REMAINING.put(buffer, offset, remaining);
        FEE.put(buffer, offset, fee);
        return LENGTH;
    }
}
