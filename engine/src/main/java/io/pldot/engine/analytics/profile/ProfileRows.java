package io.pldot.engine.analytics.profile;

import java.util.Arrays;

/**
 * The committed volume by price row of one {@link MarketProfile}: a ring of {@code size} rows
 * (row r at index {@code r & (size − 1)}) grouped by index in blocks of up to 32 rows, each with
 * an exact running sum and a maximum, so that a close costs in proportion to the rows that
 * changed and not to the profile's span. The maximum of a block is recomputed only when its rows
 * changed since the last {@link #refreshMaxima()} (its dirty bit).
 * <p>
 * The ring holds no range of its own: the owner keeps the window's rows within {@code size} of
 * each other, so every row maps to its own index. Volumes are fixed-point units, exact (a sum
 * that would overflow throws {@link ArithmeticException}).
 * <p>
 * Single-threaded: owned with its {@link MarketProfile} by the analytics stage thread. Does not
 * allocate after construction. A final class with small methods: the JIT inlines them into the
 * profile's close.
 */
final class ProfileRows
{
    /** Rows per block: log2 of 32, or fewer when the whole profile is smaller. */
    private static final int BLOCK_SHIFT = 5;

    private final int size;
    private final int mask;
    private final long[] volume;
    // Per block of 2^blockShift rows (by array index): exact sum, maximum (valid when the block's
    // dirty bit is clear) and the dirty bits of blocks whose rows changed since the last refresh.
    private final int blockShift;
    private final long[] blockSum;
    private final long[] blockMax;
    private final long[] dirtyBlocks;

    /**
     * @param size rows in the ring, a power of two &ge; 2.
     */
    ProfileRows(final int size)
    {
        this.size = size;
        this.mask = size - 1;
        this.volume = new long[size];
        this.blockShift = blockShift(size);
        final int blocks = size >>> blockShift;
        this.blockSum = new long[blocks];
        this.blockMax = new long[blocks];
        this.dirtyBlocks = new long[dirtyWords(blocks)];
    }

    /**
     * @param size rows in the ring, a power of two.
     * @return log2 of the rows per block: 5, or fewer when the ring is smaller than 32 rows.
     */
    static int blockShift(final int size)
    {
        return Math.min(BLOCK_SHIFT, Integer.numberOfTrailingZeros(size));
    }

    /**
     * @param blocks number of blocks.
     * @return longs holding one dirty bit per block.
     */
    static int dirtyWords(final int blocks)
    {
        return (blocks + 63) >>> 6;
    }

    /**
     * @return rows in the ring.
     */
    int size()
    {
        return size;
    }

    /**
     * @param row any row of the window.
     * @return its volume.
     */
    long at(final long row)
    {
        return volume[(int)(row & mask)];
    }

    /**
     * Adds (or with a negative amount, removes) volume at one row, keeping its block's sum and
     * marking the block for {@link #refreshMaxima()}.
     *
     * @param row   any row of the window.
     * @param units fixed-point volume.
     */
    void add(final long row, final long units)
    {
        final int index = (int)(row & mask);
        volume[index] = Math.addExact(volume[index], units);
        final int block = index >>> blockShift;
        blockSum[block] += units;
        // Java masks the shift distance to its low 6 bits: the block's bit in its word.
        dirtyBlocks[block >>> 6] |= 1L << block;
    }

    /** Empties every row; every block's maximum is recomputed at the next refresh. */
    void clear()
    {
        Arrays.fill(volume, 0);
        Arrays.fill(blockSum, 0);
        for (int block = 0; block < blockMax.length; block++)
        {
            dirtyBlocks[block >>> 6] |= 1L << block;
        }
    }

    /**
     * @param from first row.
     * @param to   row after the last, at most {@link #size()} rows after {@code from}.
     * @return the volume of rows [from, to).
     */
    long sum(final long from, final long to)
    {
        // The rows are a ring over the array: at most two plain runs of indices.
        final int start = (int)(from & mask);
        final int count = (int)(to - from);
        final int first = Math.min(count, size - start);
        return sumIndices(start, start + first) + sumIndices(0, count - first);
    }

    /** @return the volume at indices [from, to): whole blocks from their sums, the rest row by row. */
    private long sumIndices(final int from, final int to)
    {
        final int firstBlock = (from + (1 << blockShift) - 1) >>> blockShift;
        final int endBlock = to >>> blockShift;
        long sum = 0;
        if (firstBlock >= endBlock)
        {
            for (int i = from; i < to; i++)
            {
                sum += volume[i];
            }
            return sum;
        }
        for (int i = from, end = firstBlock << blockShift; i < end; i++)
        {
            sum += volume[i];
        }
        for (int b = firstBlock; b < endBlock; b++)
        {
            sum += blockSum[b];
        }
        for (int i = endBlock << blockShift; i < to; i++)
        {
            sum += volume[i];
        }
        return sum;
    }

    /**
     * Recomputes the maximum of every block whose rows changed since the last refresh.
     *
     * @return the largest row volume of the ring (0 when empty).
     */
    long refreshMaxima()
    {
        final int blockRows = 1 << blockShift;
        for (int w = 0; w < dirtyBlocks.length; w++)
        {
            long bits = dirtyBlocks[w];
            dirtyBlocks[w] = 0;
            while (bits != 0)
            {
                final int b = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                long max = 0;
                for (int i = b << blockShift, end = i + blockRows; i < end; i++)
                {
                    max = Math.max(max, volume[i]);
                }
                blockMax[b] = max;
            }
        }
        long max = 0;
        for (int b = 0; b < blockMax.length; b++)
        {
            max = Math.max(max, blockMax[b]);
        }
        return max;
    }

    /**
     * Among the rows holding {@code maxVolume} (the result of the last {@link #refreshMaxima()}),
     * the one nearest the middle of the occupied range, the upper one when two are equally near.
     * Only blocks whose maximum is {@code maxVolume} are scanned.
     *
     * @param occupiedLow  lowest row holding volume.
     * @param occupiedHigh highest row holding volume, less than {@link #size()} rows above.
     * @param maxVolume    largest row volume, &gt; 0.
     * @return that row.
     */
    long nearestMaxRow(final long occupiedLow, final long occupiedHigh, final long maxVolume)
    {
        // Distances to the middle are kept doubled so they stay whole numbers.
        final long middle2 = occupiedLow + occupiedHigh;
        final int start = (int)(occupiedLow & mask);
        final int blockRows = 1 << blockShift;
        long best = occupiedLow;
        long bestDistance = Long.MAX_VALUE;
        for (int b = 0; b < blockMax.length; b++)
        {
            if (blockMax[b] != maxVolume)
            {
                continue;
            }
            for (int i = b << blockShift, end = i + blockRows; i < end; i++)
            {
                if (volume[i] == maxVolume)
                {
                    // Every row holding volume lies in the occupied range, less than size rows long,
                    // so its absolute row follows from its offset to the range's first index.
                    final long r = occupiedLow + ((i - start) & mask);
                    final long distance = Math.abs(2 * r - middle2);
                    if (distance < bestDistance || (distance == bestDistance && r > best))
                    {
                        best = r;
                        bestDistance = distance;
                    }
                }
            }
        }
        return best;
    }

    /** @return the first row from {@code from} up holding volume, or a row above {@code limit}. */
    long nextOccupiedUp(final long from, final long limit)
    {
        long r = from;
        while (r <= limit && volume[(int)(r & mask)] == 0)
        {
            r++;
        }
        return r;
    }

    /** @return the first row from {@code from} down holding volume, or a row below {@code limit}. */
    long nextOccupiedDown(final long from, final long limit)
    {
        long r = from;
        while (r >= limit && volume[(int)(r & mask)] == 0)
        {
            r--;
        }
        return r;
    }
}
