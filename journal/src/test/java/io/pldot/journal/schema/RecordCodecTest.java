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
                assertThat(TradeTickDescriptor.instrumentId(buffer, OFFSET)).isEqualTo(i(k, 0));
                assertThat(TradeTickDescriptor.sideCode(buffer, OFFSET)).isEqualTo(side.code());
                assertThat(Side.of(TradeTickDescriptor.sideCode(buffer, OFFSET))).isSameAs(side);
                assertThat(TradeTickDescriptor.price(buffer, OFFSET)).isEqualTo(l(k, 3));
                assertThat(TradeTickDescriptor.quantity(buffer, OFFSET)).isEqualTo(l(k, 4));
                assertThat(TradeTickDescriptor.venueTradeId(buffer, OFFSET)).isEqualTo(l(k, 5));
                assertZero(buffer, TradeTickDescriptor.SIDE_OFFSET + 1, TradeTickDescriptor.PRICE_OFFSET);
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
            assertThat(TimerDescriptor.timerId(buffer, OFFSET)).isEqualTo(l(k, 3));
        }
        final UnsafeBuffer heartbeat = encodeChecked(RecordType.TIMER,
            b -> TimerDescriptor.encode(b, OFFSET, 1, 2, 3, TimerDescriptor.HEARTBEAT_TIMER_ID));
        assertThat(TimerDescriptor.timerId(heartbeat, OFFSET)).isZero();
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
                assertThat(FeedStatusDescriptor.instrumentId(buffer, OFFSET)).isEqualTo(i(k, 0));
                assertThat(FeedStatusDescriptor.statusCode(buffer, OFFSET)).isEqualTo(status.code());
                assertThat(FeedStatus.of(FeedStatusDescriptor.statusCode(buffer, OFFSET))).isSameAs(status);
                assertZero(buffer, FeedStatusDescriptor.STATUS_OFFSET + 1, FeedStatusDescriptor.LENGTH);
            }
        }
        final UnsafeBuffer all = encodeChecked(RecordType.FEED_STATUS, b -> FeedStatusDescriptor.encode(
            b, OFFSET, 0, 0, 0, FeedStatusDescriptor.ALL_INSTRUMENTS, FeedStatus.STALE));
        assertThat(FeedStatusDescriptor.instrumentId(all, OFFSET)).isEqualTo(FeedStatusDescriptor.ALL_INSTRUMENTS);
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
            assertThat(CandleClosedDescriptor.instrumentId(buffer, OFFSET)).isEqualTo(i(k, 0));
            assertThat(CandleClosedDescriptor.timeframeSeconds(buffer, OFFSET)).isEqualTo(i(k, 1));
            assertThat(CandleClosedDescriptor.openTime(buffer, OFFSET)).isEqualTo(l(k, 3));
            assertThat(CandleClosedDescriptor.open(buffer, OFFSET)).isEqualTo(l(k, 4));
            assertThat(CandleClosedDescriptor.high(buffer, OFFSET)).isEqualTo(l(k, 5));
            assertThat(CandleClosedDescriptor.low(buffer, OFFSET)).isEqualTo(l(k, 6));
            assertThat(CandleClosedDescriptor.close(buffer, OFFSET)).isEqualTo(l(k, 7));
            assertThat(CandleClosedDescriptor.volume(buffer, OFFSET)).isEqualTo(l(k, 8));
            assertThat(CandleClosedDescriptor.buyVolume(buffer, OFFSET)).isEqualTo(l(k, 9));
            assertThat(CandleClosedDescriptor.sellVolume(buffer, OFFSET)).isEqualTo(l(k, 10));
            assertThat(CandleClosedDescriptor.tradeCount(buffer, OFFSET)).isEqualTo(i(k, 2));
            assertThat(CandleClosedDescriptor.buyCount(buffer, OFFSET)).isEqualTo(i(k, 3));
            assertThat(CandleClosedDescriptor.sellCount(buffer, OFFSET)).isEqualTo(i(k, 4));
            assertZero(buffer, CandleClosedDescriptor.SELL_COUNT_OFFSET + 4, CandleClosedDescriptor.LENGTH);
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
                assertThat(InputRejectedDescriptor.rejectedTypeId(buffer, OFFSET)).isEqualTo(typeIds[k]);
                assertThat(InputRejectedDescriptor.reasonCode(buffer, OFFSET)).isEqualTo(reason.code());
                assertThat(RejectReason.of(InputRejectedDescriptor.reasonCode(buffer, OFFSET))).isSameAs(reason);
                assertThat(InputRejectedDescriptor.instrumentId(buffer, OFFSET)).isEqualTo(i(k, 0));
                assertThat(InputRejectedDescriptor.detail(buffer, OFFSET)).isEqualTo(l(k, 3));
            }
        }
        for (final RecordType type : RecordType.values())
        {
            final UnsafeBuffer buffer = encodeChecked(RecordType.INPUT_REJECTED, b -> InputRejectedDescriptor.encode(
                b, OFFSET, 1, 2, 3, type.typeId(), RejectReason.UNKNOWN_INSTRUMENT, 0, 0));
            assertThat(RecordType.of(InputRejectedDescriptor.rejectedTypeId(buffer, OFFSET))).isSameAs(type);
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
            assertThat(IndicatorSnapshotDescriptor.instrumentId(buffer, OFFSET)).isEqualTo(i(k, 3));
            assertThat(IndicatorSnapshotDescriptor.timeframeSeconds(buffer, OFFSET)).isEqualTo(i(k, 4));
            assertThat(IndicatorSnapshotDescriptor.openTime(buffer, OFFSET)).isEqualTo(l(k, 5));
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
            assertThat(IndicatorSnapshotDescriptor.state(buffer, OFFSET)).isEqualTo(5);
            assertThat(IndicatorSnapshotDescriptor.previousState(buffer, OFFSET)).isEqualTo(1);
            assertThat(IndicatorSnapshotDescriptor.trend(buffer, OFFSET)).isEqualTo(3);
            assertThat(IndicatorSnapshotDescriptor.slopeTrend(buffer, OFFSET)).isEqualTo(2);
            assertThat(IndicatorSnapshotDescriptor.barsInState(buffer, OFFSET)).isEqualTo(i(k, 6));
            assertThat(IndicatorSnapshotDescriptor.regime(buffer, OFFSET)).isEqualTo(3);
            assertThat(IndicatorSnapshotDescriptor.profileShape(buffer, OFFSET)).isEqualTo(4);
            assertThat(IndicatorSnapshotDescriptor.patterns(buffer, OFFSET)).isEqualTo(0x1F);
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
            assertThat(PatternEventDescriptor.instrumentId(buffer, OFFSET)).isEqualTo(i(k, 3));
            assertThat(PatternEventDescriptor.timeframeSeconds(buffer, OFFSET)).isEqualTo(i(k, 4));
            assertThat(PatternEventDescriptor.pattern(buffer, OFFSET)).isEqualTo(255);
            assertThat(PatternEventDescriptor.direction(buffer, OFFSET)).isEqualTo(k % 4);
            assertThat(PatternEventDescriptor.phase(buffer, OFFSET)).isEqualTo(k % 3);
            assertThat(PatternEventDescriptor.startTime(buffer, OFFSET)).isEqualTo(l(k, 5));
            assertThat(PatternEventDescriptor.endTime(buffer, OFFSET)).isEqualTo(l(k, 6));
            assertThat(PatternEventDescriptor.strength(buffer, OFFSET)).isEqualTo(Double.isFinite(strength) ? strength : 0.0);
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
                assertThat(LevelEventDescriptor.instrumentId(buffer, OFFSET)).isEqualTo(i(k, 3));
                assertThat(LevelEventDescriptor.timeframeSeconds(buffer, OFFSET)).isEqualTo(i(k, 4));
                assertThat(LevelEventDescriptor.kind(buffer, OFFSET)).isEqualTo(k % 3);
                assertThat(LevelEventDescriptor.status(buffer, OFFSET)).isEqualTo(255);
                assertThat(LevelEventDescriptor.testCount(buffer, OFFSET)).isEqualTo(i(k, 5));
                assertThat(LevelEventDescriptor.firstSeen(buffer, OFFSET)).isEqualTo(l(k, 6));
                assertThat(LevelEventDescriptor.lastTouched(buffer, OFFSET)).isEqualTo(l(k, 7));
                assertThat(LevelEventDescriptor.low(buffer, OFFSET)).isEqualTo(Double.isFinite(low) ? low : 0.0);
                assertThat(LevelEventDescriptor.high(buffer, OFFSET)).isEqualTo(Double.isFinite(high) ? high : 0.0);
                assertThat(LevelEventDescriptor.strength(buffer, OFFSET)).isEqualTo(Double.isFinite(strength) ? strength : 0.0);
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
            assertThat(SignalDescriptor.instrumentId(buffer, OFFSET)).isEqualTo(i(k, 3));
            assertThat(SignalDescriptor.timeframeSeconds(buffer, OFFSET)).isEqualTo(i(k, 4));
            assertThat(TradingCodes.SignalType.of(SignalDescriptor.type(buffer, OFFSET))).isSameAs(type);
            assertThat(SignalDescriptor.strategy(buffer, OFFSET)).isEqualTo(255);
            assertThat(SignalDescriptor.riskLevel(buffer, OFFSET)).isEqualTo(k % 4);
            assertThat(SignalDescriptor.rank(buffer, OFFSET)).isEqualTo(255);
            assertThat(SignalDescriptor.higherDirection(buffer, OFFSET)).isEqualTo(k % 4);
            assertThat(SignalDescriptor.tradingDirection(buffer, OFFSET)).isEqualTo(255);
            assertThat(SignalDescriptor.state(buffer, OFFSET)).isEqualTo(k % 6);
            assertThat(SignalDescriptor.pattern(buffer, OFFSET)).isEqualTo(255);
            assertThat(SignalDescriptor.entryPrice(buffer, OFFSET)).isEqualTo(l(k, 6));
            assertThat(SignalDescriptor.stopPrice(buffer, OFFSET)).isEqualTo(l(k, 7));
            assertThat(SignalDescriptor.targetPrice(buffer, OFFSET)).isEqualTo(l(k, 8));
            final double confidence = doubles[k % doubles.length];
            assertThat(SignalDescriptor.confidence(buffer, OFFSET)).isEqualTo(Double.isFinite(confidence) ? confidence : 0.0);
            final double confluence = doubles[(k + 3) % doubles.length];
            assertThat(SignalDescriptor.confluence(buffer, OFFSET)).isEqualTo(Double.isFinite(confluence) ? confluence : 0.0);
            assertThat(SignalDescriptor.barTime(buffer, OFFSET)).isEqualTo(l(k, 5));
        }
        final UnsafeBuffer bare = encodeChecked(RecordType.SIGNAL,
            b -> SignalDescriptor.begin(b, OFFSET, 1, 2, 3, 4, 60, 1, 1, 5));
        assertZero(bare, SignalDescriptor.RISK_LEVEL_OFFSET, SignalDescriptor.BAR_TIME_OFFSET);
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
            assertThat(OrderIntentDescriptor.instrumentId(buffer, OFFSET)).isEqualTo(i(k, 3));
            assertThat(OrderIntentDescriptor.side(buffer, OFFSET)).isEqualTo(k % 3);
            assertThat(OrderIntentDescriptor.orderType(buffer, OFFSET)).isEqualTo(255);
            assertThat(OrderIntentDescriptor.reason(buffer, OFFSET)).isEqualTo(k % 10);
            assertThat(OrderIntentDescriptor.clientOrderId(buffer, OFFSET)).isEqualTo(l(k, 4));
            assertThat(OrderIntentDescriptor.quantity(buffer, OFFSET)).isEqualTo(l(k, 5));
            assertThat(OrderIntentDescriptor.price(buffer, OFFSET)).isEqualTo(l(k, 6));
            assertThat(OrderIntentDescriptor.referencePrice(buffer, OFFSET)).isEqualTo(l(k, 7));
            assertThat(OrderIntentDescriptor.positionId(buffer, OFFSET)).isEqualTo(l(k, 8));
            assertThat(OrderIntentDescriptor.stopPrice(buffer, OFFSET)).isEqualTo(l(k, 9));
            assertThat(OrderIntentDescriptor.signalType(buffer, OFFSET)).isEqualTo(k % 5);
            assertThat(OrderIntentDescriptor.strategy(buffer, OFFSET)).isEqualTo(255);
            assertThat(OrderIntentDescriptor.rank(buffer, OFFSET)).isEqualTo(k % 256);
        }
        final UnsafeBuffer bare = encodeChecked(RecordType.ORDER_INTENT,
            b -> OrderIntentDescriptor.encode(b, OFFSET, 1, 2, 3, 4, 1, 1, 1, 5, 6, 0, 7));
        assertZero(bare, OrderIntentDescriptor.STOP_PRICE_OFFSET, OrderIntentDescriptor.LENGTH);
        assertThat(OrderIntentDescriptor.strategy(bare, OFFSET)).isZero();
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
            assertThat(OrderEventDescriptor.instrumentId(buffer, OFFSET)).isEqualTo(i(k, 3));
            assertThat(TradingCodes.OrderEventType.of(OrderEventDescriptor.event(buffer, OFFSET))).isSameAs(event);
            assertThat(OrderEventDescriptor.side(buffer, OFFSET)).isEqualTo(255);
            assertThat(OrderEventDescriptor.liquidity(buffer, OFFSET)).isEqualTo(k % 3);
            assertThat(OrderEventDescriptor.rejectReason(buffer, OFFSET)).isEqualTo(255 - k);
            assertThat(OrderEventDescriptor.clientOrderId(buffer, OFFSET)).isEqualTo(l(k, 4));
            assertThat(OrderEventDescriptor.price(buffer, OFFSET)).isEqualTo(l(k, 5));
            assertThat(OrderEventDescriptor.quantity(buffer, OFFSET)).isEqualTo(l(k, 6));
            assertThat(OrderEventDescriptor.remaining(buffer, OFFSET)).isEqualTo(l(k, 7));
            assertThat(OrderEventDescriptor.fee(buffer, OFFSET)).isEqualTo(l(k, 8));
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
            assertThat(RiskRejectDescriptor.instrumentId(buffer, OFFSET)).isEqualTo(i(k, 3));
            assertThat(TradingCodes.RiskRejectReason.of(RiskRejectDescriptor.reason(buffer, OFFSET))).isSameAs(reason);
            assertThat(RiskRejectDescriptor.signalType(buffer, OFFSET)).isEqualTo(k % 5);
            assertThat(RiskRejectDescriptor.strategy(buffer, OFFSET)).isEqualTo(255);
            assertThat(RiskRejectDescriptor.rank(buffer, OFFSET)).isEqualTo(k % 256);
            assertThat(RiskRejectDescriptor.entryPrice(buffer, OFFSET)).isEqualTo(l(k, 4));
            assertThat(RiskRejectDescriptor.stopPrice(buffer, OFFSET)).isEqualTo(l(k, 5));
            assertThat(RiskRejectDescriptor.detail(buffer, OFFSET)).isEqualTo(l(k, 6));
            assertThat(RiskRejectDescriptor.confidence(buffer, OFFSET)).isEqualTo(Double.isFinite(confidence) ? confidence : 0.0);
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
            assertThat(PositionEventDescriptor.instrumentId(buffer, OFFSET)).isEqualTo(i(k, 3));
            assertThat(TradingCodes.PositionEventType.of(PositionEventDescriptor.event(buffer, OFFSET))).isSameAs(event);
            assertThat(PositionEventDescriptor.side(buffer, OFFSET)).isEqualTo(255);
            assertThat(PositionEventDescriptor.reason(buffer, OFFSET)).isEqualTo(k % 10);
            assertThat(PositionEventDescriptor.positionId(buffer, OFFSET)).isEqualTo(l(k, 4));
            assertThat(PositionEventDescriptor.quantity(buffer, OFFSET)).isEqualTo(l(k, 5));
            assertThat(PositionEventDescriptor.change(buffer, OFFSET)).isEqualTo(l(k, 6));
            assertThat(PositionEventDescriptor.averageEntry(buffer, OFFSET)).isEqualTo(l(k, 7));
            assertThat(PositionEventDescriptor.exitPrice(buffer, OFFSET)).isEqualTo(l(k, 8));
            assertThat(PositionEventDescriptor.realizedPnl(buffer, OFFSET)).isEqualTo(l(k, 9));
            assertThat(PositionEventDescriptor.fees(buffer, OFFSET)).isEqualTo(l(k, 10));
            assertThat(PositionEventDescriptor.stopPrice(buffer, OFFSET)).isEqualTo(l(k, 11));
            assertThat(PositionEventDescriptor.entryTime(buffer, OFFSET)).isEqualTo(l(k, 12));
            assertThat(PositionEventDescriptor.signalType(buffer, OFFSET)).isEqualTo(k % 5);
            assertThat(PositionEventDescriptor.strategy(buffer, OFFSET)).isEqualTo(255);
            assertThat(PositionEventDescriptor.confidence(buffer, OFFSET)).isEqualTo(k == 0 ? 0.0 : 1.0 / k);
        }
        final UnsafeBuffer bare = encodeChecked(RecordType.POSITION_EVENT,
            b -> PositionEventDescriptor.begin(b, OFFSET, 1, 2, 3, 4, 1, 1, 1, 5));
        assertZero(bare, PositionEventDescriptor.STRATEGY_OFFSET, PositionEventDescriptor.POSITION_ID_OFFSET);
        assertZero(bare, PositionEventDescriptor.QUANTITY_OFFSET, PositionEventDescriptor.LENGTH);
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
            assertThat(PortfolioEventDescriptor.event(buffer, OFFSET)).isEqualTo(k % 5);
            assertThat(PortfolioEventDescriptor.level(buffer, OFFSET)).isEqualTo(255);
            assertThat(PortfolioEventDescriptor.cashScale(buffer, OFFSET)).isEqualTo(255 - k);
            assertThat(PortfolioEventDescriptor.halted(buffer, OFFSET)).isEqualTo(k % 2 == 0);
            assertThat(PortfolioEventDescriptor.openPositions(buffer, OFFSET)).isEqualTo(i(k, 3));
            assertThat(PortfolioEventDescriptor.cash(buffer, OFFSET)).isEqualTo(l(k, 4));
            assertThat(PortfolioEventDescriptor.equity(buffer, OFFSET)).isEqualTo(l(k, 5));
            assertThat(PortfolioEventDescriptor.exposure(buffer, OFFSET)).isEqualTo(l(k, 6));
            assertThat(PortfolioEventDescriptor.dayHigh(buffer, OFFSET)).isEqualTo(l(k, 7));
            assertThat(PortfolioEventDescriptor.drawdownBps(buffer, OFFSET)).isEqualTo(l(k, 8));
            assertThat(PortfolioEventDescriptor.health(buffer, OFFSET)).isEqualTo(k == 1 ? 0.0 : k * 12.5);
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
