package io.pldot.engine.backtest.metrics;

/**
 * Statistics over a set of closed trades. Every value is from net P&amp;L (after fees) unless named gross.
 * A {@code null} means "undefined for this input" (for example no trades, or no losing trade), never NaN.
 * <p>
 * Immutable.
 *
 * @param tradeCount   number of trades.
 * @param winCount     trades with net P&amp;L &gt; 0.
 * @param lossCount    trades with net P&amp;L &lt; 0 (break-even trades are neither).
 * @param netPnl       sum of net P&amp;L.
 * @param grossPnl     sum of gross P&amp;L.
 * @param fees         sum of fees.
 * @param grossWins    sum of net P&amp;L of the winning trades (&ge; 0).
 * @param grossLosses  absolute sum of net P&amp;L of the losing trades (&ge; 0).
 * @param winRate      {@code winCount / tradeCount}; null with no trades.
 * @param profitFactor {@code grossWins / grossLosses}; null when there is no losing trade (then it is
 *                     "infinite" if {@code grossWins > 0}, see {@link #profitFactorInfinite()}, else undefined).
 * @param expectancy   mean net P&amp;L per trade; null with no trades.
 * @param averageWin   mean net P&amp;L of the winning trades; null with none.
 * @param averageLoss  mean net P&amp;L of the losing trades (negative); null with none.
 * @param largestWin   highest net P&amp;L of a winning trade; null with none.
 * @param largestLoss  lowest net P&amp;L of a losing trade (negative); null with none.
 */
public record TradeStats(
    int tradeCount,
    int winCount,
    int lossCount,
    double netPnl,
    double grossPnl,
    double fees,
    double grossWins,
    double grossLosses,
    Double winRate,
    Double profitFactor,
    Double expectancy,
    Double averageWin,
    Double averageLoss,
    Double largestWin,
    Double largestLoss)
{
    /**
     * @return true when there are winning trades and no losing one: the profit factor is unbounded (shown as "∞").
     */
    public boolean profitFactorInfinite()
    {
        return lossCount == 0 && grossWins > 0;
    }
}
