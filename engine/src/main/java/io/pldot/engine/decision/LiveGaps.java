package io.pldot.engine.decision;

import io.pldot.journal.schema.AnalyticsCodes;

/**
 * The fair value gaps of one {@link TimeframeView} still open, rebuilt from their GapEvent
 * records: a gap is identified by its direction and creation time, added or updated by each
 * event, forgotten once filled; the list keeps creation order, and when full the oldest goes.
 * <p>
 * Preallocated; no allocation after construction. Owned with its view by the decision stage's
 * thread; not thread-safe.
 */
final class LiveGaps
{
    private final int capacity;
    private int count;
    private final int[] direction;
    private final long[] created;
    private final double[] low;
    private final double[] high;

    /**
     * @param capacity gaps remembered, &ge; 1.
     */
    LiveGaps(final int capacity)
    {
        this.capacity = capacity;
        this.direction = new int[capacity];
        this.created = new long[capacity];
        this.low = new double[capacity];
        this.high = new double[capacity];
    }

    /**
     * @param gapDirection {@link AnalyticsCodes.GapDirection} code.
     * @param status       {@link AnalyticsCodes.GapStatus} code.
     * @param gapCreated   open time of the bar that created it (its identity with the direction).
     * @param gapLow       lower bound.
     * @param gapHigh      upper bound.
     */
    void on(final int gapDirection, final int status, final long gapCreated, final double gapLow, final double gapHigh)
    {
        int index = -1;
        for (int i = 0; i < count; i++)
        {
            if (direction[i] == gapDirection && created[i] == gapCreated)
            {
                index = i;
                break;
            }
        }
        if (status == AnalyticsCodes.GapStatus.FILLED.code())
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
        direction[index] = gapDirection;
        created[index] = gapCreated;
        low[index] = gapLow;
        high[index] = gapHigh;
    }

    private void remove(final int index)
    {
        final int tail = count - index - 1;
        System.arraycopy(direction, index + 1, direction, index, tail);
        System.arraycopy(created, index + 1, created, index, tail);
        System.arraycopy(low, index + 1, low, index, tail);
        System.arraycopy(high, index + 1, high, index, tail);
        count--;
    }

    /** @return open gaps, oldest first. */
    int count()
    {
        return count;
    }

    /** @param i gap index. @return its {@link AnalyticsCodes.GapDirection} code. */
    int direction(final int i)
    {
        return direction[i];
    }

    /** @param i gap index. @return open time of the creating bar. */
    long created(final int i)
    {
        return created[i];
    }

    /** @param i gap index. @return lower bound. */
    double low(final int i)
    {
        return low[i];
    }

    /** @param i gap index. @return upper bound. */
    double high(final int i)
    {
        return high[i];
    }
}
