package io.pldot.engine.backtest.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

class TradeStatsTest
{
    static final long HOUR = 3_600_000_000_000L;
    static final long T0 = 1_700_000_000_000_000_000L;
    private static final double REL = 1e-10;

    /**
     * Five trades over a 20-hour window (equity sampled at 0 h and 20 h):
     * <pre>
     *   A BTC LONG   0 h -  4 h  gross 120 fees 20 net +100  PUSH     0.55
     *   B BTC SHORT  2 h -  6 h  gross -40 fees 10 net  -50  EXHAUST  0.60
     *   C ETH LONG   8 h -  9 h  gross  35 fees  5 net  +30  PUSH     0.72
     *   D ETH LONG  12 h - 14 h  gross -15 fees  5 net  -20  PUSH     0.90
     *   E ETH SHORT 13 h - 13.5h gross   0 fees  0 net    0  EXHAUST  1.00  (break-even: neither win nor loss)
     * </pre>
     */
    static List<ClosedTrade> fiveTrades()
    {
        return List.of(
            ClosedTrade.of("BTC", TradeSide.LONG, T0, 100, T0 + 4 * HOUR, 112, 10, 120, 20, "PUSH", 0.55, "TARGET"),
            ClosedTrade.of("BTC", TradeSide.SHORT, T0 + 2 * HOUR, 110, T0 + 6 * HOUR, 114, 10, -40, 10, "EXHAUST",
                0.6, "STOP"),
            ClosedTrade.of("ETH", TradeSide.LONG, T0 + 8 * HOUR, 50, T0 + 9 * HOUR, 57, 5, 35, 5, "PUSH", 0.72,
                "TARGET"),
            ClosedTrade.of("ETH", TradeSide.LONG, T0 + 12 * HOUR, 60, T0 + 14 * HOUR, 57, 5, -15, 5, "PUSH", 0.9,
                "STOP"),
            ClosedTrade.of("ETH", TradeSide.SHORT, T0 + 13 * HOUR, 58, T0 + 13 * HOUR + HOUR / 2, 58, 5, 0, 0,
                "EXHAUST", 1.0, "SIGNAL"));
    }

    static EquityCurve window20h()
    {
        return new EquityCurve().append(T0, 10_000).append(T0 + 20 * HOUR, 10_060);
    }

    /**
     * Portfolio: wins 100, 30 (sum 130); losses -50, -20 (sum 70); net 60; gross 100; fees 40.
     * Win rate 2 / 5 = 0.4; profit factor 130 / 70; expectancy 60 / 5 = 12; average win 65, loss -35.
     * Exposure: [0, 4] U [2, 6] = [0, 6] (6 h), [8, 9] (1 h), [12, 14] U [13, 13.5] = [12, 14] (2 h):
     * 9 h / 20 h = 0.45.
     */
    @Test
    void shouldComputePortfolioTradeStatisticsAndMergedExposure()
    {
        final BacktestResults results = new PerformanceMetrics(MetricsSettings.of(365))
            .analyse(fiveTrades(), window20h(), ConfidenceBuckets.defaults());
        final MetricsReport p = results.portfolio();
        final TradeStats t = p.trades();

        assertThat(p.scope()).isEqualTo(MetricsReport.PORTFOLIO);
        assertThat(t.tradeCount()).isEqualTo(5);
        assertThat(t.winCount()).isEqualTo(2);
        assertThat(t.lossCount()).isEqualTo(2);
        assertThat(t.netPnl()).isEqualTo(60);
        assertThat(t.grossPnl()).isEqualTo(100);
        assertThat(t.fees()).isEqualTo(40);
        assertThat(t.grossWins()).isEqualTo(130);
        assertThat(t.grossLosses()).isEqualTo(70);
        assertThat(t.winRate()).isEqualTo(0.4);
        assertThat(t.profitFactor()).isCloseTo(130.0 / 70.0, withinPercentage(REL));
        assertThat(t.profitFactorInfinite()).isFalse();
        assertThat(t.expectancy()).isEqualTo(12);
        assertThat(t.averageWin()).isEqualTo(65);
        assertThat(t.averageLoss()).isEqualTo(-35);
        assertThat(t.largestWin()).isEqualTo(100);
        assertThat(t.largestLoss()).isEqualTo(-50);
        assertThat(p.exposure()).isCloseTo(0.45, withinPercentage(REL));
        assertThat(p.returns().totalReturn()).isCloseTo(0.006, withinPercentage(REL));
    }

    /**
     * BTC: A, B: net 50, 1 win / 1 loss, PF 100 / 50 = 2, exposure [0, 6] = 6 / 20 = 0.3.
     * ETH: C, D, E: net 10, win rate 1 / 3, PF 30 / 20 = 1.5, expectancy 10 / 3, exposure 3 / 20 = 0.15.
     */
    @Test
    void shouldSplitPerSymbolSortedWithTradeStatisticsOnly()
    {
        final List<MetricsReport> perSymbol = new PerformanceMetrics(MetricsSettings.of(365))
            .analyse(fiveTrades(), window20h(), ConfidenceBuckets.defaults()).perSymbol();

        assertThat(perSymbol).extracting(MetricsReport::scope).containsExactly("BTC", "ETH");
        final MetricsReport btc = perSymbol.get(0);
        assertThat(btc.trades().tradeCount()).isEqualTo(2);
        assertThat(btc.trades().netPnl()).isEqualTo(50);
        assertThat(btc.trades().winRate()).isEqualTo(0.5);
        assertThat(btc.trades().profitFactor()).isEqualTo(2);
        assertThat(btc.exposure()).isCloseTo(0.3, withinPercentage(REL));
        assertThat(btc.returns()).isNull();
        assertThat(btc.drawdown()).isNull();
        final MetricsReport eth = perSymbol.get(1);
        assertThat(eth.trades().tradeCount()).isEqualTo(3);
        assertThat(eth.trades().netPnl()).isEqualTo(10);
        assertThat(eth.trades().winRate()).isCloseTo(1.0 / 3, withinPercentage(REL));
        assertThat(eth.trades().profitFactor()).isEqualTo(1.5);
        assertThat(eth.trades().expectancy()).isCloseTo(10.0 / 3, withinPercentage(REL));
        assertThat(eth.exposure()).isCloseTo(0.15, withinPercentage(REL));
    }

    @Test
    void shouldGiveUndefinedStatisticsWithoutTrades()
    {
        final TradeStats t = PerformanceMetrics.tradeStats(List.of());

        assertThat(t.tradeCount()).isZero();
        assertThat(t.netPnl()).isZero();
        assertThat(t.winRate()).isNull();
        assertThat(t.profitFactor()).isNull();
        assertThat(t.profitFactorInfinite()).isFalse();
        assertThat(t.expectancy()).isNull();
        assertThat(t.averageWin()).isNull();
        assertThat(t.averageLoss()).isNull();
        assertThat(t.largestWin()).isNull();
        assertThat(t.largestLoss()).isNull();
        assertThat(PerformanceMetrics.exposure(List.of(), T0, T0 + HOUR)).isZero();
    }

    @Test
    void shouldHandleSingleWinningTrade()
    {
        final ClosedTrade win = fiveTrades().get(0);

        final TradeStats t = PerformanceMetrics.tradeStats(List.of(win));

        assertThat(t.winRate()).isEqualTo(1.0);
        assertThat(t.expectancy()).isEqualTo(100);
        assertThat(t.profitFactor()).isNull();
        assertThat(t.profitFactorInfinite()).isTrue();
        assertThat(t.averageLoss()).isNull();
        assertThat(t.largestWin()).isEqualTo(100);
        // Open 4 h of a 20 h window.
        assertThat(PerformanceMetrics.exposure(List.of(win), T0, T0 + 20 * HOUR)).isEqualTo(0.2);
    }

    @Test
    void shouldHandleAllWinners()
    {
        final List<ClosedTrade> trades = List.of(fiveTrades().get(0), fiveTrades().get(2));

        final TradeStats t = PerformanceMetrics.tradeStats(trades);

        assertThat(t.winRate()).isEqualTo(1.0);
        assertThat(t.profitFactor()).isNull();
        assertThat(t.profitFactorInfinite()).isTrue();
        assertThat(t.averageWin()).isEqualTo(65);
        assertThat(t.lossCount()).isZero();
    }

    @Test
    void shouldHandleAllLosers()
    {
        final List<ClosedTrade> trades = List.of(fiveTrades().get(1), fiveTrades().get(3));

        final TradeStats t = PerformanceMetrics.tradeStats(trades);

        assertThat(t.winRate()).isZero();
        assertThat(t.profitFactor()).isZero();
        assertThat(t.profitFactorInfinite()).isFalse();
        assertThat(t.expectancy()).isEqualTo(-35);
        assertThat(t.averageWin()).isNull();
        assertThat(t.largestLoss()).isEqualTo(-50);
    }

    @Test
    void shouldGiveUndefinedProfitFactorForBreakEvenOnly()
    {
        final TradeStats t = PerformanceMetrics.tradeStats(List.of(fiveTrades().get(4)));

        assertThat(t.winRate()).isZero();
        assertThat(t.profitFactor()).isNull();
        assertThat(t.profitFactorInfinite()).isFalse();
        assertThat(t.expectancy()).isZero();
    }

    @Test
    void shouldClipExposureToWindowAndCountNestedTradeOnce()
    {
        final List<ClosedTrade> trades = List.of(
            trade(-5, 2),   // starts before the window: counts [0, 2]
            trade(1, 3),    // overlaps: union [0, 3]
            trade(1, 2),    // nested: nothing new
            trade(9, 15));  // ends after the window: counts [9, 10]

        assertThat(PerformanceMetrics.exposure(trades, T0, T0 + 10 * HOUR)).isCloseTo(0.4, withinPercentage(REL));
        assertThat(PerformanceMetrics.exposure(trades, T0, T0)).isNull();
    }

    private static ClosedTrade trade(final long fromHour, final long toHour)
    {
        return ClosedTrade.of("X", TradeSide.LONG, T0 + fromHour * HOUR, 1, T0 + toHour * HOUR, 1, 1, 0, 0, "T", 0.5,
            "SIGNAL");
    }
}
