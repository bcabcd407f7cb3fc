package io.pldot.engine.analytics.zones;

import io.pldot.engine.analytics.bar.Bar;

import java.util.Arrays;

/**
 * Fair value gaps (OFS §4.1 (docs/references.md) {@code fair_value_gaps}, §5.4 {@code FairValueGapDetector}):
 * three-candle gaps and their filling, bar by bar.
 *
 * <h2>Formation (bar1 two bars back, bar3 the bar just closed; bar2 plays no part)</h2>
 * <ul>
 *   <li>{@link GapDirection#BULLISH} when bar1.high &lt; bar3.low: gap [bar1.high, bar3.low];</li>
 *   <li>{@link GapDirection#BEARISH} when bar1.low &gt; bar3.high: gap [bar3.high, bar1.low];</li>
 *   <li>size = high − low must exceed {@code minGapSize} (strict, OFS §5.4: {@code gap_size > 0});
 *       equal prices (touching bars, flat bars) form no gap. Nothing forms before the third bar.</li>
 * </ul>
 *
 * <h2>Filling (by bars after bar3, before looking for a new gap)</h2>
 * A bullish gap lies below price and fills downwards; a bearish one lies above and fills upwards.
 * <ul>
 *   <li>PARTIAL: a bar trades strictly inside the gap without reaching its far edge — for bullish
 *       low &lt; bar.low &lt; high, for bearish low &lt; bar.high &lt; high. Touching the near edge exactly
 *       is not entering.</li>
 *   <li>FILLED: a bar reaches the far edge — bullish bar.low &le; gap low, bearish bar.high &ge; gap
 *       high (including a bar that jumps over the gap entirely). FILLED is final.</li>
 *   <li>Fill percent (OFS §5.4 {@code fill_percentage}, 0–100): the deepest penetration so far as a
 *       share of the gap; 100 once filled.</li>
 * </ul>
 * At most {@code maxGaps} gaps are kept, oldest first; a new gap when full evicts the oldest
 * FILLED gap, or else the oldest gap.
 *
 * <h2>Events (no allocation)</h2>
 * Each {@link #update} refills a preallocated event buffer read after the call with
 * {@link #eventCount()} and the {@code event…(i)} getters: fills oldest gap first, then eviction,
 * then creation. Only status changes make events: a deeper partial fill does not, and a bar that
 * goes from an open gap straight past its far edge gives only FILLED. Each event carries a copy of
 * the gap as it stands after the event (id, direction, status, bounds, fill, times). The buffer is
 * valid until the next update.
 * <p>
 * Times are {@link Bar#openTime()} of the bar concerned (created = bar3's; last touched = the
 * last bar that entered or filled it); {@link #NO_TIME} marks what has not happened. Bars are
 * assumed valid (finite, low &le; high). Single-threaded; does not allocate after construction.
 * <p>
 * Cost per bar: each listed gap is checked with two compares against what a bar must reach to
 * change it (its high for an unfilled bullish gap, its low for an unfilled bearish one), and only
 * the gaps reached are updated; with at most 64 gaps the checks run over the slots in storage
 * order into a bit mask, a vector of slots at a time ({@link LevelScan}; no slot lookup, no branch
 * per gap; unlisted slots reach nothing), and
 * only the reached gaps are then visited in list order, which their events keep. An eviction
 * shifts only the {@link LevelOrder} of slots, the per-gap values stay where they are. State: 12 values per gap plus a 9-value event slot per gap,
 * about 5.5 KB with the defaults.
 */
public final class FairValueGaps
{
    /** Time of an event that has not happened (fill time of an unfilled gap). */
    public static final long NO_TIME = Long.MIN_VALUE;

    // Ordinals of the constants compared or stored on the hot path (static final: folded by the JIT).
    private static final byte DIRECTION_BULLISH = (byte)GapDirection.BULLISH.ordinal();
    private static final byte STATUS_FILLED = (byte)GapStatus.FILLED.ordinal();
    private static final byte STATUS_OPEN = (byte)GapStatus.OPEN.ordinal();
    private static final byte STATUS_PARTIAL = (byte)GapStatus.PARTIAL.ordinal();

    private final FairValueGapSettings settings;
    private final int capacity;
    private final double minGapSize;

    // Per-gap values by slot (see LevelOrder: index i of the list is at slot order.slot(i)).
    private final LevelOrder order;
    private final byte[] direction;
    private final byte[] status;
    private final double[] low;
    private final double[] high;
    private final double[] fillPercent;
    private final long[] createdAt;
    private final long[] lastTouched;
    private final long[] filledAt;
    // What a bar must reach to change gap i: an unfilled bullish gap is entered or filled only by a
    // low below its high (bullishReach = high, bearishReach = +∞), an unfilled bearish one only by a
    // high above its low (bearishReach = low, bullishReach = −∞); a filled gap by nothing (−∞, +∞).
    private final double[] bullishReach;
    private final double[] bearishReach;

    private final byte[] eventType;
    private final long[] eventGapId;
    private final byte[] eventGapDirection;
    private final byte[] eventStatus;
    private final double[] eventLow;
    private final double[] eventHigh;
    private final double[] eventFillPercent;
    private final long[] eventCreatedAt;
    private final long[] eventLastTouched;
    private int eventCount;

    // bar1 = two bars back, bar2 = previous bar.
    private double bar1High;
    private double bar1Low;
    private double bar2High;
    private double bar2Low;
    private long barsSeen;

    /**
     * @param settings bound and minimum size.
     */
    public FairValueGaps(final FairValueGapSettings settings)
    {
        this.settings = settings;
        this.capacity = settings.maxGaps();
        this.minGapSize = settings.minGapSize();
        this.order = new LevelOrder(capacity);
        this.direction = new byte[capacity];
        this.status = new byte[capacity];
        this.low = new double[capacity];
        this.high = new double[capacity];
        this.fillPercent = new double[capacity];
        this.createdAt = new long[capacity];
        this.lastTouched = new long[capacity];
        this.filledAt = new long[capacity];
        this.bullishReach = new double[capacity];
        this.bearishReach = new double[capacity];
        // Unlisted slots reach nothing, like filled gaps.
        Arrays.fill(bullishReach, Double.NEGATIVE_INFINITY);
        Arrays.fill(bearishReach, Double.POSITIVE_INFINITY);
        // Per update: at most one status change per gap, one eviction, one creation.
        final int events = capacity + 2;
        this.eventType = new byte[events];
        this.eventGapId = new long[events];
        this.eventGapDirection = new byte[events];
        this.eventStatus = new byte[events];
        this.eventLow = new double[events];
        this.eventHigh = new double[events];
        this.eventFillPercent = new double[events];
        this.eventCreatedAt = new long[events];
        this.eventLastTouched = new long[events];
    }

    /**
     * Takes one closed bar: fills existing gaps, then forms a gap with the bar two back.
     * Refills the event buffer.
     *
     * @param bar closed bar; read during the call only.
     */
    public void update(final Bar bar)
    {
        eventCount = 0;
        final double barLow = bar.low();
        final double barHigh = bar.high();
        final long time = bar.openTime();
        // Each gap is tested with two compares and no branch on its kind or status; only the gaps
        // the bar reaches (under one per bar on real data, of about 18 unfilled) go through fill.
        if (capacity <= LevelScan.MAX_SLOTS)
        {
            // Slot order first, into a bit per slot (no indirection, no branch: unlisted slots
            // reach nothing; a vector of slots at a time), then only the gaps reached, in list
            // order, which is the order their events must have.
            long reached = LevelScan.escapes(bullishReach, bearishReach, barLow, barHigh, capacity);
            for (int i = 0, n = order.count(); reached != 0L && i < n; i++)
            {
                final int s = order.slot(i);
                if ((reached & (1L << s)) != 0L)
                {
                    reached &= ~(1L << s);
                    fill(s, barLow, barHigh, time);
                }
            }
        }
        else
        {
            for (int i = 0, n = order.count(); i < n; i++)
            {
                final int s = order.slot(i);
                if (barLow < bullishReach[s] | barHigh > bearishReach[s])
                {
                    fill(s, barLow, barHigh, time);
                }
            }
        }
        if (barsSeen >= 2)
        {
            if (bar1High < barLow && barLow - bar1High > minGapSize)
            {
                create(GapDirection.BULLISH, bar1High, barLow, time);
            }
            else if (bar1Low > barHigh && bar1Low - barHigh > minGapSize)
            {
                create(GapDirection.BEARISH, barHigh, bar1Low, time);
            }
        }
        bar1High = bar2High;
        bar1Low = bar2Low;
        bar2High = barHigh;
        bar2Low = barLow;
        barsSeen++;
    }

    /**
     * @return the settings this instance runs with.
     */
    public FairValueGapSettings settings()
    {
        return settings;
    }

    /**
     * @return number of gaps listed (at most {@code maxGaps}).
     */
    public int gapCount()
    {
        return order.count();
    }

    /**
     * @param gapId id from {@link #gapId(int)} or an event.
     * @return the gap's current index, or −1 once it has been evicted.
     */
    public int indexOf(final long gapId)
    {
        return order.indexOf(gapId);
    }

    /**
     * @param index 0..gapCount()−1, oldest first.
     * @return the gap's stable id (1, 2, ... in order of formation).
     */
    public long gapId(final int index)
    {
        return order.id(order.checkedSlot(index));
    }

    /**
     * @param index 0..gapCount()−1.
     * @return bullish or bearish.
     */
    public GapDirection gapDirection(final int index)
    {
        return GapDirection.of(direction[order.checkedSlot(index)]);
    }

    /**
     * @param index 0..gapCount()−1.
     * @return OPEN, PARTIAL or FILLED.
     */
    public GapStatus gapStatus(final int index)
    {
        return GapStatus.of(status[order.checkedSlot(index)]);
    }

    /**
     * @param index 0..gapCount()−1.
     * @return lower bound of the gap.
     */
    public double gapLow(final int index)
    {
        return low[order.checkedSlot(index)];
    }

    /**
     * @param index 0..gapCount()−1.
     * @return upper bound of the gap.
     */
    public double gapHigh(final int index)
    {
        return high[order.checkedSlot(index)];
    }

    /**
     * @param index 0..gapCount()−1.
     * @return high − low, &gt; 0.
     */
    public double gapSize(final int index)
    {
        final int s = order.checkedSlot(index);
        return high[s] - low[s];
    }

    /**
     * @param index 0..gapCount()−1.
     * @return deepest fill so far, 0..100.
     */
    public double gapFillPercent(final int index)
    {
        return fillPercent[order.checkedSlot(index)];
    }

    /**
     * @param index 0..gapCount()−1.
     * @return open time of bar3.
     */
    public long gapCreatedAt(final int index)
    {
        return createdAt[order.checkedSlot(index)];
    }

    /**
     * @param index 0..gapCount()−1.
     * @return open time of the last bar that entered or filled the gap, or {@link #NO_TIME}.
     */
    public long gapLastTouched(final int index)
    {
        return lastTouched[order.checkedSlot(index)];
    }

    /**
     * @param index 0..gapCount()−1.
     * @return open time of the filling bar, or {@link #NO_TIME}.
     */
    public long gapFilledAt(final int index)
    {
        return filledAt[order.checkedSlot(index)];
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
    public GapEventType eventType(final int index)
    {
        return GapEventType.of(eventType[checkEvent(index)]);
    }

    /**
     * @param index 0..eventCount()−1.
     * @return id of the gap concerned.
     */
    public long eventGapId(final int index)
    {
        return eventGapId[checkEvent(index)];
    }

    /**
     * @param index 0..eventCount()−1.
     * @return direction of the gap concerned.
     */
    public GapDirection eventGapDirection(final int index)
    {
        return GapDirection.of(eventGapDirection[checkEvent(index)]);
    }

    /**
     * @param index 0..eventCount()−1.
     * @return status of the gap after the event (its last status for an eviction).
     */
    public GapStatus eventStatus(final int index)
    {
        return GapStatus.of(eventStatus[checkEvent(index)]);
    }

    /**
     * @param index 0..eventCount()−1.
     * @return lower bound of the gap concerned.
     */
    public double eventLow(final int index)
    {
        return eventLow[checkEvent(index)];
    }

    /**
     * @param index 0..eventCount()−1.
     * @return upper bound of the gap concerned.
     */
    public double eventHigh(final int index)
    {
        return eventHigh[checkEvent(index)];
    }

    /**
     * @param index 0..eventCount()−1.
     * @return fill of the gap after the event, 0..100.
     */
    public double eventFillPercent(final int index)
    {
        return eventFillPercent[checkEvent(index)];
    }

    /**
     * @param index 0..eventCount()−1.
     * @return open time of the gap's bar3.
     */
    public long eventCreatedAt(final int index)
    {
        return eventCreatedAt[checkEvent(index)];
    }

    /**
     * @param index 0..eventCount()−1.
     * @return open time of the last bar that entered or filled the gap, or {@link #NO_TIME}.
     */
    public long eventLastTouched(final int index)
    {
        return eventLastTouched[checkEvent(index)];
    }

    private void fill(final int s, final double barLow, final double barHigh, final long time)
    {
        final boolean bullish = direction[s] == DIRECTION_BULLISH;
        // Bullish gaps fill downwards from their high, bearish ones upwards from their low.
        final boolean crossed = bullish ? barLow <= low[s] : barHigh >= high[s];
        if (crossed)
        {
            status[s] = STATUS_FILLED;
            order.retire(s);
            bullishReach[s] = Double.NEGATIVE_INFINITY;
            bearishReach[s] = Double.POSITIVE_INFINITY;
            fillPercent[s] = 100.0;
            filledAt[s] = time;
            lastTouched[s] = time;
            event(GapEventType.FILLED, s);
            return;
        }
        final boolean entered = bullish ? barLow < high[s] : barHigh > low[s];
        if (entered)
        {
            final double depth = bullish ? high[s] - barLow : barHigh - low[s];
            fillPercent[s] = Math.max(fillPercent[s], depth / (high[s] - low[s]) * 100.0);
            lastTouched[s] = time;
            if (status[s] == STATUS_OPEN)
            {
                status[s] = STATUS_PARTIAL;
                event(GapEventType.PARTIALLY_FILLED, s);
            }
        }
    }

    private void create(final GapDirection gapDirection, final double gapLow, final double gapHigh, final long time)
    {
        if (order.isFull())
        {
            // The oldest filled one goes first, else the oldest.
            final int victim = order.evictionIndex();
            final int evicted = order.slot(victim);
            event(GapEventType.EVICTED, evicted);
            bullishReach[evicted] = Double.NEGATIVE_INFINITY;
            bearishReach[evicted] = Double.POSITIVE_INFINITY;
            order.remove(victim);
        }
        final int s = order.add();
        direction[s] = (byte)gapDirection.ordinal();
        status[s] = STATUS_OPEN;
        low[s] = gapLow;
        high[s] = gapHigh;
        fillPercent[s] = 0.0;
        createdAt[s] = time;
        lastTouched[s] = NO_TIME;
        filledAt[s] = NO_TIME;
        final boolean bullish = gapDirection == GapDirection.BULLISH;
        bullishReach[s] = bullish ? gapHigh : Double.NEGATIVE_INFINITY;
        bearishReach[s] = bullish ? Double.POSITIVE_INFINITY : gapLow;
        event(GapEventType.CREATED, s);
    }

    /** Appends an event carrying a copy of the gap in slot {@code gap}. */
    private void event(final GapEventType what, final int gap)
    {
        final int e = eventCount++;
        eventType[e] = (byte)what.ordinal();
        eventGapId[e] = order.id(gap);
        eventGapDirection[e] = direction[gap];
        eventStatus[e] = status[gap];
        eventLow[e] = low[gap];
        eventHigh[e] = high[gap];
        eventFillPercent[e] = fillPercent[gap];
        eventCreatedAt[e] = createdAt[gap];
        eventLastTouched[e] = lastTouched[gap];
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
