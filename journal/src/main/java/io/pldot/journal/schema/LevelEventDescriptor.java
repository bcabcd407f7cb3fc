package io.pldot.journal.schema;

import io.pldot.journal.schema.RecordField.Display;
import org.agrona.MutableDirectBuffer;

import static io.pldot.journal.schema.RecordHeaderDescriptor.BYTE_ORDER;
import static io.pldot.journal.schema.RecordHeaderDescriptor.HEADER_LENGTH;

/**
 * ZoneEvent (type id 105) and GapEvent (type id 106), schema version 1: outputs; a price level
 * band of one symbol × timeframe changed status when a candle closed. One layout serves both:
 * a supply/demand zone (kind {@link AnalyticsCodes.ZoneKind}, status
 * {@link AnalyticsCodes.ZoneStatus}) or a fair value gap (kind {@link AnalyticsCodes.GapDirection},
 * status {@link AnalyticsCodes.GapStatus}); the header's type id says which.
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
 *  +---------------+---------------+-------------------------------+
 *  |  Kind (u8)    | Status (u8)   | Reserved (u16, 0)             |  40
 *  +---------------+---------------+-------------------------------+
 *  |  Test count (i32; zones: times tested; gaps: 0)               |  44
 *  +---------------------------------------------------------------+
 *  |  First seen (i64, epoch ns: open time of the forming bar)     |  48
 *  +---------------------------------------------------------------+
 *  |  Last touched (i64, epoch ns: bar of the last test or fill)   |  56
 *  +---------------------------------------------------------------+
 *  |  Low (f64)  |  High (f64): the band's price bounds            |  64..79
 *  +---------------------------------------------------------------+
 *  |  Strength (f64; gaps: filled fraction 0..1)                   |  80
 *  +---------------------------------------------------------------+
 * </pre>
 * Stateless; safe to use from any thread.
 */
public final class LevelEventDescriptor
{
    /** The instrument id. */
    public static final I32Field INSTRUMENT_ID = I32Field.of("instrument", HEADER_LENGTH, Display.INSTRUMENT);
    /** The timeframe in seconds. */
    public static final I32Field TIMEFRAME_SECONDS = I32Field.of("timeframe", INSTRUMENT_ID.end(), Display.TIMEFRAME);
    /** The kind code. */
    public static final U8Field KIND = U8Field.of("kind", TIMEFRAME_SECONDS.end(), Display.INTEGER);
    /** The status code. */
    public static final U8Field STATUS = U8Field.of("status", KIND.end(), Display.INTEGER);
    /** The test count. */
    public static final I32Field TEST_COUNT = I32Field.of("testCount", STATUS.end() + 2, Display.INTEGER);
    /** First seen, epoch ns. */
    public static final I64Field FIRST_SEEN = I64Field.of("firstSeen", TEST_COUNT.end(), Display.INTEGER);
    /** Last touched, epoch ns. */
    public static final I64Field LAST_TOUCHED = I64Field.of("lastTouched", FIRST_SEEN.end(), Display.INTEGER);
    /** The low bound. */
    public static final F64Field LOW = F64Field.of("low", LAST_TOUCHED.end(), Display.NUMBER);
    /** The high bound. */
    public static final F64Field HIGH = F64Field.of("high", LOW.end(), Display.NUMBER);
    /** Strength or filled fraction. */
    public static final F64Field STRENGTH = F64Field.of("strength", HIGH.end(), Display.NUMBER);
    /** Record length, header included. */
    public static final int LENGTH = STRENGTH.end();

    private LevelEventDescriptor()
    {
    }

    /**
     * @param buffer           to write into.
     * @param offset           at which the record starts.
     * @param type             {@link RecordType#ZONE_EVENT} or {@link RecordType#GAP_EVENT}.
     * @param sequence         of the input that closed the candle.
     * @param tsEvent          event time that closed it.
     * @param tsRecv           receive time of that input.
     * @param instrumentId     of the candle.
     * @param timeframeSeconds of the candle.
     * @param kind             kind code.
     * @param status           status code.
     * @param testCount        times tested (zones).
     * @param firstSeen        open time of the forming bar.
     * @param lastTouched      open time of the bar of the last test or fill.
     * @param low              lower price bound.
     * @param high             upper price bound.
     * @param strength         zone strength or gap filled fraction (non-finite written as 0).
     * @return the encoded length.
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public static int encode(
        final MutableDirectBuffer buffer,
        final int offset,
        final RecordType type,
        final long sequence,
        final long tsEvent,
        final long tsRecv,
        final int instrumentId,
        final int timeframeSeconds,
        final int kind,
        final int status,
        final int testCount,
        final long firstSeen,
        final long lastTouched,
        final double low,
        final double high,
        final double strength)
    {
        if (type != RecordType.ZONE_EVENT && type != RecordType.GAP_EVENT)
        {
            throw new IllegalArgumentException("not a level event type: " + type);
        }
        RecordHeaderDescriptor.encode(buffer, offset, type, LENGTH, sequence, tsEvent, tsRecv);
        INSTRUMENT_ID.put(buffer, offset, instrumentId);
        TIMEFRAME_SECONDS.put(buffer, offset, timeframeSeconds);
        buffer.putInt(offset + KIND.offset(), 0, BYTE_ORDER);
        KIND.put(buffer, offset, kind);
        STATUS.put(buffer, offset, status);
        TEST_COUNT.put(buffer, offset, testCount);
        FIRST_SEEN.put(buffer, offset, firstSeen);
        LAST_TOUCHED.put(buffer, offset, lastTouched);
        LOW.put(buffer, offset, finite(low));
        HIGH.put(buffer, offset, finite(high));
        STRENGTH.put(buffer, offset, finite(strength));
        return LENGTH;
    }

    private static double finite(final double value)
    {
        return Double.isFinite(value) ? value : 0.0;
    }
}
