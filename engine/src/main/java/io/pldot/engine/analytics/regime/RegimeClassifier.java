package io.pldot.engine.analytics.regime;

/**
 * OFS §12.5 (docs/references.md) {@code detect_trend_regime}, thresholds from
 * {@link RegimeSettings}:
 * <ol>
 *   <li>RANGING if ADX &lt; minAdx (20), or ATR % &lt; minAtrPercent (0.5), or Hurst &lt; minHurst
 *       (0.55), or mean-reversion strength &gt; maxMeanReversionStrength (0.6). The comparisons are
 *       strict, so a value exactly at a threshold passes the filter.</li>
 *   <li>UPTREND if the EMAs are stacked strictly fastest above slowest (20 &gt; 50 &gt; 200) and the
 *       close is strictly above the fastest.</li>
 *   <li>DOWNTREND if stacked strictly fastest below slowest and the close strictly below the
 *       fastest.</li>
 *   <li>RANGING otherwise.</li>
 * </ol>
 * An undefined (NaN) input gives RANGING with {@link #REASON_NOT_READY}: a NaN would otherwise
 * slip through every "&lt;" test. OFS divides the ATR by the average of the last 20 closes;
 * here ATR % is of the latest close ({@code TA_NATR}), as README "Analytics" states.
 * <p>
 * {@link #reasons()} tells why the last call answered RANGING, as a bit set (every failed filter
 * is reported, not just the first). Does not allocate. Single-threaded; not thread-safe.
 */
public final class RegimeClassifier
{
    /** An input was undefined. */
    public static final int REASON_NOT_READY = 1;
    /** ADX below the minimum: weak trend. */
    public static final int REASON_WEAK_TREND = 1 << 1;
    /** ATR % below the minimum: low volatility. */
    public static final int REASON_LOW_VOLATILITY = 1 << 2;
    /** Hurst below the minimum: random or choppy. */
    public static final int REASON_NO_PERSISTENCE = 1 << 3;
    /** Mean-reversion strength above the maximum: snaps back too fast. */
    public static final int REASON_FAST_REVERSION = 1 << 4;
    /** Filters passed but the EMAs and close are not stacked one way. */
    public static final int REASON_EMAS_NOT_ALIGNED = 1 << 5;

    private final double minAdx;
    private final double minAtrPercent;
    private final double minHurst;
    private final double maxMeanReversionStrength;
    private int reasons = REASON_NOT_READY;

    /**
     * @param settings thresholds.
     */
    public RegimeClassifier(final RegimeSettings settings)
    {
        this.minAdx = settings.minAdx();
        this.minAtrPercent = settings.minAtrPercent();
        this.minHurst = settings.minHurst();
        this.maxMeanReversionStrength = settings.maxMeanReversionStrength();
    }

    /**
     * Classifies one moment.
     *
     * @param close                 latest close.
     * @param emas                  EMA values, fastest first.
     * @param emaCount              how many of {@code emas} to use, ≥ 1.
     * @param adx                   ADX.
     * @param atrPercent            ATR as % of the close.
     * @param hurst                 Hurst exponent.
     * @param meanReversionStrength mean-reversion strength.
     * @return the regime.
     */
    public Regime classify(
        final double close,
        final double[] emas,
        final int emaCount,
        final double adx,
        final double atrPercent,
        final double hurst,
        final double meanReversionStrength)
    {
        boolean ready = !Double.isNaN(close) && !Double.isNaN(adx) && !Double.isNaN(atrPercent) &&
            !Double.isNaN(hurst) && !Double.isNaN(meanReversionStrength);
        for (int i = 0; i < emaCount; i++)
        {
            ready &= !Double.isNaN(emas[i]);
        }
        if (!ready)
        {
            reasons = REASON_NOT_READY;
            return Regime.RANGING;
        }

        int failed = 0;
        if (adx < minAdx)
        {
            failed |= REASON_WEAK_TREND;
        }
        if (atrPercent < minAtrPercent)
        {
            failed |= REASON_LOW_VOLATILITY;
        }
        if (hurst < minHurst)
        {
            failed |= REASON_NO_PERSISTENCE;
        }
        if (meanReversionStrength > maxMeanReversionStrength)
        {
            failed |= REASON_FAST_REVERSION;
        }
        if (failed != 0)
        {
            reasons = failed;
            return Regime.RANGING;
        }

        boolean up = close > emas[0];
        boolean down = close < emas[0];
        for (int i = 1; i < emaCount; i++)
        {
            up &= emas[i - 1] > emas[i];
            down &= emas[i - 1] < emas[i];
        }
        if (up)
        {
            reasons = 0;
            return Regime.UPTREND;
        }
        if (down)
        {
            reasons = 0;
            return Regime.DOWNTREND;
        }
        reasons = REASON_EMAS_NOT_ALIGNED;
        return Regime.RANGING;
    }

    /**
     * @return why the last {@link #classify} answered RANGING (REASON_* bits), 0 after a trend.
     */
    public int reasons()
    {
        return reasons;
    }
}
