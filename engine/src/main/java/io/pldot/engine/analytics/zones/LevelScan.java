package io.pldot.engine.analytics.zones;

import io.pldot.engine.analytics.vector.VectorSupport;

/**
 * The per-bar test of every listed level, as a bit per slot: which levels a bar reaches (a gap
 * it enters or fills, a zone it breaks, enters or leaves), so that only those (under one per bar
 * on real data) are then visited, in list order. One pass of independent compares with no branch
 * per level; a vector of levels at a time when {@link VectorSupport#ENABLED}
 * ({@link VectorLevelScan}), else one at a time: the same bits either way (the same IEEE
 * comparisons). Stateless; thread-safe.
 */
final class LevelScan
{
    /** Slots one scan covers: one bit each in a long. */
    static final int MAX_SLOTS = Long.SIZE;

    private LevelScan()
    {
    }

    /**
     * @param above values compared with {@code x}.
     * @param below values compared with {@code y}.
     * @param x     a level whose {@code above} value exceeds it escapes.
     * @param y     a level whose {@code below} value is under it escapes.
     * @param count slots to scan, 0..{@link #MAX_SLOTS}.
     * @return bit s set when {@code above[s] > x || below[s] < y} (a NaN compares false).
     */
    static long escapes(final double[] above, final double[] below, final double x, final double y, final int count)
    {
        if (VectorSupport.ENABLED)
        {
            return VectorLevelScan.escapes(above, below, x, y, count);
        }
        return scalarEscapes(above, below, x, y, count, 0);
    }

    /** {@link #escapes} one slot at a time, from slot {@code from} on. */
    static long scalarEscapes(
        final double[] above, final double[] below, final double x, final double y, final int count, final int from)
    {
        long bits = 0L;
        for (int s = from; s < count; s++)
        {
            bits |= (above[s] > x | below[s] < y ? 1L : 0L) << s;
        }
        return bits;
    }
}
