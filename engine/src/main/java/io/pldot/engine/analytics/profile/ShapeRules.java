package io.pldot.engine.analytics.profile;

/**
 * The rules of {@link ProfileShape} on a {@link ProfileRows}: exact on row indices and integer
 * volumes, the thirds summed from whole blocks plus at most two partial blocks each.
 * <p>
 * Stateless; thread-safe (the rows it reads belong to the caller's thread).
 */
final class ShapeRules
{
    private ShapeRules()
    {
    }

    /**
     * @param rows         the profile.
     * @param occupiedLow  lowest row holding volume.
     * @param occupiedHigh highest row holding volume (both edge rows hold some).
     * @param poc          the POC row.
     * @return the shape of the occupied range.
     */
    static ProfileShape classify(
        final ProfileRows rows, final long occupiedLow, final long occupiedHigh, final long poc)
    {
        final long count = occupiedHigh - occupiedLow + 1;
        if (count < 3)
        {
            return ProfileShape.BALANCED;
        }
        // Row r is in third floor(3 (r - low) / count): the first third ends where 3 d >= count, the
        // second where 3 d >= 2 count (d = r - low). Summing each third over its own range gives the
        // same sums without a division per row.
        final long firstEnd = occupiedLow + (count + 2) / 3;
        final long secondEnd = occupiedLow + (2 * count + 2) / 3;
        final long lower = rows.sum(occupiedLow, firstEnd);
        final long middle = rows.sum(firstEnd, secondEnd);
        final long upper = rows.sum(secondEnd, occupiedHigh + 1);
        // x > 2 * middle, written so it cannot overflow (x >= 1: the edge rows hold volume).
        if (middle <= (lower - 1) / 2 && middle <= (upper - 1) / 2)
        {
            return ProfileShape.DOUBLE_DISTRIBUTION;
        }
        final long pocPart = 3 * (poc - occupiedLow) / count;
        return pocPart == 2 ? ProfileShape.P_SHAPE : pocPart == 0 ? ProfileShape.B_SHAPE : ProfileShape.BALANCED;
    }
}
