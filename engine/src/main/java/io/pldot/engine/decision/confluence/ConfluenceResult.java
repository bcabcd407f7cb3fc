package io.pldot.engine.decision.confluence;

/**
 * The result of one {@link ConfluenceScoreCalculator} evaluation (OFS (docs/references.md) {@code ConfluenceSignal}),
 * as mutable primitive fields reused for every decision. Not thread-safe.
 */
public final class ConfluenceResult
{
    /** True when both primary signals were present and agreed. */
    public boolean primaryMet;
    /** +1 long, −1 short, 0 none (primary signals failed, or the score is below the low threshold). */
    public int direction;
    /** Sum of the secondary filter scores, 0..{@link ConfluenceScoreCalculator#MAX_SCORE}. */
    public double score;
    /** Market profile filter score. */
    public double marketProfile;
    /** Mean reversion filter score. */
    public double meanReversion;
    /** Autocorrelation filter score. */
    public double autocorrelation;
    /** Demand zone filter score. */
    public double demandZone;
    /** Supply zone filter score. */
    public double supplyZone;
    /** Fair value gap filter score. */
    public double fairValueGap;
    /** Probability class of the score. */
    public Probability probability = Probability.NONE;
}
