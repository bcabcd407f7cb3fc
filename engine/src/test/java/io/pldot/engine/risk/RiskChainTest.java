package io.pldot.engine.risk;

import io.pldot.engine.venue.VenueSettings;
import io.pldot.journal.schema.OrderIntentDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.RiskRejectDescriptor;
import io.pldot.journal.schema.TradingCodes;
import org.agrona.DirectBuffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static io.pldot.engine.risk.RiskHarness.BTC;
import static io.pldot.engine.risk.RiskHarness.ETH;
import static io.pldot.engine.risk.RiskHarness.of;
import static io.pldot.journal.schema.TradingCodes.SignalType.EXIT_LONG;
import static io.pldot.journal.schema.TradingCodes.SignalType.LONG;
import static io.pldot.journal.schema.TradingCodes.SignalType.SHORT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test per execution-chain rejection reason (OFS §12.4 (docs/references.md)): each builds the state that makes
 * one step refuse, and checks the RISK_REJECT record (reason, the signal it refers to, detail) and
 * the stage's counter. The last check proves every reason has its test.
 */
class RiskChainTest
{
    private static final long ONE_BTC = 100_000_000L;
    private static final Set<RiskRejectReason> COVERED = EnumSet.noneOf(RiskRejectReason.class);

    private static DirectBuffer onlyReject(final List<DirectBuffer> records, final RiskRejectReason reason)
    {
        final List<DirectBuffer> rejects = of(records, RecordType.RISK_REJECT);
        assertThat(rejects).hasSize(1);
        final DirectBuffer reject = rejects.get(0);
        assertThat(TradingCodes.RiskRejectReason.of(RiskRejectDescriptor.REASON.get(reject, 0)).name()).isEqualTo(reason.name());
        COVERED.add(reason);
        return reject;
    }

    private static RiskHarness harness(final RiskHarness.Settings settings)
    {
        return new RiskHarness(settings.build(), RiskHarness.frictionless());
    }

    /** Opens a long of 0.25 BTC at 20,000 (signal on one trade, fill on the next). */
    private static void openBtcLong(final RiskHarness h)
    {
        h.trade(BTC, 2_000_000, ONE_BTC);
        h.signal(BTC, LONG, 2_000_000, 1_960_000, 0.8, 1).trade(BTC, 2_000_000, ONE_BTC);
        h.trade(BTC, 2_000_000, ONE_BTC);
        assertThat(h.stage.openPositions()).isEqualTo(1);
    }

    @Test
    void shouldRejectInvalidSignals()
    {
        final RiskHarness h = harness(RiskHarness.settings());
        h.trade(BTC, 2_000_000, ONE_BTC);
        final DirectBuffer reject = onlyReject(h.signal(BTC, LONG, 0, 0, 0.5, 1).trade(BTC, 2_000_000, ONE_BTC),
            RiskRejectReason.INVALID_SIGNAL);
        assertThat(RiskRejectDescriptor.SIGNAL_TYPE.get(reject, 0)).isEqualTo(LONG.code());
        assertThat(RiskRejectDescriptor.STRATEGY.get(reject, 0)).isEqualTo(7);
        assertThat(RiskRejectDescriptor.RANK.get(reject, 0)).isEqualTo(1);
        // A long's stop above its entry, an unknown instrument, a confidence outside 0..1.
        onlyReject(h.signal(BTC, LONG, 2_000_000, 2_100_000, 0.5, 1).trade(BTC, 2_000_000, ONE_BTC),
            RiskRejectReason.INVALID_SIGNAL);
        onlyReject(h.signal(99, LONG, 2_000_000, 0, 0.5, 1).trade(BTC, 2_000_000, ONE_BTC), RiskRejectReason.INVALID_SIGNAL);
        onlyReject(h.signal(BTC, SHORT, 2_000_000, 0, 1.5, 1).trade(BTC, 2_000_000, ONE_BTC),
            RiskRejectReason.INVALID_SIGNAL);
        assertThat(h.stage.rejects(RiskRejectReason.INVALID_SIGNAL)).isEqualTo(4);
        assertThat(h.stage.orders()).isZero();
    }

    @Test
    void shouldRejectEntriesWhileHaltedByTheCircuitBreaker()
    {
        final RiskHarness h = harness(RiskHarness.settings());
        openBtcLong(h); // 0.25 BTC = 5,000 of 10,000 equity: a 10% fall of BTC is a 5% drawdown
        h.trade(BTC, 1_800_000, ONE_BTC);
        assertThat(h.stage.halted()).isTrue();
        final DirectBuffer reject = onlyReject(h.signal(ETH, LONG, 150_000, 140_000, 0.5, 1).trade(ETH, 150_000, 10_000),
            RiskRejectReason.HALTED);
        assertThat(RiskRejectDescriptor.DETAIL.get(reject, 0)).isEqualTo(500);
    }

    @Test
    void shouldPauseEntriesAtTheCriticalLevel()
    {
        final RiskHarness h = harness(RiskHarness.settings());
        openBtcLong(h);
        h.trade(BTC, 1_830_000, ONE_BTC); // 0.25 x 1,700 = 425 = 4.25% of 10,000
        assertThat(h.stage.drawdownLevel()).isEqualTo(PortfolioRiskMonitor.CRITICAL);
        assertThat(h.stage.halted()).isFalse();
        final DirectBuffer reject = onlyReject(h.signal(ETH, LONG, 150_000, 140_000, 0.5, 1).trade(ETH, 150_000, 10_000),
            RiskRejectReason.ENTRIES_PAUSED);
        assertThat(RiskRejectDescriptor.DETAIL.get(reject, 0)).isEqualTo(425);
    }

    @Test
    void shouldRejectASecondEntryInTheSameDirectionWhetherOpenOrPending()
    {
        final RiskHarness h = harness(RiskHarness.settings());
        h.trade(BTC, 2_000_000, ONE_BTC);
        // Two longs on one input: the first is placed, the second finds its entry pending.
        final List<DirectBuffer> records = h.signal(BTC, LONG, 2_000_000, 1_960_000, 0.8, 1)
            .signal(BTC, LONG, 2_000_000, 1_950_000, 0.7, 2).trade(BTC, 2_000_000, ONE_BTC);
        assertThat(of(records, RecordType.ORDER_INTENT)).hasSize(1);
        final DirectBuffer reject = onlyReject(records, RiskRejectReason.EXISTING_POSITION);
        assertThat(RiskRejectDescriptor.RANK.get(reject, 0)).isEqualTo(2);
        h.trade(BTC, 2_000_000, ONE_BTC);
        onlyReject(h.signal(BTC, LONG, 2_000_000, 1_960_000, 0.8, 1).trade(BTC, 2_000_000, ONE_BTC),
            RiskRejectReason.EXISTING_POSITION);
    }

    @Test
    void shouldRejectAnOppositeSignalWhenReversalsAreDisabledAndReverseOtherwise()
    {
        final RiskHarness.Settings settings = RiskHarness.settings();
        settings.allowReversal = false;
        final RiskHarness h = harness(settings);
        openBtcLong(h);
        onlyReject(h.signal(BTC, SHORT, 2_000_000, 2_040_000, 0.8, 1).trade(BTC, 2_000_000, ONE_BTC),
            RiskRejectReason.REVERSAL_NOT_ALLOWED);
        assertThat(h.stage.openPositions()).isEqualTo(1);

        final RiskHarness reversing = harness(RiskHarness.settings());
        openBtcLong(reversing);
        final List<DirectBuffer> records = reversing.signal(BTC, SHORT, 2_000_000, 2_040_000, 0.8, 1)
            .trade(BTC, 2_000_000, ONE_BTC);
        final List<DirectBuffer> intents = of(records, RecordType.ORDER_INTENT);
        assertThat(intents).hasSize(2);
        assertThat(OrderIntentDescriptor.REASON.get(intents.get(0), 0)).isEqualTo(TradingCodes.OrderReason.REVERSAL.code());
        assertThat(OrderIntentDescriptor.REASON.get(intents.get(1), 0)).isEqualTo(TradingCodes.OrderReason.ENTRY.code());
        reversing.trade(BTC, 2_000_000, ONE_BTC);
        assertThat(reversing.stage.portfolio().position(0).side()).isEqualTo(io.pldot.engine.risk.stop.PositionSide.SHORT);
        assertThat(reversing.stage.exits(ExitReason.REVERSAL)).isEqualTo(1);
    }

    @Test
    void shouldRejectShortsWhenShortSellingIsDisabled()
    {
        final RiskHarness.Settings settings = RiskHarness.settings();
        settings.allowShort = false;
        final RiskHarness h = harness(settings);
        h.trade(BTC, 2_000_000, ONE_BTC);
        onlyReject(h.signal(BTC, SHORT, 2_000_000, 2_040_000, 0.8, 1).trade(BTC, 2_000_000, ONE_BTC),
            RiskRejectReason.SHORT_NOT_ALLOWED);
    }

    @Test
    void shouldRejectEntriesBeyondMaxPositionsCountingPendingEntries()
    {
        final RiskHarness.Settings settings = RiskHarness.settings();
        settings.maxPositions = 1;
        final RiskHarness h = harness(settings);
        h.trade(BTC, 2_000_000, ONE_BTC);
        final List<DirectBuffer> records = h.signal(BTC, LONG, 2_000_000, 1_960_000, 0.8, 1)
            .signal(ETH, LONG, 150_000, 140_000, 0.8, 2).trade(BTC, 2_000_000, ONE_BTC);
        final DirectBuffer reject = onlyReject(records, RiskRejectReason.POSITION_LIMIT);
        assertThat(RiskRejectDescriptor.INSTRUMENT_ID.get(reject, 0)).isEqualTo(ETH);
        assertThat(RiskRejectDescriptor.DETAIL.get(reject, 0)).isEqualTo(1);
    }

    @Test
    void shouldCapTheSizeToTheExposureRoomAndRejectWhenNoneIsLeft()
    {
        final RiskHarness.Settings settings = RiskHarness.settings();
        settings.maxExposureBps = 2_500; // 2,500.00 of 10,000.00
        settings.riskPerTradeBps = 500;
        final RiskHarness h = harness(settings);
        h.trade(BTC, 2_000_000, ONE_BTC);
        final List<DirectBuffer> records = h.signal(BTC, LONG, 2_000_000, 1_960_000, 0.8, 1)
            .signal(ETH, LONG, 150_000, 140_000, 0.8, 2).trade(BTC, 2_000_000, ONE_BTC);
        // Risk would buy 1.25 BTC; exposure room allows 2,500 / 20,000 = 0.125 BTC.
        assertThat(OrderIntentDescriptor.QUANTITY.get(of(records, RecordType.ORDER_INTENT).get(0), 0)).isEqualTo(12_500_000);
        final DirectBuffer reject = onlyReject(records, RiskRejectReason.EXPOSURE_LIMIT);
        assertThat(RiskRejectDescriptor.DETAIL.get(reject, 0)).isEqualTo(250_000);
    }

    @Test
    void shouldRejectWhenThePortfolioRiskBudgetIsSpent()
    {
        final RiskHarness.Settings settings = RiskHarness.settings();
        settings.maxPortfolioRiskBps = 100; // the first trade's 1% risk uses the whole budget
        final RiskHarness h = harness(settings);
        h.trade(BTC, 2_000_000, ONE_BTC);
        final List<DirectBuffer> records = h.signal(BTC, LONG, 2_000_000, 1_960_000, 0.8, 1)
            .signal(ETH, LONG, 150_000, 140_000, 0.8, 2).trade(BTC, 2_000_000, ONE_BTC);
        final DirectBuffer reject = onlyReject(records, RiskRejectReason.PORTFOLIO_RISK_LIMIT);
        assertThat(RiskRejectDescriptor.DETAIL.get(reject, 0)).isEqualTo(10_000);
    }

    @Test
    void shouldRejectSizesBelowOneQuantityUnit()
    {
        final RiskHarness.Settings settings = RiskHarness.settings();
        settings.initialCash = new BigDecimal("1"); // 1% = 0.01 over a 1,000.00 stop: 0.00001 ETH < 0.0001
        final RiskHarness h = harness(settings);
        h.trade(ETH, 200_000, 10_000);
        final DirectBuffer reject = onlyReject(h.signal(ETH, LONG, 200_000, 100_000, 0.8, 1).trade(ETH, 200_000, 10_000),
            RiskRejectReason.SIZE_BELOW_MINIMUM);
        assertThat(RiskRejectDescriptor.DETAIL.get(reject, 0)).isEqualTo(1);
    }

    @Test
    void shouldRejectExitsWithoutAPositionAndWhileAnExitIsWorking()
    {
        final RiskHarness h = new RiskHarness(RiskHarness.settings().build(), new VenueSettings(10 * RiskHarness.SECOND, 0, 0, 0,
            true));
        h.trade(BTC, 2_000_000, ONE_BTC);
        onlyReject(h.signal(BTC, EXIT_LONG, 2_000_000, 0, 0.8, 1).trade(BTC, 2_000_000, ONE_BTC),
            RiskRejectReason.NO_POSITION);
        h.signal(BTC, LONG, 2_000_000, 1_960_000, 0.8, 1).trade(BTC, 2_000_000, ONE_BTC);
        h.advance(10 * RiskHarness.SECOND, BTC, 2_000_000, ONE_BTC);
        assertThat(h.stage.openPositions()).isEqualTo(1);
        h.signal(BTC, EXIT_LONG, 2_000_000, 0, 0.8, 1).trade(BTC, 2_000_000, ONE_BTC);
        onlyReject(h.signal(BTC, EXIT_LONG, 2_000_000, 0, 0.8, 1).trade(BTC, 2_000_000, ONE_BTC),
            RiskRejectReason.ORDER_PENDING);
    }

    @Test
    void shouldReportAVenueRefusalAsAReject()
    {
        final RiskHarness h = harness(RiskHarness.settings());
        h.ts = -10 * RiskHarness.SECOND; // the venue refuses decisions stamped before the epoch
        h.trade(BTC, 2_000_000, ONE_BTC);
        final List<DirectBuffer> records = h.signal(BTC, LONG, 2_000_000, 1_960_000, 0.8, 1).trade(BTC, 2_000_000, ONE_BTC);
        final DirectBuffer reject = onlyReject(records, RiskRejectReason.VENUE_REJECTED);
        assertThat(RiskRejectDescriptor.DETAIL.get(reject, 0)).isEqualTo(TradingCodes.VenueReject.INVALID_TIME.code());
        assertThat(RiskHarness.types(records)).containsExactly("order-intent", "order-event", "risk-reject");
        assertThat(h.stage.venueRejects()).isEqualTo(1);
        assertThat(h.stage.portfolio().orders().entryPending(0)).isFalse();
    }

    @Test
    void shouldMirrorTheWireNamesOfReasons()
    {
        for (final RiskRejectReason reason : RiskRejectReason.values())
        {
            assertThat(TradingCodes.RiskRejectReason.of(reason.code()).name()).isEqualTo(reason.name());
        }
        assertThat(TradingCodes.RiskRejectReason.values()).hasSameSizeAs(RiskRejectReason.values());
        for (final ExitReason reason : ExitReason.values())
        {
            assertThat(TradingCodes.OrderReason.of(reason.code()).name()).isEqualTo(reason.name());
        }
        assertThat(TradingCodes.OrderReason.values()).hasSameSizeAs(ExitReason.values());
        for (final io.pldot.engine.venue.VenueRejectReason reason : io.pldot.engine.venue.VenueRejectReason.values())
        {
            assertThat(TradingCodes.VenueReject.of(reason.code()).name()).isEqualTo(reason.name());
        }
    }

    @AfterAll
    static void shouldHaveATestForEveryReason()
    {
        assertThat(COVERED).containsExactlyInAnyOrder(RiskRejectReason.values());
    }
}
