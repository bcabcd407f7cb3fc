package io.pldot.engine.analytics.profile;

import java.util.Arrays;

/**
 * The per-bar store of one {@link MarketProfile}: a ring of {@code window + 1} preallocated
 * slots, one per bar of the window plus the bar being built, each holding that bar's own volume
 * by row (rows [min, max] of slot s at {@code s × barRows + (row & (barRows − 1))}) and its
 * total. Keeping each bar's contribution apart is what lets the oldest bar leave the profile by
 * subtracting exactly what it added (integer units, no rounding drift).
 * <p>
 * Bounds: a bar spans at most {@code barRows} rows; volume beyond goes into the bar's nearest
 * edge row ({@link #add}, {@link #spread}), and {@link #clamp} merges rows outside a re-centred
 * profile range into its edge rows. Each such merge is counted in {@link #mergedCount()}.
 * <p>
 * The bar in progress's range, total and first index are kept in fields while trades arrive and
 * written to its slot by {@link #seal()}: every trade of every timeframe updates them, and fields
 * of one object stay in cache where three more array elements would each cost a line.
 * <p>
 * Single-threaded: owned with its {@link MarketProfile} by the analytics stage thread. Does not
 * allocate after construction. A final class with small methods, so {@link #add} inlines into the
 * per-trade path.
 */
final class BarSlots
{
    /** Lowest row of an empty slot: above every row, so any row lowers it. */
    static final long EMPTY_MIN = Long.MAX_VALUE;
    /** Highest row of an empty slot. */
    static final long EMPTY_MAX = Long.MIN_VALUE;

    private final int slots;
    private final int barRows;
    private final int barMask;
    private final long[] volume;
    private final long[] min;
    private final long[] max;
    private final long[] total;

    private int oldest;
    private int committed;
    private int current;
    private long currentMin = EMPTY_MIN;
    private long currentMax = EMPTY_MAX;
    private long currentTotal;
    private int currentBase;
    private long mergedCount;

    /**
     * @param window  bars the window holds, &ge; 1.
     * @param barRows rows one bar can span, a power of two.
     */
    BarSlots(final int window, final int barRows)
    {
        this.slots = window + 1;
        this.barRows = barRows;
        this.barMask = barRows - 1;
        this.volume = new long[slots * barRows];
        this.min = new long[slots];
        this.max = new long[slots];
        this.total = new long[slots];
        Arrays.fill(min, EMPTY_MIN);
        Arrays.fill(max, EMPTY_MAX);
    }

    /**
     * Adds volume at one row of the bar in progress, into its nearest edge row when the row is
     * {@code barRows} or more from the bar's other end.
     *
     * @param row   profile row.
     * @param units fixed-point volume, &ge; 0.
     */
    void add(final long row, final long units)
    {
        final long lo = currentMin;
        final long hi = currentMax;
        long r = row;
        if (lo > hi)
        {
            currentMin = r;
            currentMax = r;
        }
        else if (r < lo)
        {
            if (hi - r >= barRows)
            {
                r = hi - barRows + 1;
                mergedCount++;
            }
            currentMin = r;
        }
        else if (r > hi)
        {
            if (r - lo >= barRows)
            {
                r = lo + barRows - 1;
                mergedCount++;
            }
            currentMax = r;
        }
        final int index = currentBase + (int)(r & barMask);
        volume[index] = Math.addExact(volume[index], units);
        currentTotal = Math.addExact(currentTotal, units);
    }

    /**
     * Spreads a bar's volume over rows [lowRow, highRow] of the bar in progress (the rule of the
     * {@link MarketProfile} class comment: V / k each, one unit more for the V mod k centre rows).
     *
     * @param lowRow  lowest row.
     * @param highRow highest row, &ge; lowRow.
     * @param units   fixed-point volume, &gt; 0.
     */
    void spread(final long lowRow, final long highRow, final long units)
    {
        final long rows = highRow - lowRow + 1;
        final long share = units / rows;
        final long remainder = units % rows;
        // The remainder's units go one each to the block of rows [from, to) at the centre of the
        // range, half a row higher when it cannot sit exactly in the middle.
        final long from = (rows - remainder + 1) / 2;
        final long to = from + remainder;
        if (rows <= barRows)
        {
            for (long i = 0; i < rows; i++)
            {
                add(lowRow + i, i >= from && i < to ? share + 1 : share);
            }
            return;
        }
        // Rows from lowRow + barRows - 1 up are beyond the bar's bound: their shares go, summed,
        // into that edge row (the same place add would put them one by one).
        final long edge = barRows - 1;
        for (long i = 0; i < edge; i++)
        {
            add(lowRow + i, i >= from && i < to ? share + 1 : share);
        }
        final long extrasBelowEdge = Math.max(0, Math.min(edge, to) - from);
        add(lowRow + edge, share * (rows - edge) + remainder - extrasBelowEdge);
        mergedCount += rows - barRows;
    }

    /** Writes the bar in progress's range and total to its slot (before it is committed). */
    void seal()
    {
        min[current] = currentMin;
        max[current] = currentMax;
        total[current] = currentTotal;
    }

    /**
     * Commits the sealed bar in progress and starts the next one in the following slot, the one
     * the window's oldest bar left (empty).
     */
    void advance()
    {
        committed++;
        current = next(current);
        currentMin = min[current];
        currentMax = max[current];
        currentTotal = total[current];
        currentBase = current * barRows;
    }

    /**
     * Takes the oldest committed bar out of {@code rows} and empties its slot.
     *
     * @param rows the profile it was added to.
     * @return its total volume.
     */
    long evictOldest(final ProfileRows rows)
    {
        final int bar = oldest;
        final int base = bar * barRows;
        for (long r = min[bar]; r <= max[bar]; r++)
        {
            final int index = base + (int)(r & barMask);
            rows.add(r, -volume[index]);
            volume[index] = 0;
        }
        final long leaving = total[bar];
        total[bar] = 0;
        min[bar] = EMPTY_MIN;
        max[bar] = EMPTY_MAX;
        oldest = next(bar);
        committed--;
        return leaving;
    }

    /**
     * Adds the rows of one slot to {@code rows}.
     *
     * @param rows the profile.
     * @param bar  slot.
     * @return the slot's total volume.
     */
    long addTo(final ProfileRows rows, final int bar)
    {
        final int base = bar * barRows;
        for (long r = min[bar]; r <= max[bar]; r++)
        {
            rows.add(r, volume[base + (int)(r & barMask)]);
        }
        return total[bar];
    }

    /**
     * Narrows one slot to rows [lo, hi]: volume below goes into row lo, above into row hi (each
     * row so moved counted in {@link #mergedCount()}). A slot wholly outside ends as that one
     * edge row.
     *
     * @param bar slot.
     * @param lo  lowest row kept.
     * @param hi  highest row kept, &ge; lo.
     */
    void clamp(final int bar, final long lo, final long hi)
    {
        final long oldMin = min[bar];
        final long oldMax = max[bar];
        if (oldMin > oldMax || (oldMin >= lo && oldMax <= hi))
        {
            return;
        }
        final int base = bar * barRows;
        long below = 0;
        for (long r = oldMin; r <= oldMax && r < lo; r++)
        {
            final int index = base + (int)(r & barMask);
            mergedCount += volume[index] != 0 ? 1 : 0;
            below += volume[index];
            volume[index] = 0;
        }
        long above = 0;
        for (long r = Math.max(oldMin, hi + 1); r <= oldMax; r++)
        {
            final int index = base + (int)(r & barMask);
            mergedCount += volume[index] != 0 ? 1 : 0;
            above += volume[index];
            volume[index] = 0;
        }
        long newMin = Math.max(oldMin, lo);
        long newMax = Math.min(oldMax, hi);
        if (newMin > newMax)
        {
            newMin = oldMax < lo ? lo : hi;
            newMax = newMin;
        }
        min[bar] = newMin;
        max[bar] = newMax;
        // Only rows of this bar remain in the slot, so the edge rows' entries are theirs.
        if (below != 0)
        {
            volume[base + (int)(lo & barMask)] += below;
        }
        if (above != 0)
        {
            volume[base + (int)(hi & barMask)] += above;
        }
    }

    /** @return the slot after {@code slot} in the ring. */
    int next(final int slot)
    {
        return slot + 1 == slots ? 0 : slot + 1;
    }

    /** @return slot of the oldest committed bar. */
    int oldest()
    {
        return oldest;
    }

    /** @return number of committed bars. */
    int committed()
    {
        return committed;
    }

    /** @return slot of the bar in progress. */
    int current()
    {
        return current;
    }

    /** @return lowest row of a slot ({@link #EMPTY_MIN} when empty; the bar in progress once sealed). */
    long min(final int bar)
    {
        return min[bar];
    }

    /** @return highest row of a slot ({@link #EMPTY_MAX} when empty). */
    long max(final int bar)
    {
        return max[bar];
    }

    /** @return volume a slot holds at a row of its range. */
    long volume(final int bar, final long row)
    {
        return volume[bar * barRows + (int)(row & barMask)];
    }

    /** @return how many times volume went into an edge row instead of its own. */
    long mergedCount()
    {
        return mergedCount;
    }
}
