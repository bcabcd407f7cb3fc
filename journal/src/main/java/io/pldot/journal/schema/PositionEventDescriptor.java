package io.pldot.journal.schema;

import io.pldot.journal.schema.RecordField.Display;
import org.agrona.MutableDirectBuffer;

import static io.pldot.journal.schema.RecordHeaderDescriptor.HEADER_LENGTH;

/**
 * Position event (type id 111, schema version 1): a position opened, grew, shrank, closed, or its
 * trailing stop moved. A CLOSED event carries everything a closed round trip needs (entry time and
 * average price, exit price, quantity, gross P&L, fees, the opening signal), so reports can be built
 * from these records alone.
 *
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +---------------------------------------------------------------+
 *  |  Header (32 bytes, see RecordHeaderDescriptor)                |   0
 *  +---------------------------------------------------------------+
 *  |  Instrument id (i32)                                          |  32
 *  +---------------+---------------+---------------+---------------+
 *  |  Event (u8)   |  Side (u8)    | Reason (u8)   | Strategy (u8) |  36
 *  +---------------+---------------+---------------+---------------+
 *  |  Signal type  |  reserved, 0                                  |  40
 *  +---------------+-----------------------------------------------+
 *  |  Position id (i64: client order id of its entry order)        |  48
 *  +---------------------------------------------------------------+
 *  |  Quantity (i64: open after this event; fixed point)           |  56
 *  +---------------------------------------------------------------+
 *  |  Change (i64: quantity filled by this event; 0 for a stop move)|  64
 *  +---------------------------------------------------------------+
 *  |  Average entry price (i64, fixed point)                       |  72
 *  +---------------------------------------------------------------+
 *  |  Exit price (i64: average price of this event's exit fills;   |  80
 *  |  for CLOSED the average over every exit; 0 = none)            |
 *  +---------------------------------------------------------------+
 *  |  Realized P&L (i64, gross, cumulative for the position)       |  88
 *  +---------------------------------------------------------------+
 *  |  Fees (i64, cumulative for the position, entry and exits)     |  96
 *  +---------------------------------------------------------------+
 *  |  Stop price (i64, current trailing stop; 0 = none)            | 104
 *  +---------------------------------------------------------------+
 *  |  Entry time (i64, epoch ns of the first entry fill)           | 112
 *  +---------------------------------------------------------------+
 *  |  Confidence of the opening signal (f64)                       | 120
 *  +---------------------------------------------------------------+
 * </pre>
 * Event, side, reason and signal type are {@link TradingCodes.PositionEventType},
 * {@link TradingCodes.PositionSide}, {@link TradingCodes.OrderReason} (why it was reduced or closed;
 * ENTRY when it opened or grew; 0 for a stop move) and {@link TradingCodes.SignalType} codes.
 * Prices are at the instrument's price scale, quantities at its quantity scale, P&L and fees in
 * quote currency at the instrument's price scale. Stateless; safe from any thread.
 */
public final class PositionEventDescriptor
{
    /** The instrument id. */
    public static final I32Field INSTRUMENT_ID = I32Field.of("instrument", HEADER_LENGTH, Display.INSTRUMENT);
    /** The event code. */
    public static final U8Field EVENT =
        U8Field.code("event", INSTRUMENT_ID.end(), TradingCodes.PositionEventType.class);
    /** The side code. */
    public static final U8Field SIDE = U8Field.code("side", EVENT.end(), TradingCodes.PositionSide.class);
    /** The reason code. */
    public static final U8Field REASON = U8Field.code("reason", SIDE.end(), TradingCodes.OrderReason.class);
    /** The strategy code. */
    public static final U8Field STRATEGY = U8Field.of("strategy", REASON.end(), Display.INTEGER);
    /** The opening signal's type code. */
    public static final U8Field SIGNAL_TYPE = U8Field.code("signal", STRATEGY.end(), TradingCodes.SignalType.class);
    /** The position id. */
    public static final I64Field POSITION_ID = I64Field.of("positionId", SIGNAL_TYPE.end() + 7, Display.INTEGER);
    /** The quantity open after the event. */
    public static final I64Field QUANTITY = I64Field.of("quantity", POSITION_ID.end(), Display.QUANTITY);
    /** The quantity filled by the event. */
    public static final I64Field CHANGE = I64Field.of("change", QUANTITY.end(), Display.QUANTITY);
    /** The average entry price. */
    public static final I64Field AVERAGE_ENTRY = I64Field.of("averageEntry", CHANGE.end(), Display.PRICE);
    /** The exit price (0 = none). */
    public static final I64Field EXIT_PRICE = I64Field.of("exitPrice", AVERAGE_ENTRY.end(), Display.OPTIONAL_PRICE);
    /** The cumulative gross realized P&L. */
    public static final I64Field REALIZED_PNL = I64Field.of("realizedPnl", EXIT_PRICE.end(), Display.PRICE);
    /** The cumulative fees. */
    public static final I64Field FEES = I64Field.of("fees", REALIZED_PNL.end(), Display.PRICE);
    /** The stop price (0 = none). */
    public static final I64Field STOP_PRICE = I64Field.of("stop", FEES.end(), Display.OPTIONAL_PRICE);
    /** The entry time, epoch ns. */
    public static final I64Field ENTRY_TIME = I64Field.of("entryTime", STOP_PRICE.end(), Display.INTEGER);
    /** The opening signal's confidence. */
    public static final F64Field CONFIDENCE = F64Field.of("confidence", ENTRY_TIME.end(), Display.NUMBER);
    /** Record length, header included. */
    public static final int LENGTH = CONFIDENCE.end();

    private PositionEventDescriptor()
    {
    }

    /**
     * Writes the header and the identifying fields, and zeroes every other field; fill them with the
     * {@code put…} methods.
     *
     * @param buffer       to write into.
     * @param offset       at which the record starts.
     * @param sequence     of the input that caused the event.
     * @param tsEvent      event time (of the fill or tick).
     * @param tsRecv       receive time of the input.
     * @param instrumentId of the position.
     * @param event        {@link TradingCodes.PositionEventType} code.
     * @param side         {@link TradingCodes.PositionSide} code.
     * @param reason       {@link TradingCodes.OrderReason} code.
     * @param positionId   client order id of the position's entry order.
     * @return the encoded length.
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public static int begin(
        final MutableDirectBuffer buffer,
        final int offset,
        final long sequence,
        final long tsEvent,
        final long tsRecv,
        final int instrumentId,
        final int event,
        final int side,
        final int reason,
        final long positionId)
    {
        RecordHeaderDescriptor.encode(buffer, offset, RecordType.POSITION_EVENT, LENGTH, sequence, tsEvent, tsRecv);
        buffer.setMemory(offset + HEADER_LENGTH, LENGTH - HEADER_LENGTH, (byte)0);
        INSTRUMENT_ID.put(buffer, offset, instrumentId);
        EVENT.put(buffer, offset, event);
        SIDE.put(buffer, offset, side);
        REASON.put(buffer, offset, reason);
        POSITION_ID.put(buffer, offset, positionId);
        return LENGTH;
    }

    /**
     * @param b            buffer.
     * @param o            record offset.
     * @param quantity     open after this event.
     * @param change       filled by this event.
     * @param averageEntry average entry price.
     * @param exitPrice    average exit price, 0 for none.
     */
    public static void putQuantities(
        final MutableDirectBuffer b, final int o, final long quantity, final long change, final long averageEntry,
        final long exitPrice)
    {
        QUANTITY.put(b, o, quantity);
        CHANGE.put(b, o, change);
        AVERAGE_ENTRY.put(b, o, averageEntry);
        EXIT_PRICE.put(b, o, exitPrice);
    }

    /**
     * @param b           buffer.
     * @param o           record offset.
     * @param realizedPnl gross, cumulative.
     * @param fees        cumulative.
     * @param stopPrice   current trailing stop, 0 for none.
     * @param entryTime   epoch ns of the first entry fill.
     */
    public static void putMoney(
        final MutableDirectBuffer b, final int o, final long realizedPnl, final long fees, final long stopPrice,
        final long entryTime)
    {
        REALIZED_PNL.put(b, o, realizedPnl);
        FEES.put(b, o, fees);
        STOP_PRICE.put(b, o, stopPrice);
        ENTRY_TIME.put(b, o, entryTime);
    }

    /**
     * @param b          buffer.
     * @param o          record offset.
     * @param signalType {@link TradingCodes.SignalType} code of the opening signal.
     * @param strategy   its strategy code.
     * @param confidence its confidence (non-finite written as 0).
     */
    public static void putSignal(
        final MutableDirectBuffer b, final int o, final int signalType, final int strategy, final double confidence)
    {
        SIGNAL_TYPE.put(b, o, signalType);
        STRATEGY.put(b, o, strategy);
        CONFIDENCE.put(b, o, Double.isFinite(confidence) ? confidence : 0.0);
    }
}
