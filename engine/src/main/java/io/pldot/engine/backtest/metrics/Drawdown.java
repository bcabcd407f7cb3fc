package io.pldot.engine.backtest.metrics;

/**
 * The maximum drawdown of an equity curve: the largest fall from a running peak, measured as a fraction of that
 * peak. Ties keep the earliest episode.
 * <p>
 * Its duration runs from the peak to the recovery (the first later sample back at or above the peak) or, when the
 * curve never recovers, to the last sample. A curve that never falls has a zero drawdown with no peak or trough.
 * <p>
 * Immutable.
 *
 * @param value          peak equity − trough equity of that episode (currency, &ge; 0).
 * @param fraction       {@code value / peak} (0.10 is 10 %).
 * @param peakTimeNs     time of the peak, epoch nanoseconds; null with no drawdown.
 * @param troughTimeNs   time of the trough; null with no drawdown.
 * @param recoveryTimeNs time equity got back to the peak; null when it has not (or with no drawdown).
 * @param durationNs     peak to recovery, or peak to the last sample when not recovered; 0 with no drawdown.
 */
public record Drawdown(
    double value,
    double fraction,
    Long peakTimeNs,
    Long troughTimeNs,
    Long recoveryTimeNs,
    long durationNs)
{
    /** No drawdown at all. */
    public static final Drawdown NONE = new Drawdown(0, 0, null, null, null, 0);

    /**
     * @return true when the curve got back to the peak of this drawdown.
     */
    public boolean recovered()
    {
        return recoveryTimeNs != null;
    }
}
