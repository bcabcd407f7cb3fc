package io.pldot.engine.analytics.drummond;

/**
 * The Drummond patterns DGAS (docs/references.md) detects; see {@link PatternDetector} for each definition.
 */
public enum PatternType
{
    /** Three or more bars whose close side of PLdot matches the sign of the PLdot slope. */
    PLDOT_PUSH,
    /** Closes 2 to 4 bars away from PLdot, then back to it; direction opposite to the excursion. */
    PLDOT_REFRESH,
    /** Closes far beyond the envelope for 2+ bars, then back inside within 3 bars, reverting. */
    EXHAUST,
    /** Envelope position at or above 0.9 (or at or below 0.1) for 3+ bars. */
    C_WAVE,
    /** Envelope position within 0.2..0.8, moving back toward the middle, for 4+ bars. */
    CONGESTION_OSCILLATION;

    private static final PatternType[] VALUES = values();

    /**
     * @param ordinal of a constant.
     * @return the constant, without allocating (unlike {@code values()}).
     */
    public static PatternType of(final int ordinal)
    {
        return VALUES[ordinal];
    }

    /**
     * @return the bit of this type in the masks of {@link PatternDetector} (1 &lt;&lt; ordinal).
     */
    public int mask()
    {
        return 1 << ordinal();
    }
}
