package io.pldot.engine.stage;

import com.sun.management.ThreadMXBean;
import io.pldot.engine.TestEngine;
import io.pldot.engine.event.OutputsBuffer;
import io.pldot.engine.event.RingSlot;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.CandleClosedDescriptor;
import io.pldot.journal.schema.FeedStatus;
import io.pldot.journal.schema.FeedStatusDescriptor;
import io.pldot.journal.schema.InputRejectedDescriptor;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.RejectReason;
import io.pldot.journal.schema.Side;
import io.pldot.journal.schema.TimerDescriptor;
import io.pldot.journal.schema.TradeTickDescriptor;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candle stage on its own: one slot, inputs encoded by hand, outputs decoded from the slot.
 * Every expected value below is worked out by hand from the inputs in the test.
 */
class CandleStageTest
{
    private static final long SECOND = 1_000_000_000L;
    /** 2013-11-25 00:00:00 UTC: aligned to 1m, 5m, 15m and 1h. */
    private static final long T0 = 1_385_337_600L * SECOND;
    private static final int[] TIMEFRAMES = {60, 300, 900, 3600};
    private static final long GRACE = SECOND;
    private static final int BTCUSD = 1;
    private static final int ETHUSDT = 3;
    /** Added to tsEvent to make tsRecv, so the two are told apart in the outputs. */
    private static final long RECV_LAG = 123;

    /** Keeps the meter check's array reachable so it cannot be optimised away. */
    private static long[] sink;

    private InstrumentRegistry registry;
    private CandleStage stage;
    private RingSlot slot;

    @BeforeEach
    void setUp()
    {
        registry = TestEngine.shippedConfig().registry();
        stage = new CandleStage(registry, TIMEFRAMES, GRACE);
        slot = new RingSlot(8192);
    }

    // ---------------------------------------------------------------- slot's input-rejected flag

    @Test
    void shouldFlagTheSlotWhenItRejectsTheInput()
    {
        final List<Out> out = trade(1, T0 + SECOND, BTCUSD, Side.BUY, 0, 5);

        assertThat(out).extracting(o -> o.typeId).containsExactly((int)RecordType.INPUT_REJECTED.typeId());
        assertThat(slot.inputRejected()).isTrue();
    }

    @Test
    void shouldClearTheFlagWhenTheSlotIsReusedForAnAcceptedInput()
    {
        trade(1, T0 + SECOND, BTCUSD, Side.BUY, -1, 5);
        assertThat(slot.inputRejected()).isTrue();

        final List<Out> out = trade(2, T0 + 2 * SECOND, BTCUSD, Side.BUY, 10_000, 5);

        assertThat(out).isEmpty();
        assertThat(slot.inputRejected()).isFalse();
    }

    @Test
    void shouldLeaveTheFlagClearWhenAnAcceptedInputClosesACandle()
    {
        trade(1, T0 + SECOND, BTCUSD, Side.BUY, 10_000, 5);

        final List<Out> out = trade(2, T0 + 61 * SECOND, BTCUSD, Side.SELL, 10_200, 4);

        assertThat(out).extracting(o -> o.typeId).containsExactly((int)RecordType.CANDLE_CLOSED.typeId());
        assertThat(slot.inputRejected()).isFalse();
    }

    // ---------------------------------------------------------------- closed candles

    @Test
    void shouldCloseCandleWithHandComputedFieldsWhenATradeOfTheNextMinuteArrives()
    {
        assertThat(trade(1, T0 + SECOND, BTCUSD, Side.BUY, 10_000, 5)).isEmpty();
        assertThat(trade(2, T0 + 2 * SECOND, BTCUSD, Side.SELL, 10_500, 3)).isEmpty();
        assertThat(trade(3, T0 + 3 * SECOND, BTCUSD, Side.UNKNOWN, 9_900, 2)).isEmpty();
        assertThat(trade(4, T0 + 59 * SECOND, BTCUSD, Side.BUY, 10_100, 7)).isEmpty();

        final List<Out> out = trade(5, T0 + 61 * SECOND, BTCUSD, Side.SELL, 10_200, 4);

        assertThat(out).hasSize(1);
        final Out candle = out.get(0);
        assertThat(candle.typeId).isEqualTo(RecordType.CANDLE_CLOSED.typeId());
        assertThat(candle.length).isEqualTo(CandleClosedDescriptor.LENGTH);
        assertThat(candle.sequence).isEqualTo(5);
        assertThat(candle.tsEvent).isEqualTo(T0 + 61 * SECOND);
        assertThat(candle.tsRecv).isEqualTo(T0 + 61 * SECOND + RECV_LAG);
        assertCandle(candle, BTCUSD, 60, T0, 10_000, 10_500, 9_900, 10_100, 17, 12, 3, 4, 2, 1);
    }

    @Test
    void shouldIncludeATradeExactlyAtTheBoundaryInTheNextCandle()
    {
        trade(1, T0 + 30 * SECOND, BTCUSD, Side.BUY, 100, 1);
        final List<Out> closing = trade(2, T0 + 60 * SECOND, BTCUSD, Side.SELL, 200, 2);
        assertThat(closing).hasSize(1);
        assertCandle(closing.get(0), BTCUSD, 60, T0, 100, 100, 100, 100, 1, 1, 0, 1, 1, 0);

        final List<Out> next = trade(3, T0 + 120 * SECOND, BTCUSD, Side.BUY, 300, 3);
        assertThat(next).hasSize(1);
        assertCandle(next.get(0), BTCUSD, 60, T0 + 60 * SECOND, 200, 200, 200, 200, 2, 0, 2, 1, 0, 1);
    }

    @Test
    void shouldCascadeClosesLowestTimeframeFirstWithHigherCandlesRolledUp()
    {
        trade(1, T0 + 10 * SECOND, BTCUSD, Side.BUY, 1_000, 10);
        trade(2, T0 + 70 * SECOND, BTCUSD, Side.SELL, 900, 20);
        trade(3, T0 + 250 * SECOND, BTCUSD, Side.BUY, 1_100, 30);

        // 00:05:00 closes the 1m [00:04, 00:05) candle and the 5m [00:00, 00:05) candle.
        final List<Out> out = trade(4, T0 + 300 * SECOND, BTCUSD, Side.BUY, 1_050, 1);

        assertThat(out).hasSize(2);
        assertCandle(out.get(0), BTCUSD, 60, T0 + 240 * SECOND, 1_100, 1_100, 1_100, 1_100, 30, 30, 0, 1, 1, 0);
        assertCandle(out.get(1), BTCUSD, 300, T0, 1_000, 1_100, 900, 1_100, 60, 40, 20, 3, 2, 1);
        assertThat(out).allSatisfy(o ->
        {
            assertThat(o.sequence).isEqualTo(4);
            assertThat(o.tsEvent).isEqualTo(T0 + 300 * SECOND);
        });
    }

    @Test
    void shouldKeepInstrumentsApart()
    {
        trade(1, T0 + SECOND, BTCUSD, Side.BUY, 100, 1);
        trade(2, T0 + 2 * SECOND, ETHUSDT, Side.SELL, 50, 4);

        final List<Out> eth = trade(3, T0 + 61 * SECOND, ETHUSDT, Side.SELL, 55, 1);
        assertThat(eth).hasSize(1);
        assertCandle(eth.get(0), ETHUSDT, 60, T0, 50, 50, 50, 50, 4, 0, 4, 1, 0, 1);

        final List<Out> btc = trade(4, T0 + 62 * SECOND, BTCUSD, Side.BUY, 101, 1);
        assertThat(btc).hasSize(1);
        assertCandle(btc.get(0), BTCUSD, 60, T0, 100, 100, 100, 100, 1, 1, 0, 1, 1, 0);
    }

    // ---------------------------------------------------------------- timers

    @Test
    void shouldCloseOnTimerOnlyOnceTheGraceHasPassed()
    {
        trade(1, T0 + 70 * SECOND, BTCUSD, Side.BUY, 500, 2);
        trade(2, T0 + 80 * SECOND, BTCUSD, Side.SELL, 400, 3);
        final long boundary = T0 + 120 * SECOND;

        assertThat(timer(3, boundary)).isEmpty();
        assertThat(timer(4, boundary + SECOND / 2)).isEmpty();
        assertThat(timer(5, boundary + SECOND - 1)).isEmpty();

        final List<Out> out = timer(6, boundary + SECOND);

        assertThat(out).hasSize(1);
        assertThat(out.get(0).sequence).isEqualTo(6);
        assertThat(out.get(0).tsEvent).isEqualTo(boundary + SECOND);
        assertThat(out.get(0).tsRecv).isEqualTo(boundary + SECOND + RECV_LAG);
        assertCandle(out.get(0), BTCUSD, 60, T0 + 60 * SECOND, 500, 500, 400, 400, 5, 2, 3, 2, 1, 1);

        assertThat(timer(7, boundary + 2 * SECOND)).as("already closed").isEmpty();
    }

    @Test
    void shouldCloseHigherTimeframeOnTimerAfterTheLowerOneClosedEarlier()
    {
        trade(1, T0 + 10 * SECOND, BTCUSD, Side.BUY, 700, 1);
        trade(2, T0 + 100 * SECOND, BTCUSD, Side.SELL, 800, 2);
        assertThat(timer(3, T0 + 121 * SECOND)).hasSize(1);

        // The 5m candle ends at 00:05:00; the 1m level is idle, so only the 5m candle closes.
        assertThat(timer(4, T0 + 300 * SECOND + SECOND / 2)).isEmpty();
        final List<Out> out = timer(5, T0 + 301 * SECOND);

        assertThat(out).hasSize(1);
        assertCandle(out.get(0), BTCUSD, 300, T0, 700, 800, 700, 800, 3, 1, 2, 2, 1, 1);
        assertThat(out.get(0).sequence).isEqualTo(5);
    }

    @Test
    void shouldUseTheGraceGivenToTheConstructor()
    {
        stage = new CandleStage(registry, TIMEFRAMES, 5 * SECOND);
        trade(1, T0 + SECOND, BTCUSD, Side.BUY, 100, 1);

        assertThat(timer(2, T0 + 64 * SECOND)).isEmpty();
        assertThat(timer(3, T0 + 65 * SECOND)).hasSize(1);
    }

    @Test
    void shouldProduceNoOutputForFeedStatusOrForATimerWithNothingOpen()
    {
        final int length = FeedStatusDescriptor.encode(
            slot.inputForEncoding(), 0, 1, T0, T0, BTCUSD, FeedStatus.CONNECTION_LOST);
        assertThat(process(length)).isEmpty();

        assertThat(timer(2, T0 - 3_600 * SECOND)).isEmpty();

        trade(3, T0 + SECOND, BTCUSD, Side.BUY, 100, 1);
        final int again = FeedStatusDescriptor.encode(
            slot.inputForEncoding(), 0, 4, T0 + 120 * SECOND, T0 + 120 * SECOND, BTCUSD, FeedStatus.STALE);
        assertThat(process(again)).as("a feed status does not move time").isEmpty();
    }

    // ---------------------------------------------------------------- rejections

    @Test
    void shouldRejectUnknownInstrument()
    {
        final List<Out> out = trade(9, T0 + SECOND, 99, Side.BUY, 100, 1);

        assertRejected(out, 9, T0 + SECOND, RecordType.TRADE_TICK.typeId(), RejectReason.UNKNOWN_INSTRUMENT, 99, 99);
    }

    @Test
    void shouldRejectNonPositivePrice()
    {
        assertRejected(trade(1, T0 + SECOND, BTCUSD, Side.BUY, 0, 1),
            1, T0 + SECOND, RecordType.TRADE_TICK.typeId(), RejectReason.NON_POSITIVE_PRICE, BTCUSD, 0);
        assertRejected(trade(2, T0 + 2 * SECOND, BTCUSD, Side.BUY, -250, 1),
            2, T0 + 2 * SECOND, RecordType.TRADE_TICK.typeId(), RejectReason.NON_POSITIVE_PRICE, BTCUSD, -250);
    }

    @Test
    void shouldRejectNonPositiveQuantity()
    {
        assertRejected(trade(1, T0 + SECOND, BTCUSD, Side.SELL, 100, 0),
            1, T0 + SECOND, RecordType.TRADE_TICK.typeId(), RejectReason.NON_POSITIVE_QUANTITY, BTCUSD, 0);
        assertRejected(trade(2, T0 + 2 * SECOND, ETHUSDT, Side.SELL, 100, -7),
            2, T0 + 2 * SECOND, RecordType.TRADE_TICK.typeId(), RejectReason.NON_POSITIVE_QUANTITY, ETHUSDT, -7);
    }

    @Test
    void shouldRejectInvalidSide()
    {
        final int length = encodeTrade(4, T0 + SECOND, BTCUSD, Side.BUY, 100, 1);
        slot.inputForEncoding().putByte(TradeTickDescriptor.SIDE.offset(), (byte)3);

        assertRejected(process(length),
            4, T0 + SECOND, RecordType.TRADE_TICK.typeId(), RejectReason.INVALID_SIDE, BTCUSD, 3);
    }

    @Test
    void shouldRejectLateTickInsideAnAlreadyClosedCandle()
    {
        trade(1, T0 + 10 * SECOND, BTCUSD, Side.BUY, 100, 1);
        assertThat(trade(2, T0 + 70 * SECOND, BTCUSD, Side.BUY, 200, 1)).hasSize(1);

        assertRejected(trade(3, T0 + 59 * SECOND, BTCUSD, Side.SELL, 1, 1_000),
            3, T0 + 59 * SECOND, RecordType.TRADE_TICK.typeId(), RejectReason.LATE_TICK, BTCUSD, T0 + 59 * SECOND);
    }

    @Test
    void shouldRejectLateTickInsideACandleClosedByATimer()
    {
        trade(1, T0 + 10 * SECOND, BTCUSD, Side.BUY, 100, 1);
        assertThat(timer(2, T0 + 61 * SECOND)).hasSize(1);

        assertRejected(trade(3, T0 + 59 * SECOND, BTCUSD, Side.SELL, 1, 1_000),
            3, T0 + 59 * SECOND, RecordType.TRADE_TICK.typeId(), RejectReason.LATE_TICK, BTCUSD, T0 + 59 * SECOND);
    }

    @Test
    void shouldRejectAnOutputRecordTypeFedAsInput()
    {
        final int length = CandleClosedDescriptor.encode(slot.inputForEncoding(), 0, 6, T0 + SECOND,
            T0 + SECOND + RECV_LAG, BTCUSD, 60, T0, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0);

        assertRejected(process(length), 6, T0 + SECOND, RecordType.CANDLE_CLOSED.typeId(),
            RejectReason.UNKNOWN_RECORD_TYPE, 0, RecordType.CANDLE_CLOSED.typeId());
    }

    @Test
    void shouldRejectAnUnknownTypeId()
    {
        final int length = encodeTrade(7, T0 + SECOND, BTCUSD, Side.BUY, 100, 1);
        slot.inputForEncoding().putShort(RecordHeaderDescriptor.TYPE_ID_OFFSET, (short)77,
            RecordHeaderDescriptor.BYTE_ORDER);

        assertRejected(process(length), 7, T0 + SECOND, 77, RejectReason.UNKNOWN_RECORD_TYPE, 0, 77);
    }

    @Test
    void shouldRejectUnsupportedSchemaVersion()
    {
        final int length = encodeTrade(8, T0 + SECOND, BTCUSD, Side.BUY, 100, 1);
        slot.inputForEncoding().putByte(RecordHeaderDescriptor.VERSION_OFFSET, (byte)2);

        assertRejected(process(length), 8, T0 + SECOND, RecordType.TRADE_TICK.typeId(),
            RejectReason.UNSUPPORTED_VERSION, 0, 2);
    }

    @Test
    void shouldRejectATimerOfUnsupportedVersionWithoutClosingAnything()
    {
        trade(1, T0 + SECOND, BTCUSD, Side.BUY, 100, 1);
        final int length = TimerDescriptor.encode(slot.inputForEncoding(), 0, 2, T0 + 120 * SECOND,
            T0 + 120 * SECOND + RECV_LAG, TimerDescriptor.HEARTBEAT_TIMER_ID);
        slot.inputForEncoding().putByte(RecordHeaderDescriptor.VERSION_OFFSET, (byte)9);

        assertRejected(process(length), 2, T0 + 120 * SECOND, RecordType.TIMER.typeId(),
            RejectReason.UNSUPPORTED_VERSION, 0, 9);
        assertThat(timer(3, T0 + 61 * SECOND)).as("the candle was still open").hasSize(1);
    }

    @Test
    void shouldLeaveCandleStateUntouchedByEveryRejectedInput()
    {
        trade(1, T0 + 60 * SECOND, BTCUSD, Side.BUY, 10_000, 5);
        trade(2, T0 + 70 * SECOND, BTCUSD, Side.SELL, 10_200, 3);

        // Each would move high, low, close or volume if it were (wrongly) applied.
        assertReason(trade(3, T0 + 71 * SECOND, 99, Side.BUY, 99_999, 1), RejectReason.UNKNOWN_INSTRUMENT);
        assertReason(trade(4, T0 + 72 * SECOND, BTCUSD, Side.BUY, -1, 1), RejectReason.NON_POSITIVE_PRICE);
        assertReason(trade(5, T0 + 73 * SECOND, BTCUSD, Side.BUY, 1, 0), RejectReason.NON_POSITIVE_QUANTITY);
        final int badSide = encodeTrade(6, T0 + 74 * SECOND, BTCUSD, Side.BUY, 99_999, 1_000);
        slot.inputForEncoding().putByte(TradeTickDescriptor.SIDE.offset(), (byte)7);
        assertReason(process(badSide), RejectReason.INVALID_SIDE);
        final int badVersion = encodeTrade(7, T0 + 75 * SECOND, BTCUSD, Side.SELL, 1, 1_000);
        slot.inputForEncoding().putByte(RecordHeaderDescriptor.VERSION_OFFSET, (byte)2);
        assertReason(process(badVersion), RejectReason.UNSUPPORTED_VERSION);
        final int outputType = CandleClosedDescriptor.encode(slot.inputForEncoding(), 0, 8, T0 + 200 * SECOND,
            T0 + 200 * SECOND, BTCUSD, 60, T0 + 60 * SECOND, 1, 99_999, 1, 1, 1_000, 0, 0, 1, 0, 0);
        assertReason(process(outputType), RejectReason.UNKNOWN_RECORD_TYPE);

        final List<Out> out = trade(9, T0 + 125 * SECOND, BTCUSD, Side.BUY, 10_100, 2);
        assertThat(out).hasSize(1);
        assertCandle(out.get(0), BTCUSD, 60, T0 + 60 * SECOND, 10_000, 10_200, 10_000, 10_200, 8, 5, 3, 2, 1, 1);

        assertReason(trade(10, T0 + 119 * SECOND, BTCUSD, Side.SELL, 1, 1_000), RejectReason.LATE_TICK);
        final List<Out> later = timer(11, T0 + 181 * SECOND);
        assertThat(later).hasSize(1);
        assertCandle(later.get(0), BTCUSD, 60, T0 + 120 * SECOND, 10_100, 10_100, 10_100, 10_100, 2, 2, 0, 1, 1, 0);

        assertThat(stage.rejects(RejectReason.UNKNOWN_INSTRUMENT)).isEqualTo(1);
        assertThat(stage.rejects(RejectReason.NON_POSITIVE_PRICE)).isEqualTo(1);
        assertThat(stage.rejects(RejectReason.NON_POSITIVE_QUANTITY)).isEqualTo(1);
        assertThat(stage.rejects(RejectReason.INVALID_SIDE)).isEqualTo(1);
        assertThat(stage.rejects(RejectReason.UNSUPPORTED_VERSION)).isEqualTo(1);
        assertThat(stage.rejects(RejectReason.UNKNOWN_RECORD_TYPE)).isEqualTo(1);
        assertThat(stage.rejects(RejectReason.LATE_TICK)).isEqualTo(1);
    }

    // ---------------------------------------------------------------- allocation

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void shouldNotAllocateOnTheHotPathAfterWarmUp()
    {
        // Long enough for C2 to settle: before it, C1 code allocates what escape analysis later removes.
        final int warmUp = 600_000;
        final int measured = 100_000;
        final int runs = 3;
        final int total = warmUp + runs * measured;
        final int stride = TradeTickDescriptor.LENGTH;
        final UnsafeBuffer inputs = new UnsafeBuffer(new byte[total * stride]);
        long ts = T0;
        for (int i = 0; i < total; i++)
        {
            // 7 s apart, two instruments in turn: each closes a 1m candle every 4 or 5 of its trades,
            // and every higher timeframe closes too (1h every ~514 trades overall).
            ts += 7 * SECOND;
            final int instrument = (i & 1) == 0 ? BTCUSD : ETHUSDT;
            final Side side = i % 3 == 0 ? Side.BUY : i % 3 == 1 ? Side.SELL : Side.UNKNOWN;
            TradeTickDescriptor.encode(inputs, i * stride, i + 1, ts, ts, instrument, side,
                10_000 + (i % 97), 1 + (i % 13), i);
        }
        final long[] outputs = new long[1];
        final ThreadMXBean threads = (ThreadMXBean)ManagementFactory.getThreadMXBean();
        assertThat(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()).isTrue();
        // The meter itself must see an allocation, or a zero below would prove nothing.
        final long meterBefore = threads.getCurrentThreadAllocatedBytes();
        sink = new long[1024];
        assertThat(threads.getCurrentThreadAllocatedBytes() - meterBefore).isGreaterThanOrEqualTo(8 * 1024);

        feed(inputs, 0, warmUp, outputs);
        long least = Long.MAX_VALUE;
        int from = warmUp;
        for (int run = 0; run < runs; run++)
        {
            final long before = threads.getCurrentThreadAllocatedBytes();
            feed(inputs, from, measured, outputs);
            final long after = threads.getCurrentThreadAllocatedBytes();
            least = Math.min(least, after - before);
            from += measured;
        }

        assertThat(outputs[0]).as("candles closed while measuring").isGreaterThan(runs * measured / 10);
        for (final RejectReason reason : RejectReason.values())
        {
            assertThat(stage.rejects(reason)).as(reason.name()).isZero();
        }
        assertThat(least).as("bytes allocated for %,d trades", measured).isZero();
    }

    private void feed(final DirectBuffer inputs, final int from, final int count, final long[] outputs)
    {
        final int stride = TradeTickDescriptor.LENGTH;
        final MutableDirectBuffer input = slot.inputForEncoding();
        long closed = 0;
        for (int i = from; i < from + count; i++)
        {
            input.putBytes(0, inputs, i * stride, stride);
            deliver(stride);
            stage.onEvent(slot, true);
            closed += slot.outputs().count();
        }
        outputs[0] += closed;
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Hands the slot to the stage as the pipeline would: input complete, outputs empty (whichever
     * side of the pipeline empties them, the candle stage always starts from an empty area).
     */
    private void deliver(final int length)
    {
        slot.inputEncoded(length);
        slot.outputs().reset();
    }

    private int encodeTrade(
        final long sequence, final long tsEvent, final int instrumentId, final Side side, final long price,
        final long quantity)
    {
        return TradeTickDescriptor.encode(slot.inputForEncoding(), 0, sequence, tsEvent, tsEvent + RECV_LAG,
            instrumentId, side, price, quantity, sequence * 10);
    }

    private List<Out> trade(
        final long sequence, final long tsEvent, final int instrumentId, final Side side, final long price,
        final long quantity)
    {
        return process(encodeTrade(sequence, tsEvent, instrumentId, side, price, quantity));
    }

    private List<Out> timer(final long sequence, final long tsEvent)
    {
        return process(TimerDescriptor.encode(slot.inputForEncoding(), 0, sequence, tsEvent, tsEvent + RECV_LAG,
            TimerDescriptor.HEARTBEAT_TIMER_ID));
    }

    private List<Out> process(final int length)
    {
        deliver(length);
        stage.onEvent(slot, true);
        final OutputsBuffer outputs = slot.outputs();
        final List<Out> out = new ArrayList<>();
        for (int offset = 0; offset < outputs.length(); offset = outputs.next(offset))
        {
            out.add(new Out(outputs.buffer(), offset));
        }
        assertThat(out).hasSize(outputs.count());
        return out;
    }

    private static void assertCandle(
        final Out o, final int instrumentId, final int timeframeSeconds, final long openTime,
        final long open, final long high, final long low, final long close,
        final long volume, final long buyVolume, final long sellVolume,
        final int trades, final int buys, final int sells)
    {
        assertThat(o.typeId).isEqualTo(RecordType.CANDLE_CLOSED.typeId());
        final DirectBuffer b = o.record;
        assertThat(CandleClosedDescriptor.INSTRUMENT_ID.get(b, 0)).as("instrument").isEqualTo(instrumentId);
        assertThat(CandleClosedDescriptor.TIMEFRAME_SECONDS.get(b, 0)).as("timeframe").isEqualTo(timeframeSeconds);
        assertThat(CandleClosedDescriptor.OPEN_TIME.get(b, 0)).as("openTime").isEqualTo(openTime);
        assertThat(CandleClosedDescriptor.OPEN.get(b, 0)).as("open").isEqualTo(open);
        assertThat(CandleClosedDescriptor.HIGH.get(b, 0)).as("high").isEqualTo(high);
        assertThat(CandleClosedDescriptor.LOW.get(b, 0)).as("low").isEqualTo(low);
        assertThat(CandleClosedDescriptor.CLOSE.get(b, 0)).as("close").isEqualTo(close);
        assertThat(CandleClosedDescriptor.VOLUME.get(b, 0)).as("volume").isEqualTo(volume);
        assertThat(CandleClosedDescriptor.BUY_VOLUME.get(b, 0)).as("buyVolume").isEqualTo(buyVolume);
        assertThat(CandleClosedDescriptor.SELL_VOLUME.get(b, 0)).as("sellVolume").isEqualTo(sellVolume);
        assertThat(CandleClosedDescriptor.TRADE_COUNT.get(b, 0)).as("trades").isEqualTo(trades);
        assertThat(CandleClosedDescriptor.BUY_COUNT.get(b, 0)).as("buys").isEqualTo(buys);
        assertThat(CandleClosedDescriptor.SELL_COUNT.get(b, 0)).as("sells").isEqualTo(sells);
    }

    private static void assertRejected(
        final List<Out> out, final long sequence, final long tsEvent, final int rejectedTypeId,
        final RejectReason reason, final int instrumentId, final long detail)
    {
        assertThat(out).hasSize(1);
        final Out o = out.get(0);
        assertThat(o.typeId).isEqualTo(RecordType.INPUT_REJECTED.typeId());
        assertThat(o.length).isEqualTo(InputRejectedDescriptor.LENGTH);
        assertThat(o.sequence).as("sequence").isEqualTo(sequence);
        assertThat(o.tsEvent).as("tsEvent").isEqualTo(tsEvent);
        assertThat(o.tsRecv).as("tsRecv").isEqualTo(tsEvent + RECV_LAG);
        assertThat(RejectReason.of(InputRejectedDescriptor.REASON.get(o.record, 0))).as("reason").isEqualTo(reason);
        assertThat(InputRejectedDescriptor.REJECTED_TYPE_ID.get(o.record, 0)).as("rejected type").isEqualTo(rejectedTypeId);
        assertThat(InputRejectedDescriptor.INSTRUMENT_ID.get(o.record, 0)).as("instrument").isEqualTo(instrumentId);
        assertThat(InputRejectedDescriptor.DETAIL.get(o.record, 0)).as("detail").isEqualTo(detail);
    }

    private static void assertReason(final List<Out> out, final RejectReason reason)
    {
        assertThat(out).hasSize(1);
        assertThat(out.get(0).typeId).isEqualTo(RecordType.INPUT_REJECTED.typeId());
        assertThat(RejectReason.of(InputRejectedDescriptor.REASON.get(out.get(0).record, 0))).isEqualTo(reason);
    }

    /** A copy of one output record, with its header decoded. */
    private static final class Out
    {
        final UnsafeBuffer record;
        final int typeId;
        final int length;
        final long sequence;
        final long tsEvent;
        final long tsRecv;

        Out(final DirectBuffer buffer, final int offset)
        {
            length = RecordHeaderDescriptor.length(buffer, offset);
            record = new UnsafeBuffer(new byte[length]);
            record.putBytes(0, buffer, offset, length);
            typeId = RecordHeaderDescriptor.typeId(record, 0);
            sequence = RecordHeaderDescriptor.sequence(record, 0);
            tsEvent = RecordHeaderDescriptor.tsEvent(record, 0);
            tsRecv = RecordHeaderDescriptor.tsRecv(record, 0);
            assertThat(RecordHeaderDescriptor.version(record, 0)).isEqualTo(1);
        }
    }
}
