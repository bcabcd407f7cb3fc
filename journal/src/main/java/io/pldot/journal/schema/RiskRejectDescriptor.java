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
    /** The instrument id. */
    public static final I32Field INSTRUMENT_ID = I32Field.of("instrument", HEADER_LENGTH, Display.INSTRUMENT);
    /** The reason code. */
    public static final U8Field REASON =
        U8Field.code("reason", INSTRUMENT_ID.end(), TradingCodes.RiskRejectReason.class);
    /** The signal type code. */
    public static final U8Field SIGNAL_TYPE = U8Field.code("signal", REASON.end(), TradingCodes.SignalType.class);
    /** The strategy code. */
    public static final U8Field STRATEGY = U8Field.of("strategy", SIGNAL_TYPE.end(), Display.INTEGER);
    /** The rank. */
    public static final U8Field RANK = U8Field.of("rank", STRATEGY.end(), Display.INTEGER);
    /** The signal's entry price. */
    public static final I64Field ENTRY_PRICE = I64Field.of("entry", RANK.end(), Display.PRICE);
    /** The signal's stop price. */
    public static final I64Field STOP_PRICE = I64Field.of("stop", ENTRY_PRICE.end(), Display.OPTIONAL_PRICE);
    /** The detail. */
    public static final I64Field DETAIL = I64Field.of("detail", STOP_PRICE.end(), Display.INTEGER);
    /** The signal's confidence. */
    public static final F64Field CONFIDENCE = F64Field.of("confidence", DETAIL.end(), Display.NUMBER);
    /** Record length, header included. */
    public static final int LENGTH = CONFIDENCE.end();

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
