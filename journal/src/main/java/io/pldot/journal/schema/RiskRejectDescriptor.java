package io.pldot.journal.schema;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import static io.pldot.journal.schema.RecordHeaderDescriptor.BYTE_ORDER;
import static io.pldot.journal.schema.RecordHeaderDescriptor.HEADER_LENGTH;

/**
 * Risk reject (type id 110, schema version 1): the risk stage's execution chain refused a signal,
 * with the reason of the step that refused it and the signal it refers to (same input sequence;
 * the signal's type, strategy and rank identify it among that input's signals).
 *
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +---------------------------------------------------------------+
 *  |  Header (32 bytes, see RecordHeaderDescriptor)                |   0
 *  +---------------------------------------------------------------+
 *  |  Instrument id (i32)                                          |  32
 *  +---------------+---------------+---------------+---------------+
 *  |  Reason (u8)  | Signal type u8| Strategy (u8) | Rank (u8)     |  36
 *  +---------------+---------------+---------------+---------------+
 *  |  Signal entry price (i64, fixed point)                        |  40
 *  +---------------------------------------------------------------+
 *  |  Signal stop price (i64, fixed point; 0 = none)               |  48
 *  +---------------------------------------------------------------+
 *  |  Detail (i64): the limit that was hit (positions, or money at |  56
 *  |  the portfolio cash scale), or the venue reject code          |
 *  +---------------------------------------------------------------+
 *  |  Signal confidence (f64)                                      |  64
 *  +---------------------------------------------------------------+
 * </pre>
 * Reason is a {@link TradingCodes.RiskRejectReason} code, signal type a
 * {@link TradingCodes.SignalType} code. Stateless; safe from any thread.
 */
public final class RiskRejectDescriptor
{
    /** Offset of the instrument id. */
    public static final int INSTRUMENT_ID_OFFSET = HEADER_LENGTH;
    /** Offset of the reason code. */
    public static final int REASON_OFFSET = INSTRUMENT_ID_OFFSET + 4;
    /** Offset of the signal type code. */
    public static final int SIGNAL_TYPE_OFFSET = REASON_OFFSET + 1;
    /** Offset of the strategy code. */
    public static final int STRATEGY_OFFSET = SIGNAL_TYPE_OFFSET + 1;
    /** Offset of the rank. */
    public static final int RANK_OFFSET = STRATEGY_OFFSET + 1;
    /** Offset of the signal's entry price. */
    public static final int ENTRY_PRICE_OFFSET = RANK_OFFSET + 1;
    /** Offset of the signal's stop price. */
    public static final int STOP_PRICE_OFFSET = ENTRY_PRICE_OFFSET + 8;
    /** Offset of the detail. */
    public static final int DETAIL_OFFSET = STOP_PRICE_OFFSET + 8;
    /** Offset of the confidence. */
    public static final int CONFIDENCE_OFFSET = DETAIL_OFFSET + 8;
    /** Record length, header included. */
    public static final int LENGTH = CONFIDENCE_OFFSET + 8;

    private RiskRejectDescriptor()
    {
    }

    /**
     * Writes the whole record.
     *
     * @param buffer       to write into.
     * @param offset       at which the record starts.
     * @param sequence     of the input whose signal was refused.
     * @param tsEvent      event time of that input.
     * @param tsRecv       receive time of that input.
     * @param instrumentId of the signal.
     * @param reason       {@link TradingCodes.RiskRejectReason} code.
     * @param signalType   {@link TradingCodes.SignalType} code.
     * @param strategy     the signal's strategy code.
     * @param rank         the signal's rank.
     * @param entryPrice   the signal's entry price.
     * @param stopPrice    the signal's stop price.
     * @param detail       the limit hit, or the venue reject code.
     * @param confidence   the signal's confidence (non-finite written as 0).
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
        final int reason,
        final int signalType,
        final int strategy,
        final int rank,
        final long entryPrice,
        final long stopPrice,
        final long detail,
        final double confidence)
    {
        RecordHeaderDescriptor.encode(buffer, offset, RecordType.RISK_REJECT, LENGTH, sequence, tsEvent, tsRecv);
        buffer.putInt(offset + INSTRUMENT_ID_OFFSET, instrumentId, BYTE_ORDER);
        buffer.putByte(offset + REASON_OFFSET, (byte)reason);
        buffer.putByte(offset + SIGNAL_TYPE_OFFSET, (byte)signalType);
        buffer.putByte(offset + STRATEGY_OFFSET, (byte)strategy);
        buffer.putByte(offset + RANK_OFFSET, (byte)rank);
        buffer.putLong(offset + ENTRY_PRICE_OFFSET, entryPrice, BYTE_ORDER);
        buffer.putLong(offset + STOP_PRICE_OFFSET, stopPrice, BYTE_ORDER);
        buffer.putLong(offset + DETAIL_OFFSET, detail, BYTE_ORDER);
        buffer.putDouble(offset + CONFIDENCE_OFFSET, Double.isFinite(confidence) ? confidence : 0.0, BYTE_ORDER);
        return LENGTH;
    }

    /** @param b buffer. @param o record offset. @return the instrument id. */
    public static int instrumentId(final DirectBuffer b, final int o)
    {
        return b.getInt(o + INSTRUMENT_ID_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the reason code. */
    public static int reason(final DirectBuffer b, final int o)
    {
        return b.getByte(o + REASON_OFFSET) & 0xFF;
    }

    /** @param b buffer. @param o record offset. @return the signal type code. */
    public static int signalType(final DirectBuffer b, final int o)
    {
        return b.getByte(o + SIGNAL_TYPE_OFFSET) & 0xFF;
    }

    /** @param b buffer. @param o record offset. @return the strategy code. */
    public static int strategy(final DirectBuffer b, final int o)
    {
        return b.getByte(o + STRATEGY_OFFSET) & 0xFF;
    }

    /** @param b buffer. @param o record offset. @return the rank. */
    public static int rank(final DirectBuffer b, final int o)
    {
        return b.getByte(o + RANK_OFFSET) & 0xFF;
    }

    /** @param b buffer. @param o record offset. @return the signal's entry price. */
    public static long entryPrice(final DirectBuffer b, final int o)
    {
        return b.getLong(o + ENTRY_PRICE_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the signal's stop price. */
    public static long stopPrice(final DirectBuffer b, final int o)
    {
        return b.getLong(o + STOP_PRICE_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the detail. */
    public static long detail(final DirectBuffer b, final int o)
    {
        return b.getLong(o + DETAIL_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the signal's confidence. */
    public static double confidence(final DirectBuffer b, final int o)
    {
        return b.getDouble(o + CONFIDENCE_OFFSET, BYTE_ORDER);
    }
}
