package io.pldot.engine.risk.execution;

import io.pldot.engine.risk.EntryOrder;
import io.pldot.engine.risk.ExitReason;
import io.pldot.engine.risk.ProtectiveStop;
import io.pldot.engine.risk.RiskHarness;
import io.pldot.journal.schema.OrderEventDescriptor;
import io.pldot.journal.schema.OrderIntentDescriptor;
import io.pldot.journal.schema.PortfolioEventDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.TradingCodes;
import org.agrona.DirectBuffer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.pldot.engine.risk.execution.PartsFixture.BTC;
import static io.pldot.engine.risk.execution.PartsFixture.ETH;
import static io.pldot.engine.risk.execution.PartsFixture.SECOND;
import static io.pldot.journal.schema.TradingCodes.SignalType.LONG;
import static org.assertj.core.api.Assertions.assertThat;

class ExitManagerTest
{
    /** Opens 0.5 BTC long at 20,000.00 (a 200.00 stop distance risks 1% of 10,000.00), filled on the next trade. */
    private static PartsFixture openBtc(final RiskHarness.Settings settings)
    {
        final PartsFixture f = new PartsFixture(settings.build(), RiskHarness.frictionless());
        f.runSignal(BTC, LONG, 2_000_000, 1_980_000).trade(BTC, 2_000_000, 100_000_000);
        assertThat(f.parts.portfolio().position(0).quantity()).isEqualTo(50_000_000L);
        return f;
    }

    private static DirectBuffer onlyExit(final PartsFixture f, final ExitReason reason)
    {
        final DirectBuffer intent = f.only(RecordType.ORDER_INTENT);
        assertThat(OrderIntentDescriptor.REASON.get(intent, 0)).isEqualTo(reason.code());
        assertThat(OrderIntentDescriptor.SIDE.get(intent, 0)).isEqualTo(TradingCodes.OrderSide.SELL.code());
        assertThat(OrderIntentDescriptor.ORDER_TYPE.get(intent, 0)).isEqualTo(TradingCodes.OrderType.MARKET.code());
        assertThat(OrderIntentDescriptor.QUANTITY.get(intent, 0)).isEqualTo(50_000_000L);
        return intent;
    }

    @Test
    void shouldCloseAPositionHeldForTheMaximumHoldTime()
    {
        final RiskHarness.Settings s = RiskHarness.settings();
        s.maxHoldNanos = 10 * SECOND;
        s.trailingStops = false;
        final PartsFixture f = openBtc(s);
        for (int k = 1; k < 10; k++)
        {
            f.trade(BTC, 2_000_000, 1);
            assertThat(f.records(RecordType.ORDER_INTENT)).as("held %d s", k).isEmpty();
        }
        f.trade(BTC, 2_001_000, 1); // 10 s after the entry fill
        assertThat(OrderIntentDescriptor.REFERENCE_PRICE.get(onlyExit(f, ExitReason.MAX_HOLD_TIME), 0)).isEqualTo(2_001_000L);
    }

    @Test
    void shouldExitWhenTheTrailingStopIsReached()
    {
        final PartsFixture f = openBtc(RiskHarness.settings());
        // 50 bps under 20,000.00 is 19,900.00; 19,900.01 does not reach it.
        f.trade(BTC, 1_990_001, 1);
        assertThat(f.records(RecordType.ORDER_INTENT)).isEmpty();
        f.trade(BTC, 1_990_000, 1);
        onlyExit(f, ExitReason.TRAILING_STOP);
    }

    @Test
    void shouldCancelALimitEntryThatRestedForTheTimeout()
    {
        final RiskHarness.Settings s = RiskHarness.settings();
        s.entryOrder = EntryOrder.LIMIT;
        s.entryTimeoutNanos = 5 * SECOND;
        final PartsFixture f = new PartsFixture(s.build(), RiskHarness.frictionless());
        f.runSignal(BTC, LONG, 2_000_000, 1_980_000);
        final long id = f.sequence * 64;
        f.next(4 * SECOND);
        f.parts.exits().expireEntries();
        assertThat(f.records(RecordType.ORDER_EVENT)).as("4 s: still resting").isEmpty();
        f.next(SECOND);
        f.parts.exits().expireEntries();
        final DirectBuffer cancel = f.only(RecordType.ORDER_EVENT);
        assertThat(OrderEventDescriptor.EVENT.get(cancel, 0)).isEqualTo(TradingCodes.OrderEventType.CANCELLED.code());
        assertThat(OrderEventDescriptor.CLIENT_ORDER_ID.get(cancel, 0)).isEqualTo(id);
        assertThat(OrderEventDescriptor.PRICE.get(cancel, 0)).as("the limit price").isEqualTo(2_000_000L);
        assertThat(OrderEventDescriptor.REMAINING.get(cancel, 0)).isEqualTo(50_000_000L);
        assertThat(f.parts.portfolio().orders().entryPending(0)).isFalse();
    }

    @Test
    void shouldCloseALongOnADumpAndTheOtherLongsWhenTheLeaderDumps()
    {
        final RiskHarness.Settings s = RiskHarness.settings();
        s.dumpDetection = true;
        s.leaderSymbol = "ETHUSDT";
        s.trailingStops = false;
        final PartsFixture f = openBtc(s);
        // Three BTC candles with sell 200 > 1.5 x buy 100: a dump against the long, closed at the candle's close.
        for (int k = 0; k < 2; k++)
        {
            f.next();
            f.parts.exits().onSmallestCandle(BTC, 1_999_000, 100, 200);
            assertThat(f.records(RecordType.ORDER_INTENT)).isEmpty();
        }
        f.next();
        f.parts.exits().onSmallestCandle(BTC, 1_998_000, 100, 200);
        assertThat(OrderIntentDescriptor.REFERENCE_PRICE.get(onlyExit(f, ExitReason.DUMP), 0)).isEqualTo(1_998_000L);

        final RiskHarness.Settings t = RiskHarness.settings();
        t.leaderSymbol = "ETHUSDT";
        t.trailingStops = false;
        final PartsFixture g = openBtc(t);
        for (int k = 0; k < 4; k++)
        {
            g.next();
            g.parts.exits().onSmallestCandle(ETH, 150_000, 0, 0);
        }
        // 1,477.50 is 1.5% below the window's high 1,500.00: every other long exits at its mark.
        g.next();
        g.parts.exits().onSmallestCandle(ETH, 147_750, 0, 0);
        assertThat(OrderIntentDescriptor.REFERENCE_PRICE.get(onlyExit(g, ExitReason.CORRELATED_EXIT), 0))
            .isEqualTo(2_000_000L);
    }

    @Test
    void shouldFlattenAndHaltAtTheCircuitBreaker()
    {
        final RiskHarness.Settings s = RiskHarness.settings();
        s.trailingStops = false;
        final PartsFixture f = openBtc(s);
        f.next();
        f.parts.exits().onPortfolioRisk(); // sets the day's high at 10,000.00
        // 0.5 BTC down 1,000.00 each: equity 9,500.00, 5% under the high: the breaker.
        f.trade(BTC, 1_900_000, 1);
        f.parts.exits().onPortfolioRisk();
        onlyExit(f, ExitReason.CIRCUIT_BREAKER);
        final List<DirectBuffer> events = f.records(RecordType.PORTFOLIO_EVENT);
        assertThat(events).extracting(b -> PortfolioEventDescriptor.EVENT.get(b, 0)).containsExactly(
            TradingCodes.PortfolioEventType.LEVEL_CHANGED.code(), TradingCodes.PortfolioEventType.HALTED.code());
        assertThat(f.parts.monitor().halted()).isTrue();
    }

    @Test
    void shouldRestAVenueStopAtTheTrailingStopAndReplaceItWhenTheStopMoves()
    {
        final RiskHarness.Settings s = RiskHarness.settings();
        s.protectiveStop = ProtectiveStop.VENUE;
        final PartsFixture f = openBtc(s);
        // The fill's trade placed it: a sell stop at 19,900.00 (50 bps under 20,000.00) for the whole 0.5 BTC.
        final DirectBuffer stop = f.records(RecordType.ORDER_INTENT).get(0);
        assertThat(OrderIntentDescriptor.ORDER_TYPE.get(stop, 0)).isEqualTo(TradingCodes.OrderType.STOP.code());
        assertThat(OrderIntentDescriptor.REASON.get(stop, 0)).isEqualTo(ExitReason.TRAILING_STOP.code());
        assertThat(OrderIntentDescriptor.PRICE.get(stop, 0)).isEqualTo(1_990_000L);
        assertThat(OrderIntentDescriptor.QUANTITY.get(stop, 0)).isEqualTo(50_000_000L);
        final long first = OrderIntentDescriptor.CLIENT_ORDER_ID.get(stop, 0);
        assertThat(f.parts.portfolio().orders().stopOrderId(0)).isEqualTo(first);

        f.next();
        f.parts.exits().syncStops();
        assertThat(f.records(RecordType.ORDER_INTENT)).as("up to date: nothing to do").isEmpty();

        // 20,100.00: the stop trails to 20,100.00 - 0.50% of it = 20,100.00 - 100.50 = 19,999.50.
        f.trade(BTC, 2_010_000, 1);
        final DirectBuffer moved = f.only(RecordType.ORDER_INTENT);
        assertThat(OrderIntentDescriptor.PRICE.get(moved, 0)).isEqualTo(1_999_950L);
        assertThat(f.records(RecordType.ORDER_EVENT)).extracting(b -> OrderEventDescriptor.EVENT.get(b, 0)).containsExactly(
            TradingCodes.OrderEventType.CANCELLED.code(), TradingCodes.OrderEventType.ACCEPTED.code());
        assertThat(OrderEventDescriptor.CLIENT_ORDER_ID.get(f.records(RecordType.ORDER_EVENT).get(0), 0)).isEqualTo(first);
    }
}
