package io.pldot.engine.backtest.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Computes backtest performance metrics from closed trades and an equity curve.
 *
 * <h2>Conventions</h2>
 * With equity samples {@code e[0..n]}, periodic returns are simple returns {@code r[i] = e[i] / e[i-1] − 1}
 * ({@code n} periods), {@code P} is {@link MetricsSettings#periodsPerYear()} and {@code rf = riskFreeRate / P}:
 * <ul>
 *   <li><b>Total return</b> {@code e[n] / e[0] − 1}.</li>
 *   <li><b>Annualised return</b> is the compound rate over the sampled periods:
 *       {@code (e[n] / e[0])^(P / n) − 1}. With regular sampling this is the CAGR over the elapsed time
 *       (daily samples and {@code P = 365}: the calendar CAGR with a 365-day year). Null with no period, or when
 *       it overflows (very short runs).</li>
 *   <li><b>Volatility</b> is the <em>sample</em> standard deviation (divisor {@code n − 1}) of {@code r} times
 *       {@code √P}. Null with fewer than two periods.</li>
 *   <li><b>Sharpe</b> {@code mean(r − rf) / std(r) × √P}, same sample std. Null with fewer than two periods or
 *       a zero std (a flat curve).</li>
 *   <li><b>Sortino</b> {@code mean(r − rf) / DD × √P} with the downside deviation against a target of 0 excess
 *       return taken over <em>all</em> periods: {@code DD = √(Σ min(r[i] − rf, 0)² / n)} (divisor {@code n}, the
 *       periods with no shortfall count as zeros). Tools differ here (some divide by the number of negative
 *       periods only, or use n − 1); this one follows Sortino &amp; Price. Null when {@code DD = 0}.</li>
 *   <li><b>Max drawdown</b>: see {@link Drawdown} (largest fall as a fraction of the running peak; duration from
 *       the peak to the recovery, or to the last sample if not recovered).</li>
 *   <li><b>Trades</b>: a win has net P&amp;L &gt; 0, a loss &lt; 0; win rate is wins over all trades; profit
 *       factor is gross wins / gross losses (both net of fees), null without a losing trade; expectancy is the
 *       mean net P&amp;L per trade. See {@link TradeStats}.</li>
 *   <li><b>Exposure</b>: the union of the trades' {@code [entry, exit]} intervals (overlapping trades merged, and
 *       clipped to the window) divided by the window, which is the span of the equity curve.</li>
 * </ul>
 * Undefined values are {@code null}, never NaN or infinite.
 * <p>
 * Stateless apart from its settings; thread-safe.
 */
public final class PerformanceMetrics
{
    private final MetricsSettings settings;

    /**
     * @param settings annualisation and risk-free rate.
     */
    public PerformanceMetrics(final MetricsSettings settings)
    {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * @return the settings.
     */
    public MetricsSettings settings()
    {
        return settings;
    }

    /**
     * Computes everything for a backtest: the portfolio over all trades and the shared-capital curve, one report per
     * symbol (sorted by symbol) and the signal accuracy.
     *
     * @param trades  all closed trades, in the order they closed.
     * @param curve   portfolio equity curve (copied into the results); may be empty.
     * @param buckets confidence buckets for the signal accuracy.
     * @return the results.
     */
    public BacktestResults analyse(
        final List<ClosedTrade> trades, final EquityCurve curve, final ConfidenceBuckets buckets)
    {
        Objects.requireNonNull(trades, "trades");
        Objects.requireNonNull(curve, "curve");
        final EquityCurve frozen = curve.copy();
        final Map<String, List<ClosedTrade>> bySymbol = new TreeMap<>();
        for (final ClosedTrade trade : trades)
        {
            bySymbol.computeIfAbsent(trade.symbol(), s -> new ArrayList<>()).add(trade);
        }
        final List<MetricsReport> perSymbol = new ArrayList<>(bySymbol.size());
        for (final Map.Entry<String, List<ClosedTrade>> e : bySymbol.entrySet())
        {
            perSymbol.add(report(e.getKey(), e.getValue(), null, frozen));
        }
        return new BacktestResults(
            settings,
            report(MetricsReport.PORTFOLIO, trades, frozen, frozen),
            perSymbol,
            SignalAccuracy.compute(trades, buckets),
            trades,
            frozen);
    }

    /**
     * Computes the report of one scope.
     *
     * @param scope        name of the scope.
     * @param trades       the scope's trades.
     * @param curve        the scope's own equity curve, or null when it has none (per-symbol scopes).
     * @param windowSource curve whose first and last times bound the exposure window, or null for no exposure.
     * @return the report.
     */
    public MetricsReport report(
        final String scope, final List<ClosedTrade> trades, final EquityCurve curve, final EquityCurve windowSource)
    {
        final Double exposure = null == windowSource || windowSource.size() < 2
            ? null
            : exposure(trades, windowSource.timeNs(0), windowSource.timeNs(windowSource.size() - 1));
        final boolean hasCurve = null != curve && !curve.isEmpty();
        return new MetricsReport(
            scope,
            tradeStats(trades),
            exposure,
            hasCurve ? returnStats(curve) : null,
            hasCurve ? maxDrawdown(curve) : null);
    }

    /**
     * Computes the trade statistics.
     *
     * @param trades closed trades.
     * @return the statistics.
     */
    public static TradeStats tradeStats(final List<ClosedTrade> trades)
    {
        int wins = 0;
        int losses = 0;
        double net = 0;
        double gross = 0;
        double fees = 0;
        double grossWins = 0;
        double grossLosses = 0;
        double largestWin = Double.NEGATIVE_INFINITY;
        double largestLoss = Double.POSITIVE_INFINITY;
        for (final ClosedTrade t : trades)
        {
            net += t.netPnl();
            gross += t.grossPnl();
            fees += t.fees();
            if (t.isWin())
            {
                wins++;
                grossWins += t.netPnl();
                largestWin = Math.max(largestWin, t.netPnl());
            }
            else if (t.isLoss())
            {
                losses++;
                grossLosses -= t.netPnl();
                largestLoss = Math.min(largestLoss, t.netPnl());
            }
        }
        final int n = trades.size();
        return new TradeStats(
            n,
            wins,
            losses,
            net,
            gross,
            fees,
            grossWins,
            grossLosses,
            n == 0 ? null : (double)wins / n,
            losses == 0 ? null : grossWins / grossLosses,
            n == 0 ? null : net / n,
            wins == 0 ? null : grossWins / wins,
            losses == 0 ? null : -grossLosses / losses,
            wins == 0 ? null : largestWin,
            losses == 0 ? null : largestLoss);
    }

    /**
     * Computes return, volatility, Sharpe and Sortino from a curve.
     *
     * @param curve equity curve with at least one sample.
     * @return the statistics.
     */
    public ReturnStats returnStats(final EquityCurve curve)
    {
        if (curve.isEmpty())
        {
            throw new IllegalArgumentException("equity curve is empty");
        }
        final int n = curve.size() - 1;
        final double start = curve.equity(0);
        final double end = curve.equity(n);
        final double p = settings.periodsPerYear();
        final double rf = settings.periodicRiskFreeRate();

        final double[] excess = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            excess[i] = curve.equity(i + 1) / curve.equity(i) - 1 - rf;
            sum += excess[i];
        }
        final double mean = n == 0 ? 0 : sum / n;
        double squares = 0;
        double downsideSquares = 0;
        for (final double e : excess)
        {
            squares += (e - mean) * (e - mean);
            if (e < 0)
            {
                downsideSquares += e * e;
            }
        }
        final double sqrtP = Math.sqrt(p);
        final Double std = n < 2 ? null : Math.sqrt(squares / (n - 1));
        final Double downside = n == 0 ? null : Math.sqrt(downsideSquares / n);
        return new ReturnStats(
            start,
            end,
            curve.timeNs(0),
            curve.timeNs(n),
            n,
            end / start - 1,
            n == 0 ? null : finiteOrNull(Math.pow(end / start, p / n) - 1),
            null == std ? null : std * sqrtP,
            null == std || std == 0 ? null : finiteOrNull(mean / std * sqrtP),
            null == downside || downside == 0 ? null : finiteOrNull(mean / downside * sqrtP),
            downside);
    }

    /**
     * Finds the maximum drawdown of a curve.
     *
     * @param curve equity curve.
     * @return the drawdown, {@link Drawdown#NONE} when the curve never falls below a previous peak.
     */
    public static Drawdown maxDrawdown(final EquityCurve curve)
    {
        final int size = curve.size();
        double peak = Double.NEGATIVE_INFINITY;
        int peakIndex = -1;
        double worst = 0;
        int worstPeak = -1;
        int worstTrough = -1;
        for (int i = 0; i < size; i++)
        {
            final double e = curve.equity(i);
            if (e >= peak)
            {
                // At equality the newer sample becomes the peak: the earlier drawdown recovered here.
                peak = e;
                peakIndex = i;
            }
            else
            {
                final double fraction = (peak - e) / peak;
                if (fraction > worst)
                {
                    worst = fraction;
                    worstPeak = peakIndex;
                    worstTrough = i;
                }
            }
        }
        if (worstTrough < 0)
        {
            return Drawdown.NONE;
        }
        final double peakEquity = curve.equity(worstPeak);
        int recovery = -1;
        for (int i = worstTrough + 1; i < size; i++)
        {
            if (curve.equity(i) >= peakEquity)
            {
                recovery = i;
                break;
            }
        }
        final long peakTime = curve.timeNs(worstPeak);
        final long endTime = recovery < 0 ? curve.timeNs(size - 1) : curve.timeNs(recovery);
        return new Drawdown(
            peakEquity - curve.equity(worstTrough),
            worst,
            peakTime,
            curve.timeNs(worstTrough),
            recovery < 0 ? null : curve.timeNs(recovery),
            endTime - peakTime);
    }

    /**
     * Fraction of a window during which at least one of the trades was open. Overlapping intervals count once.
     *
     * @param trades        closed trades; each is open over {@code [entryTimeNs, exitTimeNs]}.
     * @param windowStartNs start of the window, epoch nanoseconds.
     * @param windowEndNs   end of the window.
     * @return the fraction in [0, 1], or null when the window is empty.
     */
    public static Double exposure(final List<ClosedTrade> trades, final long windowStartNs, final long windowEndNs)
    {
        if (windowEndNs <= windowStartNs)
        {
            return null;
        }
        final long[][] intervals = new long[trades.size()][];
        int count = 0;
        for (final ClosedTrade t : trades)
        {
            final long from = Math.max(t.entryTimeNs(), windowStartNs);
            final long to = Math.min(t.exitTimeNs(), windowEndNs);
            if (to > from)
            {
                intervals[count++] = new long[]{from, to};
            }
        }
        Arrays.sort(intervals, 0, count, (a, b) -> Long.compare(a[0], b[0]));
        long covered = 0;
        long runStart = Long.MIN_VALUE;
        long runEnd = Long.MIN_VALUE;
        for (int i = 0; i < count; i++)
        {
            final long[] iv = intervals[i];
            if (iv[0] > runEnd)
            {
                covered += runEnd - runStart;
                runStart = iv[0];
                runEnd = iv[1];
            }
            else
            {
                runEnd = Math.max(runEnd, iv[1]);
            }
        }
        covered += runEnd - runStart;
        return (double)covered / (windowEndNs - windowStartNs);
    }

    private static Double finiteOrNull(final double value)
    {
        return Double.isFinite(value) ? value : null;
    }
}
