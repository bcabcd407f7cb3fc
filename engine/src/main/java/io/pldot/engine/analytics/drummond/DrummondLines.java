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
    /** Beyond this magnitude the midpoint of two projections could overflow: zones chained in full. */
    private static final double MIDPOINT_SAFE = 0x1p1000;

    private final Side support;
    private final Side resistance;
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
        this.support = new Side(lookback, percent, tolerance);
        this.resistance = new Side(lookback, percent, tolerance);
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
        return side(type).chained().zones;
    }

    /**
     * @param type  of zone.
     * @param index 0..{@link #zoneCount} - 1, ascending price.
     * @return center of the zone.
     */
    public double zoneCenter(final LineType type, final int index)
    {
        final Side s = side(type).chained();
        return (s.zoneLower[checkIndex(s, index)] + s.zoneUpper[index]) / 2.0;
    }

    /**
     * @param type  of zone.
     * @param index 0..{@link #zoneCount} - 1, ascending price.
     * @return lowest projection in the zone.
     */
    public double zoneLower(final LineType type, final int index)
    {
        final Side s = side(type).chained();
        return s.zoneLower[checkIndex(s, index)];
    }

    /**
     * @param type  of zone.
     * @param index 0..{@link #zoneCount} - 1, ascending price.
     * @return highest projection in the zone.
     */
    public double zoneUpper(final LineType type, final int index)
    {
        final Side s = side(type).chained();
        return s.zoneUpper[checkIndex(s, index)];
    }

    /**
     * @param type  of zone.
     * @param index 0..{@link #zoneCount} - 1, ascending price.
     * @return lines in the zone.
     */
    public int zoneStrength(final LineType type, final int index)
    {
        final Side s = side(type).chained();
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
     * The projections of one line type (sorted across bars), their nearest zone to the close
     * (found per bar) and their full zone list (chained on demand).
     */
    private static final class Side
    {
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

        Side(final int lookback, final boolean percent, final double tolerance)
        {
            this.projections = new SortedWindow(lookback);
            this.percent = percent;
            this.tolerance = tolerance;
            zoneLower = new double[lookback];
            zoneUpper = new double[lookback];
            zoneStrength = new int[lookback];
        }

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
        Side chained()
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
}
