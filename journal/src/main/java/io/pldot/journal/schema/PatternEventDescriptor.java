package io.pldot.journal.schema;

import io.pldot.journal.schema.RecordField.Display;
import org.agrona.MutableDirectBuffer;

import static io.pldot.journal.schema.RecordHeaderDescriptor.BYTE_ORDER;
import static io.pldot.journal.schema.RecordHeaderDescriptor.HEADER_LENGTH;

/**
 * PatternEvent (type id 104, schema version 1): an output; a Drummond pattern started or ended on
 * one symbol × timeframe when a candle closed.
 *
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +---------------------------------------------------------------+
 *  |  Header (32 bytes, see RecordHeaderDescriptor)                |   0
 *  +---------------------------------------------------------------+
 *  |  Instrument id (i32)                                          |  32
 *  +---------------------------------------------------------------+
 *  |  Timeframe in seconds (i32)                                   |  36
 *  +---------------+---------------+---------------+---------------+
 *  |  Pattern (u8) | Direction u8  | Phase (u8)    | Reserved (0)  |  40
 *  +---------------+---------------+---------------+---------------+
 *  |  Reserved (i32, 0)                                            |  44
 *  +---------------------------------------------------------------+
 *  |  Start time (i64, epoch ns: open time of the first bar)       |  48
 *  +---------------------------------------------------------------+
 *  |  End time (i64, epoch ns: open time of the last bar; 0 while  |  56
 *  |  the pattern is only starting)                                |
 *  +---------------------------------------------------------------+
 *  |  Strength (f64, finite)                                       |  64
 *  +---------------------------------------------------------------+
 * </pre>
 * Codes are {@link AnalyticsCodes.Pattern}, {@link AnalyticsCodes.Direction} and
 * {@link AnalyticsCodes.PatternPhase}. Stateless; safe to use from any thread.
 */
public final class PatternEventDescriptor
{
    /** The instrument id. */
    public static final I32Field INSTRUMENT_ID = I32Field.of("instrument", HEADER_LENGTH, Display.INSTRUMENT);
    /** The timeframe in seconds. */
    public static final I32Field TIMEFRAME_SECONDS = I32Field.of("timeframe", INSTRUMENT_ID.end(), Display.TIMEFRAME);
    /** The pattern code. */
    public static final U8Field PATTERN =
        U8Field.code("pattern", TIMEFRAME_SECONDS.end(), AnalyticsCodes.Pattern.class);
    /** The direction code. */
    public static final U8Field DIRECTION = U8Field.code("direction", PATTERN.end(), AnalyticsCodes.Direction.class);
    /** The phase code. */
    public static final U8Field PHASE = U8Field.code("phase", DIRECTION.end(), AnalyticsCodes.PatternPhase.class);
    /** The start time, epoch ns. */
    public static final I64Field START_TIME = I64Field.of("startTime", PHASE.end() + 5, Display.INTEGER);
    /** The end time, epoch ns (0 when starting). */
    public static final I64Field END_TIME = I64Field.of("endTime", START_TIME.end(), Display.INTEGER);
    /** The strength. */
    public static final F64Field STRENGTH = F64Field.of("strength", END_TIME.end(), Display.NUMBER);
    /** Record length, header included. */
    public static final int LENGTH = STRENGTH.end();

    private PatternEventDescriptor()
    {
    }

    /**
     * @param buffer           to write into.
     * @param offset           at which the record starts.
     * @param sequence         of the input that closed the candle.
     * @param tsEvent          event time that closed it.
     * @param tsRecv           receive time of that input.
     * @param instrumentId     of the candle.
     * @param timeframeSeconds of the candle.
     * @param pattern          {@link AnalyticsCodes.Pattern} code.
     * @param direction        {@link AnalyticsCodes.Direction} code.
     * @param phase            {@link AnalyticsCodes.PatternPhase} code.
     * @param startTime        open time of the pattern's first bar.
     * @param endTime          open time of its last bar, 0 when starting.
     * @param strength         finite strength (a non-finite one is written as 0).
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
        final int timeframeSeconds,
        final int pattern,
        final int direction,
        final int phase,
        final long startTime,
        final long endTime,
        final double strength)
    {
        RecordHeaderDescriptor.encode(buffer, offset, RecordType.PATTERN_EVENT, LENGTH, sequence, tsEvent, tsRecv);
        INSTRUMENT_ID.put(buffer, offset, instrumentId);
        TIMEFRAME_SECONDS.put(buffer, offset, timeframeSeconds);
        buffer.putLong(offset + PATTERN.offset(), 0L, BYTE_ORDER);
        PATTERN.put(buffer, offset, pattern);
        DIRECTION.put(buffer, offset, direction);
        PHASE.put(buffer, offset, phase);
        START_TIME.put(buffer, offset, startTime);
        END_TIME.put(buffer, offset, endTime);
        STRENGTH.put(buffer, offset, Double.isFinite(strength) ? strength : 0.0);
        return LENGTH;
    }
}
