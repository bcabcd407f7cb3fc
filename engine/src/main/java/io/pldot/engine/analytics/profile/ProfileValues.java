package io.pldot.engine.analytics.profile;

/**
 * What a {@link MarketProfile} reports after each close, computed from its {@link ProfileRows}:
 * the POC, the value area and the shape, as rows and fixed-point volumes (the profile turns them
 * into prices). The rules are those of the {@link MarketProfile} class comment (README
 * "Analytics"): POC the largest row, nearest the middle of the occupied range on a tie, the upper
 * when equally near; value area out from the POC, the larger adjacent occupied row first (the
 * upper on a tie), until area × 100 &ge; total × percent, exactly.
 * <p>
 * Cost: the occupied range's ends are found by walking in from the window's ends, the POC from
 * the block maxima, and the value area walk stops as soon as the area reaches its target.
 * <p>
 * Single-threaded: owned with its {@link MarketProfile} by the analytics stage thread. Does not
 * allocate.
 */
final class ProfileValues
{
    private static final ProfileShape[] SHAPES = ProfileShape.values();
    private static final int NO_SHAPE = -1;

    private final ProfileRows rows;
    private final long valueAreaPercent;

    private long pocRow;
    private long valueAreaLowRow;
    private long valueAreaHighRow;
    private long valueAreaVolume;
    /** Ordinal of the shape, or NO_SHAPE: an int store per bar, where a reference store costs a GC write barrier. */
    private int shape = NO_SHAPE;

    /**
     * @param rows             the profile's rows, read at each {@link #compute}.
     * @param valueAreaPercent share of the volume the value area must hold, 1..100.
     */
    ProfileValues(final ProfileRows rows, final int valueAreaPercent)
    {
        this.rows = rows;
        this.valueAreaPercent = valueAreaPercent;
    }

    /**
     * Recomputes every value. With no volume, the rows are left as they were (the profile reports
     * NaN then) and the shape is undefined.
     *
     * @param windowMin   lowest row of the window (every row holding volume is in range).
     * @param windowMax   highest row of the window.
     * @param totalVolume volume of all rows, &ge; 0.
     */
    void compute(final long windowMin, final long windowMax, final long totalVolume)
    {
        valueAreaVolume = 0;
        if (totalVolume == 0)
        {
            shape = NO_SHAPE;
            return;
        }
        // The lowest and highest rows with volume: walk in from each end of the window (some row
        // holds volume, as the total is positive) instead of testing every row.
        long occupiedLow = windowMin;
        while (occupiedLow < windowMax && rows.at(occupiedLow) == 0)
        {
            occupiedLow++;
        }
        long occupiedHigh = windowMax;
        while (occupiedHigh > occupiedLow && rows.at(occupiedHigh) == 0)
        {
            occupiedHigh--;
        }
        // POC: the maximum comes from the block maxima; only blocks holding it are scanned.
        final long bestVolume = rows.refreshMaxima();
        final long best = rows.nearestMaxRow(occupiedLow, occupiedHigh, bestVolume);
        pocRow = best;

        // Value area: out from the POC, taking the larger occupied neighbour (the upper on a tie)
        // until the area reaches the threshold. The choice is written as selects rather than a
        // branch: it goes either way about as often, so a branch would be mispredicted half the time.
        final long threshold = threshold(totalVolume, valueAreaPercent);
        long low = best;
        long high = best;
        long area = bestVolume;
        long up = rows.nextOccupiedUp(high + 1, occupiedHigh);
        long down = rows.nextOccupiedDown(low - 1, occupiedLow);
        while (area < threshold)
        {
            final long upRow = rows.at(up);
            final long downRow = rows.at(down);
            final long upVolume = up <= occupiedHigh ? upRow : -1;
            final long downVolume = down >= occupiedLow ? downRow : -1;
            if ((upVolume & downVolume) < 0)
            {
                break;
            }
            final boolean takeUp = upVolume >= downVolume;
            area += takeUp ? upVolume : downVolume;
            high = takeUp ? up : high;
            low = takeUp ? low : down;
            // The side not taken still points at an occupied row (or past its end): its skip loop
            // stops at once.
            up = rows.nextOccupiedUp(up + (takeUp ? 1 : 0), occupiedHigh);
            down = rows.nextOccupiedDown(down - (takeUp ? 0 : 1), occupiedLow);
        }
        valueAreaLowRow = low;
        valueAreaHighRow = high;
        valueAreaVolume = area;

        shape = ShapeRules.classify(rows, occupiedLow, occupiedHigh, best).ordinal();
    }

    /**
     * @param total   volume of the profile, &ge; 0.
     * @param percent share the value area must hold, 1..100.
     * @return the smallest area with area × 100 &ge; total × percent, exactly: with total = 100 q + r,
     *         total × percent / 100 = q × percent + r × percent / 100, and the area is a whole number
     *         (no product exceeds 63 bits: q × percent &le; total).
     */
    static long threshold(final long total, final long percent)
    {
        final long q = total / 100;
        final long r = total % 100;
        return q * percent + (r * percent + 99) / 100;
    }

    /** @return the POC row (meaningful after a {@link #compute} with volume). */
    long pocRow()
    {
        return pocRow;
    }

    /** @return the value area's bottom row. */
    long valueAreaLowRow()
    {
        return valueAreaLowRow;
    }

    /** @return the value area's top row. */
    long valueAreaHighRow()
    {
        return valueAreaHighRow;
    }

    /** @return volume of the value area in fixed-point units (0 with no volume). */
    long valueAreaVolume()
    {
        return valueAreaVolume;
    }

    /** @return the shape, or {@code null} when the last {@link #compute} found no volume. */
    ProfileShape shape()
    {
        return shape == NO_SHAPE ? null : SHAPES[shape];
    }
}
