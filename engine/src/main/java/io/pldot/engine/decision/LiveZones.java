package io.pldot.engine.decision;

import io.pldot.journal.schema.AnalyticsCodes;

/**
 * The supply/demand zones of one {@link TimeframeView} still alive, rebuilt from their ZoneEvent
 * records: a zone is identified by its kind and first-seen time, added or updated by each event,
 * forgotten once broken; the list keeps first-seen order, because the confluence rules scan zones
 * in that order. When full, the oldest goes, as the analytics evict their oldest zone silently
 * (not journaled).
 * <p>
 * Preallocated; no allocation after construction. Owned with its view by the decision stage's
 * thread; not thread-safe.
 */
final class LiveZones
{
    private final int capacity;
    private int count;
    private final int[] kind;
    private final int[] tests;
    private final long[] firstSeen;
    private final double[] low;
    private final double[] high;

    /**
     * @param capacity zones remembered, &ge; 1.
     */
    LiveZones(final int capacity)
    {
        this.capacity = capacity;
        this.kind = new int[capacity];
        this.tests = new int[capacity];
        this.firstSeen = new long[capacity];
        this.low = new double[capacity];
        this.high = new double[capacity];
    }

    /**
     * @param zoneKind      {@link AnalyticsCodes.ZoneKind} code.
     * @param status        {@link AnalyticsCodes.ZoneStatus} code.
     * @param testCount     times tested.
     * @param zoneFirstSeen open time of the forming bar (the zone's identity with its kind).
     * @param zoneLow       lower bound.
     * @param zoneHigh      upper bound.
     */
    void on(
        final int zoneKind, final int status, final int testCount, final long zoneFirstSeen, final double zoneLow,
        final double zoneHigh)
    {
        int index = -1;
        for (int i = 0; i < count; i++)
        {
            if (kind[i] == zoneKind && firstSeen[i] == zoneFirstSeen)
            {
                index = i;
                break;
            }
        }
        if (status == AnalyticsCodes.ZoneStatus.BROKEN.code())
        {
            if (index >= 0)
            {
                remove(index);
            }
            return;
        }
        if (index < 0)
        {
            if (count == capacity)
            {
                // The analytics evict their oldest zone silently (not journaled); so does this view.
                remove(0);
            }
            index = count++;
        }
        kind[index] = zoneKind;
        tests[index] = testCount;
        firstSeen[index] = zoneFirstSeen;
        low[index] = zoneLow;
        high[index] = zoneHigh;
    }

    private void remove(final int index)
    {
        // Shift to keep first-seen order: the confluence rules scan zones in that order.
        final int tail = count - index - 1;
        System.arraycopy(kind, index + 1, kind, index, tail);
        System.arraycopy(tests, index + 1, tests, index, tail);
        System.arraycopy(firstSeen, index + 1, firstSeen, index, tail);
        System.arraycopy(low, index + 1, low, index, tail);
        System.arraycopy(high, index + 1, high, index, tail);
        count--;
    }

    /** @return live zones, first seen first. */
    int count()
    {
        return count;
    }

    /** @param i zone index. @return its {@link AnalyticsCodes.ZoneKind} code. */
    int kind(final int i)
    {
        return kind[i];
    }

    /** @param i zone index. @return times tested. */
    int tests(final int i)
    {
        return tests[i];
    }

    /** @param i zone index. @return open time of the forming bar. */
    long firstSeen(final int i)
    {
        return firstSeen[i];
    }

    /** @param i zone index. @return lower bound. */
    double low(final int i)
    {
        return low[i];
    }

    /** @param i zone index. @return upper bound. */
    double high(final int i)
    {
        return high[i];
    }
}
