package io.pldot.engine.analytics.zones;

import io.pldot.engine.analytics.Bar;

/**
 * Supply and demand zones from rejection candles (seed 004 §4.1 {@code supply_demand_zones},
 * §5.3 {@code SupplyDemandDetector}), kept up to date bar by bar.
 *
 * <h2>Formation</h2>
 * With body = |close − open|, lower wick = min(open, close) − low and upper wick =
 * high − max(open, close):
 * <ul>
 *   <li>lower wick &gt; {@code wickToBody} × body forms a {@link ZoneKind#DEMAND} zone from the low to
 *       the bottom of the body, [low, min(open, close)] (the seed's [low, open] for its bullish
 *       candle; a bearish hammer counts too here);</li>
 *   <li>upper wick &gt; {@code wickToBody} × body forms a {@link ZoneKind#SUPPLY} zone from the top of
 *       the body to the high, [max(open, close), high];</li>
 *   <li>if both wicks qualify (possible only for small bodies), the longer one forms the zone; if
 *       they are equal the candle is indecision and forms none.</li>
 * </ul>
 * The seed measured its "wick" as the whole range high − low; here each side's own wick is
 * measured, as the rule's name says. Strength = min(100, wick / body × {@code strengthPerRatio})
 * (seed: × 20); a body of 0 (doji) gives 100. A flat bar (zero range) has no wick and forms no
 * zone. Every zone has low &lt; high. Overlapping zones are not merged: each rejection candle is
 * its own zone.
 *
 * <h2>Tests and breaks (each later bar, before looking for a new zone)</h2>
 * <ul>
 *   <li>Broken: a bar closes beyond the zone — below its low for demand, above its high for supply
 *       (wicks through it do not break it). BROKEN is final; broken zones stay listed until
 *       evicted.</li>
 *   <li>Tested: a bar's low..high range overlaps the zone (bounds included) after the previous bar
 *       did not: one test per visit, not per bar spent inside. The forming bar counts as inside,
 *       so a zone is tested only once price has left it and come back.</li>
 * </ul>
 * At most {@code maxZones} zones are kept, oldest first; a new zone when full evicts the oldest
 * BROKEN zone, or else the oldest zone.
 *
 * <h2>Events (no allocation)</h2>
 * Each {@link #update} refills a preallocated event buffer, read after the call with
 * {@link #eventCount()} and the {@code event…(i)} getters, in the order they happened (tests and
 * breaks oldest zone first, then eviction, then creation). Each event carries a copy of the
 * zone as it stands after the event (id, kind, status, bounds, strength, times, test count), so
 * it stays readable for a zone it evicted. The buffer is valid until the next update.
 * <p>
 * Times are the {@link Bar#openTime()} of the bar concerned (the seed's candle timestamp);
 * {@link #NO_TIME} marks a zone never tested. Zone getters take an index 0..{@link #zoneCount()}−1
 * (oldest first); ids are stable. Bars are assumed valid (finite, low &le; high), as checked at
 * ingress. Single-threaded; does not allocate after construction. State: 10 values per zone plus
 * a 10-value event slot per zone, about 2.4 KB with the defaults.
 */
public final class SupplyDemandZones
{
    /** Time of an event that has not happened (e.g. last test of a fresh zone). */
    public static final long NO_TIME = Long.MIN_VALUE;

    private final SupplyDemandZoneSettings settings;
    private final double wickToBody;
    private final double strengthPerRatio;
    private final int capacity;

    private final long[] id;
    private final ZoneKind[] kind;
    private final ZoneStatus[] status;
    private final double[] low;
    private final double[] high;
    private final double[] strength;
    private final long[] firstSeen;
    private final long[] lastTested;
    private final int[] testCount;
    private final boolean[] inside;
    private int count;
    private long nextId = 1;

    // Bounds over the zones not broken, so that a bar that changes none skips the walk over the
    // list: a close below demandBreak breaks a demand zone, above supplyBreak a supply zone; a
    // zone price is out of is entered only by a bar reaching demandOutsideHigh from above (a demand
    // zone not broken lies below the close) or supplyOutsideLow from below; a zone price is in is
    // left only by a bar wholly above insideHigh or below insideLow. An eviction may leave them
    // wider than needed (never narrower) until the next walk.
    private double demandBreak = Double.NEGATIVE_INFINITY;
    private double supplyBreak = Double.POSITIVE_INFINITY;
    private double demandOutsideHigh = Double.NEGATIVE_INFINITY;
    private double supplyOutsideLow = Double.POSITIVE_INFINITY;
    private double insideHigh = Double.POSITIVE_INFINITY;
    private double insideLow = Double.NEGATIVE_INFINITY;

    private final ZoneEventType[] eventType;
    private final long[] eventZoneId;
    private final ZoneKind[] eventZoneKind;
    private final ZoneStatus[] eventStatus;
    private final double[] eventLow;
    private final double[] eventHigh;
    private final double[] eventStrength;
    private final long[] eventFirstSeen;
    private final long[] eventLastTested;
    private final int[] eventTestCount;
    private int eventCount;

    /**
     * @param settings rejection rule, strength scale and bound.
     */
    public SupplyDemandZones(final SupplyDemandZoneSettings settings)
    {
        this.settings = settings;
        this.wickToBody = settings.wickToBody();
        this.strengthPerRatio = settings.strengthPerRatio();
        this.capacity = settings.maxZones();
        this.id = new long[capacity];
        this.kind = new ZoneKind[capacity];
        this.status = new ZoneStatus[capacity];
        this.low = new double[capacity];
        this.high = new double[capacity];
        this.strength = new double[capacity];
        this.firstSeen = new long[capacity];
        this.lastTested = new long[capacity];
        this.testCount = new int[capacity];
        this.inside = new boolean[capacity];
        // Per update: at most one test or break per zone, one eviction, one creation.
        final int events = capacity + 2;
        this.eventType = new ZoneEventType[events];
        this.eventZoneId = new long[events];
        this.eventZoneKind = new ZoneKind[events];
        this.eventStatus = new ZoneStatus[events];
        this.eventLow = new double[events];
        this.eventHigh = new double[events];
        this.eventStrength = new double[events];
        this.eventFirstSeen = new long[events];
        this.eventLastTested = new long[events];
        this.eventTestCount = new int[events];
    }

    /**
     * Takes one closed bar: tests and breaks existing zones, then forms a zone if the bar is a
     * rejection candle. Refills the event buffer.
     *
     * @param bar closed bar; read during the call only.
     */
    public void update(final Bar bar)
    {
        eventCount = 0;
        final double barLow = bar.low();
        final double barHigh = bar.high();
        final double close = bar.close();
        final long time = bar.openTime();
        if (mayChange(barLow, barHigh, close))
        {
            walk(barLow, barHigh, close, time);
        }
        detect(bar.open(), barHigh, barLow, close, time);
    }

    /**
     * @return false when the bar certainly changes no zone: it breaks none, stays in every zone
     * it was in, and enters none it was out of (from the bounds kept over the zones).
     */
    private boolean mayChange(final double barLow, final double barHigh, final double close)
    {
        return close < demandBreak || close > supplyBreak ||
            barLow <= demandOutsideHigh || barHigh >= supplyOutsideLow ||
            barLow > insideHigh || barHigh < insideLow;
    }

    /** Tests and breaks every zone, oldest first, and recomputes the bounds from the new state. */
    private void walk(final double barLow, final double barHigh, final double close, final long time)
    {
        resetBounds();
        for (int i = 0; i < count; i++)
        {
            if (status[i] == ZoneStatus.BROKEN)
            {
                continue;
            }
            final boolean broken = kind[i] == ZoneKind.DEMAND ? close < low[i] : close > high[i];
            if (broken)
            {
                status[i] = ZoneStatus.BROKEN;
                inside[i] = false;
                event(ZoneEventType.BROKEN, i);
                continue;
            }
            final boolean overlaps = barLow <= high[i] && barHigh >= low[i];
            if (overlaps && !inside[i])
            {
                testCount[i]++;
                lastTested[i] = time;
                status[i] = ZoneStatus.TESTED;
                event(ZoneEventType.TESTED, i);
            }
            inside[i] = overlaps;
            bound(i);
        }
    }

    private void resetBounds()
    {
        demandBreak = Double.NEGATIVE_INFINITY;
        supplyBreak = Double.POSITIVE_INFINITY;
        demandOutsideHigh = Double.NEGATIVE_INFINITY;
        supplyOutsideLow = Double.POSITIVE_INFINITY;
        insideHigh = Double.POSITIVE_INFINITY;
        insideLow = Double.NEGATIVE_INFINITY;
    }

    /** Widens the bounds to cover zone i, which is not broken. */
    private void bound(final int i)
    {
        if (kind[i] == ZoneKind.DEMAND)
        {
            demandBreak = Math.max(demandBreak, low[i]);
        }
        else
        {
            supplyBreak = Math.min(supplyBreak, high[i]);
        }
        if (inside[i])
        {
            insideHigh = Math.min(insideHigh, high[i]);
            insideLow = Math.max(insideLow, low[i]);
        }
        else if (kind[i] == ZoneKind.DEMAND)
        {
            demandOutsideHigh = Math.max(demandOutsideHigh, high[i]);
        }
        else
        {
            supplyOutsideLow = Math.min(supplyOutsideLow, low[i]);
        }
    }

    /**
     * @return the settings this instance runs with.
     */
    public SupplyDemandZoneSettings settings()
    {
        return settings;
    }

    /**
     * @return number of zones listed (at most {@code maxZones}).
     */
    public int zoneCount()
    {
        return count;
    }

    /**
     * @param zoneId id from {@link #zoneId(int)} or an event.
     * @return the zone's current index, or −1 once it has been evicted.
     */
    public int indexOf(final long zoneId)
    {
        for (int i = 0; i < count; i++)
        {
            if (id[i] == zoneId)
            {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param index 0..zoneCount()−1, oldest first.
     * @return the zone's stable id (1, 2, ... in order of formation).
     */
    public long zoneId(final int index)
    {
        return id[check(index)];
    }

    /**
     * @param index 0..zoneCount()−1.
     * @return demand or supply.
     */
    public ZoneKind zoneKind(final int index)
    {
        return kind[check(index)];
    }

    /**
     * @param index 0..zoneCount()−1.
     * @return FRESH, TESTED or BROKEN.
     */
    public ZoneStatus zoneStatus(final int index)
    {
        return status[check(index)];
    }

    /**
     * @param index 0..zoneCount()−1.
     * @return lower bound of the zone.
     */
    public double zoneLow(final int index)
    {
        return low[check(index)];
    }

    /**
     * @param index 0..zoneCount()−1.
     * @return upper bound of the zone.
     */
    public double zoneHigh(final int index)
    {
        return high[check(index)];
    }

    /**
     * @param index 0..zoneCount()−1.
     * @return strength 0..100 (above 40 with the defaults).
     */
    public double zoneStrength(final int index)
    {
        return strength[check(index)];
    }

    /**
     * @param index 0..zoneCount()−1.
     * @return open time of the forming bar.
     */
    public long zoneFirstSeen(final int index)
    {
        return firstSeen[check(index)];
    }

    /**
     * @param index 0..zoneCount()−1.
     * @return open time of the bar of the last test, or {@link #NO_TIME}.
     */
    public long zoneLastTested(final int index)
    {
        return lastTested[check(index)];
    }

    /**
     * @param index 0..zoneCount()−1.
     * @return number of visits since formation.
     */
    public int zoneTestCount(final int index)
    {
        return testCount[check(index)];
    }

    /**
     * @return number of events the last update produced.
     */
    public int eventCount()
    {
        return eventCount;
    }

    /**
     * @param index 0..eventCount()−1.
     * @return what happened.
     */
    public ZoneEventType eventType(final int index)
    {
        return eventType[checkEvent(index)];
    }

    /**
     * @param index 0..eventCount()−1.
     * @return id of the zone concerned.
     */
    public long eventZoneId(final int index)
    {
        return eventZoneId[checkEvent(index)];
    }

    /**
     * @param index 0..eventCount()−1.
     * @return kind of the zone concerned.
     */
    public ZoneKind eventZoneKind(final int index)
    {
        return eventZoneKind[checkEvent(index)];
    }

    /**
     * @param index 0..eventCount()−1.
     * @return status of the zone after the event (its last status for an eviction).
     */
    public ZoneStatus eventStatus(final int index)
    {
        return eventStatus[checkEvent(index)];
    }

    /**
     * @param index 0..eventCount()−1.
     * @return lower bound of the zone concerned.
     */
    public double eventLow(final int index)
    {
        return eventLow[checkEvent(index)];
    }

    /**
     * @param index 0..eventCount()−1.
     * @return upper bound of the zone concerned.
     */
    public double eventHigh(final int index)
    {
        return eventHigh[checkEvent(index)];
    }

    /**
     * @param index 0..eventCount()−1.
     * @return strength of the zone concerned.
     */
    public double eventStrength(final int index)
    {
        return eventStrength[checkEvent(index)];
    }

    /**
     * @param index 0..eventCount()−1.
     * @return open time of the bar that formed the zone.
     */
    public long eventFirstSeen(final int index)
    {
        return eventFirstSeen[checkEvent(index)];
    }

    /**
     * @param index 0..eventCount()−1.
     * @return open time of the zone's last test, or {@link #NO_TIME}.
     */
    public long eventLastTested(final int index)
    {
        return eventLastTested[checkEvent(index)];
    }

    /**
     * @param index 0..eventCount()−1.
     * @return the zone's test count after the event.
     */
    public int eventTestCount(final int index)
    {
        return eventTestCount[checkEvent(index)];
    }

    private void detect(
        final double open, final double barHigh, final double barLow, final double close, final long time)
    {
        final double bodyLow = Math.min(open, close);
        final double bodyHigh = Math.max(open, close);
        final double body = bodyHigh - bodyLow;
        final double lowerWick = bodyLow - barLow;
        final double upperWick = barHigh - bodyHigh;
        final double threshold = wickToBody * body;
        final boolean demand = lowerWick > threshold;
        final boolean supply = upperWick > threshold;
        if (demand && (!supply || lowerWick > upperWick))
        {
            create(ZoneKind.DEMAND, barLow, bodyLow, strength(lowerWick, body), time);
        }
        else if (supply && (!demand || upperWick > lowerWick))
        {
            create(ZoneKind.SUPPLY, bodyHigh, barHigh, strength(upperWick, body), time);
        }
    }

    private double strength(final double wick, final double body)
    {
        if (body == 0)
        {
            return SupplyDemandZoneSettings.MAX_STRENGTH;
        }
        return Math.min(SupplyDemandZoneSettings.MAX_STRENGTH, wick / body * strengthPerRatio);
    }

    private void create(
        final ZoneKind zoneKind, final double zoneLow, final double zoneHigh, final double zoneStrength,
        final long time)
    {
        if (count == capacity)
        {
            int victim = 0;
            for (int i = 0; i < count; i++)
            {
                if (status[i] == ZoneStatus.BROKEN)
                {
                    victim = i;
                    break;
                }
            }
            event(ZoneEventType.EVICTED, victim);
            remove(victim);
        }
        final int i = count++;
        id[i] = nextId++;
        kind[i] = zoneKind;
        status[i] = ZoneStatus.FRESH;
        low[i] = zoneLow;
        high[i] = zoneHigh;
        strength[i] = zoneStrength;
        firstSeen[i] = time;
        lastTested[i] = NO_TIME;
        testCount[i] = 0;
        inside[i] = true;
        bound(i);
        event(ZoneEventType.CREATED, i);
    }

    private void remove(final int index)
    {
        final int tail = count - index - 1;
        System.arraycopy(id, index + 1, id, index, tail);
        System.arraycopy(kind, index + 1, kind, index, tail);
        System.arraycopy(status, index + 1, status, index, tail);
        System.arraycopy(low, index + 1, low, index, tail);
        System.arraycopy(high, index + 1, high, index, tail);
        System.arraycopy(strength, index + 1, strength, index, tail);
        System.arraycopy(firstSeen, index + 1, firstSeen, index, tail);
        System.arraycopy(lastTested, index + 1, lastTested, index, tail);
        System.arraycopy(testCount, index + 1, testCount, index, tail);
        System.arraycopy(inside, index + 1, inside, index, tail);
        count--;
        kind[count] = null;
        status[count] = null;
    }

    private void event(final ZoneEventType what, final int zone)
    {
        final int e = eventCount++;
        eventType[e] = what;
        eventZoneId[e] = id[zone];
        eventZoneKind[e] = kind[zone];
        eventStatus[e] = status[zone];
        eventLow[e] = low[zone];
        eventHigh[e] = high[zone];
        eventStrength[e] = strength[zone];
        eventFirstSeen[e] = firstSeen[zone];
        eventLastTested[e] = lastTested[zone];
        eventTestCount[e] = testCount[zone];
    }

    private int check(final int index)
    {
        if (index < 0 || index >= count)
        {
            throw new IndexOutOfBoundsException(index);
        }
        return index;
    }

    private int checkEvent(final int index)
    {
        if (index < 0 || index >= eventCount)
        {
            throw new IndexOutOfBoundsException(index);
        }
        return index;
    }
}
