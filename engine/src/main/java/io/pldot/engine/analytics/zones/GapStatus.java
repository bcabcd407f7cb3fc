package io.pldot.engine.analytics.zones;

/**
 * Fill state of a fair value gap (seed 004 {@code status}: 'open', 'partial', 'filled').
 */
public enum GapStatus
{
    /** No later bar has entered the gap. */
    OPEN,
    /** A later bar entered the gap without crossing it. */
    PARTIAL,
    /** A later bar reached the far edge of the gap; final. */
    FILLED
}
