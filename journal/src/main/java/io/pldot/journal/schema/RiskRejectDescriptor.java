package io.pldot.journal.schema;

import io.pldot.journal.schema.RecordField.Display;
import org.agrona.MutableDirectBuffer;

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

    /** The instrument id. */
    public static final I32Field INSTRUMENT_ID = I32Field.of("instrument", INSTRUMENT_ID_OFFSET, Display.INSTRUMENT);
    /** The reason code. */
    public static final U8Field REASON = U8Field.code("reason", REASON_OFFSET, TradingCodes.RiskRejectReason.class);
    /** The signal type code. */
    public static final U8Field SIGNAL_TYPE = U8Field.code("signal", SIGNAL_TYPE_OFFSET, TradingCodes.SignalType.class);
    /** The strategy code. */
    public static final U8Field STRATEGY = U8Field.of("strategy", STRATEGY_OFFSET, Display.INTEGER);
    /** The rank. */
    public static final U8Field RANK = U8Field.of("rank", RANK_OFFSET, Display.INTEGER);
    /** The signal's entry price. */
    public static final I64Field ENTRY_PRICE = I64Field.of("entry", ENTRY_PRICE_OFFSET, Display.PRICE);
    /** The signal's stop price. */
    public static final I64Field STOP_PRICE = I64Field.of("stop", STOP_PRICE_OFFSET, Display.OPTIONAL_PRICE);
    /** The detail. */
    public static final I64Field DETAIL = I64Field.of("detail", DETAIL_OFFSET, Display.INTEGER);
    /** The signal's confidence. */
    public static final F64Field CONFIDENCE = F64Field.of("confidence", CONFIDENCE_OFFSET, Display.NUMBER);

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
        INSTRUMENT_ID.put(buffer, offset, instrumentId);
        REASON.put(buffer, offset, reason);
        SIGNAL_TYPE.put(buffer, offset, signalType);
        STRATEGY.put(buffer, offset, strategy);
        RANK.put(buffer, offset, rank);
        ENTRY_PRICE.put(buffer, offset, entryPrice);
        STOP_PRICE.put(buffer, offset, stopPrice);
        DETAIL.put(buffer, offset, detail);
        CONFIDENCE.put(buffer, offset, Double.isFinite(confidence) ? confidence : 0.0);
        return LENGTH;
    }
}
