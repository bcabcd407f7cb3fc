package io.pldot.journal.schema;

import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Round trips of every record layout at a non-zero (odd, unaligned) offset, at the extremes of every field.
 */
class RecordCodecTest
{
    private static final byte FILL = 0x5A;
    private static final byte OTHER_FILL = (byte)0xA5;
    private static final int OFFSET = 13;
    private static final int CAPACITY = OFFSET + RecordHeaderDescriptor.MAX_RECORD_LENGTH + 64;

    private static final long[] LONGS = {
        Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L, 1L, Long.MIN_VALUE + 1, Long.MAX_VALUE - 1, -968_219L,
        0x0102_0304_0506_0708L,
    };
    private static final int[] INTS = {
        Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1, 1, Integer.MIN_VALUE + 1, Integer.MAX_VALUE - 1, -42,
        0x0A0B_0C0D,
    };

    private static long l(final int k, final int field)
    {
        return LONGS[Math.floorMod(k + field, LONGS.length)];
    }

    private static int i(final int k, final int field)
    {
        return INTS[Math.floorMod(k * 3 + field, INTS.length)];
    }

    private static UnsafeBuffer filled(final byte fill)
    {
        final byte[] bytes = new byte[CAPACITY];
        Arrays.fill(bytes, fill);
        return new UnsafeBuffer(bytes);
    }

    /**
     * Encodes with {@code encoder} into a buffer filled with 0x5A and one filled with 0xA5, checks the encoded
     * length, that nothing outside [OFFSET, OFFSET + length) changed and that every byte inside it was written
     * (both fills give identical bytes), and returns the 0x5A buffer for decoding.
     */
    private static UnsafeBuffer encodeChecked(final RecordType type, final ToIntFunction<MutableDirectBuffer> encoder)
    {
        final UnsafeBuffer a = filled(FILL);
        final UnsafeBuffer b = filled(OTHER_FILL);
        assertThat(encoder.applyAsInt(a)).as("encoded length of %s", type).isEqualTo(type.length());
        assertThat(encoder.applyAsInt(b)).isEqualTo(type.length());
        final int end = OFFSET + type.length();
        for (int k = 0; k < CAPACITY; k++)
        {
            if (k < OFFSET || k >= end)
            {
                assertThat(a.getByte(k)).as("%s wrote outside its record at byte %d", type, k).isEqualTo(FILL);
                assertThat(b.getByte(k)).as("%s wrote outside its record at byte %d", type, k).isEqualTo(OTHER_FILL);
            }
            else
            {
                assertThat(a.getByte(k)).as("%s left byte %d of its record unwritten", type, k - OFFSET)
                    .isEqualTo(b.getByte(k));
            }
        }
        assertThat(a.getByte(end)).as("byte at offset + LENGTH").isEqualTo(FILL);
        assertThat(a.getByte(OFFSET - 1)).as("byte before offset").isEqualTo(FILL);
        return a;
    }

    private static void assertHeader(
        final UnsafeBuffer buffer, final RecordType type, final long sequence, final long tsEvent, final long tsRecv)
    {
        assertThat(RecordType.of(RecordHeaderDescriptor.typeId(buffer, OFFSET))).isSameAs(type);
        assertThat(RecordHeaderDescriptor.typeId(buffer, OFFSET)).isEqualTo(type.typeId());
        assertThat(RecordHeaderDescriptor.version(buffer, OFFSET)).isEqualTo(type.schemaVersion()).isEqualTo(1);
        assertThat(buffer.getByte(OFFSET + RecordHeaderDescriptor.FLAGS_OFFSET)).as("flags").isZero();
        assertThat(RecordHeaderDescriptor.length(buffer, OFFSET)).isEqualTo(type.length());
        assertThat(RecordHeaderDescriptor.sequence(buffer, OFFSET)).isEqualTo(sequence);
        assertThat(RecordHeaderDescriptor.tsEvent(buffer, OFFSET)).isEqualTo(tsEvent);
        assertThat(RecordHeaderDescriptor.tsRecv(buffer, OFFSET)).isEqualTo(tsRecv);
    }

    private static void assertZero(final UnsafeBuffer buffer, final int from, final int toExclusive)
    {
        for (int k = from; k < toExclusive; k++)
        {
            assertThat(buffer.getByte(OFFSET + k)).as("padding byte %d", k).isZero();
        }
    }

    @Test
    void shouldRoundTripHeaderAtExtremes()
    {
        for (final RecordType type : RecordType.values())
        {
            for (int k = 0; k < LONGS.length; k++)
            {
                final long seq = l(k, 0);
                final long tsEvent = l(k, 1);
                final long tsRecv = l(k, 2);
                final UnsafeBuffer buffer = filled(FILL);
                RecordHeaderDescriptor.encode(buffer, OFFSET, type, type.length(), seq, tsEvent, tsRecv);
                assertHeader(buffer, type, seq, tsEvent, tsRecv);
                assertThat(buffer.getByte(OFFSET + RecordHeaderDescriptor.HEADER_LENGTH)).isEqualTo(FILL);
                assertThat(buffer.getByte(OFFSET - 1)).isEqualTo(FILL);

                RecordHeaderDescriptor.sequence(buffer, OFFSET, ~seq);
                assertThat(RecordHeaderDescriptor.sequence(buffer, OFFSET)).isEqualTo(~seq);
                assertThat(RecordHeaderDescriptor.tsEvent(buffer, OFFSET)).isEqualTo(tsEvent);
            }
        }
    }

    @Test
    void shouldWriteHeaderLittleEndian()
    {
        final UnsafeBuffer buffer = filled(FILL);
        RecordHeaderDescriptor.encode(buffer, OFFSET, RecordType.CANDLE_CLOSED, 0x01020304, 0x1122334455667788L, 0, 0);
        assertThat(buffer.getByte(OFFSET)).isEqualTo((byte)101);
        assertThat(buffer.getByte(OFFSET + 1)).isZero();
        assertThat(buffer.getByte(OFFSET + RecordHeaderDescriptor.LENGTH_OFFSET)).isEqualTo((byte)0x04);
        assertThat(buffer.getByte(OFFSET + RecordHeaderDescriptor.SEQUENCE_OFFSET)).isEqualTo((byte)0x88);
        assertThat(buffer.getByte(OFFSET + RecordHeaderDescriptor.SEQUENCE_OFFSET + 7)).isEqualTo((byte)0x11);
    }

    @Test
    void shouldRoundTripTradeTickAtExtremesForEverySide()
    {
        for (final Side side : Side.values())
        {
            for (int k = 0; k < LONGS.length; k++)
            {
                final int kk = k;
                final UnsafeBuffer buffer = encodeChecked(RecordType.TRADE_TICK, b -> TradeTickDescriptor.encode(
                    b, OFFSET, l(kk, 0), l(kk, 1), l(kk, 2), i(kk, 0), side, l(kk, 3), l(kk, 4), l(kk, 5)));
                assertHeader(buffer, RecordType.TRADE_TICK, l(k, 0), l(k, 1), l(k, 2));
                assertThat(TradeTickDescriptor.INSTRUMENT_ID.get(buffer, OFFSET)).isEqualTo(i(k, 0));
                assertThat(TradeTickDescriptor.SIDE.get(buffer, OFFSET)).isEqualTo(side.code());
                assertThat(Side.of(TradeTickDescriptor.SIDE.get(buffer, OFFSET))).isSameAs(side);
                assertThat(TradeTickDescriptor.PRICE.get(buffer, OFFSET)).isEqualTo(l(k, 3));
                assertThat(TradeTickDescriptor.QUANTITY.get(buffer, OFFSET)).isEqualTo(l(k, 4));
                assertThat(TradeTickDescriptor.VENUE_TRADE_ID.get(buffer, OFFSET)).isEqualTo(l(k, 5));
                assertZero(buffer, TradeTickDescriptor.SIDE.offset() + 1, TradeTickDescriptor.PRICE.offset());
            }
        }
    }

    @Test
    void shouldRoundTripTimerAtExtremes()
    {
        for (int k = 0; k < LONGS.length; k++)
        {
            final int kk = k;
            final UnsafeBuffer buffer = encodeChecked(RecordType.TIMER,
                b -> TimerDescriptor.encode(b, OFFSET, l(kk, 0), l(kk, 1), l(kk, 2), l(kk, 3)));
            assertHeader(buffer, RecordType.TIMER, l(k, 0), l(k, 1), l(k, 2));
            assertThat(TimerDescriptor.TIMER_ID.get(buffer, OFFSET)).isEqualTo(l(k, 3));
        }
        final UnsafeBuffer heartbeat = encodeChecked(RecordType.TIMER,
            b -> TimerDescriptor.encode(b, OFFSET, 1, 2, 3, TimerDescriptor.HEARTBEAT_TIMER_ID));
        assertThat(TimerDescriptor.TIMER_ID.get(heartbeat, OFFSET)).isZero();
    }

    @Test
    void shouldRoundTripFeedStatusAtExtremesForEveryStatus()
    {
        for (final FeedStatus status : FeedStatus.values())
        {
            for (int k = 0; k < INTS.length; k++)
            {
                final int kk = k;
                final UnsafeBuffer buffer = encodeChecked(RecordType.FEED_STATUS, b -> FeedStatusDescriptor.encode(
                    b, OFFSET, l(kk, 0), l(kk, 1), l(kk, 2), i(kk, 0), status));
                assertHeader(buffer, RecordType.FEED_STATUS, l(k, 0), l(k, 1), l(k, 2));
                assertThat(FeedStatusDescriptor.INSTRUMENT_ID.get(buffer, OFFSET)).isEqualTo(i(k, 0));
                assertThat(FeedStatusDescriptor.STATUS.get(buffer, OFFSET)).isEqualTo(status.code());
                assertThat(FeedStatus.of(FeedStatusDescriptor.STATUS.get(buffer, OFFSET))).isSameAs(status);
                assertZero(buffer, FeedStatusDescriptor.STATUS.offset() + 1, FeedStatusDescriptor.LENGTH);
            }
        }
        final UnsafeBuffer all = encodeChecked(RecordType.FEED_STATUS, b -> FeedStatusDescriptor.encode(
            b, OFFSET, 0, 0, 0, FeedStatusDescriptor.ALL_INSTRUMENTS, FeedStatus.STALE));
        assertThat(FeedStatusDescriptor.INSTRUMENT_ID.get(all, OFFSET)).isEqualTo(FeedStatusDescriptor.ALL_INSTRUMENTS);
    }

    @Test
    void shouldRoundTripCandleClosedAtExtremes()
    {
        for (int k = 0; k < Math.max(LONGS.length, INTS.length); k++)
        {
            final int kk = k;
            final UnsafeBuffer buffer = encodeChecked(RecordType.CANDLE_CLOSED, b -> CandleClosedDescriptor.encode(
                b, OFFSET, l(kk, 0), l(kk, 1), l(kk, 2), i(kk, 0), i(kk, 1), l(kk, 3),
                l(kk, 4), l(kk, 5), l(kk, 6), l(kk, 7), l(kk, 8), l(kk, 9), l(kk, 10),
                i(kk, 2), i(kk, 3), i(kk, 4)));
            assertHeader(buffer, RecordType.CANDLE_CLOSED, l(k, 0), l(k, 1), l(k, 2));
            assertThat(CandleClosedDescriptor.INSTRUMENT_ID.get(buffer, OFFSET)).isEqualTo(i(k, 0));
            assertThat(CandleClosedDescriptor.TIMEFRAME_SECONDS.get(buffer, OFFSET)).isEqualTo(i(k, 1));
            assertThat(CandleClosedDescriptor.OPEN_TIME.get(buffer, OFFSET)).isEqualTo(l(k, 3));
            assertThat(CandleClosedDescriptor.OPEN.get(buffer, OFFSET)).isEqualTo(l(k, 4));
            assertThat(CandleClosedDescriptor.HIGH.get(buffer, OFFSET)).isEqualTo(l(k, 5));
            assertThat(CandleClosedDescriptor.LOW.get(buffer, OFFSET)).isEqualTo(l(k, 6));
            assertThat(CandleClosedDescriptor.CLOSE.get(buffer, OFFSET)).isEqualTo(l(k, 7));
            assertThat(CandleClosedDescriptor.VOLUME.get(buffer, OFFSET)).isEqualTo(l(k, 8));
            assertThat(CandleClosedDescriptor.BUY_VOLUME.get(buffer, OFFSET)).isEqualTo(l(k, 9));
            assertThat(CandleClosedDescriptor.SELL_VOLUME.get(buffer, OFFSET)).isEqualTo(l(k, 10));
            assertThat(CandleClosedDescriptor.TRADE_COUNT.get(buffer, OFFSET)).isEqualTo(i(k, 2));
            assertThat(CandleClosedDescriptor.BUY_COUNT.get(buffer, OFFSET)).isEqualTo(i(k, 3));
            assertThat(CandleClosedDescriptor.SELL_COUNT.get(buffer, OFFSET)).isEqualTo(i(k, 4));
            assertZero(buffer, CandleClosedDescriptor.SELL_COUNT.offset() + 4, CandleClosedDescriptor.LENGTH);
        }
    }

    @Test
    void shouldRoundTripInputRejectedForEveryReasonAndTypeId()
    {
        final int[] typeIds = {0, 1, 2, 3, 101, 102, 255, 256, 0x7FFF, 0x8000, 0xFFFF};
        for (final RejectReason reason : RejectReason.values())
        {
            for (int k = 0; k < typeIds.length; k++)
            {
                final int kk = k;
                final UnsafeBuffer buffer = encodeChecked(RecordType.INPUT_REJECTED, b -> InputRejectedDescriptor.encode(
                    b, OFFSET, l(kk, 0), l(kk, 1), l(kk, 2), typeIds[kk], reason, i(kk, 0), l(kk, 3)));
                assertHeader(buffer, RecordType.INPUT_REJECTED, l(k, 0), l(k, 1), l(k, 2));
                assertThat(InputRejectedDescriptor.REJECTED_TYPE_ID.get(buffer, OFFSET)).isEqualTo(typeIds[k]);
                assertThat(InputRejectedDescriptor.REASON.get(buffer, OFFSET)).isEqualTo(reason.code());
                assertThat(RejectReason.of(InputRejectedDescriptor.REASON.get(buffer, OFFSET))).isSameAs(reason);
                assertThat(InputRejectedDescriptor.INSTRUMENT_ID.get(buffer, OFFSET)).isEqualTo(i(k, 0));
                assertThat(InputRejectedDescriptor.DETAIL.get(buffer, OFFSET)).isEqualTo(l(k, 3));
            }
        }
        for (final RecordType type : RecordType.values())
        {
            final UnsafeBuffer buffer = encodeChecked(RecordType.INPUT_REJECTED, b -> InputRejectedDescriptor.encode(
                b, OFFSET, 1, 2, 3, type.typeId(), RejectReason.UNKNOWN_INSTRUMENT, 0, 0));
            assertThat(RecordType.of(InputRejectedDescriptor.REJECTED_TYPE_ID.get(buffer, OFFSET))).isSameAs(type);
        }
    }

    @Test
    void shouldKeepEveryRecordWithinMaxLengthWithDistinctIds()
    {
        for (final RecordType type : RecordType.values())
        {
            assertThat(type.length()).as("%s length", type)
                .isLessThanOrEqualTo(RecordHeaderDescriptor.MAX_RECORD_LENGTH)
                .isGreaterThan(RecordHeaderDescriptor.HEADER_LENGTH);
            assertThat(type.length() % 8).as("%s length is a multiple of 8", type).isZero();
            assertThat(RecordType.of(type.typeId())).isSameAs(type);
        }
        assertThat(RecordType.TRADE_TICK.length()).isEqualTo(TradeTickDescriptor.LENGTH).isEqualTo(64);
        assertThat(RecordType.TIMER.length()).isEqualTo(TimerDescriptor.LENGTH).isEqualTo(40);
        assertThat(RecordType.FEED_STATUS.length()).isEqualTo(FeedStatusDescriptor.LENGTH).isEqualTo(40);
        assertThat(RecordType.CANDLE_CLOSED.length()).isEqualTo(CandleClosedDescriptor.LENGTH).isEqualTo(120);
        assertThat(RecordType.INPUT_REJECTED.length()).isEqualTo(InputRejectedDescriptor.LENGTH).isEqualTo(48);
        assertThat(RecordType.TRADE_TICK.inbound()).isTrue();
        assertThat(RecordType.TIMER.inbound()).isTrue();
        assertThat(RecordType.FEED_STATUS.inbound()).isTrue();
        assertThat(RecordType.CANDLE_CLOSED.inbound()).isFalse();
        assertThat(RecordType.INPUT_REJECTED.inbound()).isFalse();
        assertThat(RecordType.INDICATOR_SNAPSHOT.length()).isEqualTo(IndicatorSnapshotDescriptor.LENGTH).isEqualTo(360);
        assertThat(RecordType.PATTERN_EVENT.length()).isEqualTo(PatternEventDescriptor.LENGTH).isEqualTo(72);
        assertThat(RecordType.ZONE_EVENT.length()).isEqualTo(LevelEventDescriptor.LENGTH).isEqualTo(88);
        assertThat(RecordType.GAP_EVENT.length()).isEqualTo(LevelEventDescriptor.LENGTH);
        assertThat(IndicatorField.values().length).as("presence mask holds every field").isLessThanOrEqualTo(64);
    }

    @Test
    void shouldRoundTripIndicatorSnapshotWithEveryFieldAndEveryCode()
    {
        for (int k = 0; k < LONGS.length; k++)
        {
            final int kk = k;
            final UnsafeBuffer buffer = encodeChecked(RecordType.INDICATOR_SNAPSHOT, b ->
            {
                final int length = IndicatorSnapshotDescriptor.begin(
                    b, OFFSET, l(kk, 0), l(kk, 1), l(kk, 2), i(kk, 3), i(kk, 4), l(kk, 5));
                for (final IndicatorField field : IndicatorField.values())
                {
                    IndicatorSnapshotDescriptor.putValue(b, OFFSET, field, value(kk, field));
                }
                for (int slot = 0; slot < IndicatorField.EMA_SLOTS; slot++)
                {
                    IndicatorSnapshotDescriptor.putEmaPeriod(b, OFFSET, slot, slot == kk % 8 ? 0xFFFF : slot * 10);
                }
                IndicatorSnapshotDescriptor.putState(b, OFFSET, 5, 1, 3, 2, i(kk, 6));
                IndicatorSnapshotDescriptor.putContext(b, OFFSET, 3, 4, 0x1F);
                return length;
            });
            assertHeader(buffer, RecordType.INDICATOR_SNAPSHOT, l(k, 0), l(k, 1), l(k, 2));
            assertThat(IndicatorSnapshotDescriptor.INSTRUMENT_ID.get(buffer, OFFSET)).isEqualTo(i(k, 3));
            assertThat(IndicatorSnapshotDescriptor.TIMEFRAME_SECONDS.get(buffer, OFFSET)).isEqualTo(i(k, 4));
            assertThat(IndicatorSnapshotDescriptor.OPEN_TIME.get(buffer, OFFSET)).isEqualTo(l(k, 5));
            for (final IndicatorField field : IndicatorField.values())
            {
                final double expected = value(k, field);
                assertThat(IndicatorSnapshotDescriptor.has(buffer, OFFSET, field)).as("%s present", field)
                    .isEqualTo(Double.isFinite(expected));
                assertThat(IndicatorSnapshotDescriptor.value(buffer, OFFSET, field)).as("%s", field)
                    .isEqualTo(Double.isFinite(expected) ? expected : 0.0);
            }
            for (int slot = 0; slot < IndicatorField.EMA_SLOTS; slot++)
            {
                assertThat(IndicatorSnapshotDescriptor.emaPeriod(buffer, OFFSET, slot)).isEqualTo(slot == k % 8 ? 0xFFFF : slot * 10);
            }
            assertThat(IndicatorSnapshotDescriptor.STATE.get(buffer, OFFSET)).isEqualTo(5);
            assertThat(IndicatorSnapshotDescriptor.PREVIOUS_STATE.get(buffer, OFFSET)).isEqualTo(1);
            assertThat(IndicatorSnapshotDescriptor.TREND.get(buffer, OFFSET)).isEqualTo(3);
            assertThat(IndicatorSnapshotDescriptor.SLOPE_TREND.get(buffer, OFFSET)).isEqualTo(2);
            assertThat(IndicatorSnapshotDescriptor.BARS_IN_STATE.get(buffer, OFFSET)).isEqualTo(i(k, 6));
            assertThat(IndicatorSnapshotDescriptor.REGIME.get(buffer, OFFSET)).isEqualTo(3);
            assertThat(IndicatorSnapshotDescriptor.PROFILE_SHAPE.get(buffer, OFFSET)).isEqualTo(4);
            assertThat(IndicatorSnapshotDescriptor.PATTERNS.get(buffer, OFFSET)).isEqualTo(0x1F);
        }
    }

    /** Extremes, signed zeros and every non-finite value, which must be stored as "not defined". */
    private static double value(final int k, final IndicatorField field)
    {
        final double[] values = {
            Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -0.0, 0.0, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 1e-300, 96_821.93, -0.5,
        };
        return values[Math.floorMod(k + field.ordinal(), values.length)];
    }

    @Test
    void shouldClearAValueThatBecomesUndefined()
    {
        final UnsafeBuffer buffer = filled(FILL);
        IndicatorSnapshotDescriptor.begin(buffer, OFFSET, 1, 2, 3, 4, 60, 0);
        assertThat(IndicatorSnapshotDescriptor.putValue(buffer, OFFSET, IndicatorField.ATR, 12.5)).isTrue();
        assertThat(IndicatorSnapshotDescriptor.putValue(buffer, OFFSET, IndicatorField.ATR, Double.NaN)).isFalse();
        assertThat(IndicatorSnapshotDescriptor.has(buffer, OFFSET, IndicatorField.ATR)).isFalse();
        assertThat(IndicatorSnapshotDescriptor.value(buffer, OFFSET, IndicatorField.ATR)).isZero();
        assertThatThrownBy(() -> IndicatorSnapshotDescriptor.putEmaPeriod(buffer, OFFSET, 8, 20))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("slot 8");
        assertThatThrownBy(() -> IndicatorSnapshotDescriptor.putEmaPeriod(buffer, OFFSET, 0, 70_000))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("70000");
    }

    @Test
    void shouldRoundTripPatternEventsAtExtremes()
    {
        for (int k = 0; k < LONGS.length; k++)
        {
            final int kk = k;
            final double strength = value(k, IndicatorField.PLDOT);
            final UnsafeBuffer buffer = encodeChecked(RecordType.PATTERN_EVENT, b -> PatternEventDescriptor.encode(
                b, OFFSET, l(kk, 0), l(kk, 1), l(kk, 2), i(kk, 3), i(kk, 4), 255, kk % 4, kk % 3, l(kk, 5), l(kk, 6),
                strength));
            assertHeader(buffer, RecordType.PATTERN_EVENT, l(k, 0), l(k, 1), l(k, 2));
            assertThat(PatternEventDescriptor.INSTRUMENT_ID.get(buffer, OFFSET)).isEqualTo(i(k, 3));
            assertThat(PatternEventDescriptor.TIMEFRAME_SECONDS.get(buffer, OFFSET)).isEqualTo(i(k, 4));
            assertThat(PatternEventDescriptor.PATTERN.get(buffer, OFFSET)).isEqualTo(255);
            assertThat(PatternEventDescriptor.DIRECTION.get(buffer, OFFSET)).isEqualTo(k % 4);
            assertThat(PatternEventDescriptor.PHASE.get(buffer, OFFSET)).isEqualTo(k % 3);
            assertThat(PatternEventDescriptor.START_TIME.get(buffer, OFFSET)).isEqualTo(l(k, 5));
            assertThat(PatternEventDescriptor.END_TIME.get(buffer, OFFSET)).isEqualTo(l(k, 6));
            assertThat(PatternEventDescriptor.STRENGTH.get(buffer, OFFSET)).isEqualTo(Double.isFinite(strength) ? strength : 0.0);
        }
    }

    @Test
    void shouldRoundTripZoneAndGapEventsAtExtremes()
    {
        for (final RecordType type : new RecordType[] {RecordType.ZONE_EVENT, RecordType.GAP_EVENT})
        {
            for (int k = 0; k < LONGS.length; k++)
            {
                final int kk = k;
                final double low = value(k, IndicatorField.POC);
                final double high = value(k + 1, IndicatorField.POC);
                final double strength = value(k + 2, IndicatorField.POC);
                final UnsafeBuffer buffer = encodeChecked(type, b -> LevelEventDescriptor.encode(
                    b, OFFSET, type, l(kk, 0), l(kk, 1), l(kk, 2), i(kk, 3), i(kk, 4), kk % 3, 255, i(kk, 5), l(kk, 6),
                    l(kk, 7), low, high, strength));
                assertHeader(buffer, type, l(k, 0), l(k, 1), l(k, 2));
                assertThat(LevelEventDescriptor.INSTRUMENT_ID.get(buffer, OFFSET)).isEqualTo(i(k, 3));
                assertThat(LevelEventDescriptor.TIMEFRAME_SECONDS.get(buffer, OFFSET)).isEqualTo(i(k, 4));
                assertThat(LevelEventDescriptor.KIND.get(buffer, OFFSET)).isEqualTo(k % 3);
                assertThat(LevelEventDescriptor.STATUS.get(buffer, OFFSET)).isEqualTo(255);
                assertThat(LevelEventDescriptor.TEST_COUNT.get(buffer, OFFSET)).isEqualTo(i(k, 5));
                assertThat(LevelEventDescriptor.FIRST_SEEN.get(buffer, OFFSET)).isEqualTo(l(k, 6));
                assertThat(LevelEventDescriptor.LAST_TOUCHED.get(buffer, OFFSET)).isEqualTo(l(k, 7));
                assertThat(LevelEventDescriptor.LOW.get(buffer, OFFSET)).isEqualTo(Double.isFinite(low) ? low : 0.0);
                assertThat(LevelEventDescriptor.HIGH.get(buffer, OFFSET)).isEqualTo(Double.isFinite(high) ? high : 0.0);
                assertThat(LevelEventDescriptor.STRENGTH.get(buffer, OFFSET)).isEqualTo(Double.isFinite(strength) ? strength : 0.0);
            }
        }
        assertThatThrownBy(() -> LevelEventDescriptor.encode(filled(FILL), OFFSET, RecordType.TIMER, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TIMER");
    }

    @Test
    void shouldRoundTripSignalAtExtremesForEveryTypeAndZeroWhatBeginDidNotSet()
    {
        assertThat(RecordType.SIGNAL.length()).isEqualTo(SignalDescriptor.LENGTH).isEqualTo(112);
        assertThat(RecordType.SIGNAL.inbound()).isFalse();
        final double[] doubles = {0.0, 1.0, -0.5, Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN, Double.NEGATIVE_INFINITY};
        for (int k = 0; k < LONGS.length; k++)
        {
            final int kk = k;
            final TradingCodes.SignalType type = TradingCodes.SignalType.values()[k % 4];
            final UnsafeBuffer buffer = encodeChecked(RecordType.SIGNAL, b ->
            {
                final int length = SignalDescriptor.begin(b, OFFSET, l(kk, 0), l(kk, 1), l(kk, 2), i(kk, 3), i(kk, 4),
                    type.code(), 255, l(kk, 5));
                SignalDescriptor.putRiskAndRank(b, OFFSET, kk % 4, 255);
                SignalDescriptor.putContext(b, OFFSET, kk % 4, 255, kk % 6, 255);
                SignalDescriptor.putPrices(b, OFFSET, l(kk, 6), l(kk, 7), l(kk, 8));
                SignalDescriptor.putScores(b, OFFSET, doubles[kk % doubles.length], doubles[(kk + 1) % doubles.length],
                    doubles[(kk + 2) % doubles.length], doubles[(kk + 3) % doubles.length]);
                return length;
            });
            assertHeader(buffer, RecordType.SIGNAL, l(k, 0), l(k, 1), l(k, 2));
            assertThat(SignalDescriptor.INSTRUMENT_ID.get(buffer, OFFSET)).isEqualTo(i(k, 3));
            assertThat(SignalDescriptor.TIMEFRAME_SECONDS.get(buffer, OFFSET)).isEqualTo(i(k, 4));
            assertThat(TradingCodes.SignalType.of(SignalDescriptor.TYPE.get(buffer, OFFSET))).isSameAs(type);
            assertThat(SignalDescriptor.STRATEGY.get(buffer, OFFSET)).isEqualTo(255);
            assertThat(SignalDescriptor.RISK_LEVEL.get(buffer, OFFSET)).isEqualTo(k % 4);
            assertThat(SignalDescriptor.RANK.get(buffer, OFFSET)).isEqualTo(255);
            assertThat(SignalDescriptor.HIGHER_DIRECTION.get(buffer, OFFSET)).isEqualTo(k % 4);
            assertThat(SignalDescriptor.TRADING_DIRECTION.get(buffer, OFFSET)).isEqualTo(255);
            assertThat(SignalDescriptor.STATE.get(buffer, OFFSET)).isEqualTo(k % 6);
            assertThat(SignalDescriptor.PATTERN.get(buffer, OFFSET)).isEqualTo(255);
            assertThat(SignalDescriptor.ENTRY_PRICE.get(buffer, OFFSET)).isEqualTo(l(k, 6));
            assertThat(SignalDescriptor.STOP_PRICE.get(buffer, OFFSET)).isEqualTo(l(k, 7));
            assertThat(SignalDescriptor.TARGET_PRICE.get(buffer, OFFSET)).isEqualTo(l(k, 8));
            final double confidence = doubles[k % doubles.length];
            assertThat(SignalDescriptor.CONFIDENCE.get(buffer, OFFSET)).isEqualTo(Double.isFinite(confidence) ? confidence : 0.0);
            final double confluence = doubles[(k + 3) % doubles.length];
            assertThat(SignalDescriptor.CONFLUENCE.get(buffer, OFFSET)).isEqualTo(Double.isFinite(confluence) ? confluence : 0.0);
            assertThat(SignalDescriptor.BAR_TIME.get(buffer, OFFSET)).isEqualTo(l(k, 5));
        }
        final UnsafeBuffer bare = encodeChecked(RecordType.SIGNAL,
            b -> SignalDescriptor.begin(b, OFFSET, 1, 2, 3, 4, 60, 1, 1, 5));
        assertZero(bare, SignalDescriptor.RISK_LEVEL.offset(), SignalDescriptor.BAR_TIME.offset());
        assertThat(TradingCodes.SignalType.of(0)).isNull();
        assertThat(TradingCodes.SignalType.of(5)).isNull();
        assertThat(TradingCodes.RiskLevel.of(3)).isSameAs(TradingCodes.RiskLevel.HIGH);
    }

    @Test
    void shouldRoundTripOrderIntentAtExtremes()
    {
        assertThat(RecordType.ORDER_INTENT.length()).isEqualTo(OrderIntentDescriptor.LENGTH).isEqualTo(96);
        assertThat(RecordType.ORDER_INTENT.typeId()).isEqualTo((short)108);
        for (int k = 0; k < LONGS.length; k++)
        {
            final int kk = k;
            final UnsafeBuffer buffer = encodeChecked(RecordType.ORDER_INTENT, b ->
            {
                final int length = OrderIntentDescriptor.encode(b, OFFSET, l(kk, 0), l(kk, 1), l(kk, 2), i(kk, 3),
                    kk % 3, 255, kk % 10, l(kk, 4), l(kk, 5), l(kk, 6), l(kk, 7));
                OrderIntentDescriptor.putSignal(b, OFFSET, l(kk, 8), l(kk, 9), kk % 5, 255, kk % 256);
                return length;
            });
            assertHeader(buffer, RecordType.ORDER_INTENT, l(k, 0), l(k, 1), l(k, 2));
            assertThat(OrderIntentDescriptor.INSTRUMENT_ID.get(buffer, OFFSET)).isEqualTo(i(k, 3));
            assertThat(OrderIntentDescriptor.SIDE.get(buffer, OFFSET)).isEqualTo(k % 3);
            assertThat(OrderIntentDescriptor.ORDER_TYPE.get(buffer, OFFSET)).isEqualTo(255);
            assertThat(OrderIntentDescriptor.REASON.get(buffer, OFFSET)).isEqualTo(k % 10);
            assertThat(OrderIntentDescriptor.CLIENT_ORDER_ID.get(buffer, OFFSET)).isEqualTo(l(k, 4));
            assertThat(OrderIntentDescriptor.QUANTITY.get(buffer, OFFSET)).isEqualTo(l(k, 5));
            assertThat(OrderIntentDescriptor.PRICE.get(buffer, OFFSET)).isEqualTo(l(k, 6));
            assertThat(OrderIntentDescriptor.REFERENCE_PRICE.get(buffer, OFFSET)).isEqualTo(l(k, 7));
            assertThat(OrderIntentDescriptor.POSITION_ID.get(buffer, OFFSET)).isEqualTo(l(k, 8));
            assertThat(OrderIntentDescriptor.STOP_PRICE.get(buffer, OFFSET)).isEqualTo(l(k, 9));
            assertThat(OrderIntentDescriptor.SIGNAL_TYPE.get(buffer, OFFSET)).isEqualTo(k % 5);
            assertThat(OrderIntentDescriptor.STRATEGY.get(buffer, OFFSET)).isEqualTo(255);
            assertThat(OrderIntentDescriptor.RANK.get(buffer, OFFSET)).isEqualTo(k % 256);
        }
        final UnsafeBuffer bare = encodeChecked(RecordType.ORDER_INTENT,
            b -> OrderIntentDescriptor.encode(b, OFFSET, 1, 2, 3, 4, 1, 1, 1, 5, 6, 0, 7));
        assertZero(bare, OrderIntentDescriptor.STOP_PRICE.offset(), OrderIntentDescriptor.LENGTH);
        assertThat(OrderIntentDescriptor.STRATEGY.get(bare, OFFSET)).isZero();
    }

    @Test
    void shouldRoundTripOrderEventAtExtremesForEveryEventType()
    {
        assertThat(RecordType.ORDER_EVENT.length()).isEqualTo(OrderEventDescriptor.LENGTH).isEqualTo(80);
        for (int k = 0; k < LONGS.length; k++)
        {
            final int kk = k;
            final TradingCodes.OrderEventType event = TradingCodes.OrderEventType.values()[k % 5];
            final UnsafeBuffer buffer = encodeChecked(RecordType.ORDER_EVENT, b -> OrderEventDescriptor.encode(b, OFFSET,
                l(kk, 0), l(kk, 1), l(kk, 2), i(kk, 3), event.code(), 255, kk % 3, 255 - kk, l(kk, 4), l(kk, 5), l(kk, 6),
                l(kk, 7), l(kk, 8)));
            assertHeader(buffer, RecordType.ORDER_EVENT, l(k, 0), l(k, 1), l(k, 2));
            assertThat(OrderEventDescriptor.INSTRUMENT_ID.get(buffer, OFFSET)).isEqualTo(i(k, 3));
            assertThat(TradingCodes.OrderEventType.of(OrderEventDescriptor.EVENT.get(buffer, OFFSET))).isSameAs(event);
            assertThat(OrderEventDescriptor.SIDE.get(buffer, OFFSET)).isEqualTo(255);
            assertThat(OrderEventDescriptor.LIQUIDITY.get(buffer, OFFSET)).isEqualTo(k % 3);
            assertThat(OrderEventDescriptor.REJECT_REASON.get(buffer, OFFSET)).isEqualTo(255 - k);
            assertThat(OrderEventDescriptor.CLIENT_ORDER_ID.get(buffer, OFFSET)).isEqualTo(l(k, 4));
            assertThat(OrderEventDescriptor.PRICE.get(buffer, OFFSET)).isEqualTo(l(k, 5));
            assertThat(OrderEventDescriptor.QUANTITY.get(buffer, OFFSET)).isEqualTo(l(k, 6));
            assertThat(OrderEventDescriptor.REMAINING.get(buffer, OFFSET)).isEqualTo(l(k, 7));
            assertThat(OrderEventDescriptor.FEE.get(buffer, OFFSET)).isEqualTo(l(k, 8));
        }
    }

    @Test
    void shouldRoundTripRiskRejectForEveryReasonAtExtremes()
    {
        assertThat(RecordType.RISK_REJECT.length()).isEqualTo(RiskRejectDescriptor.LENGTH).isEqualTo(72);
        final double[] doubles = {0.0, 1.0, -0.5, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY};
        final TradingCodes.RiskRejectReason[] reasons = TradingCodes.RiskRejectReason.values();
        for (int k = 0; k < Math.max(LONGS.length, reasons.length); k++)
        {
            final int kk = k;
            final TradingCodes.RiskRejectReason reason = reasons[k % reasons.length];
            final double confidence = doubles[k % doubles.length];
            final UnsafeBuffer buffer = encodeChecked(RecordType.RISK_REJECT, b -> RiskRejectDescriptor.encode(b, OFFSET,
                l(kk, 0), l(kk, 1), l(kk, 2), i(kk, 3), reason.code(), kk % 5, 255, kk % 256, l(kk, 4), l(kk, 5),
                l(kk, 6), confidence));
            assertHeader(buffer, RecordType.RISK_REJECT, l(k, 0), l(k, 1), l(k, 2));
            assertThat(RiskRejectDescriptor.INSTRUMENT_ID.get(buffer, OFFSET)).isEqualTo(i(k, 3));
            assertThat(TradingCodes.RiskRejectReason.of(RiskRejectDescriptor.REASON.get(buffer, OFFSET))).isSameAs(reason);
            assertThat(RiskRejectDescriptor.SIGNAL_TYPE.get(buffer, OFFSET)).isEqualTo(k % 5);
            assertThat(RiskRejectDescriptor.STRATEGY.get(buffer, OFFSET)).isEqualTo(255);
            assertThat(RiskRejectDescriptor.RANK.get(buffer, OFFSET)).isEqualTo(k % 256);
            assertThat(RiskRejectDescriptor.ENTRY_PRICE.get(buffer, OFFSET)).isEqualTo(l(k, 4));
            assertThat(RiskRejectDescriptor.STOP_PRICE.get(buffer, OFFSET)).isEqualTo(l(k, 5));
            assertThat(RiskRejectDescriptor.DETAIL.get(buffer, OFFSET)).isEqualTo(l(k, 6));
            assertThat(RiskRejectDescriptor.CONFIDENCE.get(buffer, OFFSET)).isEqualTo(Double.isFinite(confidence) ? confidence : 0.0);
        }
    }

    @Test
    void shouldRoundTripPositionEventAtExtremesAndZeroWhatBeginDidNotSet()
    {
        assertThat(RecordType.POSITION_EVENT.length()).isEqualTo(PositionEventDescriptor.LENGTH).isEqualTo(128);
        for (int k = 0; k < LONGS.length; k++)
        {
            final int kk = k;
            final TradingCodes.PositionEventType event = TradingCodes.PositionEventType.values()[k % 5];
            final UnsafeBuffer buffer = encodeChecked(RecordType.POSITION_EVENT, b ->
            {
                final int length = PositionEventDescriptor.begin(b, OFFSET, l(kk, 0), l(kk, 1), l(kk, 2), i(kk, 3),
                    event.code(), 255, kk % 10, l(kk, 4));
                PositionEventDescriptor.putQuantities(b, OFFSET, l(kk, 5), l(kk, 6), l(kk, 7), l(kk, 8));
                PositionEventDescriptor.putMoney(b, OFFSET, l(kk, 9), l(kk, 10), l(kk, 11), l(kk, 12));
                PositionEventDescriptor.putSignal(b, OFFSET, kk % 5, 255, kk == 0 ? Double.NaN : 1.0 / kk);
                return length;
            });
            assertHeader(buffer, RecordType.POSITION_EVENT, l(k, 0), l(k, 1), l(k, 2));
            assertThat(PositionEventDescriptor.INSTRUMENT_ID.get(buffer, OFFSET)).isEqualTo(i(k, 3));
            assertThat(TradingCodes.PositionEventType.of(PositionEventDescriptor.EVENT.get(buffer, OFFSET))).isSameAs(event);
            assertThat(PositionEventDescriptor.SIDE.get(buffer, OFFSET)).isEqualTo(255);
            assertThat(PositionEventDescriptor.REASON.get(buffer, OFFSET)).isEqualTo(k % 10);
            assertThat(PositionEventDescriptor.POSITION_ID.get(buffer, OFFSET)).isEqualTo(l(k, 4));
            assertThat(PositionEventDescriptor.QUANTITY.get(buffer, OFFSET)).isEqualTo(l(k, 5));
            assertThat(PositionEventDescriptor.CHANGE.get(buffer, OFFSET)).isEqualTo(l(k, 6));
            assertThat(PositionEventDescriptor.AVERAGE_ENTRY.get(buffer, OFFSET)).isEqualTo(l(k, 7));
            assertThat(PositionEventDescriptor.EXIT_PRICE.get(buffer, OFFSET)).isEqualTo(l(k, 8));
            assertThat(PositionEventDescriptor.REALIZED_PNL.get(buffer, OFFSET)).isEqualTo(l(k, 9));
            assertThat(PositionEventDescriptor.FEES.get(buffer, OFFSET)).isEqualTo(l(k, 10));
            assertThat(PositionEventDescriptor.STOP_PRICE.get(buffer, OFFSET)).isEqualTo(l(k, 11));
            assertThat(PositionEventDescriptor.ENTRY_TIME.get(buffer, OFFSET)).isEqualTo(l(k, 12));
            assertThat(PositionEventDescriptor.SIGNAL_TYPE.get(buffer, OFFSET)).isEqualTo(k % 5);
            assertThat(PositionEventDescriptor.STRATEGY.get(buffer, OFFSET)).isEqualTo(255);
            assertThat(PositionEventDescriptor.CONFIDENCE.get(buffer, OFFSET)).isEqualTo(k == 0 ? 0.0 : 1.0 / k);
        }
        final UnsafeBuffer bare = encodeChecked(RecordType.POSITION_EVENT,
            b -> PositionEventDescriptor.begin(b, OFFSET, 1, 2, 3, 4, 1, 1, 1, 5));
        assertZero(bare, PositionEventDescriptor.STRATEGY.offset(), PositionEventDescriptor.POSITION_ID.offset());
        assertZero(bare, PositionEventDescriptor.QUANTITY.offset(), PositionEventDescriptor.LENGTH);
    }

    @Test
    void shouldRoundTripPortfolioEventAtExtremes()
    {
        assertThat(RecordType.PORTFOLIO_EVENT.length()).isEqualTo(PortfolioEventDescriptor.LENGTH).isEqualTo(88);
        for (int k = 0; k < LONGS.length; k++)
        {
            final int kk = k;
            final UnsafeBuffer buffer = encodeChecked(RecordType.PORTFOLIO_EVENT, b -> PortfolioEventDescriptor.encode(b,
                OFFSET, l(kk, 0), l(kk, 1), l(kk, 2), kk % 5, 255, 255 - kk, kk % 2 == 0, i(kk, 3), l(kk, 4), l(kk, 5),
                l(kk, 6), l(kk, 7), l(kk, 8), kk == 1 ? Double.NEGATIVE_INFINITY : kk * 12.5));
            assertHeader(buffer, RecordType.PORTFOLIO_EVENT, l(k, 0), l(k, 1), l(k, 2));
            assertThat(PortfolioEventDescriptor.EVENT.get(buffer, OFFSET)).isEqualTo(k % 5);
            assertThat(PortfolioEventDescriptor.LEVEL.get(buffer, OFFSET)).isEqualTo(255);
            assertThat(PortfolioEventDescriptor.CASH_SCALE.get(buffer, OFFSET)).isEqualTo(255 - k);
            assertThat(PortfolioEventDescriptor.HALTED.get(buffer, OFFSET)).isEqualTo(k % 2 == 0);
            assertThat(PortfolioEventDescriptor.OPEN_POSITIONS.get(buffer, OFFSET)).isEqualTo(i(k, 3));
            assertThat(PortfolioEventDescriptor.CASH.get(buffer, OFFSET)).isEqualTo(l(k, 4));
            assertThat(PortfolioEventDescriptor.EQUITY.get(buffer, OFFSET)).isEqualTo(l(k, 5));
            assertThat(PortfolioEventDescriptor.EXPOSURE.get(buffer, OFFSET)).isEqualTo(l(k, 6));
            assertThat(PortfolioEventDescriptor.DAY_HIGH.get(buffer, OFFSET)).isEqualTo(l(k, 7));
            assertThat(PortfolioEventDescriptor.DRAWDOWN_BPS.get(buffer, OFFSET)).isEqualTo(l(k, 8));
            assertThat(PortfolioEventDescriptor.HEALTH.get(buffer, OFFSET)).isEqualTo(k == 1 ? 0.0 : k * 12.5);
        }
    }

    @Test
    void shouldMapEveryTradingCodeBothWays()
    {
        for (final Class<? extends Enum<?>> type : List.of(TradingCodes.SignalType.class, TradingCodes.RiskLevel.class,
            TradingCodes.OrderSide.class, TradingCodes.OrderType.class, TradingCodes.OrderReason.class,
            TradingCodes.OrderEventType.class, TradingCodes.Liquidity.class, TradingCodes.VenueReject.class,
            TradingCodes.RiskRejectReason.class, TradingCodes.PositionSide.class, TradingCodes.PositionEventType.class,
            TradingCodes.DrawdownLevel.class, TradingCodes.PortfolioEventType.class))
        {
            roundTripCodes(type);
        }
        assertThat(TradingCodes.OrderReason.of(TradingCodes.OrderReason.REVERSAL.code()))
            .isSameAs(TradingCodes.OrderReason.REVERSAL);
        assertThat(TradingCodes.RiskRejectReason.of(0)).isNull();
        assertThat(TradingCodes.VenueReject.of(12)).isNull();
    }

    @Test
    void shouldMapAnalyticsCodesBothWays()
    {
        assertThat(AnalyticsCodes.code(null)).isEqualTo(AnalyticsCodes.UNDEFINED);
        for (final Class<? extends Enum<?>> type : List.of(AnalyticsCodes.MarketState.class, AnalyticsCodes.Direction.class,
            AnalyticsCodes.Slope.class, AnalyticsCodes.Regime.class, AnalyticsCodes.ProfileShape.class, AnalyticsCodes.Pattern.class,
            AnalyticsCodes.PatternPhase.class, AnalyticsCodes.ZoneKind.class, AnalyticsCodes.ZoneStatus.class,
            AnalyticsCodes.GapDirection.class, AnalyticsCodes.GapStatus.class))
        {
            roundTripCodes(type);
        }
        assertThat(AnalyticsCodes.label(AnalyticsCodes.MarketState.class, 3)).isEqualTo("CONGESTION_ACTION");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void roundTripCodes(final Class type)
    {
        final Enum<?>[] constants = (Enum<?>[])type.getEnumConstants();
        assertThat(constants.length).isLessThan(255);
        for (final Enum<?> constant : constants)
        {
            final int code = AnalyticsCodes.code(constant);
            assertThat(code).isBetween(1, 255);
            assertThat(AnalyticsCodes.of(type, code)).isSameAs(constant);
        }
        assertThat(AnalyticsCodes.of(type, 0)).isNull();
        assertThat(AnalyticsCodes.of(type, constants.length + 1)).isNull();
        assertThat(AnalyticsCodes.label(type, -1)).isNull();
    }

    @Test
    void shouldReturnNullForUnknownCodes()
    {
        assertThat(RecordType.of(0)).isNull();
        assertThat(RecordType.of(-1)).isNull();
        assertThat(RecordType.of(4)).isNull();
        assertThat(RecordType.of(256)).isNull();
        assertThat(RecordType.of(0xFFFF)).isNull();
        assertThat(RecordType.of(Integer.MIN_VALUE)).isNull();
        assertThat(Side.of(-1)).isNull();
        assertThat(Side.of(3)).isNull();
        assertThat(FeedStatus.of(0)).isNull();
        assertThat(FeedStatus.of(5)).isNull();
        assertThat(FeedStatus.of(-1)).isNull();
        assertThat(RejectReason.of(0)).isNull();
        assertThat(RejectReason.of(RejectReason.values().length + 1)).isNull();
        assertThat(RejectReason.of(-1)).isNull();
        for (final Side side : Side.values())
        {
            assertThat(Side.of(side.code())).isSameAs(side);
        }
        for (final FeedStatus status : FeedStatus.values())
        {
            assertThat(FeedStatus.of(status.code())).isSameAs(status);
        }
        for (final RejectReason reason : RejectReason.values())
        {
            assertThat(RejectReason.of(reason.code())).isSameAs(reason);
            assertThat(reason.description()).isNotBlank();
        }
    }

    @Test
    void shouldParseRecordTypeNamesAndNameKnownOnesWhenUnknown()
    {
        assertThat(RecordType.parse("trade-tick")).isSameAs(RecordType.TRADE_TICK);
        assertThat(RecordType.parse(" Candle_Closed ")).isSameAs(RecordType.CANDLE_CLOSED);
        assertThat(RecordType.parse("INPUT-REJECTED")).isSameAs(RecordType.INPUT_REJECTED);
        for (final RecordType type : RecordType.values())
        {
            assertThat(RecordType.parse(type.displayName())).isSameAs(type);
        }
        assertThat(RecordType.CANDLE_CLOSED.displayName()).isEqualTo("candle-closed");
        assertThat(RecordType.displayNames()).startsWith("trade-tick, timer, feed-status, candle-closed, input-rejected, " +
            "indicator-snapshot, pattern-event, zone-event, gap-event, signal")
            .hasSize(java.util.Arrays.stream(RecordType.values()).mapToInt(t -> t.displayName().length() + 2).sum() - 2);
        assertThatThrownBy(() -> RecordType.parse("quote"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'quote'")
            .hasMessageContaining("trade-tick")
            .hasMessageContaining("input-rejected");
    }
}
