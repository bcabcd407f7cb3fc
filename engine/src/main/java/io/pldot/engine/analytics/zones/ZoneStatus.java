package io.pldot.engine.analytics.zones;

/**
 * Life of a supply/demand zone (seed 004 {@code status}: 'fresh', 'tested', 'broken').
 */
public enum ZoneStatus
{
    /** Not revisited since it formed. */
    FRESH,
    /** Revisited at least once without a close beyond it. */
    TESTED,
    /** A bar closed beyond it; final. */
    BROKEN
}
