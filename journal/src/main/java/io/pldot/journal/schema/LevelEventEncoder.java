package io.pldot.journal.schema;

import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import static io.pldot.journal.schema.LevelEventDescriptor.FIRST_SEEN;
import static io.pldot.journal.schema.LevelEventDescriptor.HIGH;
import static io.pldot.journal.schema.LevelEventDescriptor.INSTRUMENT_ID;
import static io.pldot.journal.schema.LevelEventDescriptor.KIND;
import static io.pldot.journal.schema.LevelEventDescriptor.LAST_TOUCHED;
import static io.pldot.journal.schema.LevelEventDescriptor.LENGTH;
import static io.pldot.journal.schema.LevelEventDescriptor.LOW;
import static io.pldot.journal.schema.LevelEventDescriptor.STATUS;
import static io.pldot.journal.schema.LevelEventDescriptor.STRENGTH;
import static io.pldot.journal.schema.LevelEventDescriptor.TEST_COUNT;
import static io.pldot.journal.schema.LevelEventDescriptor.TIMEFRAME_SECONDS;
import static io.pldot.journal.schema.RecordHeaderDescriptor.BYTE_ORDER;

/**
 * Writes {@link LevelEventDescriptor level event} records of one type (zone or gap events) the
 * way {@link IndicatorSnapshotEncoder} writes snapshots: fields are stored into a private
 * staging array through byte-array views, then the whole record goes out with one copy. The
 * bytes are those of {@link LevelEventDescriptor#encode}; what differs is the cost, for a writer
 * that emits a couple of these per closed bar: one bounds-checked copy instead of about 17 field
 * stores into a {@link MutableDirectBuffer} (each with its own checks, and each a store through
 * an untyped base after which the JIT reloads what it reads next). The record's constant header
 * fields (type, version, flags, length) are written once, at construction.
 * <p>
 * Owned by one thread (the writer's); not thread-safe. No allocation after construction.
 */
public final class LevelEventEncoder
{
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, BYTE_ORDER);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, BYTE_ORDER);
    private static final VarHandle DOUBLES = MethodHandles.byteArrayViewVarHandle(double[].class, BYTE_ORDER);

    private final byte[] record = new byte[LENGTH];

    /**
     * @param type {@link RecordType#ZONE_EVENT} or {@link RecordType#GAP_EVENT}.
     * @throws IllegalArgumentException for any other type.
     */
    public LevelEventEncoder(final RecordType type)
    {
        // Validates the type and writes the constant header and the zero reserved bytes.
        LevelEventDescriptor.encode(new UnsafeBuffer(record), 0, type, 0L, 0L, 0L, 0, 0, 0, 0, 0, 0L, 0L, 0.0, 0.0, 0.0);
    }

    /**
     * Writes one record, as {@link LevelEventDescriptor#encode} with this encoder's type; a NaN
     * or infinite price or strength is written as 0.0.
     *
     * @param buffer           to write into.
     * @param offset           at which the record starts.
     * @param sequence         of the input that caused the event.
     * @param tsEvent          event time.
     * @param tsRecv           receive time.
     * @param instrumentId     of the level.
     * @param timeframeSeconds of the level's candles.
     * @param kind             zone kind or gap direction code.
     * @param status           zone or gap status code.
     * @param testCount        times tested (0 for gaps).
     * @param firstSeen        epoch ns of the forming bar.
     * @param lastTouched      epoch ns of the last test or fill, 0 for never.
     * @param low              lower price bound.
     * @param high             upper price bound.
     * @param strength         zone strength, or a gap's filled fraction.
     * @return the encoded length, {@link LevelEventDescriptor#LENGTH}.
     */
    public int encode(
        final MutableDirectBuffer buffer,
        final int offset,
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
        final byte[] r = record;
        LONGS.set(r, RecordHeaderDescriptor.SEQUENCE_OFFSET, sequence);
        LONGS.set(r, RecordHeaderDescriptor.TS_EVENT_OFFSET, tsEvent);
        LONGS.set(r, RecordHeaderDescriptor.TS_RECV_OFFSET, tsRecv);
        INTS.set(r, INSTRUMENT_ID.offset(), instrumentId);
        INTS.set(r, TIMEFRAME_SECONDS.offset(), timeframeSeconds);
        r[KIND.offset()] = (byte)kind;
        r[STATUS.offset()] = (byte)status;
        INTS.set(r, TEST_COUNT.offset(), testCount);
        LONGS.set(r, FIRST_SEEN.offset(), firstSeen);
        LONGS.set(r, LAST_TOUCHED.offset(), lastTouched);
        DOUBLES.set(r, LOW.offset(), finite(low));
        DOUBLES.set(r, HIGH.offset(), finite(high));
        DOUBLES.set(r, STRENGTH.offset(), finite(strength));
        buffer.putBytes(offset, r, 0, LENGTH);
        return LENGTH;
    }

    private static double finite(final double value)
    {
        return Double.isFinite(value) ? value : 0.0;
    }
}
