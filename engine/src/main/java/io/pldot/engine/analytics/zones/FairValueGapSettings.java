package io.pldot.engine.analytics.zones;

/**
 * Settings of one {@link FairValueGaps}. Immutable; safe from any thread.
 *
 * @param maxGaps    gaps kept at once, 1..1024.
 * @param minGapSize a gap must be larger than this, in price units (OFS (docs/references.md): {@code gap_size > 0},
 *                   the default 0), finite and &ge; 0.
 */
public record FairValueGapSettings(int maxGaps, double minGapSize)
{
    /** Default number of gaps kept. */
    public static final int MAX_GAPS_DEFAULT = 32;
    /** Largest number of gaps accepted. */
    public static final int MAX_GAPS_MAX = 1024;

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException naming the bad field.
     */
    public FairValueGapSettings
    {
        if (maxGaps < 1 || maxGaps > MAX_GAPS_MAX)
        {
            throw new IllegalArgumentException("maxGaps must be 1.." + MAX_GAPS_MAX + ", was " + maxGaps);
        }
        if (!(minGapSize >= 0) || Double.isInfinite(minGapSize))
        {
            throw new IllegalArgumentException("minGapSize must be finite and >= 0, was " + minGapSize);
        }
    }

    /**
     * @return the defaults: 32 gaps, any gap larger than 0.
     */
    public static FairValueGapSettings defaults()
    {
        return new FairValueGapSettings(MAX_GAPS_DEFAULT, 0.0);
    }
}
