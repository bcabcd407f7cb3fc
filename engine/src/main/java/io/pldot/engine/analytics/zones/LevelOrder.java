package io.pldot.engine.analytics.zones;

/**
 * The list bookkeeping {@link FairValueGaps} and {@link SupplyDemandZones} share: at most
 * {@code capacity} levels kept oldest first, each with a stable id (1, 2, … in order of creation)
 * and a storage slot that does not move while the level is listed. The owner keeps its per-level
 * values in arrays indexed by slot; index i of the list (0 = oldest) is at slot {@link #slot(int)}.
 * Evicting a level therefore shifts only this small array of slots, not every per-level array,
 * and the freed slot is the one the next {@link #add()} reuses. Both owners evict the same way —
 * the oldest level that is done for good (a filled gap, a broken zone: {@link #retire}), else the
 * oldest — so the list keeps which levels are retired and picks the victim ({@link #evictionIndex}).
 * <p>
 * Single-threaded; does not allocate after construction.
 */
final class LevelOrder
{
    private final int capacity;
    // slots[0, count) are the listed levels' slots, oldest first; slots[count, capacity) the free ones.
    private final int[] slots;
    private final long[] ids;
    /** Per slot: the listed level is done (a filled gap, a broken zone) and goes first on eviction. */
    private final boolean[] retired;
    /** Listed levels that are retired. */
    private int retiredCount;
    private int count;
    private long nextId = 1;

    /**
     * @param capacity most levels listed at once, &ge; 1.
     */
    LevelOrder(final int capacity)
    {
        this.capacity = capacity;
        this.slots = new int[capacity];
        this.ids = new long[capacity];
        this.retired = new boolean[capacity];
        for (int i = 0; i < capacity; i++)
        {
            slots[i] = i;
        }
    }

    /** @return number of levels listed. */
    int count()
    {
        return count;
    }

    /** @return true when the next {@link #add()} needs an eviction first. */
    boolean isFull()
    {
        return count == capacity;
    }

    /**
     * @param index 0..count()−1, not checked (for loops bounded by {@link #count()}).
     * @return the slot of the level at that index.
     */
    int slot(final int index)
    {
        return slots[index];
    }

    /**
     * @param index any int.
     * @return the slot of the level at that index.
     * @throws IndexOutOfBoundsException unless 0 &le; index &lt; count().
     */
    int checkedSlot(final int index)
    {
        if (index < 0 || index >= count)
        {
            throw new IndexOutOfBoundsException(index);
        }
        return slots[index];
    }

    /**
     * @param slot of a listed level.
     * @return its id.
     */
    long id(final int slot)
    {
        return ids[slot];
    }

    /**
     * @param id a level's id.
     * @return its current index, or −1 when it is not listed (evicted, or never created).
     */
    int indexOf(final long id)
    {
        for (int i = 0; i < count; i++)
        {
            if (ids[slots[i]] == id)
            {
                return i;
            }
        }
        return -1;
    }

    /**
     * Lists a new level as the newest.
     *
     * @return its slot, whose values the caller then sets; the level's id is assigned.
     * @throws IllegalStateException when full (evict first).
     */
    int add()
    {
        if (count == capacity)
        {
            throw new IllegalStateException("level list full");
        }
        final int slot = slots[count++];
        ids[slot] = nextId++;
        return slot;
    }

    /**
     * Marks a listed level as done for good (until evicted): it is evicted before any live one.
     *
     * @param slot of a listed level, not yet retired.
     */
    void retire(final int slot)
    {
        retired[slot] = true;
        retiredCount++;
    }

    /**
     * @return the index to evict when full: the oldest retired level, else the oldest (0). With
     *         no retired level listed (the usual case once the list is full of live levels) there
     *         is no search.
     */
    int evictionIndex()
    {
        for (int i = 0, n = retiredCount == 0 ? 0 : count; i < n; i++)
        {
            if (retired[slots[i]])
            {
                return i;
            }
        }
        return 0;
    }

    /**
     * Unlists the level at {@code index}; the ones after it move one index down.
     *
     * @param index 0..count()−1.
     */
    void remove(final int index)
    {
        final int slot = checkedSlot(index);
        if (retired[slot])
        {
            retired[slot] = false;
            retiredCount--;
        }
        System.arraycopy(slots, index + 1, slots, index, count - index - 1);
        slots[--count] = slot;
    }
}
