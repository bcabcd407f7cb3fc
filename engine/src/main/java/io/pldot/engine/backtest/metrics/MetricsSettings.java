package io.pldot.engine.backtest.metrics;

/**
 * Parameters of the metrics: how periodic returns are annualised and the risk-free rate.
 * <p>
 * Immutable.
 *
 * @param periodsPerYear number of equity-curve sampling periods in a year, used to annualise return, volatility,
 *                       Sharpe and Sortino: {@link #DAILY_CRYPTO} (365) for daily samples of a market that never
 *                       closes, {@link #DAILY_EQUITIES} (252) for exchange trading days, 365 × 24 for hourly
 *                       crypto bars, and so on. Positive.
 * @param riskFreeRate   annual risk-free rate as a fraction (0.02 is 2 %); the per-period rate is
 *                       {@code riskFreeRate / periodsPerYear} (simple, not compounded). Default 0.
 */
public record MetricsSettings(double periodsPerYear, double riskFreeRate)
{
    /** Daily samples, markets open every day of a 365-day year. */
    public static final double DAILY_CRYPTO = 365;
    /** Daily samples, about 252 exchange trading days a year. */
    public static final double DAILY_EQUITIES = 252;

    /**
     * Checks the parameters.
     */
    public MetricsSettings
    {
        if (!(periodsPerYear > 0) || !Double.isFinite(periodsPerYear))
        {
            throw new IllegalArgumentException("periodsPerYear must be finite and positive, was " + periodsPerYear);
        }
        if (!Double.isFinite(riskFreeRate))
        {
            throw new IllegalArgumentException("riskFreeRate must be finite, was " + riskFreeRate);
        }
    }

    /**
     * @param periodsPerYear sampling periods per year.
     * @return settings with a zero risk-free rate.
     */
    public static MetricsSettings of(final double periodsPerYear)
    {
        return new MetricsSettings(periodsPerYear, 0);
    }

    /**
     * @return the risk-free rate for one sampling period.
     */
    public double periodicRiskFreeRate()
    {
        return riskFreeRate / periodsPerYear;
    }
}
