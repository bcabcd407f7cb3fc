package io.pldot.engine.analytics.regime;

import io.pldot.engine.analytics.bar.Bar;

/**
 * Lag-1 autocorrelation of log returns over the last M returns (M + 1 closes). OFS (docs/references.md) only
 * says "r value (-1 to 1)" and gives no formula or window; this class
 * uses the definition of time-series analysis that NIST's Statistical Reference Datasets certify
 * (Box and Jenkins):
 * <pre>
 *   r1 = Σ<sub>t=2..M</sub> (x<sub>t</sub> − x̄)(x<sub>t−1</sub> − x̄)
 *        / Σ<sub>t=1..M</sub> (x<sub>t</sub> − x̄)²
 * </pre>
 * which always lies in [−1, 1]. Returns are ln(close<sub>t</sub>) − ln(close<sub>t−1</sub>), the
 * same series {@link HurstExponent} reads; the default window is 50 returns (OFS's
 * mean-reversion lookback, as OFS names none here).
 * <p>
 * <b>Defined values and degenerate inputs</b>: NaN until M returns exist. Zero variance (flat
 * prices, or returns constant up to rounding: σ ≤ 1e-6 × |mean|) → 0: with no variation there is
 * no linear dependence to measure, and 0 falls in the OFS "low correlation" bucket. A return
 * that involves a zero or negative close is taken as 0.
 * <p>
 * <b>Computation</b>: from the sums {@link ShiftedReturnSums} keeps of the newest M returns
 * shifted by the newest one (y = x − shift): with S = Σy, Q = Σy², P = Σ y<sub>t</sub>y<sub>t−1</sub>
 * and m = S / M, the numerator is P − m(2S − y<sub>1</sub> − y<sub>M</sub>) + (M − 1)m² and the
 * denominator Q − mS (the same sums as the definition, expanded; shifted by one of the window's own
 * returns, they lose little to cancellation). In {@link RegimeAnalyzer} those sums are the ones
 * {@link HurstExponent} reads, made in one pass over the returns per bar, so the autocorrelation
 * itself is O(1) per update; on its own it makes them (O(M)). State on its own for M = 50: a
 * mirrored ring of 100 doubles and two sums of 51, about 1.7 KB; shared, a few fields. Does not
 * allocate after construction. Single-threaded; not thread-safe.
 */
public final class ReturnAutocorrelation
{
    private final int window;
    /** The returns and their shifted sums: this instance's own, or the analyzer's shared ones. */
    private final ShiftedReturnSums moments;
    private final LogReturns closes = new LogReturns();
    private double value = Double.NaN;

    /**
     * @param window M, the number of returns, ≥ 2.
     */
    public ReturnAutocorrelation(final int window)
    {
        this(window, null);
    }

    /**
     * @param window  M, the number of returns, ≥ 2.
     * @param moments the returns and sums to read (shared with {@link HurstExponent} by
     *                {@link RegimeAnalyzer}, which adds each return and then calls
     *                {@link #returnAdded()}), covering M returns or more; null for this instance's
     *                own (fed by {@link #update}).
     */
    ReturnAutocorrelation(final int window, final ShiftedReturnSums moments)
    {
        if (window < 2)
        {
            throw new IllegalArgumentException("autocorrelation window must be >= 2: " + window);
        }
        this.window = window;
        this.moments = moments != null ? moments : new ShiftedReturnSums(window, window, window);
        if (this.moments.longest() < window || this.moments.lagLength() != window)
        {
            throw new IllegalArgumentException("shared return sums do not cover the window " + window);
        }
    }

    /**
     * Adds the close of one closed bar.
     *
     * @param bar the closed bar; only its close is read.
     */
    public void update(final Bar bar)
    {
        update(bar.close());
    }

    /**
     * Adds one close and, once M returns exist, recomputes r1.
     *
     * @param close of the bar.
     */
    public void update(final double close)
    {
        if (closes.add(close))
        {
            addReturn(closes.latest());
        }
    }

    /**
     * Adds the next log return (what {@link #update(double)} derives from a close) and, once M
     * returns exist, recomputes r1. For {@link RegimeAnalyzer}, which shares one log per close.
     *
     * @param logReturn ln(close) − ln(previous close), 0 when undefined.
     */
    void addReturn(final double logReturn)
    {
        moments.add(logReturn);
        returnAdded();
    }

    /**
     * Once M returns exist, recomputes r1 from the return just added to the sums this instance
     * reads (by {@link #addReturn}, or by {@link RegimeAnalyzer} to the shared ones).
     */
    void returnAdded()
    {
        if (hasValue())
        {
            value = compute();
        }
    }

    /**
     * @return true once M returns exist.
     */
    public boolean hasValue()
    {
        return moments.count() >= window;
    }

    /**
     * @return r1 in [−1, 1], or NaN before M returns.
     */
    public double value()
    {
        return value;
    }

    /**
     * @return M.
     */
    public int window()
    {
        return window;
    }

    private double compute()
    {
        final int length = window;
        final double sum = moments.sums[length];
        final double m = sum / length;
        // Σ (y − m)² and Σ (y_t − m)(y_t−1 − m), expanded over the sums: the pairs count every
        // return twice but the two ends once, and the newest return is the shift (y = 0).
        final double c0 = moments.squares[length] - m * sum;
        final double oldest = moments.returnAgo(length - 1) - moments.shift();
        final double c1 = moments.lagProducts() - m * (2.0 * sum - oldest) + (length - 1) * (m * m);
        final double mean = moments.shift() + m;
        final double sigma = Math.sqrt(c0 / length);
        if (!(sigma > 0.0) || sigma <= HurstExponent.CONSTANT_RETURNS_TOLERANCE * Math.abs(mean))
        {
            return 0.0;
        }
        final double r = c1 / c0;
        return Math.max(-1.0, Math.min(1.0, r));
    }
}
