package io.pldot.engine.analytics.zones;

/**
 * Settings of one {@link SupplyDemandZones}. Immutable; safe from any thread.
 *
 * @param wickToBody       a wick longer than this many bodies makes a rejection candle (OFS (docs/references.md)
 *                         §5.3: 2), finite and &gt; 0.
 * @param strengthPerRatio strength points per unit of wick/body ratio (OFS: 20), capped at
 *                         {@link #MAX_STRENGTH}; finite and &gt; 0.
 * @param maxZones         zones kept at once, 1..1024.
 */
public record SupplyDemandZoneSettings(double wickToBody, double strengthPerRatio, int maxZones)
{
    /** OFS §5.3 rule: wick &gt; 2 × body. */
    public static final double WICK_TO_BODY_DEFAULT = 2.0;
    /** OFS §5.3 rule: strength = min(100, wick / body × 20). */
    public static final double STRENGTH_PER_RATIO_DEFAULT = 20.0;
    /** Top of the strength scale (OFS §5.3 {@code strength_score} 0-100). */
    public static final double MAX_STRENGTH = 100.0;
    /** Default number of zones kept. */
    public static final int MAX_ZONES_DEFAULT = 16;
    /** Largest number of zones accepted. */
    public static final int MAX_ZONES_MAX = 1024;

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException naming the bad field.
     */
    public SupplyDemandZoneSettings
    {
        if (!(wickToBody > 0) || Double.isInfinite(wickToBody))
        {
            throw new IllegalArgumentException("wickToBody must be finite and > 0, was " + wickToBody);
        }
        if (!(strengthPerRatio > 0) || Double.isInfinite(strengthPerRatio))
        {
            throw new IllegalArgumentException("strengthPerRatio must be finite and > 0, was " + strengthPerRatio);
        }
        if (maxZones < 1 || maxZones > MAX_ZONES_MAX)
        {
            throw new IllegalArgumentException("maxZones must be 1.." + MAX_ZONES_MAX + ", was " + maxZones);
        }
    }

    /**
     * @return the defaults: wick &gt; 2 × body, 20 strength points per ratio unit, 16 zones.
     */
    public static SupplyDemandZoneSettings defaults()
    {
        return new SupplyDemandZoneSettings(WICK_TO_BODY_DEFAULT, STRENGTH_PER_RATIO_DEFAULT, MAX_ZONES_DEFAULT);
    }
}
