package io.pldot.engine.analytics.regime;

import io.pldot.engine.analytics.Bar;

/**
 * Lag-1 autocorrelation of log returns over the last M returns (M + 1 closes). Seed 004 only
 * says "r value (-1 to 1)" (seed lines 1271, 1407-1414) and gives no formula or window; this class
 * uses the definition of time-series analysis that NIST's Statistical Reference Datasets certify
 * (Box and Jenkins):
 * <pre>
 *   r1 = Σ<sub>t=2..M</sub> (x<sub>t</sub> − x̄)(x<sub>t−1</sub> − x̄)
 *        / Σ<sub>t=1..M</sub> (x<sub>t</sub> − x̄)²
 * </pre>
 * which always lies in [−1, 1]. Returns are ln(close<sub>t</sub>) − ln(close<sub>t−1</sub>), the
 * same series {@link HurstExponent} reads; the default window is 50 returns (the seed's
 * mean-reversion lookback, as the seed names none here).
 * <p>
 * <b>Defined values and degenerate inputs</b>: NaN until M returns exist. Zero variance (flat
 * prices, or returns constant up to rounding: σ ≤ 1e-6 × |mean|) → 0: with no variation there is
 * no linear dependence to measure, and 0 falls in the seed's "low correlation" bucket. A return
 * that involves a zero or negative close is taken as 0.
 * <p>
 * Cost: O(M) per update (two passes, each into partial sums added in a fixed order), about 0.1 µs
 * for M = 50. State for M = 50: a mirrored ring of 100 doubles, about 0.9 KB. Does not allocate after construction. Single-threaded; not thread-safe.
 */
public final class ReturnAutocorrelation
{
    private final DoubleWindow returns;
    private final LogReturns closes = new LogReturns();
    private double value = Double.NaN;

    /**
     * @param window M, the number of returns, ≥ 2.
     */
    public ReturnAutocorrelation(final int window)
    {
        if (window < 2)
        {
            throw new IllegalArgumentException("autocorrelation window must be >= 2: " + window);
        }
        this.returns = new DoubleWindow(window);
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
        returns.add(logReturn);
        if (returns.isFull())
        {
            value = compute();
        }
    }

    /**
     * @return true once M returns exist.
     */
    public boolean hasValue()
    {
        return returns.isFull();
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
        return returns.capacity();
    }

    private double compute()
    {
        final double[] x = returns.array();
        final int first = returns.start();
        final int length = returns.capacity();
        final int last = first + length;
        // Four partial sums over every fourth return, added in a fixed order (the same bits on
        // every run): one running sum would be a chain of dependent additions, each waiting for the
        // last, and the chains, not the arithmetic, set the cost of this short loop.
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int k = first;
        for (; k + 3 < last; k += 4)
        {
            s0 += x[k];
            s1 += x[k + 1];
            s2 += x[k + 2];
            s3 += x[k + 3];
        }
        for (; k < last; k++)
        {
            s0 += x[k];
        }
        final double mean = ((s0 + s1) + (s2 + s3)) / length;
        // c0 = Σ d², c1 = Σ d(t) d(t − 1), each in four partial sums (lane = position mod 4).
        double previous = x[first] - mean;
        double c00 = previous * previous;
        double c01 = 0.0;
        double c02 = 0.0;
        double c03 = 0.0;
        double c10 = 0.0;
        double c11 = 0.0;
        double c12 = 0.0;
        double c13 = 0.0;
        int i = first + 1;
        for (; i + 3 < last; i += 4)
        {
            final double d0 = x[i] - mean;
            final double d1 = x[i + 1] - mean;
            final double d2 = x[i + 2] - mean;
            final double d3 = x[i + 3] - mean;
            c00 += d0 * d0;
            c10 += d0 * previous;
            c01 += d1 * d1;
            c11 += d1 * d0;
            c02 += d2 * d2;
            c12 += d2 * d1;
            c03 += d3 * d3;
            c13 += d3 * d2;
            previous = d3;
        }
        for (; i < last; i++)
        {
            final double d = x[i] - mean;
            c00 += d * d;
            c10 += d * previous;
            previous = d;
        }
        final double c0 = (c00 + c01) + (c02 + c03);
        final double c1 = (c10 + c11) + (c12 + c13);
        final double sigma = Math.sqrt(c0 / length);
        if (!(sigma > 0.0) || sigma <= HurstExponent.CONSTANT_RETURNS_TOLERANCE * Math.abs(mean))
        {
            return 0.0;
        }
        final double r = c1 / c0;
        return Math.max(-1.0, Math.min(1.0, r));
    }
}
