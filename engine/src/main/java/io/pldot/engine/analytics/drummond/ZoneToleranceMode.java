package io.pldot.engine.analytics.drummond;

/**
 * How {@link DrummondSettings#zoneTolerance()} is read when projections are clustered into zones.
 */
public enum ZoneToleranceMode
{
    /** In price units (DGAS (docs/references.md): 0.5), whatever the instrument's price. */
    ABSOLUTE,
    /** In percent of the price of the projection compared with (0.5 = 0.5 %): suits any price. */
    PERCENT
}
