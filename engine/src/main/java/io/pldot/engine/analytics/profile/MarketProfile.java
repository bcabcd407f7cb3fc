package io.pldot.engine.analytics.profile;

import io.pldot.engine.analytics.bar.Bar;

import java.util.Arrays;

/**
 * Volume profile over the last {@link MarketProfileSettings#windowBars()} bars (OFS §4.1 (docs/references.md)
 * {@code market_profile}, §5.1): volume by price row, point of control (POC), value area high and
 * low, and {@link ProfileShape}. Values are recomputed once per closed bar.
 *
 * <h2>Rows</h2>
 * A row is {@code rowTicks} ticks high; the row of a fixed-point price p is
 * {@code floorDiv(p, rowTicks)}. Every price this class reports is a row's <b>lower bound</b>,
 * row × rowTicks × 10^-priceScale (with one-tick rows, the traded price itself).
 *
 * <h2>Two feeding paths (use one per instance)</h2>
 * <ul>
 *   <li>Trades: {@link #onTrade(long, long)} puts the trade's quantity in its row, then
 *       {@link #closeBar()} at candle close.</li>
 *   <li>Bars (a bars file, no trades): {@link #update(Bar)} spreads the bar's volume evenly over
 *       every row its low..high range touches, then closes the bar. This is an approximation (the
 *       bar's real distribution is unknown): with V the volume in fixed-point units and k rows,
 *       each row gets V / k (integer division) and the r = V mod k rows at the centre of the range
 *       one unit more (rows i in [⌈(k − r) / 2⌉, ⌈(k − r) / 2⌉ + r), i = 0 at the low), so the
 *       bar adds exactly V and an evenly spread bar keeps its POC in its middle. Bar prices are
 *       put on the tick grid with {@code Math.round(price × 10^priceScale)}. A zero-range bar puts
 *       all its volume in one row; a zero-volume bar adds nothing but still takes its place in the
 *       window.</li>
 * </ul>
 *
 * <h2>Window and bounds (exact, allocation-free)</h2>
 * Each bar's contribution is kept in its own preallocated slot, so the oldest bar leaves by
 * subtracting exactly what it added (integer units, no rounding drift).
 * <ul>
 *   <li>A bar spans at most {@code maxRowsPerBar} rows: a trade (or the spread share of a row)
 *       beyond that from the rows the bar already holds goes into the bar's nearest edge row.</li>
 *   <li>The window spans at most {@code maxRows} rows: when a closing bar would stretch it
 *       further, the range is re-centred on the recent price (last trade, or the bar's close,
 *       within the bar's own rows) as [c − maxRows/2, c + maxRows/2 − 1]; rows of older bars
 *       outside it are merged into its edge rows, in their slots too, so they still leave
 *       exactly. The newest bar always fits.</li>
 * </ul>
 * Both cases are counted in {@link #mergedCount()}; with it at zero the profile is exact.
 *
 * <h2>POC and value area (README "Analytics")</h2>
 * The POC is the row with the most volume; if several tie, the one nearest the middle of the
 * occupied range (midpoint of the lowest and highest rows holding volume), and if two are equally
 * near, the upper one. The value area starts at the POC and repeatedly adds the adjacent occupied
 * row (the next row holding volume above its top or below its bottom) with more volume, the
 * upper one on a tie, until it holds at least {@code valueAreaPercent}% of the volume (compared
 * exactly: area × 100 &ge; total × percent in 128-bit arithmetic).
 * <p>
 * Degenerate inputs: while the window holds no volume (no bar yet, or only zero-volume bars) the
 * POC and value area are {@code NaN} and the shape is {@code null}; a single row of volume (one
 * flat bar) gives POC = VAH = VAL = that row and shape {@link ProfileShape#BALANCED}.
 * <p>
 * <h2>Cost per close</h2>
 * Proportional to the rows that changed and to the value area's width, not to the profile's span:
 * the profile rows are grouped in blocks of 32 with an exact running sum and a maximum per block
 * (the maximum recomputed only for blocks whose rows changed), so the POC is found from the block
 * maxima plus a scan of the few blocks holding the maximum, and the shape's thirds are summed from
 * whole blocks plus at most two partial blocks each. The value area walk goes out from the POC and
 * stops as soon as the area reaches its target (an integer threshold computed once per close).
 * <p>
 * State with the defaults: a slot of 32 rows for each of 51 bars (50 in the window plus the one
 * being built, 13,056 bytes), 1024 profile rows (8,192 bytes), 3 longs per bar (1,224 bytes) and
 * 32 blocks (536 bytes with their dirty bits): about 23 KB in all ({@link #stateBytes(MarketProfileSettings)}), under the
 * 32 KB budget. Single-threaded: owned by the analytics stage thread. Does not allocate after
 * construction.
 */
public final class MarketProfile
{
    private static final long EMPTY_MIN = Long.MAX_VALUE;
    private static final long EMPTY_MAX = Long.MIN_VALUE;
    /** Rows per block: log2 of 32, or fewer when the whole profile is smaller. */
    private static final int BLOCK_SHIFT = 5;

    private final MarketProfileSettings settings;
    private final long rowTicks;
    private final int window;
    private final int slots;
    private final int barRows;
    private final int barMask;
    private final int profileRows;
    private final int profileMask;
    private final long valueAreaPercent;
    private final double priceUnit;
    private final double quantityUnit;

    // Per bar slot: rows [barMin, barMax] at barVolume[slot * barRows + (row & barMask)].
    private final long[] barVolume;
    private final long[] barMin;
    private final long[] barMax;
    private final long[] barTotal;
    // Committed bars: rows [windowMin, windowMax] at profile[row & profileMask].
    private final long[] profile;
    // Per block of 2^blockShift profile rows (by array index): exact sum, maximum (valid when the
    // block's dirty bit is clear) and the dirty bits of blocks whose rows changed since the last close.
    private final int blockShift;
    private final long[] blockSum;
    private final long[] blockMax;
    private final long[] dirtyBlocks;

    private int oldest;
    private int committed;
    private int current;
    // The bar in progress's range, volume and first barVolume index, kept in fields while trades
    // arrive and written to its slot at the close: every trade of every timeframe updates them,
    // and fields of this object stay in cache where three more arrays would each cost a line.
    private long currentMin = EMPTY_MIN;
    private long currentMax = EMPTY_MAX;
    private long currentTotal;
    private int currentBase;
    private long totalVolume;
    private long windowMin = EMPTY_MIN;
    private long windowMax = EMPTY_MAX;
    private long lastRow;
    /** Row of the last trade and that row's lowest price: 0 and 0 before any trade, which is exact (prices 0 .. rowTicks - 1). */
    private long tradeRow;
    private long tradeRowLow;
    private long mergedCount;
    private long closedBars;

    private long pocRow;
    private long valueAreaLowRow;
    private long valueAreaHighRow;
    private long valueAreaVolume;
    private static final ProfileShape[] SHAPES = ProfileShape.values();
    private static final int NO_SHAPE = -1;
    /** Ordinal of the shape, or NO_SHAPE: an int store per bar, where a reference store costs a GC write barrier. */
    private int shape = NO_SHAPE;

    /**
     * @param settings      window, row height and bounds.
     * @param priceScale    decimal places of the instrument's fixed-point prices, 0..12.
     * @param quantityScale decimal places of the instrument's fixed-point quantities, 0..12.
     */
    public MarketProfile(final MarketProfileSettings settings, final int priceScale, final int quantityScale)
    {
        if (priceScale < 0 || priceScale > 12 || quantityScale < 0 || quantityScale > 12)
        {
            throw new IllegalArgumentException(
                "scales must be 0..12, were price " + priceScale + ", quantity " + quantityScale);
        }
        this.settings = settings;
        this.rowTicks = settings.rowTicks();
        this.window = settings.windowBars();
        this.slots = window + 1;
        this.barRows = settings.maxRowsPerBar();
        this.barMask = barRows - 1;
        this.profileRows = settings.maxRows();
        this.profileMask = profileRows - 1;
        this.valueAreaPercent = settings.valueAreaPercent();
        this.priceUnit = Math.pow(10, priceScale);
        this.quantityUnit = Math.pow(10, quantityScale);
        this.barVolume = new long[slots * barRows];
        this.barMin = new long[slots];
        this.barMax = new long[slots];
        this.barTotal = new long[slots];
        this.profile = new long[profileRows];
        this.blockShift = Math.min(BLOCK_SHIFT, Integer.numberOfTrailingZeros(profileRows));
        final int blocks = profileRows >>> blockShift;
        this.blockSum = new long[blocks];
        this.blockMax = new long[blocks];
        this.dirtyBlocks = new long[(blocks + 63) >>> 6];
        Arrays.fill(barMin, EMPTY_MIN);
        Arrays.fill(barMax, EMPTY_MAX);
    }

    /**
     * @param settings to size.
     * @return bytes of state an instance with these settings holds (arrays and fields, with object
     *         headers; 23,344 with the defaults).
     */
    public static long stateBytes(final MarketProfileSettings settings)
    {
        final long slots = settings.windowBars() + 1L;
        final long arrayHeader = 16;
        final long blocks = settings.maxRows() >>> Math.min(BLOCK_SHIFT, Integer.numberOfTrailingZeros(settings.maxRows()));
        final long arrays = 8 * (slots * settings.maxRowsPerBar() + 3 * slots + settings.maxRows()
            + 2 * blocks + (blocks + 63) / 64) + 8 * arrayHeader;
        final long fields = 224;
        return arrays + fields;
    }

    /**
     * Adds one executed trade to the bar in progress.
     *
     * @param price    fixed-point price.
     * @param quantity fixed-point quantity, &ge; 0.
     */
    public void onTrade(final long price, final long quantity)
    {
        // Runs for every timeframe on every tick, and a 64-bit division costs tens of cycles: most
        // trades land in the row of the trade before, recognised with one subtraction and compare.
        final long offset = price - tradeRowLow;
        final long row;
        if (offset >= 0 && offset < rowTicks)
        {
            row = tradeRow;
        }
        else
        {
            row = rowTicks == 1 ? price : Math.floorDiv(price, rowTicks);
            tradeRow = row;
            tradeRowLow = row * rowTicks;
        }
        lastRow = row;
        addToCurrent(row, quantity);
    }

    /**
     * Closes the bar in progress: the oldest bar leaves if the window is full, this one enters,
     * and POC, value area and shape are recomputed.
     */
    public void closeBar()
    {
        barMin[current] = currentMin;
        barMax[current] = currentMax;
        barTotal[current] = currentTotal;
        // windowMin and windowMax bound the committed bars; they change on eviction only when the
        // leaving bar held one of them, and only then are the remaining bars rescanned.
        long remainingMin = windowMin;
        long remainingMax = windowMax;
        if (committed == window)
        {
            final long leavingMin = barMin[oldest];
            final long leavingMax = barMax[oldest];
            evict(oldest);
            oldest = next(oldest);
            committed--;
            if ((leavingMin == remainingMin && leavingMin != EMPTY_MIN)
                || (leavingMax == remainingMax && leavingMax != EMPTY_MAX))
            {
                remainingMin = EMPTY_MIN;
                remainingMax = EMPTY_MAX;
                for (int i = 0, s = oldest; i < committed; i++, s = next(s))
                {
                    remainingMin = Math.min(remainingMin, barMin[s]);
                    remainingMax = Math.max(remainingMax, barMax[s]);
                }
            }
        }
        final int bar = current;
        final long min = Math.min(barMin[bar], remainingMin);
        final long max = Math.max(barMax[bar], remainingMax);
        if (min <= max && max - min >= profileRows)
        {
            recentre(Math.max(barMin[bar], Math.min(barMax[bar], lastRow)));
        }
        else
        {
            addToProfile(bar);
            windowMin = min;
            windowMax = max;
        }
        committed++;
        current = next(bar);
        currentMin = barMin[current]; // the slot that left the window: empty
        currentMax = barMax[current];
        currentTotal = barTotal[current];
        currentBase = current * barRows;
        closedBars++;
        computeValues();
    }

    /**
     * Takes one closed bar from a bars file: spreads its volume over its rows (see the class
     * comment) and closes it.
     *
     * @param bar closed bar; read during the call only.
     * @throws IllegalArgumentException when a price is not finite or the volume is negative or not
     *                                  finite.
     */
    public void update(final Bar bar)
    {
        final long lowRow = Math.floorDiv(toTicks(Math.min(bar.low(), bar.high())), rowTicks);
        final long highRow = Math.floorDiv(toTicks(Math.max(bar.low(), bar.high())), rowTicks);
        final long closeRow = Math.floorDiv(toTicks(bar.close()), rowTicks);
        final long units = toUnits(bar.volume());
        lastRow = closeRow;
        if (units > 0)
        {
            spread(lowRow, highRow, units);
        }
        closeBar();
    }

    /**
     * @return the settings this instance runs with.
     */
    public MarketProfileSettings settings()
    {
        return settings;
    }

    /**
     * @return price of the POC row, or NaN while the window holds no volume.
     */
    public double poc()
    {
        return totalVolume > 0 ? rowPrice(pocRow) : Double.NaN;
    }

    /**
     * @return price of the value area's top row, or NaN while the window holds no volume.
     */
    public double valueAreaHigh()
    {
        return totalVolume > 0 ? rowPrice(valueAreaHighRow) : Double.NaN;
    }

    /**
     * @return price of the value area's bottom row, or NaN while the window holds no volume.
     */
    public double valueAreaLow()
    {
        return totalVolume > 0 ? rowPrice(valueAreaLowRow) : Double.NaN;
    }

    /**
     * @return the profile's shape, or {@code null} while the window holds no volume (the journal
     *         vocabulary's undefined code 0).
     */
    public ProfileShape shape()
    {
        return shape == NO_SHAPE ? null : SHAPES[shape];
    }

    /**
     * @return volume in the window, in instrument units (0.0 when empty).
     */
    public double totalVolume()
    {
        return totalVolume / quantityUnit;
    }

    /**
     * @return volume in the value area, in instrument units, or NaN while the window holds none.
     */
    public double valueAreaVolume()
    {
        return totalVolume > 0 ? valueAreaVolume / quantityUnit : Double.NaN;
    }

    /**
     * @return volume of the POC row, in instrument units, or NaN while the window holds none.
     */
    public double pocVolume()
    {
        return totalVolume > 0 ? profile[(int)(pocRow & profileMask)] / quantityUnit : Double.NaN;
    }

    /**
     * @param price any price in instrument units.
     * @return volume of the row holding that price in the window (0.0 outside the profile).
     */
    public double volumeAt(final double price)
    {
        final long row = Math.floorDiv(Math.round(price * priceUnit), rowTicks);
        if (windowMin > windowMax || row < windowMin || row > windowMax)
        {
            return 0.0;
        }
        return profile[(int)(row & profileMask)] / quantityUnit;
    }

    /**
     * @return height of a row in price units.
     */
    public double rowHeight()
    {
        return rowTicks / priceUnit;
    }

    /**
     * @return number of bars in the window.
     */
    public int barCount()
    {
        return committed;
    }

    /**
     * @return number of bars closed since start.
     */
    public long closedBars()
    {
        return closedBars;
    }

    /**
     * @return how many times volume was put into an edge row because its own row was outside the
     *         bar or profile bounds (0 means the profile is exact).
     */
    public long mergedCount()
    {
        return mergedCount;
    }

    private int next(final int slot)
    {
        return slot + 1 == slots ? 0 : slot + 1;
    }

    private void addToCurrent(final long row, final long units)
    {
        final long min = currentMin;
        final long max = currentMax;
        long r = row;
        if (min > max)
        {
            currentMin = r;
            currentMax = r;
        }
        else if (r < min)
        {
            if (max - r >= barRows)
            {
                r = max - barRows + 1;
                mergedCount++;
            }
            currentMin = r;
        }
        else if (r > max)
        {
            if (r - min >= barRows)
            {
                r = min + barRows - 1;
                mergedCount++;
            }
            currentMax = r;
        }
        final int index = currentBase + (int)(r & barMask);
        barVolume[index] = Math.addExact(barVolume[index], units);
        currentTotal = Math.addExact(currentTotal, units);
    }

    private void spread(final long lowRow, final long highRow, final long units)
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
                addToCurrent(lowRow + i, i >= from && i < to ? share + 1 : share);
            }
            return;
        }
        // Rows from lowRow + barRows - 1 up are beyond the bar's bound: their shares go, summed,
        // into that edge row (the same place addToCurrent would put them one by one).
        final long edge = barRows - 1;
        for (long i = 0; i < edge; i++)
        {
            addToCurrent(lowRow + i, i >= from && i < to ? share + 1 : share);
        }
        final long extrasBelowEdge = Math.max(0, Math.min(edge, to) - from);
        addToCurrent(lowRow + edge, share * (rows - edge) + remainder - extrasBelowEdge);
        mergedCount += rows - barRows;
    }

    private void evict(final int bar)
    {
        final int base = bar * barRows;
        for (long r = barMin[bar]; r <= barMax[bar]; r++)
        {
            final int index = base + (int)(r & barMask);
            addToRow((int)(r & profileMask), -barVolume[index]);
            barVolume[index] = 0;
        }
        totalVolume -= barTotal[bar];
        barTotal[bar] = 0;
        barMin[bar] = EMPTY_MIN;
        barMax[bar] = EMPTY_MAX;
    }

    private void addToProfile(final int bar)
    {
        final int base = bar * barRows;
        for (long r = barMin[bar]; r <= barMax[bar]; r++)
        {
            addToRow((int)(r & profileMask), barVolume[base + (int)(r & barMask)]);
        }
        totalVolume = Math.addExact(totalVolume, barTotal[bar]);
    }

    /** Adds (or with a negative amount, removes) volume at one profile index, keeping its block's sum. */
    private void addToRow(final int index, final long units)
    {
        profile[index] = Math.addExact(profile[index], units);
        final int block = index >>> blockShift;
        blockSum[block] += units;
        // Java masks the shift distance to its low 6 bits: the block's bit in its word.
        dirtyBlocks[block >>> 6] |= 1L << block;
    }

    /**
     * Clamps every bar (committed and the closing one) into a range of maxRows rows centred on
     * {@code centre} and rebuilds the profile from the slots.
     */
    private void recentre(final long centre)
    {
        final long lo = centre - profileRows / 2;
        final long hi = lo + profileRows - 1;
        Arrays.fill(profile, 0);
        Arrays.fill(blockSum, 0);
        for (int block = 0; block < blockMax.length; block++)
        {
            dirtyBlocks[block >>> 6] |= 1L << block;
        }
        totalVolume = 0;
        long min = EMPTY_MIN;
        long max = EMPTY_MAX;
        for (int i = 0, s = oldest; i <= committed; i++, s = next(s))
        {
            clampSlot(s, lo, hi);
            addToProfile(s);
            min = Math.min(min, barMin[s]);
            max = Math.max(max, barMax[s]);
        }
        windowMin = min;
        windowMax = max;
    }

    private void clampSlot(final int bar, final long lo, final long hi)
    {
        final long min = barMin[bar];
        final long max = barMax[bar];
        if (min > max || (min >= lo && max <= hi))
        {
            return;
        }
        final int base = bar * barRows;
        long below = 0;
        for (long r = min; r <= max && r < lo; r++)
        {
            final int index = base + (int)(r & barMask);
            mergedCount += barVolume[index] != 0 ? 1 : 0;
            below += barVolume[index];
            barVolume[index] = 0;
        }
        long above = 0;
        for (long r = Math.max(min, hi + 1); r <= max; r++)
        {
            final int index = base + (int)(r & barMask);
            mergedCount += barVolume[index] != 0 ? 1 : 0;
            above += barVolume[index];
            barVolume[index] = 0;
        }
        long newMin = Math.max(min, lo);
        long newMax = Math.min(max, hi);
        if (newMin > newMax)
        {
            newMin = max < lo ? lo : hi;
            newMax = newMin;
        }
        barMin[bar] = newMin;
        barMax[bar] = newMax;
        // Only rows of this bar remain in the slot, so the edge rows' entries are theirs.
        if (below != 0)
        {
            barVolume[base + (int)(lo & barMask)] += below;
        }
        if (above != 0)
        {
            barVolume[base + (int)(hi & barMask)] += above;
        }
    }

    private void computeValues()
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
        while (occupiedLow < windowMax && profile[(int)(occupiedLow & profileMask)] == 0)
        {
            occupiedLow++;
        }
        long occupiedHigh = windowMax;
        while (occupiedHigh > occupiedLow && profile[(int)(occupiedHigh & profileMask)] == 0)
        {
            occupiedHigh--;
        }
        // Distances to the middle are kept doubled so they stay whole numbers.
        final long middle2 = occupiedLow + occupiedHigh;
        // POC: the largest volume, then among its rows the nearest to the middle, the higher on a
        // tie. The maximum comes from the block maxima; only blocks holding it are scanned.
        final long bestVolume = refreshBlockMaxima();
        final int start = (int)(occupiedLow & profileMask);
        final int blockRows = 1 << blockShift;
        long best = occupiedLow;
        long bestDistance = Long.MAX_VALUE;
        for (int b = 0; b < blockMax.length; b++)
        {
            if (blockMax[b] != bestVolume)
            {
                continue;
            }
            for (int i = b << blockShift, end = i + blockRows; i < end; i++)
            {
                if (profile[i] == bestVolume)
                {
                    // Every row holding volume lies in the occupied range, less than profileRows long,
                    // so its absolute row follows from its offset to the range's first index.
                    final long r = occupiedLow + ((i - start) & profileMask);
                    final long distance = Math.abs(2 * r - middle2);
                    if (distance < bestDistance || (distance == bestDistance && r > best))
                    {
                        best = r;
                        bestDistance = distance;
                    }
                }
            }
        }
        pocRow = best;

        // Value area: out from the POC, taking the larger occupied neighbour (the upper on a tie)
        // until the area reaches the threshold. The choice is written as selects rather than a
        // branch: it goes either way about as often, so a branch would be mispredicted half the time.
        final long threshold = valueAreaThreshold();
        long low = best;
        long high = best;
        long area = bestVolume;
        long up = nextOccupiedUp(high, occupiedHigh);
        long down = nextOccupiedDown(low, occupiedLow);
        while (area < threshold)
        {
            final long upRow = profile[(int)(up & profileMask)];
            final long downRow = profile[(int)(down & profileMask)];
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
            up = nextOccupiedFrom(up + (takeUp ? 1 : 0), occupiedHigh);
            down = nextOccupiedDownFrom(down - (takeUp ? 0 : 1), occupiedLow);
        }
        valueAreaLowRow = low;
        valueAreaHighRow = high;
        valueAreaVolume = area;

        shape = classify(occupiedLow, occupiedHigh, best).ordinal();
    }

    /** The rules of {@link ProfileShape}. */
    private ProfileShape classify(final long occupiedLow, final long occupiedHigh, final long poc)
    {
        final long rows = occupiedHigh - occupiedLow + 1;
        if (rows < 3)
        {
            return ProfileShape.BALANCED;
        }
        // Row r is in third floor(3 (r - low) / rows): the first third ends where 3 d >= rows, the
        // second where 3 d >= 2 rows (d = r - low). Summing each third over its own range gives the
        // same sums without a division per row.
        final long firstEnd = occupiedLow + (rows + 2) / 3;
        final long secondEnd = occupiedLow + (2 * rows + 2) / 3;
        final long lower = sumRows(occupiedLow, firstEnd);
        final long middle = sumRows(firstEnd, secondEnd);
        final long upper = sumRows(secondEnd, occupiedHigh + 1);
        // x > 2 * middle, written so it cannot overflow (x >= 1: the edge rows hold volume).
        if (middle <= (lower - 1) / 2 && middle <= (upper - 1) / 2)
        {
            return ProfileShape.DOUBLE_DISTRIBUTION;
        }
        final long pocPart = 3 * (poc - occupiedLow) / rows;
        return pocPart == 2 ? ProfileShape.P_SHAPE : pocPart == 0 ? ProfileShape.B_SHAPE : ProfileShape.BALANCED;
    }

    /** @return the volume of rows [from, to), at most {@code profileRows} of them. */
    private long sumRows(final long from, final long to)
    {
        // The rows are a ring over the array: at most two plain runs of indices.
        final int start = (int)(from & profileMask);
        final int count = (int)(to - from);
        final int first = Math.min(count, profileRows - start);
        return sumIndices(start, start + first) + sumIndices(0, count - first);
    }

    /** @return the volume at indices [from, to): whole blocks from their sums, the rest row by row. */
    private long sumIndices(final int from, final int to)
    {
        final int firstBlock = (from + (1 << blockShift) - 1) >>> blockShift;
        final int endBlock = to >>> blockShift;
        long sum = 0;
        if (firstBlock >= endBlock)
        {
            for (int i = from; i < to; i++)
            {
                sum += profile[i];
            }
            return sum;
        }
        for (int i = from, end = firstBlock << blockShift; i < end; i++)
        {
            sum += profile[i];
        }
        for (int b = firstBlock; b < endBlock; b++)
        {
            sum += blockSum[b];
        }
        for (int i = endBlock << blockShift; i < to; i++)
        {
            sum += profile[i];
        }
        return sum;
    }

    /**
     * Recomputes the maximum of every block whose rows changed since the last close.
     *
     * @return the largest row volume of the profile (0 when empty).
     */
    private long refreshBlockMaxima()
    {
        final int blockRows = 1 << blockShift;
        for (int w = 0; w < dirtyBlocks.length; w++)
        {
            long bits = dirtyBlocks[w];
            dirtyBlocks[w] = 0;
            while (bits != 0)
            {
                final int b = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                long max = 0;
                for (int i = b << blockShift, end = i + blockRows; i < end; i++)
                {
                    max = Math.max(max, profile[i]);
                }
                blockMax[b] = max;
            }
        }
        long max = 0;
        for (int b = 0; b < blockMax.length; b++)
        {
            max = Math.max(max, blockMax[b]);
        }
        return max;
    }

    /**
     * @return the smallest area with area × 100 &ge; total × percent, exactly: with total = 100 q + r,
     *         total × percent / 100 = q × percent + r × percent / 100, and the area is a whole number
     *         (no product exceeds 63 bits: q × percent &le; total).
     */
    private long valueAreaThreshold()
    {
        final long q = totalVolume / 100;
        final long r = totalVolume % 100;
        return q * valueAreaPercent + (r * valueAreaPercent + 99) / 100;
    }

    private long nextOccupiedUp(final long from, final long limit)
    {
        return nextOccupiedFrom(from + 1, limit);
    }

    private long nextOccupiedDown(final long from, final long limit)
    {
        return nextOccupiedDownFrom(from - 1, limit);
    }

    /** @return the first row from {@code from} up holding volume, or a row above {@code limit}. */
    private long nextOccupiedFrom(final long from, final long limit)
    {
        long r = from;
        while (r <= limit && profile[(int)(r & profileMask)] == 0)
        {
            r++;
        }
        return r;
    }

    /** @return the first row from {@code from} down holding volume, or a row below {@code limit}. */
    private long nextOccupiedDownFrom(final long from, final long limit)
    {
        long r = from;
        while (r >= limit && profile[(int)(r & profileMask)] == 0)
        {
            r--;
        }
        return r;
    }

    private double rowPrice(final long row)
    {
        return (row * rowTicks) / priceUnit;
    }

    private long toTicks(final double price)
    {
        final double scaled = price * priceUnit;
        if (!(Math.abs(scaled) < 0x1p62))
        {
            throw new IllegalArgumentException("price must be finite and in range, was " + price);
        }
        return Math.round(scaled);
    }

    private long toUnits(final double volume)
    {
        final double scaled = volume * quantityUnit;
        if (!(scaled >= 0.0) || scaled >= 0x1p63)
        {
            throw new IllegalArgumentException("volume must be finite and >= 0 in range, was " + volume);
        }
        return Math.round(scaled);
    }
}
