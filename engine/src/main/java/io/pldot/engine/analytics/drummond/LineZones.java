package io.pldot.engine.analytics.drummond;

/**
 * The projections of one line type of a {@link DrummondLines} (sorted across bars in a
 * {@link SortedWindow}) and the zones they chain into: which ranks start a zone, kept as a bit
 * mask and relinked only around the ranks a new projection moved; the zone nearest the close,
 * found per bar from that mask; and the full zone list, chained only when a getter asks. The
 * rules (tolerance, chaining, nearest zone) are those of the {@link DrummondLines} class comment.
 * <p>
 * {@link DrummondLines} holds one per type and reads the results from the fields directly (the
 * class was its nested {@code Side}; the JIT sees the same field loads). Owned by one thread, not
 * thread-safe (the zone list is filled lazily). No allocation after construction.
 */
final class LineZones
{
    /** Beyond this magnitude the midpoint of two projections could overflow: zones chained in full. */
    private static final double MIDPOINT_SAFE = 0x1p1000;

    final SortedWindow projections;
    final boolean percent;
    final double tolerance;
    final double[] zoneLower;
    final double[] zoneUpper;
    final int[] zoneStrength;
    /** Bit r set: the projection of rank r starts a zone (r = 0, or it does not join r - 1). */
    long starts;
    int zones;
    boolean zonesCurrent = true;
    double lineEnd = Double.NaN;
    double lineSlope = Double.NaN;
    double nearestCenter = Double.NaN;
    int nearestStrength;

    /**
     * @param lookback  projections kept, 1..64 (one bit per rank in {@link #starts}).
     * @param percent   the tolerance is a percentage of the previous projection's |price|.
     * @param tolerance largest gap inside a zone, &ge; 0.
     */
    LineZones(final int lookback, final boolean percent, final double tolerance)
    {
        this.projections = new SortedWindow(lookback);
        this.percent = percent;
        this.tolerance = tolerance;
        zoneLower = new double[lookback];
        zoneUpper = new double[lookback];
        zoneStrength = new int[lookback];
    }

    /**
     * Adds the line through two consecutive bars' prices: its projection one bar ahead,
     * end + (end − start), enters the window (the oldest leaves when it is full).
     */
    void addLine(final double start, final double end)
    {
        lineEnd = end;
        lineSlope = end - start;
        projections.add(end + (end - start));
        zonesCurrent = false;
        final int n = projections.size();
        if (projections.resorted())
        {
            starts = linkAll(n);
            return;
        }
        final boolean regular = regular(n);
        final int vacated = projections.vacatedRank();
        final int filled = projections.filledRank();
        long next = moved(starts, vacated, filled);
        next = relink(next, vacated, n, regular);
        next = relink(next, vacated + 1, n, regular);
        next = relink(next, filled, n, regular);
        // Rank 0 always starts a zone (the first add set no bit: nothing moved, no link).
        starts = relink(next, filled + 1, n, regular) | 1L;
    }

    /**
     * Sets the nearest zone: the one with the highest center at or below {@code close}
     * ({@code below}) or the lowest center at or above it.
     */
    void findNearest(final double close, final boolean below)
    {
        nearestCenter = Double.NaN;
        nearestStrength = 0;
        final int n = projections.size();
        if (n == 0 || Double.isNaN(close))
        {
            // No zone; or no center compares with a NaN close.
            return;
        }
        if (!regular(n))
        {
            scanZones(close, below);
            return;
        }
        // Zone k: the one holding the highest projection <= close (every later zone starts
        // above the close, so its center is above too). Earlier zones end strictly below
        // zone k's lower end (equal neighbours always chain), so their centers are below the
        // close. Hence the answer is zone k or its neighbour on the asked side.
        final int atOrBelow = projections.countAtOrBelow(close) - 1;
        int first;
        int last;
        if (atOrBelow < 0)
        {
            if (below)
            {
                return;
            }
            first = 0;
            last = zoneEnd(0, n);
        }
        else
        {
            first = zoneStart(atOrBelow);
            last = zoneEnd(atOrBelow, n);
            final double center = (projections.get(first) + projections.get(last)) / 2.0;
            if (below ? !(center <= close) : !(center >= close))
            {
                if (below ? first == 0 : last == n - 1)
                {
                    return;
                }
                if (below)
                {
                    last = first - 1;
                    first = zoneStart(last);
                }
                else
                {
                    first = last + 1;
                    last = zoneEnd(first, n);
                }
            }
        }
        nearestCenter = (projections.get(first) + projections.get(last)) / 2.0;
        nearestStrength = last - first + 1;
    }

    /** @return the rank that starts the zone holding rank {@code rank}: its start bit, or the last below. */
    private int zoneStart(final int rank)
    {
        return 63 - Long.numberOfLeadingZeros(starts & (-1L >>> (63 - rank)));
    }

    /** @return the rank that ends the zone holding rank {@code rank}: the next start - 1, or n - 1. */
    private int zoneEnd(final int rank, final int n)
    {
        // Bit n marks the end of the window (at n = 64 it wraps to bit 0, which the mask drops).
        return Long.numberOfTrailingZeros((starts | (1L << n)) & (-2L << rank)) - 1;
    }

    /**
     * The zone starts after one {@link SortedWindow#add}: the links of the values that moved one
     * rank together move with them; the links around the vacated and filled ranks are new.
     */
    private static long moved(final long starts, final int vacated, final int filled)
    {
        if (filled < vacated)
        {
            // Ranks filled..vacated-1 went up one: so did the links between them.
            return (starts & ~ranks(filled + 1, vacated)) | ((starts & ranks(filled + 1, vacated - 1)) << 1);
        }
        if (filled > vacated)
        {
            // Ranks vacated+1..filled went down one.
            return (starts & ~ranks(vacated + 1, filled)) | ((starts & ranks(vacated + 2, filled)) >>> 1);
        }
        return starts;
    }

    /** @return bits first..last (inclusive; none when first > last), 1 <= first, last <= 63. */
    private static long ranks(final int first, final int last)
    {
        return first > last ? 0L : (-1L << first) & (-1L >>> (63 - last));
    }

    /** @return starts with the bit of rank {@code rank} set from the current values (ranks 1..n-1 only). */
    private long relink(final long starts, final int rank, final int n, final boolean regular)
    {
        if (rank < 1 || rank >= n)
        {
            return starts;
        }
        return (starts & ~(1L << rank)) | (startBit(rank, regular) << rank);
    }

    /**
     * @return 1 when the projection of rank {@code rank} (>= 1) starts a zone (does not join
     * the one before it), else 0: {@link #joins} as a bit, not a branch (whether a projection
     * joins its neighbour depends on the data and was mispredicted about half the time).
     */
    private long startBit(final int rank, final boolean regular)
    {
        if (!regular)
        {
            return joins(rank) ? 0L : 1L;
        }
        // With regular projections the gap is finite and allowed is in [0, +inf], so
        // allowed - gap has its sign bit clear exactly when gap <= allowed: a zero difference
        // is +0.0 (x - x), and + 0.0 turns a -0.0 tolerance into +0.0 (+0.0 - -0.0 = +0.0).
        final double previous = projections.get(rank - 1);
        final double allowed = allowed(previous) + 0.0;
        return Double.doubleToRawLongBits(allowed - (projections.get(rank) - previous)) >>> 63;
    }

    /** @return true without NaN or projections beyond ±2^1000 (no midpoint or gap overflows). */
    private boolean regular(final int n)
    {
        return !projections.hasNaN() && projections.get(0) >= -MIDPOINT_SAFE
            && projections.get(n - 1) <= MIDPOINT_SAFE;
    }

    private long linkAll(final int n)
    {
        long all = 1L;
        for (int rank = 1; rank < n; rank++)
        {
            all |= joins(rank) ? 0L : 1L << rank;
        }
        return all;
    }

    /** Whether the projection of rank {@code rank} (>= 1) is in the zone of the one before it. */
    private boolean joins(final int rank)
    {
        final double previous = projections.get(rank - 1);
        return projections.get(rank) - previous <= allowed(previous);
    }

    /** @return the largest gap above {@code previous} that joins its zone. */
    private double allowed(final double previous)
    {
        return percent ? Math.abs(previous) * tolerance / 100.0 : tolerance;
    }

    /** The reference search, over the full zone list: for NaN or near-overflow projections. */
    private void scanZones(final double close, final boolean below)
    {
        chained();
        int best = -1;
        for (int i = 0; i < zones; i++)
        {
            final double center = (zoneLower[i] + zoneUpper[i]) / 2.0;
            if (below ? !(center <= close) : center >= close)
            {
                best = below ? best : i;
                break;
            }
            best = below ? i : best;
        }
        if (best >= 0)
        {
            nearestCenter = (zoneLower[best] + zoneUpper[best]) / 2.0;
            nearestStrength = zoneStrength[best];
        }
    }

    /** @return this, with the zone list chained from the current projections. */
    LineZones chained()
    {
        if (zonesCurrent)
        {
            return this;
        }
        zonesCurrent = true;
        final int n = projections.size();
        zones = 0;
        long rest = starts;
        while (rest != 0)
        {
            final int first = Long.numberOfTrailingZeros(rest);
            rest &= rest - 1;
            final int last = (rest == 0 ? n : Long.numberOfTrailingZeros(rest)) - 1;
            zoneLower[zones] = projections.get(first);
            zoneUpper[zones] = projections.get(last);
            zoneStrength[zones] = last - first + 1;
            zones++;
        }
        return this;
    }
}
