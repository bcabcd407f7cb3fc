package io.pldot.engine.analytics.profile;

import io.pldot.engine.analytics.bar.Bar;

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
 *
 * <h2>Parts</h2>
 * This class keeps the window (its bounds, total and re-centring) and the public API; the roles
 * live in package-private final classes it owns, each small enough for the JIT to inline:
 * {@link BarSlots} (each bar's own rows, the bar in progress), {@link ProfileRows} (the committed
 * rows and their blocks), {@link ProfileValues} (POC and value area) and {@link ShapeRules}.
 */
public final class MarketProfile
{
    private static final long EMPTY_MIN = BarSlots.EMPTY_MIN;
    private static final long EMPTY_MAX = BarSlots.EMPTY_MAX;

    private final MarketProfileSettings settings;
    private final long rowTicks;
    private final int window;
    private final int profileRows;
    private final double priceUnit;
    private final double quantityUnit;

    private final BarSlots bars;
    private final ProfileRows rows;
    private final ProfileValues values;

    private long totalVolume;
    // Committed bars span rows [windowMin, windowMax].
    private long windowMin = EMPTY_MIN;
    private long windowMax = EMPTY_MAX;
    private long lastRow;
    /** Row of the last trade and that row's lowest price: 0 and 0 before any trade, which is exact (prices 0 .. rowTicks - 1). */
    private long tradeRow;
    private long tradeRowLow;
    private long closedBars;

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
        this.profileRows = settings.maxRows();
        this.priceUnit = Math.pow(10, priceScale);
        this.quantityUnit = Math.pow(10, quantityScale);
        this.bars = new BarSlots(window, settings.maxRowsPerBar());
        this.rows = new ProfileRows(profileRows);
        this.values = new ProfileValues(rows, settings.valueAreaPercent());
    }

    /**
     * @param settings to size.
     * @return bytes of state an instance with these settings holds (arrays and fields, with object
     *         headers; 23,344 with the defaults). The fields are a fixed estimate for all parts.
     */
    public static long stateBytes(final MarketProfileSettings settings)
    {
        final long slots = settings.windowBars() + 1L;
        final long arrayHeader = 16;
        final long blocks = settings.maxRows() >>> ProfileRows.blockShift(settings.maxRows());
        final long arrays = 8 * (slots * settings.maxRowsPerBar() + 3 * slots + settings.maxRows()
            + 2 * blocks + ProfileRows.dirtyWords((int)blocks)) + 8 * arrayHeader;
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
        bars.add(row, quantity);
    }

    /**
     * Closes the bar in progress: the oldest bar leaves if the window is full, this one enters,
     * and POC, value area and shape are recomputed.
     */
    public void closeBar()
    {
        bars.seal();
        // windowMin and windowMax bound the committed bars; they change on eviction only when the
        // leaving bar held one of them, and only then are the remaining bars rescanned.
        long remainingMin = windowMin;
        long remainingMax = windowMax;
        if (bars.committed() == window)
        {
            final long leavingMin = bars.min(bars.oldest());
            final long leavingMax = bars.max(bars.oldest());
            totalVolume -= bars.evictOldest(rows);
            if ((leavingMin == remainingMin && leavingMin != EMPTY_MIN)
                || (leavingMax == remainingMax && leavingMax != EMPTY_MAX))
            {
                remainingMin = EMPTY_MIN;
                remainingMax = EMPTY_MAX;
                for (int i = 0, s = bars.oldest(), n = bars.committed(); i < n; i++, s = bars.next(s))
                {
                    remainingMin = Math.min(remainingMin, bars.min(s));
                    remainingMax = Math.max(remainingMax, bars.max(s));
                }
            }
        }
        final int bar = bars.current();
        final long barMin = bars.min(bar);
        final long barMax = bars.max(bar);
        final long min = Math.min(barMin, remainingMin);
        final long max = Math.max(barMax, remainingMax);
        if (min <= max && max - min >= profileRows)
        {
            recentre(Math.max(barMin, Math.min(barMax, lastRow)));
        }
        else
        {
            totalVolume = Math.addExact(totalVolume, bars.addTo(rows, bar));
            windowMin = min;
            windowMax = max;
        }
        bars.advance();
        closedBars++;
        values.compute(windowMin, windowMax, totalVolume);
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
            bars.spread(lowRow, highRow, units);
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
        return totalVolume > 0 ? rowPrice(values.pocRow()) : Double.NaN;
    }

    /**
     * @return price of the value area's top row, or NaN while the window holds no volume.
     */
    public double valueAreaHigh()
    {
        return totalVolume > 0 ? rowPrice(values.valueAreaHighRow()) : Double.NaN;
    }

    /**
     * @return price of the value area's bottom row, or NaN while the window holds no volume.
     */
    public double valueAreaLow()
    {
        return totalVolume > 0 ? rowPrice(values.valueAreaLowRow()) : Double.NaN;
    }

    /**
     * @return the profile's shape, or {@code null} while the window holds no volume (the journal
     *         vocabulary's undefined code 0).
     */
    public ProfileShape shape()
    {
        return values.shape();
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
        return totalVolume > 0 ? values.valueAreaVolume() / quantityUnit : Double.NaN;
    }

    /**
     * @return volume of the POC row, in instrument units, or NaN while the window holds none.
     */
    public double pocVolume()
    {
        return totalVolume > 0 ? rows.at(values.pocRow()) / quantityUnit : Double.NaN;
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
        return rows.at(row) / quantityUnit;
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
        return bars.committed();
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
        return bars.mergedCount();
    }

    /**
     * Clamps every bar (committed and the closing one) into a range of maxRows rows centred on
     * {@code centre} and rebuilds the profile from the slots.
     */
    private void recentre(final long centre)
    {
        final long lo = centre - profileRows / 2;
        final long hi = lo + profileRows - 1;
        rows.clear();
        totalVolume = 0;
        long min = EMPTY_MIN;
        long max = EMPTY_MAX;
        for (int i = 0, s = bars.oldest(), n = bars.committed(); i <= n; i++, s = bars.next(s))
        {
            bars.clamp(s, lo, hi);
            totalVolume = Math.addExact(totalVolume, bars.addTo(rows, s));
            min = Math.min(min, bars.min(s));
            max = Math.max(max, bars.max(s));
        }
        windowMin = min;
        windowMax = max;
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
