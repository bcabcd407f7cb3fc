package io.pldot.engine.backtest.sweep;

import io.pldot.engine.backtest.metrics.MetricsReport;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a sweep ranks its runs by, and which way is better.
 * <p>
 * Ranking order ({@link #ranking()}): the better value first; runs whose value is undefined (null: no equity curve,
 * fewer than two periods, no losing trade without wins...) after every run with a value; ties, and undefined values
 * among themselves, by grid index, then by window (fold, then phase). An unbounded profit factor (wins and no loss)
 * ranks above every finite one. {@code -0.0} ranks equal to {@code 0.0} (a flat result is flat, whatever the sign
 * the arithmetic left on it).
 */
public enum SweepMetric
{
    /** Annualised Sharpe ratio of the equity curve; higher is better. */
    SHARPE("sharpe", true),
    /** Net P&amp;L after fees; higher is better. */
    NET_PNL("net-pnl", true),
    /** Gross wins / gross losses; higher is better; wins without any loss rank first. */
    PROFIT_FACTOR("profit-factor", true),
    /** Maximum drawdown as a fraction of the peak; lower is better. */
    MAX_DRAWDOWN("max-drawdown", false);

    private final String option;
    private final boolean higherIsBetter;

    SweepMetric(final String option, final boolean higherIsBetter)
    {
        this.option = option;
        this.higherIsBetter = higherIsBetter;
    }

    /**
     * @return the name used by {@code --rank}.
     */
    public String option()
    {
        return option;
    }

    /**
     * @return true when a higher value ranks first.
     */
    public boolean higherIsBetter()
    {
        return higherIsBetter;
    }

    /**
     * @param text a {@code --rank} value, e.g. {@code sharpe}, {@code net-pnl}; case and {@code _}/{@code -} are
     *             ignored.
     * @return the metric.
     * @throws IllegalArgumentException naming the value and the known names.
     */
    public static SweepMetric parse(final String text)
    {
        final String wanted = null == text ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (final SweepMetric m : values())
        {
            if (m.option.equals(wanted))
            {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown ranking metric '" + text + "' (known: " +
            Arrays.stream(values()).map(SweepMetric::option).collect(Collectors.joining(", ")) + ")");
    }

    /**
     * @param report a run's portfolio metrics.
     * @return the value ranked; {@link Double#POSITIVE_INFINITY} for an unbounded profit factor; null when undefined.
     */
    public Double value(final MetricsReport report)
    {
        return switch (this)
        {
            case SHARPE -> null == report.returns() ? null : report.returns().sharpe();
            case NET_PNL -> report.trades().netPnl();
            case PROFIT_FACTOR -> report.trades().profitFactorInfinite()
                ? Double.valueOf(Double.POSITIVE_INFINITY)
                : report.trades().profitFactor();
            case MAX_DRAWDOWN -> null == report.drawdown() ? null : report.drawdown().fraction();
        };
    }

    /**
     * @return the ranking order of runs by this metric (see the type's javadoc); a total, deterministic order.
     */
    public Comparator<SweepRun> ranking()
    {
        final Comparator<Double> ascending = (a, b) -> Double.compare(a + 0.0, b + 0.0);
        final Comparator<Double> better = higherIsBetter ? ascending.reversed() : ascending;
        return Comparator.<SweepRun, Double>comparing(r -> value(r.metrics()), Comparator.nullsLast(better))
            .thenComparingInt(SweepRun::gridIndex)
            .thenComparingInt(r -> r.window().fold())
            .thenComparing(r -> r.window().phase());
    }
}
