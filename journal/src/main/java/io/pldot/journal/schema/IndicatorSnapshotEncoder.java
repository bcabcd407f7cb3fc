package io.pldot.journal.schema;

import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

import static io.pldot.journal.schema.IndicatorSnapshotDescriptor.BARS_IN_STATE;
import static io.pldot.journal.schema.IndicatorSnapshotDescriptor.EMA_PERIODS_OFFSET;
import static io.pldot.journal.schema.IndicatorSnapshotDescriptor.INSTRUMENT_ID;
import static io.pldot.journal.schema.IndicatorSnapshotDescriptor.LENGTH;
import static io.pldot.journal.schema.IndicatorSnapshotDescriptor.OPEN_TIME;
import static io.pldot.journal.schema.IndicatorSnapshotDescriptor.PATTERNS;
import static io.pldot.journal.schema.IndicatorSnapshotDescriptor.PRESENCE;
import static io.pldot.journal.schema.IndicatorSnapshotDescriptor.PREVIOUS_STATE;
import static io.pldot.journal.schema.IndicatorSnapshotDescriptor.PROFILE_SHAPE;
import static io.pldot.journal.schema.IndicatorSnapshotDescriptor.REGIME;
import static io.pldot.journal.schema.IndicatorSnapshotDescriptor.SLOPE_TREND;
import static io.pldot.journal.schema.IndicatorSnapshotDescriptor.STATE;
import static io.pldot.journal.schema.IndicatorSnapshotDescriptor.TIMEFRAME_SECONDS;
import static io.pldot.journal.schema.IndicatorSnapshotDescriptor.TREND;
import static io.pldot.journal.schema.IndicatorSnapshotDescriptor.VALUES_OFFSET;
import static io.pldot.journal.schema.RecordHeaderDescriptor.BYTE_ORDER;

/**
 * Builds {@link IndicatorSnapshotDescriptor indicator snapshot} records in a private staging
 * array and writes each whole record with one copy: the same bytes as
 * {@link IndicatorSnapshotDescriptor#begin} followed by its {@code put…} methods, at a fraction
 * of the cost for a writer that emits one snapshot per closed bar.
 * <p>
 * Why staging: writing ~40 fields one by one into a {@link MutableDirectBuffer} costs a capacity
 * check and an {@code Unsafe} store per field whose base (heap array or native memory) the JIT
 * cannot type, so after each store it must assume any memory changed and reload everything it
 * reads next (buffer fields and the values being written). Stores into a plain {@code byte[]}
 * through byte-array views have a known type and none of that. The constant part of the header
 * (type, version, flags, length) is written once, at construction, by {@link RecordHeaderDescriptor}.
 * <p>
 * Use: {@link #begin}, then any of {@link #value}, {@link #emaPeriod}, {@link #state},
 * {@link #context}, then {@link #writeTo}. Like {@link IndicatorSnapshotDescriptor#putValue}, a
 * NaN or infinite value is stored as "not defined" (slot 0, presence bit clear).
 * <p>
 * Owned by one thread (the writer's); not thread-safe. No allocation after construction.
 */
public final class IndicatorSnapshotEncoder
{
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, BYTE_ORDER);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, BYTE_ORDER);
    private static final VarHandle SHORTS = MethodHandles.byteArrayViewVarHandle(short[].class, BYTE_ORDER);

    private final byte[] record = new byte[LENGTH];
    private long presence;

    /**
     * Creates an encoder with the record's constant header fields in place.
     */
    public IndicatorSnapshotEncoder()
    {
        RecordHeaderDescriptor.encode(new UnsafeBuffer(record), 0, RecordType.INDICATOR_SNAPSHOT, LENGTH, 0L, 0L, 0L);
    }

    /**
     * Starts a record: header and identity set, everything else cleared (no value defined, every
     * code undefined), as {@link IndicatorSnapshotDescriptor#begin} does.
     *
     * @param sequence         of the input that closed the candle.
     * @param tsEvent          event time that closed it.
     * @param tsRecv           receive time of that input.
     * @param instrumentId     of the candle.
     * @param timeframeSeconds of the candle.
     * @param openTime         epoch ns of the candle's start.
     */
    public void begin(
        final long sequence,
        final long tsEvent,
        final long tsRecv,
        final int instrumentId,
        final int timeframeSeconds,
        final long openTime)
    {
        LONGS.set(record, RecordHeaderDescriptor.SEQUENCE_OFFSET, sequence);
        LONGS.set(record, RecordHeaderDescriptor.TS_EVENT_OFFSET, tsEvent);
        LONGS.set(record, RecordHeaderDescriptor.TS_RECV_OFFSET, tsRecv);
        INTS.set(record, INSTRUMENT_ID.offset(), instrumentId);
        INTS.set(record, TIMEFRAME_SECONDS.offset(), timeframeSeconds);
        LONGS.set(record, OPEN_TIME.offset(), openTime);
        Arrays.fill(record, PRESENCE.offset(), LENGTH, (byte)0);
        presence = 0L;
    }

    /**
     * Stores a value and marks it defined; a NaN or infinite value stays "not defined".
     *
     * @param field to set (at most once per record).
     * @param value its value.
     */
    public void value(final IndicatorField field, final double value)
    {
        if (Double.isFinite(value))
        {
            final int ordinal = field.ordinal();
            LONGS.set(record, VALUES_OFFSET + 8 * ordinal, Double.doubleToRawLongBits(value));
            presence |= 1L << ordinal;
        }
    }

    /**
     * As {@link IndicatorSnapshotDescriptor#putEmaPeriod}.
     *
     * @param slot   EMA slot 0..7.
     * @param period of that EMA (1..65535), 0 when unused.
     */
    public void emaPeriod(final int slot, final int period)
    {
        IndicatorField.ema(slot);
        if (period < 0 || period > 0xFFFF)
        {
            throw new IllegalArgumentException("EMA period " + period + " outside 0..65535");
        }
        SHORTS.set(record, EMA_PERIODS_OFFSET + 2 * slot, (short)period);
    }

    /**
     * As {@link IndicatorSnapshotDescriptor#putState}.
     *
     * @param state         {@link AnalyticsCodes.MarketState} code.
     * @param previousState {@link AnalyticsCodes.MarketState} code.
     * @param trend         {@link AnalyticsCodes.Direction} code of the trend.
     * @param slopeTrend    {@link AnalyticsCodes.Slope} code of the PLdot slope.
     * @param barsInState   bars the state has lasted, this one included.
     */
    public void state(
        final int state, final int previousState, final int trend, final int slopeTrend, final int barsInState)
    {
        record[STATE.offset()] = (byte)state;
        record[PREVIOUS_STATE.offset()] = (byte)previousState;
        record[TREND.offset()] = (byte)trend;
        record[SLOPE_TREND.offset()] = (byte)slopeTrend;
        INTS.set(record, BARS_IN_STATE.offset(), barsInState);
    }

    /**
     * As {@link IndicatorSnapshotDescriptor#putContext}.
     *
     * @param regime       {@link AnalyticsCodes.Regime} code.
     * @param profileShape {@link AnalyticsCodes.ProfileShape} code.
     * @param patterns     bit k set while {@link AnalyticsCodes.Pattern} with ordinal k is active.
     */
    public void context(final int regime, final int profileShape, final int patterns)
    {
        record[REGIME.offset()] = (byte)regime;
        record[PROFILE_SHAPE.offset()] = (byte)profileShape;
        record[PATTERNS.offset()] = (byte)patterns;
    }

    /**
     * Copies the record built since {@link #begin} (the presence mask included).
     *
     * @param buffer to write into.
     * @param offset at which the record starts.
     * @return the encoded length, {@link IndicatorSnapshotDescriptor#LENGTH}.
     */
    public int writeTo(final MutableDirectBuffer buffer, final int offset)
    {
        LONGS.set(record, PRESENCE.offset(), presence);
        buffer.putBytes(offset, record, 0, LENGTH);
        return LENGTH;
    }
}
