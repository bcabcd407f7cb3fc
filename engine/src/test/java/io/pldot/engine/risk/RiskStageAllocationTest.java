package io.pldot.engine.risk;

import com.sun.management.ThreadMXBean;
import io.pldot.engine.event.OutputsBuffer;
import io.pldot.engine.event.RingSlot;
import io.pldot.engine.risk.stop.TrailingStopSettings;
import io.pldot.engine.stage.RiskStage;
import io.pldot.engine.venue.VenueSettings;
import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.CandleClosedDescriptor;
import io.pldot.journal.schema.Side;
import io.pldot.journal.schema.SignalDescriptor;
import io.pldot.journal.schema.TradeTickDescriptor;
import io.pldot.journal.schema.TradingCodes;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The risk stage allocates nothing per event once warm: trades, fills, stop moves and triggers,
 * signals (accepted and refused), candles with dump checks and equity marks, drawdown levels; and
 * the same with limit entries and venue-resting stop orders.
 */
class RiskStageAllocationTest
{
    private static final long SECOND = 1_000_000_000L;

    private static final TradingCodes.SignalType[] TYPES = TradingCodes.SignalType.values();

    private static long[] sink;

    @Test
    void shouldNotAllocatePerEventAfterWarmUp()
    {
        final RiskStage stage = stage(RiskHarness.settings());
        final long least = leastAllocated(stage);
        assertThat(stage.fills()).as("fills").isGreaterThan(1_000);
        assertThat(stage.positionsClosed()).as("closes").isGreaterThan(500);
        assertThat(stage.equityMarks()).as("marks").isGreaterThan(1_000);
        assertThat(rejects(stage)).as("rejects").isGreaterThan(100);
        assertThat(least).as("bytes allocated for 20,000 events").isZero();
    }

    /** The opt-in order types: resting limit entries that fill or time out, venue stops placed, replaced, triggered. */
    @Test
    void shouldNotAllocatePerEventAfterWarmUpWithLimitEntriesAndVenueStops()
    {
        final RiskHarness.Settings settings = RiskHarness.settings();
        settings.entryOrder = EntryOrder.LIMIT;
        settings.entryTimeoutNanos = 3 * 60 * SECOND;
        settings.protectiveStop = ProtectiveStop.VENUE;
        final RiskStage stage = stage(settings);
        final long least = leastAllocated(stage);
        assertThat(stage.fills()).as("fills").isGreaterThan(1_000);
        assertThat(stage.positionsClosed()).as("closes").isGreaterThan(500);
        assertThat(stage.exits(ExitReason.TRAILING_STOP)).as("venue stop exits").isGreaterThan(100);
        assertThat(stage.venue().cancels()).as("timeouts and stop replacements").isGreaterThan(1_000);
        assertThat(rejects(stage)).as("rejects").isGreaterThan(100);
        assertThat(least).as("bytes allocated for 20,000 events").isZero();
    }

    private static RiskStage stage(final RiskHarness.Settings settings)
    {
        final InstrumentRegistry registry = new InstrumentRegistry(List.of(
            new Instrument("BTCUSDT", 1, "BINANCE", 2, 8), new Instrument("ETHUSDT", 2, "BINANCE", 2, 4)));
        settings.dumpDetection = true;
        settings.momentumEmaPeriod = 5;
        settings.leaderSymbol = "BTCUSDT";
        settings.maxHoldNanos = 600 * SECOND;
        return new RiskStage(registry, settings.build(), new VenueSettings(SECOND, 5, 2, 5, true),
            TrailingStopSettings.defaults(), 60);
    }

    private static long rejects(final RiskStage stage)
    {
        long rejects = 0;
        for (final RiskRejectReason reason : RiskRejectReason.values())
        {
            rejects += stage.rejects(reason);
        }
        return rejects;
    }

    private static long leastAllocated(final RiskStage stage)
    {
        final RingSlot slot = new RingSlot(32 * 1024);
        final ThreadMXBean threads = (ThreadMXBean)ManagementFactory.getThreadMXBean();
        final long thread = Thread.currentThread().getId();
        final long meterBefore = threads.getThreadAllocatedBytes(thread);
        sink = new long[1024];
        assertThat(threads.getThreadAllocatedBytes(thread) - meterBefore).isGreaterThanOrEqualTo(8 * 1024);

        drive(stage, slot, 0, 50_000);
        long least = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++)
        {
            final long before = threads.getThreadAllocatedBytes(thread);
            drive(stage, slot, 50_000 + run * 20_000, 20_000);
            least = Math.min(least, threads.getThreadAllocatedBytes(thread) - before);
        }
        return least;
    }

    private static void drive(final RiskStage stage, final RingSlot slot, final int from, final int count)
    {
        final OutputsBuffer out = slot.outputs();
        for (int k = from; k < from + count; k++)
        {
            out.reset();
            final long ts = 1_672_531_200_000_000_000L + k * 60 * SECOND; // a minute apart: the days (and halts) turn over
            final int instrument = k % 3 == 0 ? 2 : 1;
            // A saw-tooth with a slow drift: stops move, trigger, and the drawdown levels come and go.
            final long price = instrument == 1 ? 2_000_000 + (k % 97) * 1_500 - (k % 13) * 4_000 : 150_000 + (k % 31) * 300;
            if (k % 10 == 0)
            {
                final int at = out.claim(CandleClosedDescriptor.LENGTH);
                CandleClosedDescriptor.encode(out.buffer(), at, k, ts, ts, instrument, 60, ts - 60 * SECOND, price, price,
                    price, price, 300, (k % 40) * 10, 200, 3, 1, 2);
            }
            if (k % 4 == 0)
            {
                final int at = out.claim(SignalDescriptor.LENGTH);
                final TradingCodes.SignalType type = TYPES[(k / 4) % 4];
                SignalDescriptor.begin(out.buffer(), at, k, ts, ts, instrument, 60, type.code(), 1, ts);
                SignalDescriptor.putPrices(out.buffer(), at, price,
                    type == TradingCodes.SignalType.SHORT ? price + price / 50 : price - price / 50, 0);
                SignalDescriptor.putScores(out.buffer(), at, 0.7, 0.5, 0.5, 0);
                SignalDescriptor.putRiskAndRank(out.buffer(), at, 1, 1);
            }
            TradeTickDescriptor.encode(slot.inputForEncoding(), 0, k, ts, ts, instrument, Side.BUY, price, 50_000_000, k);
            stage.onEvent(slot, true);
        }
    }
}
