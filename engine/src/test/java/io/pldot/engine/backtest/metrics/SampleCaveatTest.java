package io.pldot.engine.backtest.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SampleCaveatTest
{
    private static final long DAY = 86_400_000_000_000L;
    private static final long HOUR = 3_600_000_000_000L;
    private static final long T0 = 1_700_000_000_000_000_000L;

    private final PerformanceMetrics daily = new PerformanceMetrics(MetricsSettings.of(365));

    @Test
    void shouldCallAFiveDayCurveShortAndHideItsAnnualisedReturn()
    {
        final ReturnStats r = daily.returnStats(PerformanceMetricsTest.dailyCurve(100, 110, 99, 108.9, 119.79, 113.8005));

        assertThat(SampleCaveat.spanDays(r)).isEqualTo(5.0);
        assertThat(SampleCaveat.isShort(r)).isTrue();
        assertThat(SampleCaveat.spanTooShort(r)).isTrue();
        assertThat(SampleCaveat.note(r)).isEqualTo("short sample: 5.0 days and 5 periods (under 30 days or 30 periods): "
            + "volatility, Sharpe and Sortino are annualised from it and the annualised return is not shown; "
            + "read them with care");
    }

    @Test
    void shouldSayNothingAboutFortyDailyPeriods()
    {
        final double[] equity = new double[41];
        for (int i = 0; i < equity.length; i++)
        {
            equity[i] = 100 + i;
        }
        final ReturnStats r = daily.returnStats(PerformanceMetricsTest.dailyCurve(equity));

        assertThat(r.periods()).isEqualTo(40);
        assertThat(SampleCaveat.isShort(r)).isFalse();
        assertThat(SampleCaveat.note(r)).isNull();
    }

    @Test
    void shouldCallFewPeriodsOverALongSpanShortButShowTheAnnualisedReturn()
    {
        final EquityCurve curve = new EquityCurve(1).append(T0, 100).append(T0 + 20 * DAY, 101).append(T0 + 40 * DAY, 103);

        final ReturnStats r = daily.returnStats(curve);

        assertThat(SampleCaveat.isShort(r)).isTrue();
        assertThat(SampleCaveat.spanTooShort(r)).isFalse();
        assertThat(SampleCaveat.note(r)).startsWith("short sample: 40 days and 2 periods")
            .doesNotContain("not shown");
    }

    @Test
    void shouldCallManyHourlyPeriodsOverTwoDaysShort()
    {
        final EquityCurve curve = new EquityCurve(1);
        for (int i = 0; i <= 48; i++)
        {
            curve.append(T0 + i * HOUR, 100 + (i % 3));
        }

        final ReturnStats r = new PerformanceMetrics(MetricsSettings.of(8760)).returnStats(curve);

        assertThat(r.periods()).isEqualTo(48);
        assertThat(SampleCaveat.isShort(r)).isTrue();
        assertThat(SampleCaveat.note(r)).contains("2.0 days and 48 periods", "annualised return is not shown");
    }

    @Test
    void shouldGiveARangeNoteOnlyUnderThirtyDays()
    {
        assertThat(SampleCaveat.rangeNote(T0, T0 + 6 * DAY + 16 * HOUR)).isEqualTo("short sample: the range spans 6.7 "
            + "days (under 30): each run's Sharpe is annualised from it; read it with care");
        assertThat(SampleCaveat.rangeNote(T0, T0 + 30 * DAY)).isNull();
    }
}
