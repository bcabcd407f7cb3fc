package io.pldot.engine.risk;

import io.pldot.engine.venue.FillModel;
import io.pldot.engine.venue.VenueSettings;
import io.pldot.journal.schema.OrderEventDescriptor;
import io.pldot.journal.schema.OrderIntentDescriptor;
import io.pldot.journal.schema.PortfolioEventDescriptor;
import io.pldot.journal.schema.PositionEventDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.RiskRejectDescriptor;
import io.pldot.journal.schema.TradingCodes;
import org.agrona.DirectBuffer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.pldot.engine.risk.RiskHarness.BTC;
import static io.pldot.engine.risk.RiskHarness.ETH;
import static io.pldot.engine.risk.RiskHarness.SECOND;
import static io.pldot.engine.risk.RiskHarness.of;
import static io.pldot.engine.risk.RiskHarness.types;
import static io.pldot.journal.schema.TradingCodes.SignalType.EXIT_LONG;
import static io.pldot.journal.schema.TradingCodes.SignalType.LONG;
import static io.pldot.journal.schema.TradingCodes.SignalType.SHORT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The risk stage through whole position lifecycles, with hand-worked fixed-point values. Cash is at
 * scale 2 (cents); BTC quantities at scale 8.
 */
class RiskStageTest
{
    private static final long ONE_BTC = 100_000_000L;

    private static int code(final DirectBuffer b, final int at)
    {
        return b.getByte(at) & 0xFF;
    }

    @Test
    void shouldSizeFromRiskAndStopThenFillOnTheNextTickTrailAndCloseOnAGapThroughTheStop()
    {
        final RiskHarness h = new RiskHarness(RiskHarness.settings().build(), RiskHarness.frictionless());
        h.trade(BTC, 2_000_000, ONE_BTC);

        // Risk 1% of 10,000.00 = 100.00 over a 400.00 stop distance = 0.25 BTC (notional 5,000 < 100% exposure).
        final List<DirectBuffer> decided = h.signal(BTC, LONG, 2_000_000, 1_960_000, 0.8, 1).trade(BTC, 2_000_000, ONE_BTC);
        assertThat(types(decided)).containsExactly("order-intent", "order-event");
        final DirectBuffer intent = decided.get(0);
        assertThat(OrderIntentDescriptor.CLIENT_ORDER_ID.get(intent, 0)).isEqualTo(2 * 64);
        assertThat(OrderIntentDescriptor.QUANTITY.get(intent, 0)).isEqualTo(25_000_000);
        assertThat(OrderIntentDescriptor.SIDE.get(intent, 0)).isEqualTo(TradingCodes.OrderSide.BUY.code());
        assertThat(OrderIntentDescriptor.REASON.get(intent, 0)).isEqualTo(TradingCodes.OrderReason.ENTRY.code());
        assertThat(OrderIntentDescriptor.STOP_PRICE.get(intent, 0)).isEqualTo(1_960_000);
        assertThat(OrderEventDescriptor.EVENT.get(decided.get(1), 0)).isEqualTo(TradingCodes.OrderEventType.ACCEPTED.code());
        assertThat(h.stage.openPositions()).isZero();

        // Next trade fills at its price; the 0.5% trailing stop starts at 20,100 - floor(100.5) = 19,999.50.
        final List<DirectBuffer> filled = h.trade(BTC, 2_010_000, ONE_BTC);
        assertThat(types(filled)).containsExactly("order-event", "position-event");
        assertThat(OrderEventDescriptor.EVENT.get(filled.get(0), 0)).isEqualTo(TradingCodes.OrderEventType.FILLED.code());
        assertThat(OrderEventDescriptor.LIQUIDITY.get(filled.get(0), 0)).isEqualTo(TradingCodes.Liquidity.TAKER.code());
        final DirectBuffer opened = filled.get(1);
        assertThat(PositionEventDescriptor.EVENT.get(opened, 0)).isEqualTo(TradingCodes.PositionEventType.OPENED.code());
        assertThat(PositionEventDescriptor.QUANTITY.get(opened, 0)).isEqualTo(25_000_000);
        assertThat(PositionEventDescriptor.AVERAGE_ENTRY.get(opened, 0)).isEqualTo(2_010_000);
        assertThat(PositionEventDescriptor.STOP_PRICE.get(opened, 0)).isEqualTo(1_999_950);
        assertThat(PositionEventDescriptor.POSITION_ID.get(opened, 0)).isEqualTo(128);
        assertThat(PositionEventDescriptor.SIGNAL_TYPE.get(opened, 0)).isEqualTo(LONG.code());
        assertThat(PositionEventDescriptor.CONFIDENCE.get(opened, 0)).isEqualTo(0.8);
        assertThat(h.stage.cash()).isEqualTo(1_000_000 - 502_500);
        assertThat(h.stage.equity()).isEqualTo(1_000_000);

        // A new high moves the stop to 20,300 - 101.50 = 20,198.50.
        final List<DirectBuffer> moved = h.trade(BTC, 2_030_000, ONE_BTC);
        assertThat(types(moved)).containsExactly("position-event");
        assertThat(PositionEventDescriptor.EVENT.get(moved.get(0), 0)).isEqualTo(TradingCodes.PositionEventType.STOP_MOVED.code());
        assertThat(PositionEventDescriptor.STOP_PRICE.get(moved.get(0), 0)).isEqualTo(2_019_850);

        // Reaching the stop sends a closing market order; it fills on the next trade, a gap down to 20,000.
        final List<DirectBuffer> hit = h.trade(BTC, 2_019_850, ONE_BTC);
        assertThat(types(hit)).containsExactly("order-intent", "order-event");
        assertThat(OrderIntentDescriptor.REASON.get(hit.get(0), 0)).isEqualTo(TradingCodes.OrderReason.TRAILING_STOP.code());
        assertThat(OrderIntentDescriptor.SIDE.get(hit.get(0), 0)).isEqualTo(TradingCodes.OrderSide.SELL.code());
        assertThat(OrderIntentDescriptor.POSITION_ID.get(hit.get(0), 0)).isEqualTo(128);
        final List<DirectBuffer> closed = h.trade(BTC, 2_000_000, ONE_BTC);
        assertThat(types(closed)).containsExactly("order-event", "position-event");
        final DirectBuffer close = closed.get(1);
        assertThat(PositionEventDescriptor.EVENT.get(close, 0)).isEqualTo(TradingCodes.PositionEventType.CLOSED.code());
        assertThat(PositionEventDescriptor.REASON.get(close, 0)).isEqualTo(TradingCodes.OrderReason.TRAILING_STOP.code());
        assertThat(PositionEventDescriptor.EXIT_PRICE.get(close, 0)).isEqualTo(2_000_000);
        assertThat(PositionEventDescriptor.REALIZED_PNL.get(close, 0)).isEqualTo(-2_500);
        assertThat(PositionEventDescriptor.CHANGE.get(close, 0)).isEqualTo(25_000_000);
        assertThat(PositionEventDescriptor.QUANTITY.get(close, 0)).isZero();
        assertThat(PositionEventDescriptor.ENTRY_TIME.get(close, 0)).isEqualTo(RiskHarness.START + 3 * SECOND);
        assertThat(h.stage.cash()).isEqualTo(997_500);
        assertThat(h.stage.equity()).isEqualTo(997_500);
        assertThat(h.stage.exits(ExitReason.TRAILING_STOP)).isEqualTo(1);
        assertThat(h.stage.openPositions()).isZero();
    }

    /** 0.25 BTC long at 20,000.00 (signal on one trade, fill on the next). */
    private static void openBtcLong(final RiskHarness h)
    {
        h.trade(BTC, 2_000_000, ONE_BTC);
        h.signal(BTC, LONG, 2_000_000, 1_960_000, 0.8, 1).trade(BTC, 2_000_000, ONE_BTC);
        h.trade(BTC, 2_000_000, ONE_BTC);
        assertThat(h.stage.openPositions()).isEqualTo(1);
    }

    @Test
    void shouldWaitForTheLatencyThenFillPartiallyFromTheTradedSize()
    {
        final RiskHarness h = new RiskHarness(RiskHarness.settings().build(), new VenueSettings(2 * SECOND, 0, 0, 0, true));
        h.trade(BTC, 2_000_000, ONE_BTC);
        h.signal(BTC, LONG, 2_000_000, 1_960_000, 0.8, 1).trade(BTC, 2_000_000, ONE_BTC); // decided at t, live at t+2s
        assertThat(of(h.trade(BTC, 2_000_000, ONE_BTC), RecordType.ORDER_EVENT)).as("t+1s: not live yet").isEmpty();

        final List<DirectBuffer> partial = h.trade(BTC, 2_000_000, 10_000_000); // only 0.1 BTC traded
        assertThat(OrderEventDescriptor.EVENT.get(partial.get(0), 0)).isEqualTo(TradingCodes.OrderEventType.PARTIALLY_FILLED.code());
        assertThat(OrderEventDescriptor.QUANTITY.get(partial.get(0), 0)).isEqualTo(10_000_000);
        assertThat(OrderEventDescriptor.REMAINING.get(partial.get(0), 0)).isEqualTo(15_000_000);
        assertThat(PositionEventDescriptor.EVENT.get(partial.get(1), 0)).isEqualTo(TradingCodes.PositionEventType.OPENED.code());
        assertThat(PositionEventDescriptor.QUANTITY.get(partial.get(1), 0)).isEqualTo(10_000_000);

        final List<DirectBuffer> rest = h.trade(BTC, 2_010_000, ONE_BTC);
        assertThat(OrderEventDescriptor.EVENT.get(rest.get(0), 0)).isEqualTo(TradingCodes.OrderEventType.FILLED.code());
        final DirectBuffer increased = of(rest, RecordType.POSITION_EVENT).get(0);
        assertThat(PositionEventDescriptor.EVENT.get(increased, 0)).isEqualTo(TradingCodes.PositionEventType.INCREASED.code());
        assertThat(PositionEventDescriptor.QUANTITY.get(increased, 0)).isEqualTo(25_000_000);
        // 20,000 + 100 x 0.15 / 0.25 = 20,060.
        assertThat(PositionEventDescriptor.AVERAGE_ENTRY.get(increased, 0)).isEqualTo(2_006_000);
        assertThat(h.stage.portfolio().orders().entryPending(0)).isFalse();
    }

    @Test
    void shouldChargeSlippageAndTakerFees()
    {
        final RiskHarness h = new RiskHarness(RiskHarness.settings().build(), new VenueSettings(0, 10, 2, 10, true));
        h.trade(BTC, 2_000_000, ONE_BTC);
        h.signal(BTC, LONG, 2_000_000, 1_960_000, 0.8, 1).trade(BTC, 2_000_000, ONE_BTC);
        final DirectBuffer fill = h.trade(BTC, 2_000_000, ONE_BTC).get(0);
        // Buy pays ceil(20,000 x 1.001) = 20,020.00; fee ceil(20,020 x 0.25 x 0.001) = 5.01 (5.005 rounded up).
        assertThat(OrderEventDescriptor.PRICE.get(fill, 0)).isEqualTo(2_002_000);
        assertThat(OrderEventDescriptor.FEE.get(fill, 0)).isEqualTo(501);
        assertThat(h.stage.cash()).isEqualTo(1_000_000 - 500_500 - 501);
    }

    @Test
    void shouldFillAtTheSignalPriceAtOnceInTheSignalCloseCrossCheckMode()
    {
        final RiskHarness h = new RiskHarness(RiskHarness.settings().build(),
            new VenueSettings(5 * SECOND, 50, 0, 0, true, FillModel.SIGNAL_CLOSE));
        h.trade(BTC, 2_050_000, ONE_BTC);
        final List<DirectBuffer> decided = h.signal(BTC, LONG, 2_000_000, 1_960_000, 0.8, 1).trade(BTC, 2_050_000, ONE_BTC);
        assertThat(types(decided)).containsExactly("order-intent", "order-event", "position-event");
        assertThat(OrderEventDescriptor.PRICE.get(decided.get(1), 0)).isEqualTo(2_000_000);
        assertThat(PositionEventDescriptor.ENTRY_TIME.get(decided.get(2), 0)).isEqualTo(h.ts);
        final List<DirectBuffer> exited = h.signal(BTC, EXIT_LONG, 2_100_000, 0, 0.8, 1).trade(BTC, 2_050_000, ONE_BTC);
        final List<DirectBuffer> positionEvents = of(exited, RecordType.POSITION_EVENT);
        final DirectBuffer closed = positionEvents.get(positionEvents.size() - 1);
        assertThat(PositionEventDescriptor.REASON.get(closed, 0)).isEqualTo(TradingCodes.OrderReason.SIGNAL_EXIT.code());
        assertThat(PositionEventDescriptor.REALIZED_PNL.get(closed, 0)).isEqualTo(25_000);
        assertThat(h.stage.cash()).isEqualTo(1_025_000);
    }

    @Test
    void shouldFlattenEverythingCancelPendingEntriesAndHaltAtTheCircuitBreakerUntilTheNextDay()
    {
        final RiskHarness.Settings settings = RiskHarness.settings();
        settings.volatileSymbols = java.util.Set.of("BTCUSDT"); // 15% stop: the breaker acts before the stop
        settings.maxPortfolioRiskBps = 2_000; // the 15% stop risks 750.00: leave room for a second entry
        final RiskHarness h = new RiskHarness(settings.build(), RiskHarness.frictionless());
        openBtcLong(h);
        h.trade(ETH, 150_000, 10_000);
        h.signal(ETH, LONG, 150_000, 140_000, 0.8, 1).trade(ETH, 150_000, 10_000); // entry pending

        final List<DirectBuffer> crash = h.trade(BTC, 1_800_000, ONE_BTC); // equity 9,500.00: 5% down
        assertThat(types(crash)).containsExactly("portfolio-event", "position-event", "order-intent", "order-event",
            "order-event", "portfolio-event");
        assertThat(PortfolioEventDescriptor.EVENT.get(crash.get(0), 0))
            .isEqualTo(TradingCodes.PortfolioEventType.LEVEL_CHANGED.code());
        assertThat(PortfolioEventDescriptor.LEVEL.get(crash.get(0), 0))
            .isEqualTo(TradingCodes.DrawdownLevel.CIRCUIT_BREAKER.code());
        assertThat(PortfolioEventDescriptor.EQUITY.get(crash.get(0), 0)).isEqualTo(950_000);
        assertThat(PortfolioEventDescriptor.DRAWDOWN_BPS.get(crash.get(0), 0)).isEqualTo(500);
        assertThat(PortfolioEventDescriptor.HEALTH.get(crash.get(0), 0)).isZero();
        assertThat(PositionEventDescriptor.STOP_PRICE.get(crash.get(1), 0)).as("warning tightened the stop to 0.3%")
            .isEqualTo(1_994_000);
        assertThat(OrderIntentDescriptor.REASON.get(crash.get(2), 0)).isEqualTo(TradingCodes.OrderReason.CIRCUIT_BREAKER.code());
        assertThat(OrderEventDescriptor.EVENT.get(crash.get(4), 0)).isEqualTo(TradingCodes.OrderEventType.CANCELLED.code());
        assertThat(OrderEventDescriptor.INSTRUMENT_ID.get(crash.get(4), 0)).isEqualTo(ETH);
        assertThat(PortfolioEventDescriptor.EVENT.get(crash.get(5), 0)).isEqualTo(TradingCodes.PortfolioEventType.HALTED.code());
        assertThat(PortfolioEventDescriptor.HALTED.get(crash.get(5), 0)).isTrue();

        final List<DirectBuffer> flat = h.trade(BTC, 1_800_000, ONE_BTC);
        assertThat(PositionEventDescriptor.REASON.get(of(flat, RecordType.POSITION_EVENT).get(0), 0))
            .isEqualTo(TradingCodes.OrderReason.CIRCUIT_BREAKER.code());
        assertThat(h.stage.openPositions()).isZero();
        assertThat(h.stage.portfolio().orders().entryPending(1)).isFalse();
        assertThat(of(h.trade(ETH, 150_000, 10_000), RecordType.ORDER_EVENT)).as("the cancelled entry never fills").isEmpty();
        assertThat(of(h.signal(BTC, LONG, 1_800_000, 1_700_000, 0.8, 1).trade(BTC, 1_800_000, ONE_BTC),
            RecordType.ORDER_INTENT)).isEmpty();
        assertThat(h.stage.rejects(RiskRejectReason.HALTED)).isEqualTo(1);

        final List<DirectBuffer> nextDay = h.signal(BTC, LONG, 1_800_000, 1_700_000, 0.8, 1)
            .advance(86_400 * SECOND, BTC, 1_800_000, ONE_BTC);
        assertThat(types(nextDay)).startsWith("portfolio-event", "portfolio-event", "order-intent");
        assertThat(PortfolioEventDescriptor.EVENT.get(nextDay.get(0), 0)).isEqualTo(TradingCodes.PortfolioEventType.RESUMED.code());
        assertThat(h.stage.halted()).isFalse();
    }

    @Test
    void shouldTightenEveryStopAtTheWarningLevel()
    {
        final RiskHarness.Settings settings = RiskHarness.settings();
        settings.volatileSymbols = java.util.Set.of("BTCUSDT");
        final RiskHarness h = new RiskHarness(settings.build(), RiskHarness.frictionless());
        openBtcLong(h);
        assertThat(h.stage.portfolio().position(0).quantity()).isEqualTo(25_000_000);
        final List<DirectBuffer> records = h.trade(BTC, 1_870_000, ONE_BTC); // 0.25 x 1,300 = 325.00: 3.25%
        assertThat(h.stage.drawdownLevel()).isEqualTo(PortfolioRiskMonitor.WARNING);
        assertThat(types(records)).containsExactly("portfolio-event", "position-event");
        assertThat(PositionEventDescriptor.EVENT.get(records.get(1), 0)).isEqualTo(TradingCodes.PositionEventType.STOP_MOVED.code());
        assertThat(PositionEventDescriptor.STOP_PRICE.get(records.get(1), 0)).isEqualTo(1_994_000);
        // The next tick is below the tightened stop: the position closes.
        assertThat(OrderIntentDescriptor.REASON.get(h.trade(BTC, 1_870_000, ONE_BTC).get(0), 0))
            .isEqualTo(TradingCodes.OrderReason.TRAILING_STOP.code());
    }

    @Test
    void shouldCloseTheWorstPositionsAtTheCriticalLevel()
    {
        final RiskHarness.Settings settings = RiskHarness.settings();
        settings.volatileSymbols = java.util.Set.of("BTCUSDT", "ETHUSDT");
        settings.criticalCloseCount = 1;
        settings.maxPortfolioRiskBps = 2_000;
        final RiskHarness h = new RiskHarness(settings.build(), RiskHarness.frictionless());
        openBtcLong(h);
        h.trade(ETH, 150_000, 10_000);
        h.signal(ETH, LONG, 150_000, 140_000, 0.8, 1).trade(ETH, 150_000, 10_000);
        h.trade(ETH, 150_000, 10_000);
        assertThat(h.stage.openPositions()).isEqualTo(2);
        final List<DirectBuffer> records = h.trade(BTC, 1_830_000, ONE_BTC); // BTC loses 425.00 = 4.25%
        assertThat(h.stage.drawdownLevel()).isEqualTo(PortfolioRiskMonitor.CRITICAL);
        final List<DirectBuffer> intents = of(records, RecordType.ORDER_INTENT);
        assertThat(intents).hasSize(1);
        assertThat(OrderIntentDescriptor.INSTRUMENT_ID.get(intents.get(0), 0)).isEqualTo(BTC);
        assertThat(OrderIntentDescriptor.REASON.get(intents.get(0), 0)).isEqualTo(TradingCodes.OrderReason.CRITICAL_LEVEL.code());
    }

    @Test
    void shouldCloseAPositionHeldLongerThanTheMaximumHoldTime()
    {
        final RiskHarness.Settings settings = RiskHarness.settings();
        settings.maxHoldNanos = 5 * SECOND;
        final RiskHarness h = new RiskHarness(settings.build(), RiskHarness.frictionless());
        openBtcLong(h); // entered at the last trade; 5 s later it has been held too long
        for (int k = 0; k < 4; k++)
        {
            assertThat(of(h.trade(BTC, 2_000_000, ONE_BTC), RecordType.ORDER_INTENT)).isEmpty();
        }
        final DirectBuffer exit = h.trade(BTC, 2_000_000, ONE_BTC).get(0);
        assertThat(OrderIntentDescriptor.REASON.get(exit, 0)).isEqualTo(TradingCodes.OrderReason.MAX_HOLD_TIME.code());
    }

    @Test
    void shouldExitOnAVolumeReversalAndOnAnOrderFlowFlip()
    {
        final RiskHarness.Settings settings = RiskHarness.settings();
        settings.dumpDetection = true;
        RiskHarness h = new RiskHarness(settings.build(), RiskHarness.frictionless());
        openBtcLong(h);
        for (int k = 0; k < 2; k++)
        {
            assertThat(of(h.candle(BTC, 60, 2_000_000, 100, 200).trade(BTC, 2_000_000, ONE_BTC), RecordType.ORDER_INTENT))
                .isEmpty();
        }
        List<DirectBuffer> intents = of(h.candle(BTC, 60, 2_000_000, 100, 200).trade(BTC, 2_000_000, ONE_BTC),
            RecordType.ORDER_INTENT);
        assertThat(OrderIntentDescriptor.REASON.get(intents.get(0), 0)).isEqualTo(TradingCodes.OrderReason.DUMP.code());

        h = new RiskHarness(settings.build(), RiskHarness.frictionless());
        openBtcLong(h);
        assertThat(of(h.candle(BTC, 60, 2_000_000, 300, 100).trade(BTC, 2_000_000, ONE_BTC), RecordType.ORDER_INTENT))
            .isEmpty();
        intents = of(h.candle(BTC, 60, 2_000_000, 100, 300).trade(BTC, 2_000_000, ONE_BTC), RecordType.ORDER_INTENT);
        assertThat(OrderIntentDescriptor.REASON.get(intents.get(0), 0)).isEqualTo(TradingCodes.OrderReason.DUMP.code());
        // Candles of other timeframes do not count.
        h = new RiskHarness(settings.build(), RiskHarness.frictionless());
        openBtcLong(h);
        h.candle(BTC, 300, 2_000_000, 300, 100).trade(BTC, 2_000_000, ONE_BTC);
        assertThat(of(h.candle(BTC, 300, 2_000_000, 100, 300).trade(BTC, 2_000_000, ONE_BTC), RecordType.ORDER_INTENT))
            .isEmpty();
    }

    @Test
    void shouldExitCorrelatedLongsWhenTheLeaderDumps()
    {
        final RiskHarness.Settings settings = RiskHarness.settings();
        settings.leaderSymbol = "BTCUSDT";
        settings.leaderWindowCandles = 2;
        final RiskHarness h = new RiskHarness(settings.build(), RiskHarness.frictionless());
        h.trade(ETH, 150_000, 10_000);
        h.signal(ETH, LONG, 150_000, 140_000, 0.8, 1).trade(ETH, 150_000, 10_000);
        h.trade(ETH, 150_000, 10_000);
        h.candle(BTC, 60, 2_000_000, 100, 100).trade(BTC, 2_000_000, ONE_BTC);
        final List<DirectBuffer> intents = of(h.candle(BTC, 60, 1_969_000, 100, 100).trade(BTC, 1_969_000, ONE_BTC),
            RecordType.ORDER_INTENT);
        assertThat(intents).hasSize(1);
        assertThat(OrderIntentDescriptor.INSTRUMENT_ID.get(intents.get(0), 0)).isEqualTo(ETH);
        assertThat(OrderIntentDescriptor.REASON.get(intents.get(0), 0)).isEqualTo(TradingCodes.OrderReason.CORRELATED_EXIT.code());
    }

    @Test
    void shouldMarkEquityOncePerInputWithASmallestTimeframeCandleAndWriteItLast()
    {
        final RiskHarness h = new RiskHarness(RiskHarness.settings().build(), RiskHarness.frictionless());
        openBtcLong(h);
        final List<DirectBuffer> records = h.candle(BTC, 60, 2_100_000, 1, 1).candle(ETH, 60, 150_000, 1, 1)
            .candle(BTC, 300, 2_100_000, 1, 1).trade(BTC, 2_100_000, ONE_BTC);
        final DirectBuffer mark = records.get(records.size() - 1);
        assertThat(of(records, RecordType.PORTFOLIO_EVENT)).hasSize(1);
        assertThat(PortfolioEventDescriptor.EVENT.get(mark, 0)).isEqualTo(TradingCodes.PortfolioEventType.EQUITY_MARK.code());
        assertThat(PortfolioEventDescriptor.EQUITY.get(mark, 0)).isEqualTo(500_000 + 525_000);
        assertThat(PortfolioEventDescriptor.CASH.get(mark, 0)).isEqualTo(500_000);
        assertThat(PortfolioEventDescriptor.EXPOSURE.get(mark, 0)).isEqualTo(525_000);
        assertThat(PortfolioEventDescriptor.CASH_SCALE.get(mark, 0)).isEqualTo(2);
        assertThat(PortfolioEventDescriptor.OPEN_POSITIONS.get(mark, 0)).isEqualTo(1);
        assertThat(of(h.candle(BTC, 300, 2_100_000, 1, 1).trade(BTC, 2_100_000, ONE_BTC), RecordType.PORTFOLIO_EVENT))
            .isEmpty();
        assertThat(of(h.candle(BTC, 60, 2_100_000, 1, 1).timer(), RecordType.PORTFOLIO_EVENT)).hasSize(1);
        assertThat(h.stage.equityMarks()).isEqualTo(2);
    }

    @Test
    void shouldNotFeedTheVenueATradeRejectedUpstream()
    {
        final RiskHarness h = new RiskHarness(RiskHarness.settings().build(), RiskHarness.frictionless());
        h.trade(BTC, 2_000_000, ONE_BTC);
        h.signal(BTC, LONG, 2_000_000, 1_960_000, 0.8, 1).trade(BTC, 2_000_000, ONE_BTC);
        assertThat(of(h.rejected().trade(BTC, 2_000_000, ONE_BTC), RecordType.ORDER_EVENT)).isEmpty();
        assertThat(of(h.trade(BTC, 2_000_000, ONE_BTC), RecordType.ORDER_EVENT)).hasSize(1);
    }

    @Test
    void shouldWriteTheSameBytesForTheSameInputs()
    {
        assertThat(script()).isEqualTo(script());
    }

    @Test
    void shouldEnterWithTheFixedQuantityWhateverTheStopAndRefuseItBeyondTheExposureRoom()
    {
        final RiskHarness.Settings settings = RiskHarness.settings();
        settings.fixedQuantity = new BigDecimal("0.3");
        final RiskHarness h = new RiskHarness(settings.build(), RiskHarness.frictionless());
        h.trade(BTC, 2_000_000, ONE_BTC);
        h.trade(ETH, 150_000, 10_000);

        // Risk-based sizing would buy 0.25 BTC (100.00 over a 400.00 stop); the fixed size is 0.3 BTC at scale 8,
        // and 0.3 ETH at ETH's quantity scale 4, whatever the stop or the confidence.
        final List<DirectBuffer> btc = h.signal(BTC, LONG, 2_000_000, 1_960_000, 0.8, 1).trade(BTC, 2_000_000, ONE_BTC);
        assertThat(OrderIntentDescriptor.QUANTITY.get(of(btc, RecordType.ORDER_INTENT).get(0), 0)).isEqualTo(30_000_000);
        final List<DirectBuffer> eth = h.signal(ETH, LONG, 150_000, 149_990, 0.1, 1).trade(ETH, 150_000, 10_000);
        assertThat(OrderIntentDescriptor.QUANTITY.get(of(eth, RecordType.ORDER_INTENT).get(0), 0)).isEqualTo(3_000);

        // 0.3 BTC at 40,000.00 = 12,000.00 does not fit in 10,000.00 of equity (100% exposure): refused, not shrunk.
        final RiskHarness big = new RiskHarness(settings.build(), RiskHarness.frictionless());
        big.trade(BTC, 4_000_000, ONE_BTC);
        final List<DirectBuffer> refused = big.signal(BTC, LONG, 4_000_000, 0, 1.0, 1).trade(BTC, 4_000_000, ONE_BTC);
        assertThat(types(refused)).containsExactly("risk-reject");
        assertThat(RiskRejectDescriptor.REASON.get(refused.get(0), 0))
            .isEqualTo(TradingCodes.RiskRejectReason.EXPOSURE_LIMIT.code());
        assertThat(big.stage.rejects(RiskRejectReason.EXPOSURE_LIMIT)).isEqualTo(1);
    }

    @Test
    void shouldKeepAPositionWithoutStopWhenTrailingStopsAreOff()
    {
        final RiskHarness.Settings settings = RiskHarness.settings();
        settings.trailingStops = false;
        final RiskHarness h = new RiskHarness(settings.build(), RiskHarness.frictionless());
        h.trade(BTC, 2_000_000, ONE_BTC);
        h.signal(BTC, LONG, 2_000_000, 1_960_000, 0.8, 1).trade(BTC, 2_000_000, ONE_BTC);
        final List<DirectBuffer> filled = h.trade(BTC, 2_010_000, ONE_BTC);
        assertThat(types(filled)).containsExactly("order-event", "position-event");
        assertThat(PositionEventDescriptor.STOP_PRICE.get(filled.get(1), 0)).isZero();

        // A new high moves no stop; a fall far below any 0.5% stop closes nothing.
        assertThat(h.trade(BTC, 2_030_000, ONE_BTC)).isEmpty();
        assertThat(h.trade(BTC, 1_990_000, ONE_BTC)).isEmpty();
        assertThat(h.stage.openPositions()).isEqualTo(1);
        assertThat(h.stage.exits(ExitReason.TRAILING_STOP)).isZero();

        // The exit signal still closes it.
        final List<DirectBuffer> closed = h.signal(BTC, EXIT_LONG, 1_990_000, 0, 1.0, 1).trade(BTC, 1_990_000, ONE_BTC);
        assertThat(types(closed)).containsExactly("order-intent", "order-event");
        h.trade(BTC, 1_990_000, ONE_BTC);
        assertThat(h.stage.openPositions()).isZero();
        assertThat(h.stage.exits(ExitReason.SIGNAL_EXIT)).isEqualTo(1);
    }

    private static byte[] script()
    {
        final RiskHarness.Settings settings = RiskHarness.settings();
        settings.dumpDetection = true;
        settings.momentumEmaPeriod = 3;
        final RiskHarness h = new RiskHarness(settings.build(), new VenueSettings(SECOND, 5, 2, 5, true));
        h.randomStream(42L);
        return h.all.toByteArray();
    }
}
