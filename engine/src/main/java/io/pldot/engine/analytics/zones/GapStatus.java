package io.pldot.engine.analytics.zones;

/**
 * Fill state of a fair value gap (OFS (docs/references.md) {@code status}: 'open', 'partial', 'filled').
 */
public enum GapStatus
{
    /** No later bar has entered the gap. */
    OPEN,
    /** A later bar entered the gap without crossing it. */
    PARTIAL,
    /** A later bar reached the far edge of the gap; final. */
    FILLED;

    private static final GapStatus[] VALUES = values();

    /**
     * @param ordinal of a constant, as stored in the per-level byte arrays (no reference store,
     *                so no GC write barrier on the hot path).
     * @return the constant ({@code values()} would copy the array).
     */
    static GapStatus of(final int ordinal)
    {
        return VALUES[ordinal];
    }
}
