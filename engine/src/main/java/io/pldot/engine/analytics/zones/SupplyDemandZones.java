package io.pldot.engine.analytics.zones;

import io.pldot.engine.analytics.bar.Bar;

import java.util.Arrays;

/**
 * Supply and demand zones from rejection candles (OFS §4.1 (docs/references.md) {@code supply_demand_zones},
 * §5.3 {@code SupplyDemandDetector}), kept up to date bar by bar.
 *
 * <h2>Formation</h2>
 * With body = |close − open|, lower wick = min(open, close) − low and upper wick =
 * high − max(open, close):
 * <ul>
 *   <li>lower wick &gt; {@code wickToBody} × body forms a {@link ZoneKind#DEMAND} zone from the low to
 *       the bottom of the body, [low, min(open, close)] (the OFS [low, open] for its bullish
 *       candle; a bearish hammer counts too here);</li>
 *   <li>upper wick &gt; {@code wickToBody} × body forms a {@link ZoneKind#SUPPLY} zone from the top of
 *       the body to the high, [max(open, close), high];</li>
 *   <li>if both wicks qualify (possible only for small bodies), the longer one forms the zone; if
 *       they are equal the candle is indecision and forms none.</li>
 * </ul>
 * OFS §5.3 measures its "wick" as the whole range high − low; here each side's own wick is
 * measured, as the rule's name says. Strength = min(100, wick / body × {@code strengthPerRatio})
 * (OFS: × 20); a body of 0 (doji) gives 100. A flat bar (zero range) has no wick and forms no
 * zone. Every zone has low &lt; high. Overlapping zones are not merged: each rejection candle is
 * its own zone. The rule itself is {@link RejectionCandle}.
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
 * it stays readable for a zone it evicted. The buffer ({@link ZoneEvents}) is valid until the next
 * update.
 * <p>
 * Times are the {@link Bar#openTime()} of the bar concerned (the OFS candle timestamp);
 * {@link #NO_TIME} marks a zone never tested. Zone getters take an index 0..{@link #zoneCount()}−1
 * (oldest first); ids are stable. Bars are assumed valid (finite, low &le; high), as checked at
 * ingress. Single-threaded; does not allocate after construction.
 * <p>
 * Cost per bar: each listed zone is checked with four compares against what would break, enter
 * or leave it (up to 64 zones: every slot at once into bits, a vector of slots at a time,
 * {@link LevelScan}), and only those the bar changes are updated; an eviction shifts only the
 * {@link LevelOrder} of slots, the per-zone values stay where they are. State: 15 values per zone
 * plus a 10-value event slot per zone, about 3 KB with the defaults.
 */
public final class SupplyDemandZones
{
    /** Time of an event that has not happened (e.g. last test of a fresh zone). */
    public static final long NO_TIME = Long.MIN_VALUE;

    // Ordinals of the constants compared or stored on the hot path (static final: folded by the JIT).
    private static final byte KIND_DEMAND = (byte)ZoneKind.DEMAND.ordinal();
    private static final byte STATUS_BROKEN = (byte)ZoneStatus.BROKEN.ordinal();
    private static final byte STATUS_FRESH = (byte)ZoneStatus.FRESH.ordinal();
    private static final byte STATUS_TESTED = (byte)ZoneStatus.TESTED.ordinal();

    private final SupplyDemandZoneSettings settings;
    private final RejectionCandle rejection;
    private final int capacity;

    // Per-zone values by slot (see LevelOrder: index i of the list is at slot order.slot(i)).
    private final LevelOrder order;
    private final byte[] kind;
    private final byte[] status;
    private final double[] low;
    private final double[] high;
    private final double[] strength;
    private final long[] firstSeen;
    private final long[] lastTested;
    private final int[] testCount;
    /** Bit s of word s / 64: the zone in slot s overlapped the last bar (the visit in progress). */
    private final long[] inside;
    // What a bar must do to change zone i, as plain numbers so that testing it needs no branch: a
    // close below demandBreak breaks a demand zone (−∞ for the others), above supplyBreak a supply
    // zone (+∞ for the others); liveLow..liveHigh is the zone's range for the overlap test, empty
    // (+∞..−∞) once it is broken, so a broken zone never overlaps and is never inside.
    private final double[] demandBreak;
    private final double[] supplyBreak;
    private final double[] liveLow;
    private final double[] liveHigh;
    private final ZoneEvents events;

    /**
     * @param settings rejection rule, strength scale and bound.
     */
    public SupplyDemandZones(final SupplyDemandZoneSettings settings)
    {
        this.settings = settings;
        this.rejection = new RejectionCandle(settings.wickToBody(), settings.strengthPerRatio());
        this.capacity = settings.maxZones();
        this.order = new LevelOrder(capacity);
        this.kind = new byte[capacity];
        this.status = new byte[capacity];
        this.low = new double[capacity];
        this.high = new double[capacity];
        this.strength = new double[capacity];
        this.firstSeen = new long[capacity];
        this.lastTested = new long[capacity];
        this.testCount = new int[capacity];
        this.inside = new long[(capacity + 63) >>> 6];
        this.demandBreak = new double[capacity];
        this.supplyBreak = new double[capacity];
        this.liveLow = new double[capacity];
        this.liveHigh = new double[capacity];
        // Unlisted slots: nothing breaks them and no bar overlaps them (the scan reads every slot).
        Arrays.fill(demandBreak, Double.NEGATIVE_INFINITY);
        Arrays.fill(supplyBreak, Double.POSITIVE_INFINITY);
        Arrays.fill(liveLow, Double.POSITIVE_INFINITY);
        Arrays.fill(liveHigh, Double.NEGATIVE_INFINITY);
        // Per update: at most one test or break per zone, one eviction, one creation.
        this.events = new ZoneEvents(capacity + 2);
    }

    /**
     * Takes one closed bar: tests and breaks existing zones, then forms a zone if the bar is a
     * rejection candle. Refills the event buffer.
     *
     * @param bar closed bar; read during the call only.
     */
    public void update(final Bar bar)
    {
        events.clear();
        final double barLow = bar.low();
        final double barHigh = bar.high();
        final double close = bar.close();
        final long time = bar.openTime();
        // Each zone is tested with four compares and no branch on its kind or status; only the
        // zones the bar breaks, enters or leaves (under one per bar on real data, of about 11 not
        // broken) go through change.
        if (capacity <= LevelScan.MAX_SLOTS)
        {
            // Slot order first, into bits per slot (no indirection, no branch, a vector of slots at
            // a time; unlisted slots neither break nor overlap), then only the zones that changed,
            // in list order, which is the order their events must have.
            final long slots = capacity == Long.SIZE ? -1L : (1L << capacity) - 1;
            final long overlapping = ~LevelScan.escapes(liveLow, liveHigh, barHigh, barLow, capacity) & slots;
            long changed = LevelScan.escapes(demandBreak, supplyBreak, close, close, capacity)
                | (overlapping ^ inside[0]);
            for (int i = 0, n = order.count(); changed != 0L && i < n; i++)
            {
                final int s = order.slot(i);
                if ((changed & (1L << s)) != 0L)
                {
                    changed &= ~(1L << s);
                    change(s, close, (overlapping & (1L << s)) != 0L, time);
                }
            }
        }
        else
        {
            for (int i = 0, n = order.count(); i < n; i++)
            {
                final int s = order.slot(i);
                final boolean overlaps = barLow <= liveHigh[s] & barHigh >= liveLow[s];
                if (close < demandBreak[s] | close > supplyBreak[s] | overlaps != isInside(s))
                {
                    change(s, close, overlaps, time);
                }
            }
        }
        final ZoneKind formed = rejection.match(bar.open(), barHigh, barLow, close);
        if (formed != null)
        {
            create(formed, rejection.zoneLow(), rejection.zoneHigh(), rejection.zoneStrength(), time);
        }
    }

    /** Breaks the zone in slot s (not broken), or records that the bar entered or left it. */
    private void change(final int s, final double close, final boolean overlaps, final long time)
    {
        final boolean broken = kind[s] == KIND_DEMAND ? close < low[s] : close > high[s];
        if (broken)
        {
            status[s] = STATUS_BROKEN;
            order.retire(s);
            setInside(s, false);
            demandBreak[s] = Double.NEGATIVE_INFINITY;
            supplyBreak[s] = Double.POSITIVE_INFINITY;
            liveLow[s] = Double.POSITIVE_INFINITY;
            liveHigh[s] = Double.NEGATIVE_INFINITY;
            event(ZoneEventType.BROKEN, s);
            return;
        }
        if (overlaps && !isInside(s))
        {
            testCount[s]++;
            lastTested[s] = time;
            status[s] = STATUS_TESTED;
            event(ZoneEventType.TESTED, s);
        }
        setInside(s, overlaps);
    }

    private boolean isInside(final int s)
    {
        return (inside[s >>> 6] & (1L << s)) != 0L;
    }

    private void setInside(final int s, final boolean value)
    {
        if (value)
        {
            inside[s >>> 6] |= 1L << s;
        }
        else
        {
            inside[s >>> 6] &= ~(1L << s);
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
        return order.count();
    }

    /**
     * @param zoneId id from {@link #zoneId(int)} or an event.
     * @return the zone's current index, or −1 once it has been evicted.
     */
    public int indexOf(final long zoneId)
    {
        return order.indexOf(zoneId);
    }

    /**
     * @param index 0..zoneCount()−1, oldest first.
     * @return the zone's stable id (1, 2, ... in order of formation).
     */
    public long zoneId(final int index)
    {
        return order.id(order.checkedSlot(index));
    }

    /**
     * @param index 0..zoneCount()−1.
     * @return demand or supply.
     */
    public ZoneKind zoneKind(final int index)
    {
        return ZoneKind.of(kind[order.checkedSlot(index)]);
    }

    /**
     * @param index 0..zoneCount()−1.
     * @return FRESH, TESTED or BROKEN.
     */
    public ZoneStatus zoneStatus(final int index)
    {
        return ZoneStatus.of(status[order.checkedSlot(index)]);
    }

    /**
     * @param index 0..zoneCount()−1.
     * @return lower bound of the zone.
     */
    public double zoneLow(final int index)
    {
        return low[order.checkedSlot(index)];
    }

    /**
     * @param index 0..zoneCount()−1.
     * @return upper bound of the zone.
     */
    public double zoneHigh(final int index)
    {
        return high[order.checkedSlot(index)];
    }

    /**
     * @param index 0..zoneCount()−1.
     * @return strength 0..100 (above 40 with the defaults).
     */
    public double zoneStrength(final int index)
    {
        return strength[order.checkedSlot(index)];
    }

    /**
     * @param index 0..zoneCount()−1.
     * @return open time of the forming bar.
     */
    public long zoneFirstSeen(final int index)
    {
        return firstSeen[order.checkedSlot(index)];
    }

    /**
     * @param index 0..zoneCount()−1.
     * @return open time of the bar of the last test, or {@link #NO_TIME}.
     */
    public long zoneLastTested(final int index)
    {
        return lastTested[order.checkedSlot(index)];
    }

    /**
     * @param index 0..zoneCount()−1.
     * @return number of visits since formation.
     */
    public int zoneTestCount(final int index)
    {
        return testCount[order.checkedSlot(index)];
    }

    /**
     * @return number of events the last update produced.
     */
    public int eventCount()
    {
        return events.count();
    }

    /**
     * @param index 0..eventCount()−1.
     * @return what happened.
     */
    public ZoneEventType eventType(final int index)
    {
        return ZoneEventType.of(events.type(index));
    }

    /**
     * @param index 0..eventCount()−1.
     * @return id of the zone concerned.
     */
    public long eventZoneId(final int index)
    {
        return events.zoneId(index);
    }

    /**
     * @param index 0..eventCount()−1.
     * @return kind of the zone concerned.
     */
    public ZoneKind eventZoneKind(final int index)
    {
        return ZoneKind.of(events.zoneKind(index));
    }

    /**
     * @param index 0..eventCount()−1.
     * @return status of the zone after the event (its last status for an eviction).
     */
    public ZoneStatus eventStatus(final int index)
    {
        return ZoneStatus.of(events.status(index));
    }

    /**
     * @param index 0..eventCount()−1.
     * @return lower bound of the zone concerned.
     */
    public double eventLow(final int index)
    {
        return events.low(index);
    }

    /**
     * @param index 0..eventCount()−1.
     * @return upper bound of the zone concerned.
     */
    public double eventHigh(final int index)
    {
        return events.high(index);
    }

    /**
     * @param index 0..eventCount()−1.
     * @return strength of the zone concerned.
     */
    public double eventStrength(final int index)
    {
        return events.strength(index);
    }

    /**
     * @param index 0..eventCount()−1.
     * @return open time of the bar that formed the zone.
     */
    public long eventFirstSeen(final int index)
    {
        return events.firstSeen(index);
    }

    /**
     * @param index 0..eventCount()−1.
     * @return open time of the zone's last test, or {@link #NO_TIME}.
     */
    public long eventLastTested(final int index)
    {
        return events.lastTested(index);
    }

    /**
     * @param index 0..eventCount()−1.
     * @return the zone's test count after the event.
     */
    public int eventTestCount(final int index)
    {
        return events.testCount(index);
    }

    private void create(
        final ZoneKind zoneKind, final double zoneLow, final double zoneHigh, final double zoneStrength,
        final long time)
    {
        if (order.isFull())
        {
            // The oldest broken one goes first, else the oldest.
            final int victim = order.evictionIndex();
            event(ZoneEventType.EVICTED, order.slot(victim));
            order.remove(victim);
        }
        final int s = order.add();
        kind[s] = (byte)zoneKind.ordinal();
        status[s] = STATUS_FRESH;
        low[s] = zoneLow;
        high[s] = zoneHigh;
        strength[s] = zoneStrength;
        firstSeen[s] = time;
        lastTested[s] = NO_TIME;
        testCount[s] = 0;
        setInside(s, true);
        final boolean demand = zoneKind == ZoneKind.DEMAND;
        demandBreak[s] = demand ? zoneLow : Double.NEGATIVE_INFINITY;
        supplyBreak[s] = demand ? Double.POSITIVE_INFINITY : zoneHigh;
        liveLow[s] = zoneLow;
        liveHigh[s] = zoneHigh;
        event(ZoneEventType.CREATED, s);
    }

    /** Appends an event carrying a copy of the zone in slot {@code zone}. */
    private void event(final ZoneEventType what, final int zone)
    {
        events.add(what, order.id(zone), kind[zone], status[zone], low[zone], high[zone], strength[zone],
            firstSeen[zone], lastTested[zone], testCount[zone]);
    }
}
