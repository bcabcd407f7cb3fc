package io.pldot.engine.analytics.zones;

/**
 * What happened to a fair value gap during one {@link FairValueGaps#update}.
 */
public enum GapEventType
{
    /** Three bars formed the gap (status OPEN). */
    CREATED,
    /** Price entered the gap for the first time without crossing it (status PARTIAL). */
    PARTIALLY_FILLED,
    /** Price crossed the whole gap (status FILLED). */
    FILLED,
    /** The gap was dropped to make room for a new one. */
    EVICTED;

    private static final GapEventType[] VALUES = values();

    /**
     * @param ordinal of a constant, as stored in the per-level byte arrays (no reference store,
     *                so no GC write barrier on the hot path).
     * @return the constant ({@code values()} would copy the array).
     */
    static GapEventType of(final int ordinal)
    {
        return VALUES[ordinal];
    }
}
