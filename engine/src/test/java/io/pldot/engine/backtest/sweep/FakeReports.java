package io.pldot.engine.backtest.sweep;

import io.pldot.engine.backtest.metrics.Drawdown;
import io.pldot.engine.backtest.metrics.MetricsReport;
import io.pldot.engine.backtest.metrics.ReturnStats;
import io.pldot.engine.backtest.metrics.TradeStats;

/**
 * Hand-made portfolio reports for the sweep tests: only the fields a sweep ranks and prints are meaningful.
 */
final class FakeReports
{
    private FakeReports()
    {
    }

    /**
     * @param netPnl       net P&amp;L.
     * @param sharpe       Sharpe, or null.
     * @param grossWins    gross wins; with {@code grossLosses} gives the profit factor.
     * @param grossLosses  gross losses; 0 means no losing trade.
     * @param ddFraction   max drawdown fraction, or null for no curve (then Sharpe is ignored).
     * @return the report.
     */
    static MetricsReport report(
        final double netPnl, final Double sharpe, final double grossWins, final double grossLosses,
        final Double ddFraction)
    {
        final int wins = grossWins > 0 ? 1 : 0;
        final int losses = grossLosses > 0 ? 1 : 0;
        final TradeStats trades = new TradeStats(wins + losses, wins, losses, netPnl, netPnl, 0, grossWins,
            grossLosses, null, losses == 0 ? null : grossWins / grossLosses, null, null, null, null, null);
        if (null == ddFraction)
        {
            return new MetricsReport(MetricsReport.PORTFOLIO, trades, null, null, null);
        }
        final ReturnStats returns = new ReturnStats(1000, 1000 + netPnl, 0, 1, 2, netPnl / 1000, null, null, sharpe,
            null, null);
        return new MetricsReport(MetricsReport.PORTFOLIO, trades, null, returns,
            new Drawdown(ddFraction * 1000, ddFraction, null, null, null, 0));
    }

    /**
     * @param sharpe Sharpe ratio; net P&amp;L is 100 × sharpe, one win and one loss, drawdown 10 %.
     * @return the report.
     */
    static MetricsReport sharpe(final double sharpe)
    {
        return report(100 * sharpe, sharpe, 200, 100, 0.1);
    }
}
