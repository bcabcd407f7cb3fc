package io.pldot.journal.schema;

import org.agrona.DirectBuffer;
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
    /** Offset of the instrument id. */
    public static final int INSTRUMENT_ID_OFFSET = HEADER_LENGTH;
    /** Offset of the timeframe in seconds. */
    public static final int TIMEFRAME_SECONDS_OFFSET = INSTRUMENT_ID_OFFSET + 4;
    /** Offset of the pattern code. */
    public static final int PATTERN_OFFSET = TIMEFRAME_SECONDS_OFFSET + 4;
    /** Offset of the direction code. */
    public static final int DIRECTION_OFFSET = PATTERN_OFFSET + 1;
    /** Offset of the phase code. */
    public static final int PHASE_OFFSET = DIRECTION_OFFSET + 1;
    /** Offset of the start time. */
    public static final int START_TIME_OFFSET = PATTERN_OFFSET + 8;
    /** Offset of the end time. */
    public static final int END_TIME_OFFSET = START_TIME_OFFSET + 8;
    /** Offset of the strength. */
    public static final int STRENGTH_OFFSET = END_TIME_OFFSET + 8;
    /** Record length, header included. */
    public static final int LENGTH = STRENGTH_OFFSET + 8;

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
        buffer.putInt(offset + INSTRUMENT_ID_OFFSET, instrumentId, BYTE_ORDER);
        buffer.putInt(offset + TIMEFRAME_SECONDS_OFFSET, timeframeSeconds, BYTE_ORDER);
        buffer.putLong(offset + PATTERN_OFFSET, 0L, BYTE_ORDER);
        buffer.putByte(offset + PATTERN_OFFSET, (byte)pattern);
        buffer.putByte(offset + DIRECTION_OFFSET, (byte)direction);
        buffer.putByte(offset + PHASE_OFFSET, (byte)phase);
        buffer.putLong(offset + START_TIME_OFFSET, startTime, BYTE_ORDER);
        buffer.putLong(offset + END_TIME_OFFSET, endTime, BYTE_ORDER);
        buffer.putDouble(offset + STRENGTH_OFFSET, Double.isFinite(strength) ? strength : 0.0, BYTE_ORDER);
        return LENGTH;
    }

    /** @param b buffer. @param o record offset. @return the instrument id. */
    public static int instrumentId(final DirectBuffer b, final int o)
    {
        return b.getInt(o + INSTRUMENT_ID_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the timeframe in seconds. */
    public static int timeframeSeconds(final DirectBuffer b, final int o)
    {
        return b.getInt(o + TIMEFRAME_SECONDS_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the pattern code. */
    public static int pattern(final DirectBuffer b, final int o)
    {
        return b.getByte(o + PATTERN_OFFSET) & 0xFF;
    }

    /** @param b buffer. @param o record offset. @return the direction code. */
    public static int direction(final DirectBuffer b, final int o)
    {
        return b.getByte(o + DIRECTION_OFFSET) & 0xFF;
    }

    /** @param b buffer. @param o record offset. @return the phase code. */
    public static int phase(final DirectBuffer b, final int o)
    {
        return b.getByte(o + PHASE_OFFSET) & 0xFF;
    }

    /** @param b buffer. @param o record offset. @return the start time, epoch ns. */
    public static long startTime(final DirectBuffer b, final int o)
    {
        return b.getLong(o + START_TIME_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the end time, epoch ns (0 when starting). */
    public static long endTime(final DirectBuffer b, final int o)
    {
        return b.getLong(o + END_TIME_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the strength. */
    public static double strength(final DirectBuffer b, final int o)
    {
        return b.getDouble(o + STRENGTH_OFFSET, BYTE_ORDER);
    }
}
