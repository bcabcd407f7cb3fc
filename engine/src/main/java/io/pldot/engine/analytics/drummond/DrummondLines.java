package io.pldot.engine.analytics.drummond;

import io.pldot.engine.analytics.Bar;

/**
 * Drummond two-bar lines and the zones their projections form (DGAS
 * {@code DrummondLineCalculator} and {@code aggregate_zones}).
 *
 * <h2>Lines</h2>
 * Each bar t from the second on makes two lines with bar t-1: a resistance line through the two
 * highs and a support line through the two lows. Each is projected one bar ahead (onto bar t+1)
 * as end + (end - start), e.g. highs 10 then 11 project 12. The projections of the last
 * {@code lookback} pairs are kept in fixed rings (DGAS clusters every line of the window it
 * loaded; a fixed lookback keeps this bounded).
 *
 * <h2>Zones</h2>
 * After each update the kept projections of each type are sorted and chained: a projection joins
 * the current zone when it lies within the tolerance of the previous (next lower) projection,
 * otherwise it starts a new zone. The tolerance is either absolute (DGAS 0.5) or a percentage of
 * that previous projection's |price|. A zone has lower and upper (its extreme projections),
 * center (their midpoint) and strength (number of lines). Zones are formed per type: DGAS sorted
 * both types together, so a support projection between two resistance ones split their zone;
 * SPEC asks for zones of "projections of one type", which this implements.
 *
 * <h2>Nearest zones</h2>
 * The nearest support zone is the support zone with the highest center at or below the latest
 * close; the nearest resistance zone the resistance zone with the lowest center at or above it.
 * With none on that side, the price is NaN and the strength 0.
 *
 * <h2>Edge cases</h2>
 * No line and no zone before bar 2. Flat bars give identical projections: one zone whose strength
 * is the number of kept lines and whose lower = upper = center. Zero tolerance chains only equal
 * projections. Time gaps between bars are ignored.
 * <p>
 * Owned by one thread, not thread-safe. No allocation after construction; about 2.0 KB at the
 * default lookback of 20 (5.5 KB at the maximum of 64).
 */
public final class DrummondLines
{
    private final int lookback;
    private final boolean percentTolerance;
    private final double tolerance;
    private final Side support;
    private final Side resistance;
    private long bars;
    private double previousHigh = Double.NaN;
    private double previousLow = Double.NaN;
    private double close = Double.NaN;
    private int nearestSupport = -1;
    private int nearestResistance = -1;

    /**
     * @param lookback         two-bar pairs kept, 1..{@link DrummondSettings#MAX_LINE_LOOKBACK}.
     * @param toleranceMode    how {@code tolerance} is read.
     * @param tolerance        largest gap inside a zone (price units, or percent of price), >= 0.
     */
    public DrummondLines(final int lookback, final ZoneToleranceMode toleranceMode, final double tolerance)
    {
        if (lookback < 1 || lookback > DrummondSettings.MAX_LINE_LOOKBACK || toleranceMode == null
            || !(tolerance >= 0) || Double.isInfinite(tolerance))
        {
            throw new IllegalArgumentException("invalid line settings");
        }
        this.lookback = lookback;
        this.percentTolerance = toleranceMode == ZoneToleranceMode.PERCENT;
        this.tolerance = tolerance;
        this.support = new Side(lookback);
        this.resistance = new Side(lookback);
    }

    /**
     * @param settings of the analyzer.
     */
    public DrummondLines(final DrummondSettings settings)
    {
        this(settings.lineLookback(), settings.zoneToleranceMode(), settings.zoneTolerance());
    }

    /**
     * Adds a closed bar.
     *
     * @param bar closed bar; read, not kept.
     */
    public void update(final Bar bar)
    {
        update(bar.high(), bar.low(), bar.close());
    }

    /**
     * Adds a closed bar given by its prices.
     *
     * @param high  of the bar.
     * @param low   of the bar.
     * @param close of the bar.
     */
    public void update(final double high, final double low, final double close)
    {
        bars++;
        this.close = close;
        if (bars > 1)
        {
            final int slot = (int)((bars - 2) % lookback);
            final int kept = (int)Math.min(bars - 1, lookback);
            resistance.lineEnd = high;
            resistance.lineSlope = high - previousHigh;
            resistance.replace(slot, high + (high - previousHigh), kept);
            support.lineEnd = low;
            support.lineSlope = low - previousLow;
            support.replace(slot, low + (low - previousLow), kept);
            resistance.cluster(kept, percentTolerance, tolerance);
            support.cluster(kept, percentTolerance, tolerance);
        }
        previousHigh = high;
        previousLow = low;
        // Zones and close change only here; the snapshot asks for each nearest zone twice.
        nearestSupport = findNearestSupport();
        nearestResistance = findNearestResistance();
    }

    /**
     * @return true from bar 2 on.
     */
    public boolean hasLines()
    {
        return bars > 1;
    }

    /**
     * @param type of line.
     * @return projection onto the next bar of the latest line of that type, or NaN before bar 2.
     */
    public double latestProjection(final LineType type)
    {
        final Side s = side(type);
        return hasLines() ? s.lineEnd + s.lineSlope : Double.NaN;
    }

    /**
     * @param type of line.
     * @return slope (end - start, per bar) of the latest line of that type, or NaN before bar 2.
     */
    public double latestSlope(final LineType type)
    {
        return hasLines() ? side(type).lineSlope : Double.NaN;
    }

    /**
     * @param type of zone.
     * @return zones of that type, sorted by ascending price.
     */
    public int zoneCount(final LineType type)
    {
        return side(type).zones;
    }

    /**
     * @param type  of zone.
     * @param index 0..{@link #zoneCount} - 1, ascending price.
     * @return center of the zone.
     */
    public double zoneCenter(final LineType type, final int index)
    {
        final Side s = side(type);
        return (s.zoneLower[checkIndex(s, index)] + s.zoneUpper[index]) / 2.0;
    }

    /**
     * @param type  of zone.
     * @param index 0..{@link #zoneCount} - 1, ascending price.
     * @return lowest projection in the zone.
     */
    public double zoneLower(final LineType type, final int index)
    {
        final Side s = side(type);
        return s.zoneLower[checkIndex(s, index)];
    }

    /**
     * @param type  of zone.
     * @param index 0..{@link #zoneCount} - 1, ascending price.
     * @return highest projection in the zone.
     */
    public double zoneUpper(final LineType type, final int index)
    {
        final Side s = side(type);
        return s.zoneUpper[checkIndex(s, index)];
    }

    /**
     * @param type  of zone.
     * @param index 0..{@link #zoneCount} - 1, ascending price.
     * @return lines in the zone.
     */
    public int zoneStrength(final LineType type, final int index)
    {
        final Side s = side(type);
        return s.zoneStrength[checkIndex(s, index)];
    }

    /**
     * @return center of the support zone nearest below (or at) the latest close, or NaN.
     */
    public double nearestSupportPrice()
    {
        final int i = nearestSupport;
        return i < 0 ? Double.NaN : zoneCenter(LineType.SUPPORT, i);
    }

    /**
     * @return strength of the support zone of {@link #nearestSupportPrice()}, or 0.
     */
    public int nearestSupportStrength()
    {
        final int i = nearestSupport;
        return i < 0 ? 0 : support.zoneStrength[i];
    }

    /**
     * @return center of the resistance zone nearest above (or at) the latest close, or NaN.
     */
    public double nearestResistancePrice()
    {
        final int i = nearestResistance;
        return i < 0 ? Double.NaN : zoneCenter(LineType.RESISTANCE, i);
    }

    /**
     * @return strength of the resistance zone of {@link #nearestResistancePrice()}, or 0.
     */
    public int nearestResistanceStrength()
    {
        final int i = nearestResistance;
        return i < 0 ? 0 : resistance.zoneStrength[i];
    }

    private int findNearestSupport()
    {
        // Zones are disjoint and ascending, so their centers strictly ascend.
        int best = -1;
        for (int i = 0; i < support.zones && centerOf(support, i) <= close; i++)
        {
            best = i;
        }
        return best;
    }

    private int findNearestResistance()
    {
        for (int i = 0; i < resistance.zones; i++)
        {
            if (centerOf(resistance, i) >= close)
            {
                return i;
            }
        }
        return -1;
    }

    private static double centerOf(final Side s, final int i)
    {
        return (s.zoneLower[i] + s.zoneUpper[i]) / 2.0;
    }

    private static int checkIndex(final Side s, final int index)
    {
        if (index < 0 || index >= s.zones)
        {
            throw new IndexOutOfBoundsException(index);
        }
        return index;
    }

    private Side side(final LineType type)
    {
        return type == LineType.SUPPORT ? support : resistance;
    }

    /**
     * Projections and zones of one line type. The kept projections stay sorted across updates:
     * each update replaces one projection, so one remove and one insert (O(lookback) moves, no
     * mispredicted compare per pair) keep the order a full stable insertion sort of the ring would
     * give, i.e. ascending value, ties (equal as {@code >} sees them, e.g. 0.0 and -0.0) in ring
     * slot order. A NaN projection breaks that total order, so while one is kept (and on the update
     * after) the sort falls back to the full insertion sort the order is defined by.
     */
    private static final class Side
    {
        final double[] projections;
        final double[] sorted;
        final int[] sortedSlot;
        final double[] zoneLower;
        final double[] zoneUpper;
        final int[] zoneStrength;
        int zones;
        int filled;
        int nans;
        boolean fullSort;
        double lineEnd = Double.NaN;
        double lineSlope = Double.NaN;

        Side(final int lookback)
        {
            projections = new double[lookback];
            sorted = new double[lookback];
            sortedSlot = new int[lookback];
            zoneLower = new double[lookback];
            zoneUpper = new double[lookback];
            zoneStrength = new int[lookback];
        }

        /**
         * Sets ring slot {@code slot} to {@code value} and re-sorts.
         *
         * @param slot  ring slot written; the newest when {@code kept} has just grown.
         * @param value the new projection.
         * @param kept  projections kept after this update.
         */
        void replace(final int slot, final double value, final int kept)
        {
            // While the ring fills, each update writes a new slot; after that it overwrites the oldest.
            final boolean grown = filled < kept;
            filled = kept;
            final double old = projections[slot];
            if (!grown && Double.isNaN(old))
            {
                nans--;
            }
            if (Double.isNaN(value))
            {
                nans++;
            }
            projections[slot] = value;
            // After a NaN left, the array holds the NaN-era order: sort once in full to restore it.
            if (nans > 0 || fullSort)
            {
                fullSort = nans > 0;
                fullSort(kept);
                return;
            }
            // kept - 1 entries stay: all of them when the ring grew, else all but the slot's old one.
            final int n = kept - 1;
            if (!grown)
            {
                int at = 0;
                while (sortedSlot[at] != slot)
                {
                    at++;
                }
                System.arraycopy(sorted, at + 1, sorted, at, n - at);
                System.arraycopy(sortedSlot, at + 1, sortedSlot, at, n - at);
            }
            // Insert after every entry that is smaller, or equal with a lower slot.
            int j = n - 1;
            while (j >= 0 && (sorted[j] > value || (sorted[j] == value && sortedSlot[j] > slot)))
            {
                sorted[j + 1] = sorted[j];
                sortedSlot[j + 1] = sortedSlot[j];
                j--;
            }
            sorted[j + 1] = value;
            sortedSlot[j + 1] = slot;
        }

        private void fullSort(final int kept)
        {
            // Insertion sort of at most MAX_LINE_LOOKBACK values in ring slot order: the reference order.
            for (int i = 0; i < kept; i++)
            {
                final double value = projections[i];
                int j = i - 1;
                while (j >= 0 && sorted[j] > value)
                {
                    sorted[j + 1] = sorted[j];
                    sortedSlot[j + 1] = sortedSlot[j];
                    j--;
                }
                sorted[j + 1] = value;
                sortedSlot[j + 1] = i;
            }
        }

        /** Chains the sorted projections into zones. */
        void cluster(final int kept, final boolean percent, final double tolerance)
        {
            // Whether a projection joins the zone before it is data-dependent and unpredictable, so
            // every step writes the current zone's slot unconditionally and selects the values
            // (conditional moves rather than mispredicted branches).
            double value = sorted[0];
            int zone = 0;
            double lower = value;
            int strength = 1;
            zoneLower[0] = value;
            zoneUpper[0] = value;
            zoneStrength[0] = 1;
            for (int i = 1; i < kept; i++)
            {
                final double last = value;
                value = sorted[i];
                final double allowed = percent ? Math.abs(last) * tolerance / 100.0 : tolerance;
                final boolean join = value - last <= allowed;
                zone = join ? zone : zone + 1;
                lower = join ? lower : value;
                strength = join ? strength + 1 : 1;
                zoneLower[zone] = lower;
                zoneUpper[zone] = value;
                zoneStrength[zone] = strength;
            }
            zones = zone + 1;
        }
    }
}
