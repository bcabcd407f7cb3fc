package io.pldot.engine.risk;

import io.pldot.engine.venue.VenueSettings;
import io.pldot.journal.schema.OrderIntentDescriptor;
import io.pldot.journal.schema.PortfolioEventDescriptor;
import io.pldot.journal.schema.PositionEventDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.TradingCodes;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.agrona.DirectBuffer;

import java.util.List;

import static io.pldot.engine.risk.RiskHarness.BTC;
import static io.pldot.engine.risk.RiskHarness.ETH;
import static io.pldot.engine.risk.RiskHarness.of;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties over random streams of prices and signals (jqwik): whatever arrives, the stage never
 * holds more positions than allowed, never commits more exposure than allowed when it decides an
 * entry, and once the circuit breaker trips it flattens everything and opens nothing
 * new until the next day; every fill is booked to a position (cash reconciles with the closed
 * positions); and with limit entries and venue stops a position never has two exits working.
 */
class RiskPropertyTest
{
    /** One input: a price move of one instrument, its traded size, and maybe a signal. */
    record Step(boolean eth, int moveBps, int sizeUnits, int signal, int stopBps, int confidencePct, int rank)
    {
    }

    @Provide
    Arbitrary<List<Step>> streams()
    {
        final Arbitrary<Step> step = Combinators.combine(
            Arbitraries.of(true, false),
            Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(10, Arbitraries.integers().between(-150, 150)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-1_500, -300))),
            Arbitraries.integers().between(1, 200),
            Arbitraries.integers().between(0, 8),
            Arbitraries.integers().between(0, 500),
            Arbitraries.integers().between(0, 100),
            Arbitraries.integers().between(0, 3)).as(Step::new);
        return step.list().ofMinSize(20).ofMaxSize(300);
    }

    @Property(tries = 150)
    void shouldNeverBreachMaxPositionsOrExposureNorOpenAfterTheCircuitBreaker(
        @ForAll("streams") final List<Step> steps,
        @ForAll @IntRange(min = 1, max = 4) final int maxPositions,
        @ForAll @IntRange(min = 500, max = 20_000) final int maxExposureBps,
        @ForAll @IntRange(min = 0, max = 3) final int latencySeconds,
        @ForAll final boolean realistic,
        @ForAll @IntRange(min = 100, max = 500) final int circuitBreakerBps,
        @ForAll final boolean limitEntriesAndVenueStops)
    {
        final RiskHarness.Settings settings = RiskHarness.settings();
        settings.circuitBreakerBps = circuitBreakerBps;
        settings.criticalBps = circuitBreakerBps * 4 / 5;
        settings.warningBps = circuitBreakerBps * 3 / 5;
        settings.alertBps = circuitBreakerBps * 2 / 5;
        settings.maxPositions = maxPositions;
        settings.maxExposureBps = maxExposureBps;
        settings.riskPerTradeBps = 300;
        settings.dumpDetection = true;
        settings.momentumEmaPeriod = 4;
        if (limitEntriesAndVenueStops)
        {
            settings.entryOrder = EntryOrder.LIMIT;
            settings.entryTimeoutNanos = 5 * RiskHarness.SECOND;
            settings.protectiveStop = ProtectiveStop.VENUE;
        }
        final RiskSettings risk = settings.build();
        final RiskHarness h = new RiskHarness(risk, new VenueSettings(latencySeconds * RiskHarness.SECOND, 3, 2, 5, realistic));
        final long[] price = {2_000_000, 150_000};
        boolean halted = false;
        boolean everHalted = false;
        long entries = 0;
        long closedNet = 0;
        int k = 0;
        for (final Step step : steps)
        {
            final int i = step.eth() ? 1 : 0;
            price[i] = Math.max(100, price[i] + price[i] * step.moveBps() / 10_000);
            if (step.signal() < 4)
            {
                final TradingCodes.SignalType type = TradingCodes.SignalType.values()[step.signal()];
                final long distance = price[i] * step.stopBps() / 10_000;
                final long stop = step.stopBps() == 0 ? 0 :
                    type == TradingCodes.SignalType.SHORT ? price[i] + distance : Math.max(1, price[i] - distance);
                h.signal(step.eth() ? ETH : BTC, type, price[i], stop, step.confidencePct() / 100.0, step.rank());
            }
            if (k++ % 5 == 0)
            {
                h.candle(step.eth() ? ETH : BTC, 60, price[i], step.sizeUnits() * 10L, (200 - step.sizeUnits()) * 10L);
            }
            final List<DirectBuffer> records = h.trade(step.eth() ? ETH : BTC, price[i],
                step.sizeUnits() * (step.eth() ? 100L : 1_000_000L));
            final Portfolio p = h.stage.portfolio();

            assertThat(p.occupiedSlots()).as("positions and pending entries").isLessThanOrEqualTo(maxPositions);
            assertThat(p.openPositions()).isLessThanOrEqualTo(maxPositions);

            // Every fill is booked to a position: when nothing is open, cash is the initial cash plus what the closed
            // positions made net of fees (a second exit of a closed position would break this).
            for (final DirectBuffer event : of(records, RecordType.POSITION_EVENT))
            {
                if (PositionEventDescriptor.EVENT.get(event, 0) == TradingCodes.PositionEventType.CLOSED.code())
                {
                    closedNet += PositionEventDescriptor.REALIZED_PNL.get(event, 0) - PositionEventDescriptor.FEES.get(event, 0);
                }
            }
            if (p.openPositions() == 0)
            {
                assertThat(p.cash()).as("cash reconciles with the closed positions").isEqualTo(1_000_000 + closedNet);
            }
            // Exactly one exit path: a position never has a resting venue stop and another exit working at once,
            // and the venue holds at most an entry and one exit or stop per instrument.
            for (int n = 0; n < p.size(); n++)
            {
                assertThat(p.orders().exitPending(n) && p.orders().stopOrderId(n) != Position.NO_ORDER).as("stop and exit both working")
                    .isFalse();
                if (!p.position(n).isOpen())
                {
                    assertThat(p.orders().stopOrderId(n)).as("a stop order without a position").isEqualTo(Position.NO_ORDER);
                }
            }
            assertThat(h.stage.venue().openOrders()).isLessThanOrEqualTo(2 * p.size());

            boolean entered = false;
            for (final DirectBuffer intent : of(records, RecordType.ORDER_INTENT))
            {
                entered |= OrderIntentDescriptor.REASON.get(intent, 0) == TradingCodes.OrderReason.ENTRY.code();
            }
            for (final DirectBuffer event : of(records, RecordType.PORTFOLIO_EVENT))
            {
                final int type = PortfolioEventDescriptor.EVENT.get(event, 0);
                if (type == TradingCodes.PortfolioEventType.HALTED.code())
                {
                    halted = true;
                    everHalted = true;
                    for (int n = 0; n < p.size(); n++)
                    {
                        assertThat(!p.position(n).isOpen() || p.orders().exitPending(n)).as("flattened at the breaker").isTrue();
                        assertThat(p.orders().entryPending(n)).as("entries cancelled at the breaker").isFalse();
                    }
                }
                else if (type == TradingCodes.PortfolioEventType.RESUMED.code())
                {
                    halted = false;
                }
            }
            if (halted)
            {
                assertThat(entered).as("an entry while halted").isFalse();
                assertThat(h.stage.halted()).isTrue();
            }
            if (entered)
            {
                entries++;
                // At the moment of the decision (same marks, same equity), what stays committed is within limits.
                long exposure = p.committedExposure(-1);
                for (int n = 0; n < p.size(); n++)
                {
                    if (p.orders().exitPending(n))
                    {
                        exposure -= p.exposureOf(n);
                    }
                }
                assertThat(exposure).as("committed exposure")
                    .isLessThanOrEqualTo(PositionSizer.share(p.equity(), maxExposureBps));
            }
        }
        // Make sure the streams exercise what the property is about.
        Statistics.label("circuit breaker tripped").collect(everHalted);
        Statistics.label("entries").collect(entries == 0 ? "none" : entries < 5 ? "1-4" : "5+");
    }
}
