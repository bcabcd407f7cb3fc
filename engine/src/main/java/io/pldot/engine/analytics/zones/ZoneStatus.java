package io.pldot.engine.analytics.zones;

/**
 * Life of a supply/demand zone (OFS (docs/references.md) {@code status}: 'fresh', 'tested', 'broken').
 */
public enum ZoneStatus
{
    /** Not revisited since it formed. */
    FRESH,
    /** Revisited at least once without a close beyond it. */
    TESTED,
    /** A bar closed beyond it; final. */
    BROKEN;

    private static final ZoneStatus[] VALUES = values();

    /**
     * @param ordinal of a constant, as stored in the per-level byte arrays (no reference store,
     *                so no GC write barrier on the hot path).
     * @return the constant ({@code values()} would copy the array).
     */
    static ZoneStatus of(final int ordinal)
    {
        return VALUES[ordinal];
    }
}
