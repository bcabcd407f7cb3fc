package io.pldot.engine.analytics.regime;

import io.pldot.engine.analytics.bar.Bar;

import java.util.Arrays;

/**
 * Hurst exponent ("directional persistence") by rescaled-range analysis, as OFS §12.5 (docs/references.md)
 * defines it ({@code calculate_hurst_exponent}), over a sliding window of
 * the last W closes (OFS: {@code prices[:100]}, so W = 100 by default).
 * <ol>
 *   <li>Series: the W − 1 log returns ln(close<sub>t</sub>) − ln(close<sub>t−1</sub>) of the
 *       window (OFS uses log returns, not simple ones).</li>
 *   <li>For each window size n of the lags (OFS: 10, 20, 50): cut the series into
 *       non-overlapping chunks of n, starting from the newest return and walking back in time
 *       (OFS walks its newest-first list forward, which is the same cut). The oldest chunk
 *       may be shorter; like OFS it still counts when it holds at least 2 returns. For each
 *       chunk: mean-adjust, take cumulative sums, R = max − min of the sums,
 *       S = population standard deviation of the chunk; chunks with S = 0 are skipped.
 *       R/S(n) = mean of the chunks' R/S.</li>
 *   <li>H = least-squares slope of ln R/S(n) on ln n, clamped to [0, 1].</li>
 * </ol>
 * Reversing a chunk and negating it leaves its R/S unchanged, so computing on the oldest-first
 * window gives the OFS numbers (verified against the OFS own numpy code in the tests).
 * <p>
 * <b>Defined values and degenerate inputs</b>:
 * <ul>
 *   <li>NaN until W closes have been seen (OFS returns 0.5 below 20 prices and estimates on
 *       fewer than 100; here a value is either over the full window or absent).</li>
 *   <li>Fewer than two window sizes with an R/S (e.g. flat prices: every S is 0) → 0.5, OFS's
 *       "random walk" default. A flat series therefore has H = 0.5.</li>
 *   <li>A chunk whose returns are constant up to rounding (S ≤ 1e-6 × |mean|, e.g. a perfectly
 *       geometric price path) counts as S = 0; without this its R/S would be rounding noise.</li>
 *   <li>A return that involves a zero or negative close is taken as 0 (no defined log move).</li>
 *   <li>A window size whose chunks all have S = 0 is left out of the fit together with its ln n
 *       (the OFS {@code lags[:len(rs_values)]} would pair the remaining R/S with the wrong n).
 *       </li>
 * </ul>
 * <b>Cost: each chunk is computed once.</b> Chunks are cut from the newest return backwards, so
 * the chunk of n returns ending a × n returns back is exactly the newest n returns of a × n
 * updates ago, and the oldest, partial chunk (p = (W − 1) mod n returns, counted when p ≥ 2) is
 * the newest p returns of k × n updates ago (k = ⌊(W − 1) / n⌋ full chunks). So every update
 * computes the R/S of only the newest n and the newest p returns of each size (from the backward
 * running sums of the newest max(n) returns, shifted by the newest return, and of their squares,
 * {@link ShiftedReturnSums}, one pass per return that {@link RegimeAnalyzer} shares with the
 * autocorrelation: mean and variance of any suffix then cost O(1); R is one pass of keyed extremes per
 * suffix, {@link SuffixRescaledRange}, a vector at a time on the Vector API, the n- and p-suffix
 * of a size in the same pass so that their two chains of extremes overlap) and caches them by
 * residue class (the cut at update u reads only R/S pushed a multiple of n updates before, all in
 * class u mod n, so each class keeps its k full-chunk and k + 1 partial-chunk R/S in one block:
 * a cut reads one or two cache lines per size, which measured ~20 ns faster in the full update
 * than reading k + 1 entries spread over a ring per length); H then sums the cached R/S of the
 * cut (newest chunk first, a fixed order: same inputs, same bits).
 * Skipped chunks (S counted as 0) are cached as skipped. The chunks are computed from the moment
 * they fit, so H is defined from the W-th close as before. For W = 100 that is 157 steps per
 * update (10 + 9, 20 + 19, 50 + 49) instead of ~300 keyed steps and a 99-return prefix pass, and
 * 6 {@code Math.sqrt} instead of 17; one {@code Math.log} per size. With the Vector API (see
 * {@link io.pldot.engine.analytics.vector.VectorSupport}) the keyed steps run 8 at a time on AVX-512, with
 * the same bits as the scalar loop. The values differ from a
 * window-wide recomputation only by rounding (checked to 1e-12 relative per size in the tests;
 * H still matches the OFS numpy values to 1e-9).
 * State for W = 100: 520 cached R/S (4.1 KB) and small per-size arrays, plus, unless shared, the
 * returns and their sums (a mirrored ring of 2 × 99 doubles and two sums of 51, 2.4 KB). Does
 * not allocate after construction.
 * Single-threaded; not thread-safe.
 */
public final class HurstExponent
{
    /** OFS §12.5: {@code lags = [10, 20, 50]}. */
    private static final int[] SEED_LAGS = {10, 20, 50};
    /** S at or below this fraction of |mean| is rounding noise on constant returns. */
    static final double CONSTANT_RETURNS_TOLERANCE = 1e-6;
    /** Returned when fewer than two window sizes give an R/S (OFS §12.5). */
    public static final double RANDOM_WALK = 0.5;
    /** Cached R/S of a chunk whose standard deviation counts as zero (or not yet seen). */
    private static final double SKIPPED = SuffixRescaledRange.SKIPPED;

    private final int window;
    private final int[] lags;
    private final double[] logLags;
    private final double[] fitX;
    private final double[] fitY;
    /** Per size: the full chunks in the cut, floor((W − 1) / n). */
    private final int[] fullChunks;
    /** Per size: length of the oldest, partial chunk, (W − 1) mod n, or 0 when under 2. */
    private final int[] partialLength;
    /**
     * The cached R/S, by residue class: the cut at update u reads only pushes made a multiple of n
     * updates before u, all in the residue class u mod n, so each class of each size has its own
     * block of 2k + 1 entries, kept together so that a cut reads one or two cache lines per size
     * instead of k + 1 entries spread over the whole cache: k full-chunk R/S (the last k pushes of
     * the class, slot = push quotient mod k), then k + 1 partial-chunk R/S (slot = quotient
     * mod (k + 1), so the one pushed k quotients ago is still there). Never-pushed entries are
     * {@link #SKIPPED}.
     */
    private final double[] cache;
    /** Per size: offset of residue class 0's block. */
    private final int[] blockOffset;
    /** Per size: residue class of the latest push, 0..n − 1. */
    private final int[] residue;
    /** Per size: the latest push's quotient (updates / n) mod k: its full-chunk slot. */
    private final int[] fullSlot;
    /** Per size: the latest push's quotient mod (k + 1): its partial-chunk slot. */
    private final int[] partialSlot;
    /** Per size: mean R/S of the last computed cut, or NaN when every chunk was skipped. */
    private final double[] meanRs;
    /** The returns and their shifted backward sums: this instance's own, or the analyzer's shared ones. */
    private final ShiftedReturnSums moments;
    private final LogReturns closes = new LogReturns();
    /** The two R/S of one size's suffixes, as {@link SuffixRescaledRange#rescaledRangePair} writes them. */
    private final double[] pair = new double[2];
    private double value = Double.NaN;

    /**
     * Uses the OFS window sizes 10, 20 and 50.
     *
     * @param window W, the number of closes, ≥ 51 (the largest size, 50, must fit in W − 1 returns).
     */
    public HurstExponent(final int window)
    {
        this(window, SEED_LAGS);
    }

    /**
     * @param window W, the number of closes (W − 1 returns).
     * @param lags   chunk sizes n, at least two, strictly ascending, each in [2, W − 1].
     */
    public HurstExponent(final int window, final int[] lags)
    {
        this(window, lags, null);
    }

    /**
     * @param window  W, the number of closes (W − 1 returns).
     * @param lags    chunk sizes n, at least two, strictly ascending, each in [2, W − 1].
     * @param moments the returns and sums to read (shared with {@link ReturnAutocorrelation} by
     *                {@link RegimeAnalyzer}, which adds each return and then calls
     *                {@link #returnAdded()}): keeping W − 1 returns or more and sums of the largest
     *                size or longer; null for this instance's own (fed by {@link #update}).
     */
    HurstExponent(final int window, final int[] lags, final ShiftedReturnSums moments)
    {
        if (lags.length < 2)
        {
            throw new IllegalArgumentException("Hurst needs at least two window sizes");
        }
        for (int i = 0; i < lags.length; i++)
        {
            if (lags[i] < 2 || lags[i] > window - 1 || (i > 0 && lags[i] <= lags[i - 1]))
            {
                throw new IllegalArgumentException(
                    "Hurst window sizes must ascend strictly, each in [2, window - 1]: lag " + lags[i] +
                    ", window " + window);
            }
        }
        this.window = window;
        this.lags = lags.clone();
        final int sizes = lags.length;
        this.logLags = new double[sizes];
        for (int i = 0; i < sizes; i++)
        {
            logLags[i] = Math.log(lags[i]);
        }
        this.fitX = new double[sizes];
        this.fitY = new double[sizes];
        this.meanRs = new double[sizes];
        final int m = window - 1;
        this.fullChunks = new int[sizes];
        this.partialLength = new int[sizes];
        this.blockOffset = new int[sizes];
        this.residue = new int[sizes];
        this.fullSlot = new int[sizes];
        this.partialSlot = new int[sizes];
        int total = 0;
        for (int i = 0; i < sizes; i++)
        {
            final int n = lags[i];
            final int k = m / n;
            final int p = m % n;
            fullChunks[i] = k;
            partialLength[i] = p >= 2 ? p : 0;
            blockOffset[i] = total;
            total += n * (2 * k + 1);
            // The first push advances these to class 0, slots 0.
            residue[i] = n - 1;
            fullSlot[i] = k - 1;
            partialSlot[i] = k;
        }
        this.cache = new double[total];
        Arrays.fill(cache, SKIPPED);
        final int longest = lags[sizes - 1];
        this.moments = moments != null ? moments : new ShiftedReturnSums(m, longest, longest);
        if (this.moments.longest() < longest)
        {
            throw new IllegalArgumentException("shared return sums shorter than the largest size " + longest);
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
     * Adds one close and, once the window is full, recomputes H.
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
     * Adds the next log return (what {@link #update(double)} derives from a close) and, once W − 1
     * returns exist, recomputes H. For {@link RegimeAnalyzer}, which shares one log per close.
     *
     * @param logReturn ln(close) − ln(previous close), 0 when undefined.
     */
    void addReturn(final double logReturn)
    {
        moments.add(logReturn);
        returnAdded();
    }

    /**
     * Once W − 1 returns exist, recomputes H from the return just added to the sums this
     * instance reads (by {@link #addReturn}, or by {@link RegimeAnalyzer} to the shared ones).
     */
    void returnAdded()
    {
        cacheNewestChunks();
        if (hasValue())
        {
            value = compute();
        }
    }

    /**
     * @return true once W closes have been seen.
     */
    public boolean hasValue()
    {
        return moments.count() >= window - 1;
    }

    /**
     * @return H in [0, 1], or NaN before W closes.
     */
    public double value()
    {
        return value;
    }

    /**
     * @return W.
     */
    public int window()
    {
        return window;
    }

    /**
     * @return the mean R/S of window size {@code lags[sizeIndex]} in the last computed H, or NaN
     * when all its chunks were skipped (or before W closes). For tests.
     */
    double meanRescaledRange(final int sizeIndex)
    {
        return meanRs[sizeIndex];
    }

    /**
     * Computes the R/S of the newest suffix of every cached length (each size n and each partial
     * length) and pushes it into that length's ring. Every chunk of a later cut is such a suffix
     * of an earlier update: the chunk ending a × n returns back is the newest n-suffix of a × n
     * updates ago, the partial one the newest p-suffix of k × n updates ago.
     */
    private void cacheNewestChunks()
    {
        final long count = moments.count();
        final double[] sums = moments.sums;
        final double[] squares = moments.squares;
        final double shift = moments.shift();
        for (int li = 0; li < lags.length; li++)
        {
            final int n = lags[li];
            final int k = fullChunks[li];
            // Advance to this update's residue class (and, when the classes wrap, the next quotient).
            int cls = residue[li] + 1;
            if (cls == n)
            {
                cls = 0;
                fullSlot[li] = fullSlot[li] + 1 == k ? 0 : fullSlot[li] + 1;
                partialSlot[li] = partialSlot[li] == k ? 0 : partialSlot[li] + 1;
            }
            residue[li] = cls;
            final int block = blockOffset[li] + cls * (2 * k + 1);
            final int partial = partialLength[li];
            if (partial > 0 && count >= n)
            {
                // Both suffixes at once (partial < n): their two chains of extremes overlap.
                SuffixRescaledRange.rescaledRangePair(sums, squares, n, partial, shift, pair);
                cache[block + fullSlot[li]] = pair[0];
                cache[block + k + partialSlot[li]] = pair[1];
                continue;
            }
            cache[block + fullSlot[li]] =
                count >= n ? SuffixRescaledRange.rescaledRange(sums, squares, n, shift) : SKIPPED;
            if (partial > 0)
            {
                cache[block + k + partialSlot[li]] =
                    count >= partial ? SuffixRescaledRange.rescaledRange(sums, squares, partial, shift) : SKIPPED;
            }
        }
    }

    private double compute()
    {
        int points = 0;
        for (int li = 0; li < lags.length; li++)
        {
            final int n = lags[li];
            // The cut, newest chunk first (the order of the sum is fixed: same inputs, same bits):
            // the last k pushes of this update's residue class, then the partial chunk pushed k
            // quotients ago.
            double rsSum = 0.0;
            int rsCount = 0;
            final int k = fullChunks[li];
            final int block = blockOffset[li] + residue[li] * (2 * k + 1);
            int slot = fullSlot[li];
            for (int c = 0; c < k; c++)
            {
                final double rs = cache[block + slot];
                if (rs >= 0.0)
                {
                    rsSum += rs;
                    rsCount++;
                }
                slot = slot == 0 ? k - 1 : slot - 1;
            }
            if (partialLength[li] > 0)
            {
                final int oldest = partialSlot[li] == k ? 0 : partialSlot[li] + 1;
                final double rs = cache[block + k + oldest];
                if (rs >= 0.0)
                {
                    rsSum += rs;
                    rsCount++;
                }
            }
            meanRs[li] = Double.NaN;
            if (rsCount > 0)
            {
                final double mean = rsSum / rsCount;
                meanRs[li] = mean;
                if (mean > 0.0)
                {
                    fitX[points] = logLags[li];
                    fitY[points] = Math.log(mean);
                    points++;
                }
            }
        }
        if (points < 2)
        {
            return RANDOM_WALK;
        }
        final double slope = slope(fitX, fitY, points);
        if (!Double.isFinite(slope))
        {
            return RANDOM_WALK;
        }
        return Math.max(0.0, Math.min(1.0, slope));
    }

    /** A long whose signed order is the order of the (non-NaN) double; its own inverse. */
    static long orderedKey(final double value)
    {
        final long bits = Double.doubleToRawLongBits(value);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    static double fromOrderedKey(final long key)
    {
        return Double.longBitsToDouble(key ^ ((key >> 63) & Long.MAX_VALUE));
    }

    /** Least-squares slope of y on x over the first {@code points} pairs (x not all equal). */
    static double slope(final double[] x, final double[] y, final int points)
    {
        double sumX = 0.0;
        double sumY = 0.0;
        for (int i = 0; i < points; i++)
        {
            sumX += x[i];
            sumY += y[i];
        }
        final double meanX = sumX / points;
        final double meanY = sumY / points;
        double sxy = 0.0;
        double sxx = 0.0;
        for (int i = 0; i < points; i++)
        {
            final double dx = x[i] - meanX;
            sxy += dx * (y[i] - meanY);
            sxx += dx * dx;
        }
        return sxy / sxx;
    }
}
