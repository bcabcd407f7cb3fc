package io.pldot.engine.backtest.metrics;

/**
 * Return and risk statistics from an equity curve. Returns are fractions (0.10 is 10 %).
 * A {@code null} means "undefined for this input", never NaN; see {@link PerformanceMetrics} for the conventions.
 * <p>
 * Immutable.
 *
 * @param startEquity      first equity sample.
 * @param endEquity        last equity sample.
 * @param startTimeNs      time of the first sample, epoch nanoseconds.
 * @param endTimeNs        time of the last sample, epoch nanoseconds.
 * @param periods          number of periodic returns (samples − 1).
 * @param totalReturn      {@code endEquity / startEquity − 1}.
 * @param annualisedReturn {@code (1 + totalReturn)^(periodsPerYear / periods) − 1}; null with no period.
 * @param volatility       sample standard deviation (n − 1) of the periodic returns × √periodsPerYear;
 *                         null with fewer than two periods.
 * @param sharpe           mean excess periodic return / its sample std × √periodsPerYear; null with fewer than two
 *                         periods or zero std.
 * @param sortino          mean excess periodic return / downside deviation × √periodsPerYear; null with no period
 *                         or zero downside deviation.
 * @param downsideDeviation √(mean over all periods of min(excess return, 0)²), per period (not annualised);
 *                          null with no period.
 */
public record ReturnStats(
    double startEquity,
    double endEquity,
    long startTimeNs,
    long endTimeNs,
    int periods,
    double totalReturn,
    Double annualisedReturn,
    Double volatility,
    Double sharpe,
    Double sortino,
    Double downsideDeviation)
{
}
