package io.pldot.engine.analytics.drummond;

/**
 * The five Drummond Geometry market states (DGAS (docs/references.md) {@code MarketState}); see
 * {@link MarketStateClassifier} for the rules that assign them.
 */
public enum MarketState
{
    /** Three closes in a row on one side of PLdot, continuing or starting a trend. */
    TREND,
    /** The first bar without a three-close run right after a trend. */
    CONGESTION_ENTRANCE,
    /** Congestion going on: no three-close run (also the state while fewer than 3 closes exist). */
    CONGESTION_ACTION,
    /** A three-close run out of congestion in the direction of the trend recorded at its entrance. */
    CONGESTION_EXIT,
    /** A three-close run out of congestion against the trend recorded at its entrance. */
    REVERSAL
}
