package io.pldot.engine.decision.mtf;

import io.pldot.engine.decision.MultiTimeframeView;
import io.pldot.engine.decision.TimeframeView;
import io.pldot.journal.schema.AnalyticsCodes;
import io.pldot.journal.schema.IndicatorField;
import io.pldot.journal.schema.TradingCodes;

/**
 * Multi-timeframe coordination (README "Strategies", DGAS (docs/references.md) {@code MultiTimeframeCoordinator}): the higher
 * timeframe sets the permitted direction, the trading timeframe its state and patterns.
 * <pre>
 *   alignment = 0.5 if both trend the same way (UP/UP or DOWN/DOWN), 0.25 if one (or both) is NEUTRAL/undefined, else 0
 *             + 0.2 if the states are equal, 0.1 if compatible (TREND~CONGESTION_EXIT;
 *               CONGESTION_ENTRANCE~CONGESTION_ACTION), else 0
 *             + 0.3 × (higher confidence + trading confidence) / 2
 *   permitted = (directions agree, or the higher is NEUTRAL) and alignment ≥ threshold (0.6)
 *   strength  = min(1, 0.4 × alignment + 0.3 × higher strength
 *                      + 0.15 × min(1, strongest zone weight / 3.25)
 *                      + 0.15 if the higher and trading timeframes share an active pattern)
 *   risk      = LOW when alignment ≥ 0.8 and strength ≥ 0.7; MEDIUM when alignment ≥ threshold and
 *               strength ≥ 0.5; HIGH otherwise
 *   action    = LONG/SHORT when permitted toward the higher direction (the trading one when the
 *               higher is neutral); REDUCE when both trend opposite ways; WAIT otherwise
 * </pre>
 * "Higher strength" is the higher timeframe's state confidence when it trends UP or DOWN, else 0.
 * Confluence zones: the support, resistance and PLdot of each timeframe (when defined) sorted by
 * price and clustered: a level joins the cluster when within the tolerance (0.5%) of the
 * cluster's first (lowest) level; a cluster holding levels of at least two timeframes is a zone;
 * its weight sums its levels' timeframe weights (higher 1.5, trading 1.0, lower 0.75; 3.25 = one
 * level of each). PLdot overlay: the trading PLdot's distance from the higher PLdot, in percent.
 * <p>
 * Preallocated scratch arrays; no allocation per call. Single-threaded; not thread-safe.
 */
public final class MultiTimeframeCoordinator
{
    /** Weight of a higher-timeframe level in a confluence zone. */
    public static final double HIGHER_WEIGHT = 1.5;
    /** Weight of a trading-timeframe level. */
    public static final double TRADING_WEIGHT = 1.0;
    /** Weight of a lower-timeframe level. */
    public static final double LOWER_WEIGHT = 0.75;
    /** Default confluence tolerance, percent of price. */
    public static final double DEFAULT_TOLERANCE_PERCENT = 0.5;
    /** Default alignment threshold. */
    public static final double DEFAULT_ALIGNMENT_THRESHOLD = 0.6;

    private static final int UP = AnalyticsCodes.Direction.UP.code();
    private static final int DOWN = AnalyticsCodes.Direction.DOWN.code();
    private static final int TREND = AnalyticsCodes.MarketState.TREND.code();
    private static final int EXIT = AnalyticsCodes.MarketState.CONGESTION_EXIT.code();
    private static final int ENTRANCE = AnalyticsCodes.MarketState.CONGESTION_ENTRANCE.code();
    private static final int ACTION = AnalyticsCodes.MarketState.CONGESTION_ACTION.code();
    private static final double FULL_ZONE_WEIGHT = HIGHER_WEIGHT + TRADING_WEIGHT + LOWER_WEIGHT;
    private static final int MAX_LEVELS = 9;

    private final double tolerancePercent;
    private final double alignmentThreshold;
    private final double[] levelPrice = new double[MAX_LEVELS];
    private final double[] levelWeight = new double[MAX_LEVELS];
    private final int[] levelFrame = new int[MAX_LEVELS];
    private int levels;

    /**
     * @param tolerancePercent   confluence tolerance, percent of price (0.5).
     * @param alignmentThreshold minimum alignment for a permitted trade (0.6).
     */
    public MultiTimeframeCoordinator(final double tolerancePercent, final double alignmentThreshold)
    {
        this.tolerancePercent = tolerancePercent;
        this.alignmentThreshold = alignmentThreshold;
    }

    /**
     * @param higherDirection  Direction code.
     * @param higherState      MarketState code.
     * @param higherConfidence 0..1 (NaN counts as 0).
     * @param tradingDirection Direction code.
     * @param tradingState     MarketState code.
     * @param tradingConfidence 0..1 (NaN counts as 0).
     * @return the alignment score.
     */
    public static double alignmentScore(
        final int higherDirection,
        final int higherState,
        final double higherConfidence,
        final int tradingDirection,
        final int tradingState,
        final double tradingConfidence)
    {
        double score;
        if (isTrend(higherDirection) && higherDirection == tradingDirection)
        {
            score = 0.5;
        }
        else if (!isTrend(higherDirection) || !isTrend(tradingDirection))
        {
            score = 0.25;
        }
        else
        {
            score = 0.0;
        }
        if (higherState != 0 && higherState == tradingState)
        {
            score += 0.2;
        }
        else if (compatible(higherState, tradingState))
        {
            score += 0.1;
        }
        return score + 0.3 * (orZero(higherConfidence) + orZero(tradingConfidence)) / 2.0;
    }

    /**
     * @param a MarketState code.
     * @param b MarketState code.
     * @return true when both are trending states (TREND, CONGESTION_EXIT) or both congestion
     *         states (CONGESTION_ENTRANCE, CONGESTION_ACTION).
     */
    public static boolean compatible(final int a, final int b)
    {
        final boolean trendA = a == TREND || a == EXIT;
        final boolean trendB = b == TREND || b == EXIT;
        final boolean congestionA = a == ENTRANCE || a == ACTION;
        final boolean congestionB = b == ENTRANCE || b == ACTION;
        return trendA && trendB || congestionA && congestionB;
    }

    /**
     * @param higherDirection  Direction code.
     * @param tradingDirection Direction code.
     * @param alignment        alignment score.
     * @param threshold        minimum score.
     * @return true when the directions agree or the higher one is neutral, and the score reaches the threshold.
     */
    public static boolean permitted(
        final int higherDirection, final int tradingDirection, final double alignment, final double threshold)
    {
        final boolean directionOk = !isTrend(higherDirection) || higherDirection == tradingDirection;
        return directionOk && alignment >= threshold;
    }

    /**
     * Analyses one instrument's three timeframes.
     *
     * @param view the instrument.
     * @param out  filled with the result.
     */
    public void analyze(final MultiTimeframeView view, final MtfAnalysis out)
    {
        final TimeframeView higher = view.higher();
        final TimeframeView trading = view.trading();
        out.higherDirection = higher.trend();
        out.tradingDirection = trading.trend();
        out.higherState = higher.state();
        out.tradingState = trading.state();
        out.higherConfidence = orZero(higher.value(IndicatorField.STATE_CONFIDENCE));
        out.tradingConfidence = orZero(trading.value(IndicatorField.STATE_CONFIDENCE));
        out.alignmentScore = alignmentScore(out.higherDirection, out.higherState, out.higherConfidence,
            out.tradingDirection, out.tradingState, out.tradingConfidence);
        out.tradePermitted = permitted(out.higherDirection, out.tradingDirection, out.alignmentScore, alignmentThreshold);
        out.higherStrength = isTrend(out.higherDirection) ? out.higherConfidence : 0.0;
        overlay(higher.value(IndicatorField.PLDOT), trading.value(IndicatorField.PLDOT), out);
        confluence(view, out);
        final int shared = higher.patterns() & trading.patterns();
        out.patternConfluence = shared != 0;
        out.patternCode = lowestCode(shared != 0 ? shared : trading.patterns());
        out.signalStrength = signalStrength(out.alignmentScore, out.higherStrength, out.zoneWeight, out.patternConfluence);
        out.riskLevel = riskLevel(out.alignmentScore, out.signalStrength, alignmentThreshold);
        out.action = action(out.tradePermitted, out.higherDirection, out.tradingDirection);
    }

    /**
     * @param alignment        alignment score.
     * @param higherStrength   0..1.
     * @param zoneWeight       strongest confluence zone's weight, 0 for none.
     * @param patternConfluence true when the timeframes share a pattern.
     * @return the signal strength.
     */
    public static double signalStrength(
        final double alignment, final double higherStrength, final double zoneWeight, final boolean patternConfluence)
    {
        final double strength = 0.4 * alignment + 0.3 * higherStrength +
            0.15 * Math.min(1.0, zoneWeight / FULL_ZONE_WEIGHT) + (patternConfluence ? 0.15 : 0.0);
        return Math.min(1.0, strength);
    }

    /**
     * @param alignment alignment score.
     * @param strength  signal strength.
     * @param threshold alignment threshold.
     * @return the risk level.
     */
    public static TradingCodes.RiskLevel riskLevel(final double alignment, final double strength, final double threshold)
    {
        if (alignment >= 0.8 && strength >= 0.7)
        {
            return TradingCodes.RiskLevel.LOW;
        }
        return alignment >= threshold && strength >= 0.5 ? TradingCodes.RiskLevel.MEDIUM : TradingCodes.RiskLevel.HIGH;
    }

    /**
     * @param permitted        trade permitted.
     * @param higherDirection  Direction code.
     * @param tradingDirection Direction code.
     * @return the recommended action.
     */
    public static RecommendedAction action(final boolean permitted, final int higherDirection, final int tradingDirection)
    {
        final int direction = isTrend(higherDirection) ? higherDirection : tradingDirection;
        if (permitted && isTrend(direction))
        {
            return direction == UP ? RecommendedAction.LONG : RecommendedAction.SHORT;
        }
        if (isTrend(higherDirection) && isTrend(tradingDirection) && higherDirection != tradingDirection)
        {
            return RecommendedAction.REDUCE;
        }
        return RecommendedAction.WAIT;
    }

    private void overlay(final double higherPldot, final double tradingPldot, final MtfAnalysis out)
    {
        if (Double.isNaN(higherPldot) || Double.isNaN(tradingPldot) || higherPldot == 0.0)
        {
            out.overlayDistancePercent = Double.NaN;
            out.overlayPosition = 0;
            return;
        }
        final double distance = (tradingPldot - higherPldot) / higherPldot * 100.0;
        out.overlayDistancePercent = distance;
        out.overlayPosition = Math.abs(distance) <= tolerancePercent ? 0 : distance > 0 ? 1 : -1;
    }

    private void confluence(final MultiTimeframeView view, final MtfAnalysis out)
    {
        levels = 0;
        addLevels(view.higher(), 0, HIGHER_WEIGHT);
        addLevels(view.trading(), 1, TRADING_WEIGHT);
        addLevels(view.lower(), 2, LOWER_WEIGHT);
        // Insertion sort by price (at most nine levels); stable, so equal prices keep timeframe order.
        for (int k = 1; k < levels; k++)
        {
            final double p = levelPrice[k];
            final double w = levelWeight[k];
            final int f = levelFrame[k];
            int j = k - 1;
            while (j >= 0 && levelPrice[j] > p)
            {
                levelPrice[j + 1] = levelPrice[j];
                levelWeight[j + 1] = levelWeight[j];
                levelFrame[j + 1] = levelFrame[j];
                j--;
            }
            levelPrice[j + 1] = p;
            levelWeight[j + 1] = w;
            levelFrame[j + 1] = f;
        }
        out.confluenceZones = 0;
        out.zoneWeight = 0.0;
        out.zoneLevel = Double.NaN;
        out.zoneLow = Double.NaN;
        out.zoneHigh = Double.NaN;
        int start = 0;
        while (start < levels)
        {
            final double anchor = levelPrice[start];
            int end = start + 1;
            while (end < levels && (levelPrice[end] - anchor) / anchor * 100.0 <= tolerancePercent)
            {
                end++;
            }
            int frames = 0;
            double weight = 0.0;
            double weightedPrice = 0.0;
            for (int k = start; k < end; k++)
            {
                frames |= 1 << levelFrame[k];
                weight += levelWeight[k];
                weightedPrice += levelWeight[k] * levelPrice[k];
            }
            if (Integer.bitCount(frames) >= 2)
            {
                out.confluenceZones++;
                if (weight > out.zoneWeight)
                {
                    out.zoneWeight = weight;
                    out.zoneLevel = weightedPrice / weight;
                    out.zoneLow = anchor;
                    out.zoneHigh = levelPrice[end - 1];
                }
            }
            start = end;
        }
    }

    private void addLevels(final TimeframeView view, final int frame, final double weight)
    {
        addLevel(view.value(IndicatorField.SUPPORT), frame, weight);
        addLevel(view.value(IndicatorField.RESISTANCE), frame, weight);
        addLevel(view.value(IndicatorField.PLDOT), frame, weight);
    }

    private void addLevel(final double price, final int frame, final double weight)
    {
        if (Double.isFinite(price) && price > 0.0)
        {
            levelPrice[levels] = price;
            levelWeight[levels] = weight;
            levelFrame[levels] = frame;
            levels++;
        }
    }

    private static int lowestCode(final int patternBits)
    {
        return patternBits == 0 ? 0 : Integer.numberOfTrailingZeros(patternBits) + 1;
    }

    private static boolean isTrend(final int direction)
    {
        return direction == UP || direction == DOWN;
    }

    private static double orZero(final double value)
    {
        return Double.isFinite(value) ? value : 0.0;
    }
}
