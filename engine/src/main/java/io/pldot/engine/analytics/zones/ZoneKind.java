package io.pldot.engine.analytics.zones;

/**
 * Kind of a supply/demand zone (OFS (docs/references.md) {@code zone_type}; named as the journal vocabulary).
 */
public enum ZoneKind
{
    /** Support: built from a long lower wick (buyers rejected lower prices). */
    DEMAND,
    /** Resistance: built from a long upper wick (sellers rejected higher prices). */
    SUPPLY;

    private static final ZoneKind[] VALUES = values();

    /**
     * @param ordinal of a constant, as stored in the per-level byte arrays (no reference store,
     *                so no GC write barrier on the hot path).
     * @return the constant ({@code values()} would copy the array).
     */
    static ZoneKind of(final int ordinal)
    {
        return VALUES[ordinal];
    }
}
