package io.pldot.engine.analytics.zones;

/**
 * Side of a supply/demand zone (seed 004 {@code zone_type}).
 */
public enum ZoneType
{
    /** Support: built from a long lower wick (buyers rejected lower prices). */
    DEMAND,
    /** Resistance: built from a long upper wick (sellers rejected higher prices). */
    SUPPLY
}
