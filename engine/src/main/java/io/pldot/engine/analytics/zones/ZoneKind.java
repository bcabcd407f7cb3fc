package io.pldot.engine.analytics.zones;

/**
 * Kind of a supply/demand zone (seed 004 {@code zone_type}; named as the journal vocabulary).
 */
public enum ZoneKind
{
    /** Support: built from a long lower wick (buyers rejected lower prices). */
    DEMAND,
    /** Resistance: built from a long upper wick (sellers rejected higher prices). */
    SUPPLY
}
