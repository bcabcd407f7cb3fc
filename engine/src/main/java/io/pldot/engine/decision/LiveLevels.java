package io.pldot.engine.decision;

/**
 * The price levels of one kind (supply/demand zones, or fair value gaps) of one {@link TimeframeView} still alive,
 * rebuilt from their ZoneEvent or GapEvent records: a level is identified by its kind (zone kind or gap direction
 * code) and its first-seen time (the open time of the bar that formed it), added or updated by each event,
 * forgotten once it is gone (a zone broken, a gap filled). The list keeps first-seen order, because the confluence
 * rules scan levels in that order; when full, the oldest goes, as the analytics evict their oldest level silently
 * (not journaled).
 * <p>
 * Preallocated; no allocation after construction. Owned with its view by the decision stage's thread; not
 * thread-safe.
 */
final class LiveLevels
{
    private final int capacity;
    private int count;
    private final int[] kind;
    private final int[] tests;
    private final long[] firstSeen;
    private final double[] low;
    private final double[] high;

    /**
     * @param capacity levels remembered, &ge; 1.
     */
    LiveLevels(final int capacity)
    {
        this.capacity = capacity;
        this.kind = new int[capacity];
        this.tests = new int[capacity];
        this.firstSeen = new long[capacity];
        this.low = new double[capacity];
        this.high = new double[capacity];
    }

    /**
     * @param levelKind      zone kind or gap direction code (the level's identity with its first-seen time).
     * @param gone           true when the event says the level is broken or filled: it is forgotten.
     * @param testCount      times tested (0 for gaps, which do not count tests).
     * @param levelFirstSeen open time of the bar that formed it.
     * @param levelLow       lower bound.
     * @param levelHigh      upper bound.
     */
    void on(
        final int levelKind, final boolean gone, final int testCount, final long levelFirstSeen, final double levelLow,
        final double levelHigh)
    {
        int index = -1;
        for (int i = 0; i < count; i++)
        {
            if (kind[i] == levelKind && firstSeen[i] == levelFirstSeen)
            {
                index = i;
                break;
            }
        }
        if (gone)
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
                remove(0);
            }
            index = count++;
        }
        kind[index] = levelKind;
        tests[index] = testCount;
        firstSeen[index] = levelFirstSeen;
        low[index] = levelLow;
        high[index] = levelHigh;
    }

    private void remove(final int index)
    {
        // Shift to keep first-seen order: the confluence rules scan levels in that order.
        final int tail = count - index - 1;
        System.arraycopy(kind, index + 1, kind, index, tail);
        System.arraycopy(tests, index + 1, tests, index, tail);
        System.arraycopy(firstSeen, index + 1, firstSeen, index, tail);
        System.arraycopy(low, index + 1, low, index, tail);
        System.arraycopy(high, index + 1, high, index, tail);
        count--;
    }

    /** @return live levels, first seen first. */
    int count()
    {
        return count;
    }

    /** @param i level index. @return its zone kind or gap direction code. */
    int kind(final int i)
    {
        return kind[i];
    }

    /** @param i level index. @return times tested. */
    int tests(final int i)
    {
        return tests[i];
    }

    /** @param i level index. @return open time of the forming bar. */
    long firstSeen(final int i)
    {
        return firstSeen[i];
    }

    /** @param i level index. @return lower bound. */
    double low(final int i)
    {
        return low[i];
    }

    /** @param i level index. @return upper bound. */
    double high(final int i)
    {
        return high[i];
    }
}
