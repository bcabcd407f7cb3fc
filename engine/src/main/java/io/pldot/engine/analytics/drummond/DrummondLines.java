package io.pldot.engine.analytics.drummond;

import io.pldot.engine.analytics.bar.Bar;

/**
 * Drummond two-bar lines and the zones their projections form (DGAS (docs/references.md)
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
 * The kept projections of each type, sorted, are chained: a projection joins the current zone
 * when it lies within the tolerance of the previous (next lower) projection, otherwise it starts
 * a new zone. The tolerance is either absolute (DGAS 0.5) or a percentage of that previous
 * projection's |price|. A zone has lower and upper (its extreme projections), center (their
 * midpoint) and strength (number of lines). Zones are formed per type: DGAS sorted both types
 * together, so a support projection between two resistance ones split their zone; README "Analytics" asks for
 * zones of "projections of one type", which this implements.
 *
 * <h2>Nearest zones</h2>
 * The nearest support zone is the support zone with the highest center at or below the latest
 * close; the nearest resistance zone the resistance zone with the lowest center at or above it.
 * With none on that side, the price is NaN and the strength 0.
 *
 * <h2>Cost per bar</h2>
 * The projections stay sorted across bars ({@link SortedWindow}: the new projection moves from
 * the expired one's place to its own), and which of them start a zone is kept as a bit mask
 * (lookback <= 64): the values that moved one rank keep their links, so only the links around
 * the two ranks that changed are recomputed. Only the nearest zones are needed per bar, and they
 * are found without chaining the window: the close's rank by counting the projections at or below
 * it, then the ends of the zone around it (and of one neighbour) from the mask's bits. This is exact because the zones are
 * disjoint and ascending, so their centers ascend too (each center lies between its zone's ends;
 * with NaN or projections beyond ±2^1000, where a center could overflow, the zone list is chained
 * and scanned the reference way). The full zone list is chained only when a zone getter asks for
 * it, once per bar at most.
 *
 * <h2>Edge cases</h2>
 * No line and no zone before bar 2. Flat bars give identical projections: one zone whose strength
 * is the number of kept lines and whose lower = upper = center. Zero tolerance chains only equal
 * projections. Time gaps between bars are ignored.
 * <p>
 * Owned by one thread, not thread-safe (the zone getters fill the zone list lazily). No
 * allocation after construction; about 2.3 KB at the default lookback of 20 (6.0 KB at the
 * maximum of 64).
 */
public final class DrummondLines
{
    private final LineZones support;
    private final LineZones resistance;
    private long bars;
    private double previousHigh = Double.NaN;
    private double previousLow = Double.NaN;

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
        final boolean percent = toleranceMode == ZoneToleranceMode.PERCENT;
        this.support = new LineZones(lookback, percent, tolerance);
        this.resistance = new LineZones(lookback, percent, tolerance);
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
        if (bars > 1)
        {
            resistance.addLine(previousHigh, high);
            support.addLine(previousLow, low);
        }
        previousHigh = high;
        previousLow = low;
        // Zones and close change only here; the snapshot asks for each nearest zone twice.
        support.findNearest(close, true);
        resistance.findNearest(close, false);
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
        final LineZones s = side(type);
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
        return side(type).chained().zones;
    }

    /**
     * @param type  of zone.
     * @param index 0..{@link #zoneCount} - 1, ascending price.
     * @return center of the zone.
     */
    public double zoneCenter(final LineType type, final int index)
    {
        final LineZones s = side(type).chained();
        return (s.zoneLower[checkIndex(s, index)] + s.zoneUpper[index]) / 2.0;
    }

    /**
     * @param type  of zone.
     * @param index 0..{@link #zoneCount} - 1, ascending price.
     * @return lowest projection in the zone.
     */
    public double zoneLower(final LineType type, final int index)
    {
        final LineZones s = side(type).chained();
        return s.zoneLower[checkIndex(s, index)];
    }

    /**
     * @param type  of zone.
     * @param index 0..{@link #zoneCount} - 1, ascending price.
     * @return highest projection in the zone.
     */
    public double zoneUpper(final LineType type, final int index)
    {
        final LineZones s = side(type).chained();
        return s.zoneUpper[checkIndex(s, index)];
    }

    /**
     * @param type  of zone.
     * @param index 0..{@link #zoneCount} - 1, ascending price.
     * @return lines in the zone.
     */
    public int zoneStrength(final LineType type, final int index)
    {
        final LineZones s = side(type).chained();
        return s.zoneStrength[checkIndex(s, index)];
    }

    /**
     * @return center of the support zone nearest below (or at) the latest close, or NaN.
     */
    public double nearestSupportPrice()
    {
        return support.nearestCenter;
    }

    /**
     * @return strength of the support zone of {@link #nearestSupportPrice()}, or 0.
     */
    public int nearestSupportStrength()
    {
        return support.nearestStrength;
    }

    /**
     * @return center of the resistance zone nearest above (or at) the latest close, or NaN.
     */
    public double nearestResistancePrice()
    {
        return resistance.nearestCenter;
    }

    /**
     * @return strength of the resistance zone of {@link #nearestResistancePrice()}, or 0.
     */
    public int nearestResistanceStrength()
    {
        return resistance.nearestStrength;
    }

    private static int checkIndex(final LineZones s, final int index)
    {
        if (index < 0 || index >= s.zones)
        {
            throw new IndexOutOfBoundsException(index);
        }
        return index;
    }

    private LineZones side(final LineType type)
    {
        return type == LineType.SUPPORT ? support : resistance;
    }
}
