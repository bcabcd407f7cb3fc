package io.pldot.engine.analytics.zones;

/**
 * Direction of a fair value gap (OFS (docs/references.md) {@code fvg_type}; named as the journal vocabulary).
 */
public enum GapDirection
{
    /** bar1.high &lt; bar3.low: price jumped up, the gap lies below. */
    BULLISH,
    /** bar1.low &gt; bar3.high: price dropped, the gap lies above. */
    BEARISH;

    private static final GapDirection[] VALUES = values();

    /**
     * @param ordinal of a constant, as stored in the per-level byte arrays (no reference store,
     *                so no GC write barrier on the hot path).
     * @return the constant ({@code values()} would copy the array).
     */
    static GapDirection of(final int ordinal)
    {
        return VALUES[ordinal];
    }
}
