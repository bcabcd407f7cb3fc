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
    EVICTED
}
