package io.pldot.engine.stage;

import com.sun.management.ThreadMXBean;
import io.pldot.engine.TestEngine;
import io.pldot.engine.analytics.AnalyticsSettings;
import io.pldot.engine.analytics.bar.Bar;
import io.pldot.engine.analytics.CandleBars;
import io.pldot.engine.analytics.TimeframeAnalytics;
import io.pldot.engine.event.OutputsBuffer;
import io.pldot.engine.event.RingSlot;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.AnalyticsCodes;
import io.pldot.journal.schema.CandleClosedDescriptor;
import io.pldot.journal.schema.IndicatorField;
import io.pldot.journal.schema.IndicatorSnapshotDescriptor;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.Side;
import io.pldot.journal.schema.TradeTickDescriptor;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The analytics stage behind the candle stage on one slot, as stage A runs them. Expected values
 * are worked out by hand from the trades in each test (BTCUSD: price scale 2, quantity scale 8).
 */
class AnalyticsStageTest
{
    private static final long SECOND = 1_000_000_000L;
    /** 2013-11-25 00:00:00 UTC. */
    private static final long T0 = 1_385_337_600L * SECOND;
    private static final int[] TIMEFRAMES = {60, 300};
    private static final int BTCUSD = 1;
    private static final long BTC = 100_000_000L;

    private InstrumentRegistry registry;
    private CandleStage candles;
    private AnalyticsStage analytics;
    private RingSlot slot;
    private long sequence;

    @BeforeEach
    void setUp()
    {
        registry = TestEngine.shippedConfig().registry();
        candles = new CandleStage(registry, TIMEFRAMES, SECOND);
        analytics = new AnalyticsStage(registry, TIMEFRAMES, AnalyticsSettings.defaults());
        slot = new RingSlot(16 * 1024);
    }

    @Test
    void shouldAppendOneSnapshotPerClosedCandleAfterTheCandlesWithTheirOrderFlow()
    {
        // Minute 0: buy 5 BTC @ 100.00, sell 3 BTC @ 101.00, buy 1 BTC @ 99.00.
        assertThat(trade(T0 + SECOND, Side.BUY, 10_000, 5 * BTC)).isEmpty();
        assertThat(trade(T0 + 2 * SECOND, Side.SELL, 10_100, 3 * BTC)).isEmpty();
        assertThat(trade(T0 + 3 * SECOND, Side.BUY, 9_900, BTC)).isEmpty();
        // Minute 1 opens: closes the first 1m candle only.
        final List<UnsafeBuffer> out = trade(T0 + 61 * SECOND, Side.SELL, 10_000, 2 * BTC);
        assertThat(out).extracting(b -> RecordType.of(RecordHeaderDescriptor.typeId(b, 0)))
            .containsExactly(RecordType.CANDLE_CLOSED, RecordType.INDICATOR_SNAPSHOT);
        final UnsafeBuffer snapshot = out.get(1);
        assertThat(RecordHeaderDescriptor.sequence(snapshot, 0)).isEqualTo(sequence);
        assertThat(RecordHeaderDescriptor.tsEvent(snapshot, 0)).isEqualTo(T0 + 61 * SECOND);
        assertThat(IndicatorSnapshotDescriptor.INSTRUMENT_ID.get(snapshot, 0)).isEqualTo(BTCUSD);
        assertThat(IndicatorSnapshotDescriptor.TIMEFRAME_SECONDS.get(snapshot, 0)).isEqualTo(60);
        assertThat(IndicatorSnapshotDescriptor.OPEN_TIME.get(snapshot, 0)).isEqualTo(T0);
        // delta = (5 + 1) - 3 = 3 BTC; CVD the same after one candle; imbalance 6 / 3 = 2;
        // average buy size 6 / 2 = 3, average sell size 3 / 1 = 3.
        assertThat(value(snapshot, IndicatorField.DELTA)).isEqualTo(3.0);
        assertThat(value(snapshot, IndicatorField.CVD)).isEqualTo(3.0);
        assertThat(value(snapshot, IndicatorField.IMBALANCE)).isEqualTo(2.0);
        assertThat(value(snapshot, IndicatorField.AVG_BUY_SIZE)).isEqualTo(3.0);
        assertThat(value(snapshot, IndicatorField.AVG_SELL_SIZE)).isEqualTo(3.0);
        // One bar: no PLdot (needs 3), no EMA, no ATR yet; the profile holds the three prices.
        assertThat(IndicatorSnapshotDescriptor.has(snapshot, 0, IndicatorField.PLDOT)).isFalse();
        assertThat(IndicatorSnapshotDescriptor.has(snapshot, 0, IndicatorField.ema(0))).isFalse();
        assertThat(IndicatorSnapshotDescriptor.has(snapshot, 0, IndicatorField.ATR)).isFalse();
        assertThat(IndicatorSnapshotDescriptor.STATE.get(snapshot, 0)).isEqualTo(AnalyticsCodes.UNDEFINED);
        assertThat(IndicatorSnapshotDescriptor.emaPeriod(snapshot, 0, 0)).isEqualTo(20);
        assertThat(IndicatorSnapshotDescriptor.emaPeriod(snapshot, 0, 2)).isEqualTo(200);
        // Rows of 100 ticks = 1.00: 100.00 holds 5 BTC (the most), so it is the POC.
        assertThat(value(snapshot, IndicatorField.POC)).isEqualTo(100.0);
    }

    @Test
    void shouldLeaveRejectedTradesOutOfTheAnalytics()
    {
        trade(T0 + 61 * SECOND, Side.BUY, 10_000, 4 * BTC);
        // Late: before the end of a candle already closed? Not yet; so close minute 1 first.
        trade(T0 + 121 * SECOND, Side.BUY, 10_000, BTC);
        // A trade back in minute 0 is LATE (its candle has closed): the candle stage rejects it.
        final List<UnsafeBuffer> late = trade(T0 + 5 * SECOND, Side.SELL, 10_000, 50 * BTC);
        assertThat(late).extracting(b -> RecordType.of(RecordHeaderDescriptor.typeId(b, 0)))
            .containsExactly(RecordType.INPUT_REJECTED);
        final List<UnsafeBuffer> out = trade(T0 + 181 * SECOND, Side.BUY, 10_000, BTC);
        final UnsafeBuffer snapshot = out.get(1);
        assertThat(IndicatorSnapshotDescriptor.OPEN_TIME.get(snapshot, 0)).isEqualTo(T0 + 120 * SECOND);
        // Minute 2 saw only the 1 BTC buy: the rejected 50 BTC sell is not in its delta.
        assertThat(value(snapshot, IndicatorField.DELTA)).isEqualTo(1.0);
        assertThat(value(snapshot, IndicatorField.CVD)).isEqualTo(5.0);
    }

    @Test
    void shouldComputeThePlDotOnTheThirdCandleFromTheTypicalPrices()
    {
        // One trade per minute: typical price of a one-trade candle is that price.
        trade(T0, Side.BUY, 10_000, BTC);
        trade(T0 + 60 * SECOND, Side.BUY, 10_300, BTC);
        trade(T0 + 120 * SECOND, Side.BUY, 10_600, BTC);
        final List<UnsafeBuffer> out = trade(T0 + 180 * SECOND, Side.BUY, 10_900, BTC);
        final UnsafeBuffer snapshot = out.get(1);
        // PLdot = (100 + 103 + 106) / 3 = 103; close 106 > 103.
        assertThat(value(snapshot, IndicatorField.PLDOT)).isCloseTo(103.0, within(1e-12));
        assertThat(IndicatorSnapshotDescriptor.has(snapshot, 0, IndicatorField.PLDOT_SLOPE)).isFalse();
    }

    @Test
    void shouldWriteTheSameRecordsAsTradeByTradeOrderFlowWithEverySideLateTradesAndGaps()
    {
        // The stage takes each timeframe's order flow from the candle record; the reference feeds the
        // same accepted trades one by one to analytics of its own and closes them from the same records.
        final TimeframeAnalytics[] reference = new TimeframeAnalytics[TIMEFRAMES.length];
        for (int level = 0; level < TIMEFRAMES.length; level++)
        {
            reference[level] = new TimeframeAnalytics(AnalyticsSettings.defaults(), registry.instruments().get(0),
                TIMEFRAMES[level]);
        }
        final OutputsBuffer expected = new OutputsBuffer(16 * 1024);
        final Bar bar = new Bar();
        final Random random = new Random(11);
        final Side[] sides = {Side.UNKNOWN, Side.BUY, Side.SELL};
        long time = T0;
        long price = 10_000;
        int snapshots = 0;
        int rejected = 0;
        for (int t = 0; t < 20_000; t++)
        {
            final int step = random.nextInt(100);
            // Mostly seconds apart, now and then a gap of idle minutes, or a late trade the candle stage refuses.
            final long tsEvent = step < 2 ? time - 400 * SECOND : time + (step < 4 ? 600 : random.nextInt(20)) * SECOND;
            time = Math.max(time, tsEvent);
            price = Math.max(100, price + random.nextInt(41) - 20);
            final Side side = sides[random.nextInt(3)];
            final long quantity = 1 + random.nextInt(3 * (int)BTC);
            final int length = TradeTickDescriptor.encode(slot.inputForEncoding(), 0, ++sequence, tsEvent, tsEvent,
                BTCUSD, side, price, quantity, sequence);
            slot.inputEncoded(length);
            candles.onEvent(slot, true);
            final OutputsBuffer outputs = slot.outputs();
            final int candleEnd = outputs.length();
            analytics.onEvent(slot, true);

            expected.reset();
            boolean accepted = true;
            for (int offset = 0; offset < candleEnd; offset = outputs.next(offset))
            {
                final int typeId = RecordHeaderDescriptor.typeId(outputs.buffer(), offset);
                if (typeId == RecordType.CANDLE_CLOSED.typeId())
                {
                    final int seconds = CandleClosedDescriptor.TIMEFRAME_SECONDS.get(outputs.buffer(), offset);
                    final int level = seconds == TIMEFRAMES[0] ? 0 : 1;
                    CandleBars.fromRecord(outputs.buffer(), offset, registry.instruments().get(0), bar);
                    reference[level].onCandleClosed(bar, expected, sequence,
                        RecordHeaderDescriptor.tsEvent(outputs.buffer(), offset), tsEvent);
                    snapshots++;
                }
                else if (typeId == RecordType.INPUT_REJECTED.typeId())
                {
                    accepted = false;
                    rejected++;
                }
            }
            if (accepted)
            {
                for (final TimeframeAnalytics level : reference)
                {
                    level.onTrade(price, quantity, side.code());
                }
            }
            assertThat(outputs.length() - candleEnd).as("trade %d", t).isEqualTo(expected.length());
            for (int i = 0; i < expected.length(); i++)
            {
                assertThat(outputs.buffer().getByte(candleEnd + i)).as("trade %d, byte %d", t, i)
                    .isEqualTo(expected.buffer().getByte(i));
            }
            outputs.reset();
        }
        assertThat(snapshots).isGreaterThan(1_000);
        assertThat(rejected).isGreaterThan(100);
    }

    @Test
    void shouldNotAllocateWithAllAnalyticsOn()
    {
        final ThreadMXBean threads = (ThreadMXBean)ManagementFactory.getThreadMXBean();
        long ts = T0;
        // Until C2 has compiled everything, interpreted and C1 code allocates what escape analysis later
        // removes (measured: a few hundred bytes per 50,000 trades up to ~800,000 trades, then 0).
        for (int i = 0; i < 1_200_000; i++)
        {
            ts += 7 * SECOND;
            feed(ts, i);
        }
        long least = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++)
        {
            final long before = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < 50_000; i++)
            {
                ts += 7 * SECOND;
                feed(ts, i);
            }
            least = Math.min(least, threads.getCurrentThreadAllocatedBytes() - before);
        }
        assertThat(analytics.snapshots()).isGreaterThan(100_000);
        assertThat(least).as("bytes allocated over 50,000 trades").isZero();
    }

    private void feed(final long ts, final int i)
    {
        final Side side = i % 3 == 0 ? Side.BUY : i % 3 == 1 ? Side.SELL : Side.UNKNOWN;
        final int length = TradeTickDescriptor.encode(slot.inputForEncoding(), 0, ++sequence, ts, ts, BTCUSD, side,
            10_000 + (i % 97) * 13 - (i % 7) * 31, 1 + (i % 13), i);
        slot.inputEncoded(length);
        candles.onEvent(slot, true);
        analytics.onEvent(slot, true);
        slot.outputs().reset();
    }

    private static double value(final UnsafeBuffer snapshot, final IndicatorField field)
    {
        assertThat(IndicatorSnapshotDescriptor.has(snapshot, 0, field)).as("%s defined", field).isTrue();
        return IndicatorSnapshotDescriptor.value(snapshot, 0, field);
    }

    private List<UnsafeBuffer> trade(final long tsEvent, final Side side, final long price, final long quantity)
    {
        final int length = TradeTickDescriptor.encode(slot.inputForEncoding(), 0, ++sequence, tsEvent, tsEvent, BTCUSD,
            side, price, quantity, sequence);
        slot.inputEncoded(length);
        candles.onEvent(slot, true);
        analytics.onEvent(slot, true);
        final OutputsBuffer outputs = slot.outputs();
        final List<UnsafeBuffer> out = new ArrayList<>();
        for (int offset = 0; offset < outputs.length(); offset = outputs.next(offset))
        {
            final int recordLength = RecordHeaderDescriptor.length(outputs.buffer(), offset);
            final UnsafeBuffer copy = new UnsafeBuffer(new byte[recordLength]);
            copy.putBytes(0, outputs.buffer(), offset, recordLength);
            // Only the 1m candle and its snapshot matter here (no events, no 5m records).
            final int typeId = RecordHeaderDescriptor.typeId(copy, 0);
            if (typeId == RecordType.INPUT_REJECTED.typeId() ||
                (typeId == RecordType.CANDLE_CLOSED.typeId() || typeId == RecordType.INDICATOR_SNAPSHOT.typeId()) &&
                timeframe(copy) == 60)
            {
                out.add(copy);
            }
        }
        outputs.reset();
        return out;
    }

    private static int timeframe(final UnsafeBuffer record)
    {
        return RecordHeaderDescriptor.typeId(record, 0) == RecordType.CANDLE_CLOSED.typeId() ?
            CandleClosedDescriptor.TIMEFRAME_SECONDS.get(record, 0) : IndicatorSnapshotDescriptor.TIMEFRAME_SECONDS.get(record, 0);
    }
}
