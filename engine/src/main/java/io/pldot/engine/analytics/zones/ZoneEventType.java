package io.pldot.engine.analytics.zones;

/**
 * What happened to a supply/demand zone during one {@link SupplyDemandZones#update}.
 */
public enum ZoneEventType
{
    /** A rejection candle formed the zone (status FRESH). */
    CREATED,
    /** Price came back into the zone (status TESTED; test count + 1). */
    TESTED,
    /** A bar closed beyond the zone (status BROKEN). */
    BROKEN,
    /** The zone was dropped to make room for a new one. */
    EVICTED;

    private static final ZoneEventType[] VALUES = values();

    /**
     * @param ordinal of a constant, as stored in the per-level byte arrays (no reference store,
     *                so no GC write barrier on the hot path).
     * @return the constant ({@code values()} would copy the array).
     */
    static ZoneEventType of(final int ordinal)
    {
        return VALUES[ordinal];
    }
}
