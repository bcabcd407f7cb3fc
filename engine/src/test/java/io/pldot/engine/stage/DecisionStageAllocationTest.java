package io.pldot.engine.stage;

import com.sun.management.ThreadMXBean;
import io.pldot.engine.TestEngine;
import io.pldot.engine.analytics.AnalyticsSettings;
import io.pldot.engine.decision.strategy.StrategySettings;
import io.pldot.engine.event.OutputsBuffer;
import io.pldot.engine.event.RingSlot;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.Side;
import io.pldot.journal.schema.TradeTickDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.management.ManagementFactory;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision stage behind the real candle and analytics stages, one slot at a time as the
 * pipeline runs them, with each shipped strategy: no allocation after warm-up, and the same
 * signals on every run.
 */
class DecisionStageAllocationTest
{
    private static final long SECOND = 1_000_000_000L;
    private static final long T0 = 1_385_337_600L * SECOND;
    private static final int[] TIMEFRAMES = {60, 300, 900, 3600};
    private static final int BTCUSD = 1;

    private final InstrumentRegistry registry = TestEngine.shippedConfig().registry();
    private final RingSlot slot = new RingSlot(16 * 1024);
    private CandleStage candles;
    private AnalyticsStage analytics;
    private DecisionStage[] decisions;
    private long sequence;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void shouldNotAllocateWithAnyShippedStrategyAfterWarmUp()
    {
        setUp();
        final ThreadMXBean threads = (ThreadMXBean)ManagementFactory.getThreadMXBean();
        final long thread = Thread.currentThread().threadId();
        // The meter must see an allocation, or a zero below would prove nothing.
        final long meterBefore = threads.getThreadAllocatedBytes(thread);
        final long[] sink = new long[1024];
        assertThat(threads.getThreadAllocatedBytes(thread) - meterBefore).isGreaterThanOrEqualTo(8 * 1024);
        assertThat(sink).hasSize(1024);
        // Until C2 has compiled everything, interpreted and C1 code allocates what escape analysis
        // later removes (the analytics stage's own test measures ~800,000 trades).
        feed(0, 1_000_000, null);
        long least = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++)
        {
            final long before = threads.getThreadAllocatedBytes(thread);
            feed(1_000_000 + run * 50_000, 50_000, null);
            least = Math.min(least, threads.getThreadAllocatedBytes(thread) - before);
        }
        for (final DecisionStage stage : decisions)
        {
            assertThat(stage.decisions()).as("%s decisions", stage.settings().definition().name()).isGreaterThan(10_000);
        }
        assertThat(decisions[0].signalsEmitted()).as("drummond-mtf signals").isGreaterThan(0);
        assertThat(decisions[2].signalsEmitted()).as("ema-cross signals").isGreaterThan(100);
        assertThat(least).as("bytes allocated over 50,000 trades").isZero();
    }

    @Test
    void shouldWriteTheSameSignalsOnEveryRun() throws Exception
    {
        setUp();
        final MessageDigest first = MessageDigest.getInstance("SHA-256");
        feed(0, 200_000, first);
        final long emitted = decisions[2].signalsEmitted();
        setUp();
        final MessageDigest second = MessageDigest.getInstance("SHA-256");
        feed(0, 200_000, second);
        assertThat(emitted).isGreaterThan(10);
        assertThat(HexFormat.of().formatHex(second.digest())).isEqualTo(HexFormat.of().formatHex(first.digest()));
    }

    private void setUp()
    {
        candles = new CandleStage(registry, TIMEFRAMES, SECOND);
        analytics = new AnalyticsStage(registry, TIMEFRAMES, AnalyticsSettings.defaults());
        decisions = new DecisionStage[] {
            new DecisionStage(registry, TIMEFRAMES, StrategySettings.of("drummond-mtf", Map.of())),
            new DecisionStage(registry, TIMEFRAMES, StrategySettings.of("confluence-hierarchical", Map.of())),
            new DecisionStage(registry, TIMEFRAMES, StrategySettings.of("ema-cross", Map.of("allowShort", "true")))};
        sequence = 0;
    }

    private void feed(final int from, final int count, final MessageDigest digest)
    {
        for (int i = from; i < from + count; i++)
        {
            final long ts = T0 + i * 7L * SECOND;
            final Side side = i % 3 == 0 ? Side.BUY : i % 3 == 1 ? Side.SELL : Side.UNKNOWN;
            // Noise on a slow wave, so trends, congestion and crosses all occur.
            final long price = 100_000 + (long)(20_000 * Math.sin(i / 3_000.0)) + (i % 97) * 13 - (i % 7) * 31;
            final int length = TradeTickDescriptor.encode(slot.inputForEncoding(), 0, ++sequence, ts, ts, BTCUSD, side,
                price, 1 + (i % 13) * 1_000_000L, i);
            slot.inputEncoded(length);
            candles.onEvent(slot, true);
            analytics.onEvent(slot, true);
            for (final DecisionStage stage : decisions)
            {
                stage.onEvent(slot, true);
            }
            if (digest != null)
            {
                digestSignals(digest);
            }
            slot.outputs().reset();
        }
    }

    private void digestSignals(final MessageDigest digest)
    {
        final OutputsBuffer outputs = slot.outputs();
        for (int offset = 0; offset < outputs.length(); offset = outputs.next(offset))
        {
            if (RecordHeaderDescriptor.typeId(outputs.buffer(), offset) == RecordType.SIGNAL.typeId())
            {
                final int length = RecordHeaderDescriptor.length(outputs.buffer(), offset);
                final byte[] bytes = new byte[length];
                outputs.buffer().getBytes(offset, bytes);
                digest.update(bytes);
            }
        }
    }
}
