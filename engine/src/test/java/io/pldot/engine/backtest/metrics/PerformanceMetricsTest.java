package io.pldot.engine.backtest.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.withinPercentage;

class PerformanceMetricsTest
{
    private static final long DAY = 86_400_000_000_000L;
    private static final long T0 = 1_700_000_000_000_000_000L;
    /** 1e-12 relative, expressed for AssertJ's withinPercentage. */
    private static final double REL = 1e-10;

    private final PerformanceMetrics daily = new PerformanceMetrics(MetricsSettings.of(252));

    /**
     * Daily equity 100, 110, 99, 108.9, 119.79, 113.8005 (days 0..5).
     * <pre>
     * returns r = +0.10, -0.10, +0.10, +0.10, -0.05        n = 5, P = 252
     * mean      = (0.10 - 0.10 + 0.10 + 0.10 - 0.05) / 5 = 0.15 / 5 = 0.03
     * r - mean  = 0.07, -0.13, 0.07, 0.07, -0.08
     * squares   = 0.0049 * 3 + 0.0169 + 0.0064 = 0.038
     * sample var = 0.038 / (5 - 1) = 0.0095;  std = sqrt(0.0095)
     * volatility = sqrt(0.0095) * sqrt(252) = sqrt(2.394)
     * Sharpe     = 0.03 / sqrt(0.0095) * sqrt(252)
     * downside   = min(r, 0)^2 = 0, 0.01, 0, 0, 0.0025  -> sum 0.0125, / n=5 -> 0.0025, DD = 0.05
     * Sortino    = 0.03 / 0.05 * sqrt(252) = 0.6 * sqrt(252)
     * total      = 113.8005 / 100 - 1 = 0.138005
     * annualised = 1.138005^(252 / 5) - 1
     * drawdowns  = 110 -> 99: 11 / 110 = 10 % (peak day 1, trough day 2, back above 110 on day 4 at 119.79)
     *              119.79 -> 113.8005: 5 %, smaller
     * max drawdown = 11, 0.10, duration day 4 - day 1 = 3 days, recovered
     * </pre>
     */
    @Test
    void shouldComputeReturnStatisticsOfKnownCurve()
    {
        final EquityCurve curve = dailyCurve(100, 110, 99, 108.9, 119.79, 113.8005);

        final ReturnStats r = daily.returnStats(curve);

        assertThat(r.periods()).isEqualTo(5);
        assertThat(r.startEquity()).isEqualTo(100);
        assertThat(r.endEquity()).isEqualTo(113.8005);
        assertThat(r.startTimeNs()).isEqualTo(T0);
        assertThat(r.endTimeNs()).isEqualTo(T0 + 5 * DAY);
        assertThat(r.totalReturn()).isCloseTo(0.138005, withinPercentage(REL));
        assertThat(r.annualisedReturn()).isCloseTo(Math.pow(1.138005, 252.0 / 5) - 1, withinPercentage(REL));
        assertThat(r.volatility()).isCloseTo(Math.sqrt(2.394), withinPercentage(REL));
        assertThat(r.sharpe()).isCloseTo(0.03 / Math.sqrt(0.0095) * Math.sqrt(252), withinPercentage(REL));
        assertThat(r.downsideDeviation()).isCloseTo(0.05, withinPercentage(REL));
        assertThat(r.sortino()).isCloseTo(0.6 * Math.sqrt(252), withinPercentage(REL));
    }

    @Test
    void shouldFindMaxDrawdownOfKnownCurve()
    {
        final Drawdown dd = PerformanceMetrics.maxDrawdown(dailyCurve(100, 110, 99, 108.9, 119.79, 113.8005));

        assertThat(dd.value()).isCloseTo(11, withinPercentage(REL));
        assertThat(dd.fraction()).isCloseTo(0.1, withinPercentage(REL));
        assertThat(dd.peakTimeNs()).isEqualTo(T0 + DAY);
        assertThat(dd.troughTimeNs()).isEqualTo(T0 + 2 * DAY);
        assertThat(dd.recoveryTimeNs()).isEqualTo(T0 + 4 * DAY);
        assertThat(dd.recovered()).isTrue();
        assertThat(dd.durationNs()).isEqualTo(3 * DAY);
    }

    /**
     * 100, 120, 90, 100: peak 120 on day 1, trough 90 on day 2 (30 / 120 = 25 %), never back to 120, so the
     * duration runs to the last sample: day 3 - day 1 = 2 days.
     */
    @Test
    void shouldMeasureUnrecoveredDrawdownToEndOfCurve()
    {
        final Drawdown dd = PerformanceMetrics.maxDrawdown(dailyCurve(100, 120, 90, 100));

        assertThat(dd.value()).isEqualTo(30);
        assertThat(dd.fraction()).isEqualTo(0.25);
        assertThat(dd.peakTimeNs()).isEqualTo(T0 + DAY);
        assertThat(dd.troughTimeNs()).isEqualTo(T0 + 2 * DAY);
        assertThat(dd.recoveryTimeNs()).isNull();
        assertThat(dd.recovered()).isFalse();
        assertThat(dd.durationNs()).isEqualTo(2 * DAY);
    }

    @Test
    void shouldKeepEarliestOfEqualDrawdownsAndRecoverAtEqualPeak()
    {
        // 100 -> 90 (10 %), back to exactly 100 on day 2 (recovered), then 100 -> 90 again (10 %, not larger).
        final Drawdown dd = PerformanceMetrics.maxDrawdown(dailyCurve(100, 90, 100, 90));

        assertThat(dd.peakTimeNs()).isEqualTo(T0);
        assertThat(dd.troughTimeNs()).isEqualTo(T0 + DAY);
        assertThat(dd.recoveryTimeNs()).isEqualTo(T0 + 2 * DAY);
        assertThat(dd.durationNs()).isEqualTo(2 * DAY);
        assertThat(dd.fraction()).isEqualTo(0.1);
    }

    /**
     * Risk-free 2.52 a year over 252 periods is 0.01 a period. Excess returns of the known curve:
     * 0.09, -0.11, 0.09, 0.09, -0.06; mean 0.02; the std does not move (sqrt(0.0095)).
     * Downside: 0.0121 + 0.0036 = 0.0157, / 5 = 0.00314.
     */
    @Test
    void shouldSubtractPeriodicRiskFreeRateForSharpeAndSortino()
    {
        final PerformanceMetrics metrics = new PerformanceMetrics(new MetricsSettings(252, 2.52));

        final ReturnStats r = metrics.returnStats(dailyCurve(100, 110, 99, 108.9, 119.79, 113.8005));

        assertThat(r.sharpe()).isCloseTo(0.02 / Math.sqrt(0.0095) * Math.sqrt(252), withinPercentage(REL));
        assertThat(r.downsideDeviation()).isCloseTo(Math.sqrt(0.00314), withinPercentage(REL));
        assertThat(r.sortino()).isCloseTo(0.02 / Math.sqrt(0.00314) * Math.sqrt(252), withinPercentage(REL));
        assertThat(r.volatility()).isCloseTo(Math.sqrt(2.394), withinPercentage(REL));
    }

    /**
     * 365 periods a year: daily curve 100 -> 121 over 2 days (+10 % each): (1.21)^(365/2) - 1.
     */
    @Test
    void shouldAnnualiseWithPeriodsPerYear()
    {
        final PerformanceMetrics crypto = new PerformanceMetrics(MetricsSettings.of(MetricsSettings.DAILY_CRYPTO));

        final ReturnStats r = crypto.returnStats(dailyCurve(100, 110, 121));

        assertThat(r.annualisedReturn()).isCloseTo(Math.pow(1.21, 182.5) - 1, withinPercentage(REL));
        // Two equal +10 % returns: zero spread up to rounding.
        assertThat(r.volatility()).isCloseTo(0, offset(1e-15));
    }

    @Test
    void shouldLeaveRatiosUndefinedOnFlatCurve()
    {
        final ReturnStats r = daily.returnStats(dailyCurve(100, 100, 100, 100));

        assertThat(r.totalReturn()).isZero();
        assertThat(r.annualisedReturn()).isZero();
        assertThat(r.volatility()).isZero();
        assertThat(r.sharpe()).isNull();
        assertThat(r.sortino()).isNull();
        assertThat(r.downsideDeviation()).isZero();
        assertThat(PerformanceMetrics.maxDrawdown(dailyCurve(100, 100, 100, 100))).isEqualTo(Drawdown.NONE);
    }

    @Test
    void shouldLeaveSortinoUndefinedWithoutLosingPeriodButKeepSharpe()
    {
        // Returns +10 %, +20 %: mean 0.15, sample std = sqrt(2 * 0.05^2 / 1) = 0.05 * sqrt(2).
        final ReturnStats r = daily.returnStats(dailyCurve(100, 110, 132));

        assertThat(r.sortino()).isNull();
        assertThat(r.sharpe()).isCloseTo(0.15 / (0.05 * Math.sqrt(2)) * Math.sqrt(252), withinPercentage(REL));
    }

    @Test
    void shouldHandleSingleSampleCurve()
    {
        final ReturnStats r = daily.returnStats(dailyCurve(100));

        assertThat(r.periods()).isZero();
        assertThat(r.totalReturn()).isZero();
        assertThat(r.annualisedReturn()).isNull();
        assertThat(r.volatility()).isNull();
        assertThat(r.sharpe()).isNull();
        assertThat(r.sortino()).isNull();
        assertThat(r.downsideDeviation()).isNull();
        assertThat(PerformanceMetrics.maxDrawdown(dailyCurve(100))).isEqualTo(Drawdown.NONE);
    }

    @Test
    void shouldHaveSharpeButNoSortinoAfterOnePeriodLoss()
    {
        // One period of -10 %: no sample std (n - 1 = 0), but the downside deviation is 0.1.
        final ReturnStats r = daily.returnStats(dailyCurve(100, 90));

        assertThat(r.volatility()).isNull();
        assertThat(r.sharpe()).isNull();
        assertThat(r.sortino()).isCloseTo(-1 * Math.sqrt(252), withinPercentage(REL));
    }

    @Test
    void shouldGiveNullAnnualisedReturnWhenItOverflows()
    {
        // Two one-minute samples on a one-minute-bar year: 2^525600 is not a finite double.
        final PerformanceMetrics minutes = new PerformanceMetrics(MetricsSettings.of(525_600));

        assertThat(minutes.returnStats(dailyCurve(100, 200)).annualisedReturn()).isNull();
    }

    @Test
    void shouldRefuseEmptyCurveForReturnStats()
    {
        assertThatThrownBy(() -> daily.returnStats(new EquityCurve())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseBadSettings()
    {
        assertThatThrownBy(() -> MetricsSettings.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MetricsSettings.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MetricsSettings(252, Double.POSITIVE_INFINITY))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldReportPortfolioWithoutCurveAsTradesOnly()
    {
        final BacktestResults results = daily.analyse(
            List.of(ClosedTrade.of("BTC", TradeSide.LONG, T0, 1, T0 + DAY, 2, 1, 1, 0, "PUSH", 0.7, "TARGET")),
            new EquityCurve(),
            ConfidenceBuckets.defaults());

        assertThat(results.portfolio().returns()).isNull();
        assertThat(results.portfolio().drawdown()).isNull();
        assertThat(results.portfolio().exposure()).isNull();
        assertThat(results.portfolio().trades().tradeCount()).isEqualTo(1);
    }

    static EquityCurve dailyCurve(final double... equities)
    {
        final EquityCurve curve = new EquityCurve(1);
        for (int i = 0; i < equities.length; i++)
        {
            curve.append(T0 + i * DAY, equities[i]);
        }
        return curve;
    }
}
