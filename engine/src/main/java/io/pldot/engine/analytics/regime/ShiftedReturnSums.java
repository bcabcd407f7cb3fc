package io.pldot.engine.analytics.regime;

/**
 * The newest log returns of one series and, after each return, their backward running sums:
 * the one pass over the window that {@link HurstExponent} (R/S of the newest suffixes) and
 * {@link ReturnAutocorrelation} (mean, variance and lag-1 products of the newest M returns) both
 * read, so that {@link RegimeAnalyzer} walks the returns once per bar instead of three times.
 * <p>
 * With y = return − shift, shift = the newest return, and y<sub>1</sub> the newest (so
 * y<sub>1</sub> = 0), y<sub>2</sub> the one before, and so on, after each {@link #add}:
 * <ul>
 *   <li>{@code sums[j]} = y<sub>1</sub> + … + y<sub>j</sub>;</li>
 *   <li>{@code squares[j]} = y<sub>1</sub>² + … + y<sub>j</sub>²;</li>
 * </ul>
 * for j = 1..min(returns seen, {@code longest}), and {@link #lagProducts()} = y<sub>1</sub>y<sub>2</sub>
 * + … + y<sub>L−1</sub>y<sub>L</sub> (the products of neighbours within the newest L =
 * min(returns seen, {@code lagLength})): one sum, not one per length, as only the autocorrelation
 * window reads it. Shifted by one of the window's own returns, the
 * moments E[y²] − E[y]² (and the lag-1 covariance) lose little to cancellation: the shift lies
 * within the window, so (shift − mean)² ≤ j × variance, and the relative error stays within about
 * j ulps where raw returns drifting far from zero would lose digits.
 * <p>
 * The sums advance four returns per step, each by the block's total added in a fixed order (the
 * same bits on every run): a chain of one dependent addition per step instead of four.
 * <p>
 * Single writer (the owner of the indicators that read it); the arrays are read by those
 * indicators right after {@link #add}. Does not allocate after construction.
 */
final class ShiftedReturnSums
{
    final double[] sums;
    final double[] squares;
    private final DoubleWindow returns;
    private final int longest;
    private final int lagLength;
    private double lagProducts;
    private double shift;
    private long count;

    /**
     * @param kept      returns kept (readable through {@link #returnAgo}), ≥ {@code longest}.
     * @param longest   the longest run of newest returns the sums cover, ≥ 1.
     * @param lagLength the newest returns whose neighbour products are summed, 1..{@code longest}.
     */
    ShiftedReturnSums(final int kept, final int longest, final int lagLength)
    {
        if (longest < 1 || kept < longest || lagLength < 1 || lagLength > longest)
        {
            throw new IllegalArgumentException("need 1 <= lagLength <= longest <= kept: lagLength " + lagLength
                + ", longest " + longest + ", kept " + kept);
        }
        this.lagLength = lagLength;
        this.returns = new DoubleWindow(kept);
        this.longest = longest;
        this.sums = new double[longest + 1];
        this.squares = new double[longest + 1];
    }

    /**
     * Adds the next return and recomputes the sums.
     *
     * @param logReturn ln(close) − ln(previous close), 0 when undefined.
     */
    void add(final double logReturn)
    {
        returns.add(logReturn);
        count++;
        final int available = (int)Math.min(count, longest);
        final double[] r = returns.array();
        final int newest = returns.start() + returns.capacity() - 1;
        final double s = r[newest];
        shift = s;
        double p = 0.0;
        double q = 0.0;
        double l = 0.0;
        // y of the return just before the block (the newer neighbour of its first one): none yet.
        double before = 0.0;
        final int lagged = Math.min(available, lagLength);
        int j = 0;
        for (; j + 3 < lagged; j += 4)
        {
            final double y0 = r[newest - j] - s;
            final double y1 = r[newest - j - 1] - s;
            final double y2 = r[newest - j - 2] - s;
            final double y3 = r[newest - j - 3] - s;
            storeBlock(j, p, q, y0, y1, y2, y3);
            p += (y0 + y1) + (y2 + y3);
            q += (y0 * y0 + y1 * y1) + (y2 * y2 + y3 * y3);
            l += (before * y0 + y0 * y1) + (y1 * y2 + y2 * y3);
            before = y3;
        }
        for (; j < lagged; j++)
        {
            final double y = r[newest - j] - s;
            p += y;
            q += y * y;
            l += before * y;
            sums[j + 1] = p;
            squares[j + 1] = q;
            before = y;
        }
        lagProducts = l;
        for (; j + 3 < available; j += 4)
        {
            final double y0 = r[newest - j] - s;
            final double y1 = r[newest - j - 1] - s;
            final double y2 = r[newest - j - 2] - s;
            final double y3 = r[newest - j - 3] - s;
            storeBlock(j, p, q, y0, y1, y2, y3);
            p += (y0 + y1) + (y2 + y3);
            q += (y0 * y0 + y1 * y1) + (y2 * y2 + y3 * y3);
        }
        for (; j < available; j++)
        {
            final double y = r[newest - j] - s;
            p += y;
            q += y * y;
            sums[j + 1] = p;
            squares[j + 1] = q;
        }
    }

    /**
     * Stores the running sums at the four lengths of one block, from the sums before it (p, q) and
     * its four shifted returns; the block's last sums are the totals the caller adds in the same
     * order, (y0 + y1) + (y2 + y3), so both give the same bits.
     */
    private void storeBlock(
        final int j, final double p, final double q, final double y0, final double y1, final double y2, final double y3)
    {
        final double s01 = y0 + y1;
        final double q0 = y0 * y0;
        final double q01 = q0 + y1 * y1;
        final double q2 = y2 * y2;
        sums[j + 1] = p + y0;
        squares[j + 1] = q + q0;
        sums[j + 2] = p + s01;
        squares[j + 2] = q + q01;
        sums[j + 3] = p + (s01 + y2);
        squares[j + 3] = q + (q01 + q2);
        sums[j + 4] = p + (s01 + (y2 + y3));
        squares[j + 4] = q + (q01 + (q2 + y3 * y3));
    }

    /**
     * @return the sum of the products of neighbouring shifted returns within the newest
     * min(returns seen, lagLength) returns, as of the last {@link #add}.
     */
    double lagProducts()
    {
        return lagProducts;
    }

    /** @return returns added so far. */
    long count()
    {
        return count;
    }

    /** @return the shift of the sums: the newest return (valid after the first {@link #add}). */
    double shift()
    {
        return shift;
    }

    /**
     * @param ago 0 for the newest return, up to kept − 1 (and below {@link #count()}).
     * @return that return, unshifted.
     */
    double returnAgo(final int ago)
    {
        return returns.array()[returns.start() + returns.capacity() - 1 - ago];
    }

    /** @return the newest returns whose neighbour products {@link #lagProducts()} sums. */
    int lagLength()
    {
        return lagLength;
    }

    /** @return the longest run of newest returns the sums cover. */
    int longest()
    {
        return longest;
    }
}
