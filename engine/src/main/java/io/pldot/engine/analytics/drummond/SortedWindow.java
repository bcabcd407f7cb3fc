package io.pldot.engine.analytics.drummond;

/**
 * The last {@code capacity} values added, kept in a ring (once full, each add overwrites the
 * oldest) and also in ascending order, for {@link DrummondLines}' zones.
 *
 * <h2>Order</h2>
 * Exactly the order a stable insertion sort of the ring (visited in slot order 0, 1, ...) with
 * the comparison {@code >} gives: ascending value, ties (values equal as {@code ==} sees them,
 * e.g. 0.0 and -0.0, which differ in bits) in ring slot order. Ring slot order, not age: after
 * the ring wrapped, the newest value is in the slot of the one it replaced.
 *
 * <h2>Cost</h2>
 * An add moves the new value from the place of the value it overwrites (found through each
 * slot's rank, no search) to its own place: one insertion-sort pass over the entries in between
 * (O(distance), no full sort per add, no arraycopy setup). A NaN breaks the total order, so while one is kept (and on the add after the
 * last one left, to restore the order from the NaN-era array) the window re-sorts in full by the
 * definition above. {@link #countAtOrBelow} is one pass of independent compares over the kept
 * values (O(capacity), capacity at most 64 in use), faster than a binary search's chain of
 * dependent loads at these sizes.
 * <p>
 * Owned by one thread, not thread-safe. No allocation after construction; 24 bytes per value
 * (ring, sorted values, their slots, each slot's rank) plus about 100 bytes.
 */
final class SortedWindow
{
    private final double[] ring;
    private final double[] sorted;
    private final int[] sortedSlot;
    private final int[] rankOfSlot;
    private int size;
    private int next;
    private int nans;
    private boolean fullSort;
    private boolean resorted;
    private int vacatedRank;
    private int filledRank;

    /**
     * @param capacity values kept, >= 1.
     */
    SortedWindow(final int capacity)
    {
        if (capacity < 1)
        {
            throw new IllegalArgumentException("capacity must be >= 1: " + capacity);
        }
        ring = new double[capacity];
        sorted = new double[capacity];
        sortedSlot = new int[capacity];
        rankOfSlot = new int[capacity];
    }

    /**
     * Adds a value: into the next free ring slot while the ring fills, then over the oldest.
     *
     * @param value to keep; any double.
     */
    void add(final double value)
    {
        final int slot = next;
        next = slot + 1 == ring.length ? 0 : slot + 1;
        final boolean grown = size < ring.length;
        if (grown)
        {
            size++;
        }
        else if (Double.isNaN(ring[slot]))
        {
            nans--;
        }
        if (Double.isNaN(value))
        {
            nans++;
        }
        ring[slot] = value;
        if (nans > 0 || fullSort)
        {
            fullSort = nans > 0;
            resorted = true;
            sortAll();
            return;
        }
        resorted = false;
        // The hole the new value fills: the end when the ring grew (its slot is the highest, so it
        // goes after equal values), else the overwritten value's place.
        int at = grown ? size - 1 : rankOfSlot[slot];
        vacatedRank = at;
        // Move the hole down past the entries that belong after the new value, or else up past
        // the ones that belong before it: one pass, each step one compare and one move.
        final int hole = at;
        while (at > 0 && after(sorted[at - 1], sortedSlot[at - 1], value, slot))
        {
            moveTo(at, at - 1);
            at--;
        }
        if (at == hole)
        {
            final int last = size - 1;
            while (at < last && !after(sorted[at + 1], sortedSlot[at + 1], value, slot))
            {
                moveTo(at, at + 1);
                at++;
            }
        }
        sorted[at] = value;
        sortedSlot[at] = slot;
        rankOfSlot[slot] = at;
        filledRank = at;
    }

    private void moveTo(final int rank, final int from)
    {
        final int moved = sortedSlot[from];
        sorted[rank] = sorted[from];
        sortedSlot[rank] = moved;
        rankOfSlot[moved] = rank;
    }

    /** Whether the entry (v, s) goes after the value {@code value} in ring slot {@code slot}. */
    private static boolean after(final double v, final int s, final double value, final int slot)
    {
        return v > value || (v == value && s > slot);
    }

    private void sortAll()
    {
        // Insertion sort in ring slot order: the order's definition (also with NaNs kept).
        for (int i = 0; i < size; i++)
        {
            final double value = ring[i];
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
        for (int rank = 0; rank < size; rank++)
        {
            rankOfSlot[sortedSlot[rank]] = rank;
        }
    }

    /**
     * @return values kept, 0..capacity.
     */
    int size()
    {
        return size;
    }

    /**
     * @param rank 0..{@link #size()} - 1.
     * @return the value of that rank in the order (0 = lowest).
     */
    double get(final int rank)
    {
        return sorted[rank];
    }

    /**
     * @param rank 0..{@link #size()} - 1.
     * @return ring slot of the value of that rank.
     */
    int slotOf(final int rank)
    {
        return sortedSlot[rank];
    }

    /**
     * @return true when the latest {@link #add} re-sorted in full (a NaN kept or just left): the
     * ranks of every value may have changed, and {@link #vacatedRank()} and {@link #filledRank()}
     * do not describe it.
     */
    boolean resorted()
    {
        return resorted;
    }

    /**
     * What the latest {@link #add} did when not {@link #resorted()}: the overwritten value left
     * this rank (the new size - 1 when the ring grew, as if a value had left the end), the new
     * value went to {@link #filledRank()}, and the values in between moved one rank towards it:
     * ranks filled..vacated - 1 up by one, or vacated + 1..filled down by one.
     *
     * @return the rank vacated by the latest add.
     */
    int vacatedRank()
    {
        return vacatedRank;
    }

    /**
     * @return the rank of the value added by the latest {@link #add} (see {@link #vacatedRank()}).
     */
    int filledRank()
    {
        return filledRank;
    }

    /**
     * @return true while a NaN is kept (the order is then not total, see the class comment).
     */
    boolean hasNaN()
    {
        return nans > 0;
    }

    /**
     * Meaningful only while no NaN is kept.
     *
     * @param x any double (NaN gives 0).
     * @return how many kept values are {@code <= x}: the rank of the first value above x.
     */
    int countAtOrBelow(final double x)
    {
        // A count over every kept value, not a binary search: the window is small (at most 64) and
        // the compares are independent, so they overlap, where each step of a binary search waits
        // for the load the previous step chose (about twice as long at 20 values).
        int count = 0;
        for (int rank = 0; rank < size; rank++)
        {
            count += sorted[rank] <= x ? 1 : 0;
        }
        return count;
    }
}
