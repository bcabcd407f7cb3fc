package io.pldot.engine.analytics.regime;

import java.util.List;

/**
 * Everything a {@link RegimeAnalyzer} needs to know, with OFS §12.5 (docs/references.md) values as
 * {@link #defaults()}. Immutable (lists are copied); validated on construction so an analyzer
 * built from it never fails later.
 *
 * @param emaPeriods               EMA periods, fastest first, strictly ascending, 1 to
 *                                 {@value #MAX_EMA_PERIODS} of them (20, 50,
 *                                 200). The first is the "fast" EMA the close is compared with and
 *                                 the mean of the mean-reversion strength (OFS §12.5).
 * @param atrPeriod                ATR period, ≥ 1 (OFS §12.5: 14).
 * @param adxPeriod                ADX / DI period, ≥ 2 (OFS §12.5: 14).
 * @param hurstWindow              closes in the Hurst window, up to {@value #MAX_WINDOW}
 *                                 (OFS §12.5: {@code prices[:100]}).
 * @param hurstLags                R/S chunk sizes, at least two, strictly ascending, each in
 *                                 [2, hurstWindow − 1] (OFS §12.5: 10, 20, 50).
 * @param meanReversionLookback    closes in the mean-reversion window, 2 to {@value #MAX_WINDOW}
 *                                 (OFS §12.5: 50).
 * @param autocorrelationWindow    returns in the autocorrelation window, 2 to
 *                                 {@value #MAX_WINDOW} (OFS names none: 50, as the
 *                                 mean-reversion lookback).
 * @param minAdx                   below this ADX the market is ranging (OFS §12.5: 20).
 * @param minAtrPercent            below this ATR % of close it is ranging (OFS §12.5: 0.5).
 * @param minHurst                 below this Hurst exponent it is ranging (OFS §12.5: 0.55).
 * @param maxMeanReversionStrength above this mean-reversion strength it is ranging
 *                                 (OFS §12.5: 0.6).
 */
public record RegimeSettings(
    List<Integer> emaPeriods,
    int atrPeriod,
    int adxPeriod,
    int hurstWindow,
    List<Integer> hurstLags,
    int meanReversionLookback,
    int autocorrelationWindow,
    double minAdx,
    double minAtrPercent,
    double minHurst,
    double maxMeanReversionStrength)
{
    /** Most EMA periods one analyzer tracks. */
    public static final int MAX_EMA_PERIODS = 8;
    /** Largest Hurst, mean-reversion and autocorrelation window: keeps an analyzer under 24 KB. */
    public static final int MAX_WINDOW = 200;

    private static final RegimeSettings DEFAULTS = new RegimeSettings(
        List.of(20, 50, 200), 14, 14, 100, List.of(10, 20, 50), 50, 50, 20.0, 0.5, 0.55, 0.6);

    /**
     * Validates and copies.
     */
    public RegimeSettings
    {
        emaPeriods = List.copyOf(emaPeriods);
        hurstLags = List.copyOf(hurstLags);
        if (emaPeriods.isEmpty() || emaPeriods.size() > MAX_EMA_PERIODS)
        {
            throw new IllegalArgumentException("1 to " + MAX_EMA_PERIODS + " EMA periods: " + emaPeriods);
        }
        for (int i = 0; i < emaPeriods.size(); i++)
        {
            if (emaPeriods.get(i) < 1 || (i > 0 && emaPeriods.get(i) <= emaPeriods.get(i - 1)))
            {
                throw new IllegalArgumentException("EMA periods must be >= 1 and strictly ascending: " + emaPeriods);
            }
        }
        if (atrPeriod < 1)
        {
            throw new IllegalArgumentException("atrPeriod must be >= 1: " + atrPeriod);
        }
        if (adxPeriod < 2)
        {
            throw new IllegalArgumentException("adxPeriod must be >= 2: " + adxPeriod);
        }
        if (hurstWindow < 3 || hurstWindow > MAX_WINDOW)
        {
            throw new IllegalArgumentException("hurstWindow must be in [3, " + MAX_WINDOW + "]: " + hurstWindow);
        }
        if (hurstLags.size() < 2)
        {
            throw new IllegalArgumentException("at least two Hurst lags: " + hurstLags);
        }
        for (int i = 0; i < hurstLags.size(); i++)
        {
            final int lag = hurstLags.get(i);
            if (lag < 2 || lag > hurstWindow - 1 || (i > 0 && lag <= hurstLags.get(i - 1)))
            {
                throw new IllegalArgumentException(
                    "Hurst lags must ascend strictly, each in [2, hurstWindow - 1]: " + hurstLags);
            }
        }
        if (meanReversionLookback < 2 || meanReversionLookback > MAX_WINDOW)
        {
            throw new IllegalArgumentException(
                "meanReversionLookback must be in [2, " + MAX_WINDOW + "]: " + meanReversionLookback);
        }
        if (autocorrelationWindow < 2 || autocorrelationWindow > MAX_WINDOW)
        {
            throw new IllegalArgumentException(
                "autocorrelationWindow must be in [2, " + MAX_WINDOW + "]: " + autocorrelationWindow);
        }
        if (!Double.isFinite(minAdx) || !Double.isFinite(minAtrPercent) || !Double.isFinite(minHurst) ||
            !Double.isFinite(maxMeanReversionStrength))
        {
            throw new IllegalArgumentException("thresholds must be finite");
        }
    }

    /**
     * @return OFS §12.5's settings: EMA 20/50/200, ATR 14, ADX 14, Hurst over 100 closes with
     * chunks of 10/20/50, mean reversion over 50 closes, autocorrelation over 50 returns; ranging
     * when ADX &lt; 20, ATR % &lt; 0.5, Hurst &lt; 0.55 or mean-reversion strength &gt; 0.6.
     */
    public static RegimeSettings defaults()
    {
        return DEFAULTS;
    }

    /**
     * @param periods EMA periods, fastest first.
     * @return a copy with other EMA periods.
     */
    public RegimeSettings withEmaPeriods(final List<Integer> periods)
    {
        return new RegimeSettings(periods, atrPeriod, adxPeriod, hurstWindow, hurstLags, meanReversionLookback,
            autocorrelationWindow, minAdx, minAtrPercent, minHurst, maxMeanReversionStrength);
    }

    /**
     * @param adx        minimum ADX.
     * @param atrPercent minimum ATR % of close.
     * @param hurst      minimum Hurst exponent.
     * @param meanReversionStrength maximum mean-reversion strength.
     * @return a copy with other thresholds.
     */
    public RegimeSettings withThresholds(
        final double adx, final double atrPercent, final double hurst, final double meanReversionStrength)
    {
        return new RegimeSettings(emaPeriods, atrPeriod, adxPeriod, hurstWindow, hurstLags, meanReversionLookback,
            autocorrelationWindow, adx, atrPercent, hurst, meanReversionStrength);
    }
}
