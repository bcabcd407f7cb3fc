package io.pldot.engine.analytics.zones;

/**
 * The event buffer of one {@link SupplyDemandZones}: what the last update did to which zone, each
 * event with a copy of the zone as it stood after it (id, kind, status, bounds, strength, times,
 * test count), so it stays readable for a zone that was evicted. Preallocated for the most one
 * update can produce, refilled from empty by every update: no allocation.
 * <p>
 * Kinds, statuses and event types are stored as their ordinals (a byte store per event, where a
 * reference store costs a GC write barrier); the owner maps them back to constants.
 * <p>
 * Single-threaded: owned with its {@link SupplyDemandZones} by the analytics stage thread.
 */
final class ZoneEvents
{
    private final byte[] type;
    private final long[] zoneId;
    private final byte[] zoneKind;
    private final byte[] status;
    private final double[] low;
    private final double[] high;
    private final double[] strength;
    private final long[] firstSeen;
    private final long[] lastTested;
    private final int[] testCount;
    private int count;

    /**
     * @param capacity most events one update can produce, &ge; 1.
     */
    ZoneEvents(final int capacity)
    {
        this.type = new byte[capacity];
        this.zoneId = new long[capacity];
        this.zoneKind = new byte[capacity];
        this.status = new byte[capacity];
        this.low = new double[capacity];
        this.high = new double[capacity];
        this.strength = new double[capacity];
        this.firstSeen = new long[capacity];
        this.lastTested = new long[capacity];
        this.testCount = new int[capacity];
    }

    /** Empties the buffer (start of an update). */
    void clear()
    {
        count = 0;
    }

    /**
     * Appends one event; the caller never exceeds the capacity (not checked).
     *
     * @param what           what happened.
     * @param id             the zone's id.
     * @param kindOrdinal    the zone's {@link ZoneKind} ordinal.
     * @param statusOrdinal  the zone's {@link ZoneStatus} ordinal after the event.
     * @param zoneLow        lower bound.
     * @param zoneHigh       upper bound.
     * @param zoneStrength   strength.
     * @param zoneFirstSeen  open time of the forming bar.
     * @param zoneLastTested open time of the last test, or {@link SupplyDemandZones#NO_TIME}.
     * @param zoneTestCount  test count after the event.
     */
    void add(
        final ZoneEventType what, final long id, final byte kindOrdinal, final byte statusOrdinal,
        final double zoneLow, final double zoneHigh, final double zoneStrength, final long zoneFirstSeen,
        final long zoneLastTested, final int zoneTestCount)
    {
        final int e = count++;
        type[e] = (byte)what.ordinal();
        zoneId[e] = id;
        zoneKind[e] = kindOrdinal;
        status[e] = statusOrdinal;
        low[e] = zoneLow;
        high[e] = zoneHigh;
        strength[e] = zoneStrength;
        firstSeen[e] = zoneFirstSeen;
        lastTested[e] = zoneLastTested;
        testCount[e] = zoneTestCount;
    }

    /** @return number of events since the last {@link #clear()}. */
    int count()
    {
        return count;
    }

    /** @return ordinal of the event's {@link ZoneEventType}; index checked as for every getter. */
    byte type(final int index)
    {
        return type[check(index)];
    }

    /** @return id of the zone concerned. */
    long zoneId(final int index)
    {
        return zoneId[check(index)];
    }

    /** @return ordinal of the zone's {@link ZoneKind}. */
    byte zoneKind(final int index)
    {
        return zoneKind[check(index)];
    }

    /** @return ordinal of the zone's {@link ZoneStatus} after the event. */
    byte status(final int index)
    {
        return status[check(index)];
    }

    /** @return lower bound of the zone. */
    double low(final int index)
    {
        return low[check(index)];
    }

    /** @return upper bound of the zone. */
    double high(final int index)
    {
        return high[check(index)];
    }

    /** @return strength of the zone. */
    double strength(final int index)
    {
        return strength[check(index)];
    }

    /** @return open time of the bar that formed the zone. */
    long firstSeen(final int index)
    {
        return firstSeen[check(index)];
    }

    /** @return open time of the zone's last test, or {@link SupplyDemandZones#NO_TIME}. */
    long lastTested(final int index)
    {
        return lastTested[check(index)];
    }

    /** @return the zone's test count after the event. */
    int testCount(final int index)
    {
        return testCount[check(index)];
    }

    /**
     * The arrays are sized for the most events, so a stale index past {@link #count()} would read
     * an earlier update's event: it is rejected instead.
     */
    private int check(final int index)
    {
        if (index < 0 || index >= count)
        {
            throw new IndexOutOfBoundsException(index);
        }
        return index;
    }
}
