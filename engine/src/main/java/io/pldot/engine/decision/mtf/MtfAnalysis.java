package io.pldot.engine.decision.mtf;

import io.pldot.journal.schema.TradingCodes;

/**
 * The result of one {@link MultiTimeframeCoordinator#analyze} call (DGAS (docs/references.md)
 * {@code MultiTimeframeAnalysis}), as mutable primitive fields so one instance is reused for
 * every decision. Direction, state and pattern fields hold {@link io.pldot.journal.schema.AnalyticsCodes}
 * codes (0 = undefined). Written by the coordinator, read by strategies; not thread-safe.
 */
public final class MtfAnalysis
{
    /** Higher-timeframe trend (Direction code). */
    public int higherDirection;
    /** Trading-timeframe trend (Direction code). */
    public int tradingDirection;
    /** Higher-timeframe state (MarketState code). */
    public int higherState;
    /** Trading-timeframe state (MarketState code). */
    public int tradingState;
    /** Higher-timeframe state confidence (0 when undefined). */
    public double higherConfidence;
    /** Trading-timeframe state confidence (0 when undefined). */
    public double tradingConfidence;
    /** Alignment score, 0..1. */
    public double alignmentScore;
    /** True when a trade may be taken. */
    public boolean tradePermitted;
    /** Higher-timeframe trend strength: its confidence when it trends, else 0. */
    public double higherStrength;
    /** PLdot overlay: (trading PLdot − higher PLdot) / higher PLdot × 100; NaN when either is undefined. */
    public double overlayDistancePercent;
    /** PLdot overlay position: +1 trading above higher, −1 below, 0 within the tolerance or undefined. */
    public int overlayPosition;
    /** Confluence zones found (clusters with levels of at least two timeframes). */
    public int confluenceZones;
    /** Price of the strongest zone (weighted mean of its levels), NaN when none. */
    public double zoneLevel;
    /** Lowest level in the strongest zone. */
    public double zoneLow;
    /** Highest level in the strongest zone. */
    public double zoneHigh;
    /** Weighted strength of the strongest zone (sum of its levels' timeframe weights), 0 when none. */
    public double zoneWeight;
    /** True when the higher and trading timeframes share an active pattern. */
    public boolean patternConfluence;
    /** Pattern code of the shared pattern (lowest code), else of the trading timeframe's lowest active one, else 0. */
    public int patternCode;
    /** Signal strength, 0..1. */
    public double signalStrength;
    /** Risk level. */
    public TradingCodes.RiskLevel riskLevel;
    /** Recommended action. */
    public RecommendedAction action;
}
