package io.pldot.journal.schema;

import io.pldot.journal.schema.RecordField.Display;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import static io.pldot.journal.schema.RecordHeaderDescriptor.BYTE_ORDER;
import static io.pldot.journal.schema.RecordHeaderDescriptor.HEADER_LENGTH;

/**
 * IndicatorSnapshot (type id 103, schema version 1): an output; every analytics value of one
 * symbol × timeframe after one candle closed. Emitted right after that candle's CandleClosed,
 * with the same sequence and tsEvent.
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
 *  +---------------------------------------------------------------+
 *  |  Candle open time (i64, epoch ns)                             |  40
 *  +---------------------------------------------------------------+
 *  |  Presence mask (u64): bit i set = IndicatorField i defined    |  48
 *  +---------------+---------------+---------------+---------------+
 *  |  State (u8)   | Prev state u8 | Trend dir u8  | Slope dir u8  |  56
 *  +---------------+---------------+---------------+---------------+
 *  |  Regime (u8)  | Profile shape | Patterns (u8) | Reserved (0)  |  60
 *  +---------------+---------------+---------------+---------------+
 *  |  Bars in state (i32)                                          |  64
 *  +---------------------------------------------------------------+
 *  |  Reserved (i32, 0)                                            |  68
 *  +---------------------------------------------------------------+
 *  |  EMA periods: 8 × u16, 0 = slot unused                        |  72..87
 *  +---------------------------------------------------------------+
 *  |  Values: one f64 per IndicatorField, in its order             |  88..359
 *  +---------------------------------------------------------------+
 * </pre>
 * Categorical bytes use {@link AnalyticsCodes} (0 = undefined); "Patterns" has bit k set while
 * pattern {@code AnalyticsCodes.Pattern} k is active. A value whose presence bit is clear is 0 in
 * the record and must be read as "not defined yet": the encoder refuses to store NaN or infinity
 * (it leaves the bit clear), so no non-finite number ever reaches the journal.
 * <p>
 * Stateless; safe to use from any thread.
 */
public final class IndicatorSnapshotDescriptor
{
    /** The instrument id. */
    public static final I32Field INSTRUMENT_ID = I32Field.of("instrument", HEADER_LENGTH, Display.INSTRUMENT);
    /** The timeframe in seconds. */
    public static final I32Field TIMEFRAME_SECONDS = I32Field.of("timeframe", INSTRUMENT_ID.end(), Display.TIMEFRAME);
    /** The candle open time, epoch ns. */
    public static final I64Field OPEN_TIME = I64Field.of("openTime", TIMEFRAME_SECONDS.end(), Display.INTEGER);
    /**
     * The presence bits: bit {@code f.ordinal()} set when field f is defined (read once to decode a whole snapshot,
     * instead of once per field through {@link #has}).
     */
    public static final I64Field PRESENCE = I64Field.of("presence", OPEN_TIME.end(), Display.INTEGER);
    /** The market state code. */
    public static final U8Field STATE = U8Field.code("state", PRESENCE.end(), AnalyticsCodes.MarketState.class);
    /** The previous market state code. */
    public static final U8Field PREVIOUS_STATE =
        U8Field.code("previousState", STATE.end(), AnalyticsCodes.MarketState.class);
    /** The trend direction code. */
    public static final U8Field TREND = U8Field.code("trend", PREVIOUS_STATE.end(), AnalyticsCodes.Direction.class);
    /** The slope direction code. */
    public static final U8Field SLOPE_TREND = U8Field.code("slopeTrend", TREND.end(), AnalyticsCodes.Slope.class);
    /** The regime code. */
    public static final U8Field REGIME = U8Field.code("regime", SLOPE_TREND.end(), AnalyticsCodes.Regime.class);
    /** The profile shape code. */
    public static final U8Field PROFILE_SHAPE =
        U8Field.code("profileShape", REGIME.end(), AnalyticsCodes.ProfileShape.class);
    /** The active-pattern bits. */
    public static final U8Field PATTERNS = U8Field.of("patterns", PROFILE_SHAPE.end(), Display.INTEGER);
    /** Bars in the current state. */
    public static final I32Field BARS_IN_STATE = I32Field.of("barsInState", PATTERNS.end() + 1, Display.INTEGER);
    /** Offset of the EMA periods. */
    public static final int EMA_PERIODS_OFFSET = BARS_IN_STATE.end() + 4;
    /** Offset of the first value. */
    public static final int VALUES_OFFSET = EMA_PERIODS_OFFSET + 2 * IndicatorField.EMA_SLOTS;
    /** Record length, header included. */
    public static final int LENGTH = VALUES_OFFSET + 8 * IndicatorField.all().length;

    private IndicatorSnapshotDescriptor()
    {
    }

    /**
     * Writes the header and identity of a snapshot and clears everything else: no value defined,
     * every code undefined. Fill it with the {@code put…} methods.
     *
     * @param buffer           to write into.
     * @param offset           at which the record starts.
     * @param sequence         of the input that closed the candle.
     * @param tsEvent          event time that closed it.
     * @param tsRecv           receive time of that input.
     * @param instrumentId     of the candle.
     * @param timeframeSeconds of the candle.
     * @param openTime         epoch ns of the candle's start.
     * @return the encoded length.
     */
    public static int begin(
        final MutableDirectBuffer buffer,
        final int offset,
        final long sequence,
        final long tsEvent,
        final long tsRecv,
        final int instrumentId,
        final int timeframeSeconds,
        final long openTime)
    {
        RecordHeaderDescriptor.encode(buffer, offset, RecordType.INDICATOR_SNAPSHOT, LENGTH, sequence, tsEvent, tsRecv);
        INSTRUMENT_ID.put(buffer, offset, instrumentId);
        TIMEFRAME_SECONDS.put(buffer, offset, timeframeSeconds);
        OPEN_TIME.put(buffer, offset, openTime);
        buffer.setMemory(offset + PRESENCE.offset(), LENGTH - PRESENCE.offset(), (byte)0);
        return LENGTH;
    }

    /**
     * Stores a value and marks it defined; a NaN or infinite value is stored as "not defined".
     *
     * @param buffer holding the record.
     * @param offset of the record.
     * @param field  to set.
     * @param value  its value.
     * @return true when stored as defined.
     */
    public static boolean putValue(
        final MutableDirectBuffer buffer, final int offset, final IndicatorField field, final double value)
    {
        final int at = offset + VALUES_OFFSET + 8 * field.ordinal();
        final long bit = 1L << field.ordinal();
        final long mask = buffer.getLong(offset + PRESENCE.offset(), BYTE_ORDER);
        if (Double.isFinite(value))
        {
            buffer.putDouble(at, value, BYTE_ORDER);
            PRESENCE.put(buffer, offset, mask | bit);
            return true;
        }
        buffer.putLong(at, 0L, BYTE_ORDER);
        PRESENCE.put(buffer, offset, mask & ~bit);
        return false;
    }

    /**
     * @param buffer holding the record.
     * @param offset of the record.
     * @param slot   EMA slot 0..7.
     * @param period of that EMA (1..65535), 0 when unused.
     */
    public static void putEmaPeriod(final MutableDirectBuffer buffer, final int offset, final int slot, final int period)
    {
        IndicatorField.ema(slot);
        if (period < 0 || period > 0xFFFF)
        {
            throw new IllegalArgumentException("EMA period " + period + " outside 0..65535");
        }
        buffer.putShort(offset + EMA_PERIODS_OFFSET + 2 * slot, (short)period, BYTE_ORDER);
    }

    /**
     * Stores the categorical state of the bar.
     *
     * @param buffer        holding the record.
     * @param offset        of the record.
     * @param state         {@link AnalyticsCodes.MarketState} code.
     * @param previousState {@link AnalyticsCodes.MarketState} code.
     * @param trend         {@link AnalyticsCodes.Direction} code of the trend.
     * @param slopeTrend    {@link AnalyticsCodes.Slope} code of the PLdot slope.
     * @param barsInState   bars the state has lasted, this one included.
     */
    public static void putState(
        final MutableDirectBuffer buffer,
        final int offset,
        final int state,
        final int previousState,
        final int trend,
        final int slopeTrend,
        final int barsInState)
    {
        STATE.put(buffer, offset, state);
        PREVIOUS_STATE.put(buffer, offset, previousState);
        TREND.put(buffer, offset, trend);
        SLOPE_TREND.put(buffer, offset, slopeTrend);
        BARS_IN_STATE.put(buffer, offset, barsInState);
    }

    /**
     * @param buffer       holding the record.
     * @param offset       of the record.
     * @param regime       {@link AnalyticsCodes.Regime} code.
     * @param profileShape {@link AnalyticsCodes.ProfileShape} code.
     * @param patterns     bit k set while {@link AnalyticsCodes.Pattern} with ordinal k is active.
     */
    public static void putContext(
        final MutableDirectBuffer buffer, final int offset, final int regime, final int profileShape, final int patterns)
    {
        REGIME.put(buffer, offset, regime);
        PROFILE_SHAPE.put(buffer, offset, profileShape);
        PATTERNS.put(buffer, offset, patterns);
    }

    /** @param b buffer. @param o record offset. @param f field. @return true when the field is defined. */
    public static boolean has(final DirectBuffer b, final int o, final IndicatorField f)
    {
        return (b.getLong(o + PRESENCE.offset(), BYTE_ORDER) & (1L << f.ordinal())) != 0;
    }

    /** @param b buffer. @param o record offset. @param f field. @return its value (0 when undefined). */
    public static double value(final DirectBuffer b, final int o, final IndicatorField f)
    {
        return b.getDouble(o + VALUES_OFFSET + 8 * f.ordinal(), BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @param slot 0..7. @return that EMA's period, 0 if unused. */
    public static int emaPeriod(final DirectBuffer b, final int o, final int slot)
    {
        return b.getShort(o + EMA_PERIODS_OFFSET + 2 * slot, BYTE_ORDER) & 0xFFFF;
    }
}
