package io.pldot.engine.decision.confluence;

import io.pldot.engine.decision.TimeframeView;
import io.pldot.journal.schema.AnalyticsCodes;

/**
 * The confluence score of OFS §5.6 (docs/references.md): two primary signals must both be present and agree, then
 * six secondary filters add weighted points.
 * <ul>
 *   <li>Primary: order flow (BUY when the bar's buy/sell imbalance &gt; 2, SELL when &lt; 0.5) and
 *       microstructure (bullish when the average aggressive buy size exceeds the average sell
 *       size, bearish when below). BUY+bullish = long, SELL+bearish = short, anything else: none.</li>
 *   <li>Market profile (1.5): long within 5% of the value-area width of VAL, short of VAH: 1.5;
 *       else inside the value area: 1.5 × 0.33; else 0 (0 when POC/VAH/VAL are undefined).</li>
 *   <li>Mean reversion (1.5): σ distance = (price − EMA) / std of recent closes; long σ &lt; −2 or
 *       short σ &gt; 2: 1.5; else long σ &lt; −1 or short σ &gt; 1: 0.75; else 0.</li>
 *   <li>Autocorrelation (1.0): |r| &gt; 0.6 or |r| &lt; 0.3: 1.0; else 0.5 (0 when undefined).</li>
 *   <li>Demand zone (2.0, long only): the nearest demand zone whose high ≤ price, if within 0.5%
 *       of price: untested 2.0, tested once or twice 1.0, more 0.</li>
 *   <li>Supply zone (0.5): long with a supply zone above (low &gt; price), or short with a supply
 *       zone below (high &lt; price; the OFS rule, kept as written): 0.5.</li>
 *   <li>Fair value gap (1.5): long with an open bullish gap above (low &gt; price), short with an
 *       open bearish gap below (high &lt; price): 1.5.</li>
 * </ul>
 * Thresholds: ≥ 7 HIGH, ≥ 5 MEDIUM, ≥ 3 LOW, else INSUFFICIENT (direction none). The weights sum
 * to 8.0 (the OFS comment says 10; its numbers add to 8). Stateless; no allocation.
 */
public final class ConfluenceScoreCalculator
{
    /** Market profile weight. */
    public static final double MARKET_PROFILE_WEIGHT = 1.5;
    /** Mean reversion weight. */
    public static final double MEAN_REVERSION_WEIGHT = 1.5;
    /** Autocorrelation weight. */
    public static final double AUTOCORRELATION_WEIGHT = 1.0;
    /** Demand zone weight. */
    public static final double DEMAND_ZONE_WEIGHT = 2.0;
    /** Supply zone weight. */
    public static final double SUPPLY_ZONE_WEIGHT = 0.5;
    /** Fair value gap weight. */
    public static final double FVG_WEIGHT = 1.5;
    /** Highest possible score. */
    public static final double MAX_SCORE = MARKET_PROFILE_WEIGHT + MEAN_REVERSION_WEIGHT + AUTOCORRELATION_WEIGHT +
        DEMAND_ZONE_WEIGHT + SUPPLY_ZONE_WEIGHT + FVG_WEIGHT;
    /** Low-probability threshold. */
    public static final double THRESHOLD_LOW = 3.0;
    /** Medium-probability threshold. */
    public static final double THRESHOLD_MEDIUM = 5.0;
    /** High-probability threshold. */
    public static final double THRESHOLD_HIGH = 7.0;
    /** Order-flow imbalance (buy/sell) above which the order flow says BUY (below its inverse: SELL). */
    public static final double ORDER_FLOW_IMBALANCE = 2.0;

    private static final int DEMAND = AnalyticsCodes.ZoneKind.DEMAND.code();
    private static final int SUPPLY = AnalyticsCodes.ZoneKind.SUPPLY.code();
    private static final int BULLISH = AnalyticsCodes.GapDirection.BULLISH.code();
    private static final int BEARISH = AnalyticsCodes.GapDirection.BEARISH.code();

    private ConfluenceScoreCalculator()
    {
    }

    /**
     * @param imbalance buy / sell volume of the bar (NaN when undefined).
     * @return +1 BUY (&gt; 2), −1 SELL (&lt; 0.5), 0 NEUTRAL.
     */
    public static int orderFlowSignal(final double imbalance)
    {
        if (imbalance > ORDER_FLOW_IMBALANCE)
        {
            return 1;
        }
        return imbalance < 1.0 / ORDER_FLOW_IMBALANCE ? -1 : 0;
    }

    /**
     * @param averageBuySize  mean aggressive buy size of the bar (NaN when undefined).
     * @param averageSellSize mean aggressive sell size.
     * @return +1 bullish (buys larger), −1 bearish, 0 neutral or undefined.
     */
    public static int microstructureSignal(final double averageBuySize, final double averageSellSize)
    {
        if (averageBuySize > averageSellSize)
        {
            return 1;
        }
        return averageBuySize < averageSellSize ? -1 : 0;
    }

    /**
     * Scores one bar.
     *
     * @param orderFlow      +1 / −1 / 0 ({@link #orderFlowSignal}).
     * @param microstructure +1 / −1 / 0 ({@link #microstructureSignal}).
     * @param levels         the timeframe whose profile, zones, gaps and autocorrelation are scored.
     * @param price          current price.
     * @param poc            point of control (NaN when undefined).
     * @param valueAreaHigh  VAH.
     * @param valueAreaLow   VAL.
     * @param distanceSigma  (price − EMA) / σ of closes (NaN when undefined).
     * @param autocorrelation lag-1 autocorrelation of returns (NaN when undefined).
     * @param out            filled with the result.
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public static void calculate(
        final int orderFlow,
        final int microstructure,
        final TimeframeView levels,
        final double price,
        final double poc,
        final double valueAreaHigh,
        final double valueAreaLow,
        final double distanceSigma,
        final double autocorrelation,
        final ConfluenceResult out)
    {
        out.marketProfile = 0;
        out.meanReversion = 0;
        out.autocorrelation = 0;
        out.demandZone = 0;
        out.supplyZone = 0;
        out.fairValueGap = 0;
        out.score = 0;
        if (orderFlow == 0 || microstructure == 0 || orderFlow != microstructure)
        {
            out.primaryMet = false;
            out.direction = 0;
            out.probability = Probability.NONE;
            return;
        }
        final int direction = orderFlow;
        out.primaryMet = true;
        out.marketProfile = scoreMarketProfile(poc, valueAreaHigh, valueAreaLow, price, direction);
        out.meanReversion = scoreMeanReversion(distanceSigma, direction);
        out.autocorrelation = scoreAutocorrelation(autocorrelation);
        out.demandZone = scoreDemandZones(levels, price, direction);
        out.supplyZone = scoreSupplyZones(levels, price, direction);
        out.fairValueGap = scoreFairValueGaps(levels, price, direction);
        out.score = out.marketProfile + out.meanReversion + out.autocorrelation + out.demandZone + out.supplyZone +
            out.fairValueGap;
        out.probability = probability(out.score);
        out.direction = out.probability == Probability.INSUFFICIENT ? 0 : direction;
    }

    /**
     * @param score a confluence score.
     * @return its class: HIGH ≥ 7, MEDIUM ≥ 5, LOW ≥ 3, else INSUFFICIENT.
     */
    public static Probability probability(final double score)
    {
        if (score >= THRESHOLD_HIGH)
        {
            return Probability.HIGH;
        }
        if (score >= THRESHOLD_MEDIUM)
        {
            return Probability.MEDIUM;
        }
        return score >= THRESHOLD_LOW ? Probability.LOW : Probability.INSUFFICIENT;
    }

    /**
     * @param poc       point of control.
     * @param vah       value-area high.
     * @param val       value-area low.
     * @param price     current price.
     * @param direction +1 long, −1 short.
     * @return 1.5 at the value-area edge of the trade's side, 0.495 inside the value area, else 0.
     */
    public static double scoreMarketProfile(
        final double poc, final double vah, final double val, final double price, final int direction)
    {
        // OFS §5.6 treats a missing (or zero) value as "no profile".
        if (!(poc != 0 && vah != 0 && val != 0) || Double.isNaN(poc) || Double.isNaN(vah) || Double.isNaN(val))
        {
            return 0.0;
        }
        final double edge = (vah - val) * 0.05;
        if (direction > 0 && Math.abs(price - val) < edge || direction < 0 && Math.abs(price - vah) < edge)
        {
            return MARKET_PROFILE_WEIGHT;
        }
        return val <= price && price <= vah ? MARKET_PROFILE_WEIGHT * 0.33 : 0.0;
    }

    /**
     * @param distanceSigma (price − EMA) / σ.
     * @param direction     +1 long, −1 short.
     * @return 1.5 beyond 2σ on the reverting side, 0.75 beyond 1σ, else 0 (bounds exclusive).
     */
    public static double scoreMeanReversion(final double distanceSigma, final int direction)
    {
        if (direction > 0 && distanceSigma < -2.0 || direction < 0 && distanceSigma > 2.0)
        {
            return MEAN_REVERSION_WEIGHT;
        }
        if (direction > 0 && distanceSigma < -1.0 || direction < 0 && distanceSigma > 1.0)
        {
            return MEAN_REVERSION_WEIGHT * 0.5;
        }
        return 0.0;
    }

    /**
     * @param r lag-1 autocorrelation.
     * @return 1.0 when |r| &gt; 0.6 or |r| &lt; 0.3, 0.5 between, 0 when undefined.
     */
    public static double scoreAutocorrelation(final double r)
    {
        if (Double.isNaN(r))
        {
            return 0.0;
        }
        final double a = Math.abs(r);
        return a > 0.6 || a < 0.3 ? AUTOCORRELATION_WEIGHT : AUTOCORRELATION_WEIGHT * 0.5;
    }

    /**
     * @param view      zones.
     * @param price     current price.
     * @param direction +1 long, −1 short.
     * @return the demand-zone score.
     */
    public static double scoreDemandZones(final TimeframeView view, final double price, final int direction)
    {
        if (direction <= 0)
        {
            return 0.0;
        }
        int nearest = -1;
        double minDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < view.zoneCount(); i++)
        {
            if (view.zoneKind(i) == DEMAND && view.zoneHigh(i) <= price)
            {
                final double distance = price - view.zoneHigh(i);
                if (distance < minDistance)
                {
                    minDistance = distance;
                    nearest = i;
                }
            }
        }
        if (nearest < 0 || minDistance / price > 0.005)
        {
            return 0.0;
        }
        final int tests = view.zoneTests(nearest);
        if (tests == 0)
        {
            return DEMAND_ZONE_WEIGHT;
        }
        return tests <= 2 ? DEMAND_ZONE_WEIGHT * 0.5 : 0.0;
    }

    /**
     * @param view      zones.
     * @param price     current price.
     * @param direction +1 long, −1 short.
     * @return 0.5 when a supply zone lies beyond the price on the trade's side, else 0.
     */
    public static double scoreSupplyZones(final TimeframeView view, final double price, final int direction)
    {
        for (int i = 0; i < view.zoneCount(); i++)
        {
            if (view.zoneKind(i) == SUPPLY &&
                (direction > 0 && view.zoneLow(i) > price || direction < 0 && view.zoneHigh(i) < price))
            {
                return SUPPLY_ZONE_WEIGHT;
            }
        }
        return 0.0;
    }

    /**
     * @param view      gaps.
     * @param price     current price.
     * @param direction +1 long, −1 short.
     * @return 1.5 when an open gap of the trade's direction lies ahead of the price, else 0.
     */
    public static double scoreFairValueGaps(final TimeframeView view, final double price, final int direction)
    {
        for (int i = 0; i < view.gapCount(); i++)
        {
            if (direction > 0 && view.gapDirection(i) == BULLISH && view.gapLow(i) > price ||
                direction < 0 && view.gapDirection(i) == BEARISH && view.gapHigh(i) < price)
            {
                return FVG_WEIGHT;
            }
        }
        return 0.0;
    }

    /**
     * @param view  closes (the last {@link TimeframeView#HISTORY}).
     * @param price current price.
     * @param ema   the mean to revert to.
     * @return (price − ema) / population std of the remembered closes; NaN with fewer than
     *         {@link TimeframeView#HISTORY} closes, an undefined EMA or a zero std.
     */
    public static double distanceSigma(final TimeframeView view, final double price, final double ema)
    {
        if (view.barsClosed() < TimeframeView.HISTORY || Double.isNaN(ema))
        {
            return Double.NaN;
        }
        double sum = 0.0;
        for (int k = 0; k < TimeframeView.HISTORY; k++)
        {
            sum += view.closeAgo(k);
        }
        final double mean = sum / TimeframeView.HISTORY;
        double squares = 0.0;
        for (int k = 0; k < TimeframeView.HISTORY; k++)
        {
            final double d = view.closeAgo(k) - mean;
            squares += d * d;
        }
        final double std = Math.sqrt(squares / TimeframeView.HISTORY);
        return std > 0.0 ? (price - ema) / std : Double.NaN;
    }
}
