package io.pldot.engine.decision.strategy;

import io.pldot.engine.decision.MultiTimeframeView;
import io.pldot.engine.decision.ProtectivePrices;
import io.pldot.engine.decision.SignalCandidates;
import io.pldot.engine.decision.TimeframeView;
import io.pldot.engine.decision.confluence.ConfluenceResult;
import io.pldot.engine.decision.confluence.ConfluenceScoreCalculator;
import io.pldot.engine.decision.confluence.HierarchicalFilter;
import io.pldot.engine.decision.confluence.HierarchicalResult;
import io.pldot.engine.decision.confluence.Probability;
import io.pldot.engine.decision.mtf.MultiTimeframeCoordinator;
import io.pldot.journal.schema.IndicatorField;
import io.pldot.journal.schema.TradingCodes;
import io.pldot.journal.schema.TradingCodes.SignalType;

import java.util.List;

/**
 * {@code confluence-hierarchical}: OFS's (docs/references.md) order-flow system. The {@link HierarchicalFilter}
 * (regime → zone → cascade → bounce) picks the direction; then the
 * {@link ConfluenceScoreCalculator} must agree: primary signals from the lower timeframe's last
 * bar (imbalance, average trade sizes), secondary filters on the trading timeframe (its profile,
 * EMA_0 and last 20 closes for σ, autocorrelation, zones and gaps), score ≥ {@code minConfluence}.
 * <p>
 * Signal: LONG/SHORT at the trading bar's close; stop at the zone boundary (the ATR multiple
 * {@code stopAtr} when the boundary is on the wrong side of the entry); target {@code riskReward}
 * × the stop distance. Confidence = score / 8; strength = bounce strength; alignment = the drummond-mtf (README "Strategies")
 * alignment score of the higher and trading timeframes; confluence = the score; risk LOW / MEDIUM
 * / HIGH for probability HIGH / MEDIUM / LOW. Entries only: exits are the risk stage's stops.
 * No allocation; not thread-safe.
 */
public final class ConfluenceHierarchicalStrategy implements Strategy
{
    /** Strategy name. */
    public static final String NAME = "confluence-hierarchical";

    private final HierarchicalFilter filter;
    private final HierarchicalResult hierarchy = new HierarchicalResult();
    private final ConfluenceResult confluence = new ConfluenceResult();
    private final double minConfluence;
    private final double stopAtr;
    private final double riskReward;
    private final boolean allowShort;

    /**
     * @param parameters see {@link #definition(int)}.
     */
    public ConfluenceHierarchicalStrategy(final StrategyParameters parameters)
    {
        this.filter = new HierarchicalFilter(parameters.decimal("zoneProximity"), parameters.decimal("minImbalance"),
            parameters.decimal("minBounce"), parameters.decimal("minVolumeSpike"));
        this.minConfluence = parameters.decimal("minConfluence");
        this.stopAtr = parameters.decimal("stopAtr");
        this.riskReward = parameters.decimal("riskReward");
        this.allowShort = parameters.flag("allowShort");
    }

    static StrategyDefinition definition(final int code)
    {
        return new StrategyDefinition(NAME, code,
            "order-flow hierarchy (regime, zone, cascade, bounce) confirmed by the confluence score",
            true, true,
            List.of(
                ParameterDescriptor.decimal("minConfluence", 3.0, 0.0, 8.0, "confluence score an entry needs (3 / 5 / 7)"),
                ParameterDescriptor.decimal("zoneProximity", 0.5, 0.0, 10.0, "percent beyond a zone still counted as at it"),
                ParameterDescriptor.decimal("minImbalance", 2.0, 1.0, 100.0, "lower-timeframe buy/sell imbalance (1/x short)"),
                ParameterDescriptor.decimal("minBounce", 0.7, 0.0, 1.0, "bounce strength of the lower-timeframe bar"),
                ParameterDescriptor.decimal("minVolumeSpike", 1.5, 0.0, 100.0, "lower-timeframe volume / 19-bar mean"),
                ParameterDescriptor.decimal("stopAtr", 1.5, 0.1, 20.0, "fallback stop distance in trading-timeframe ATRs"),
                ParameterDescriptor.decimal("riskReward", 1.5, 0.1, 20.0, "target distance / stop distance"),
                ParameterDescriptor.flag("allowShort", true, "emit SHORT entries in downtrends")),
            null,
            (p, instruments) -> new ConfluenceHierarchicalStrategy(p));
    }

    @Override
    public void onTradingBar(final MultiTimeframeView view, final SignalCandidates out)
    {
        final TimeframeView trading = view.trading();
        final TimeframeView lower = view.lower();
        final double price = trading.close();
        filter.evaluate(view, price, hierarchy);
        if (hierarchy.levelsPassed < 4 || hierarchy.direction < 0 && !allowShort)
        {
            return;
        }
        ConfluenceScoreCalculator.calculate(
            ConfluenceScoreCalculator.orderFlowSignal(lower.value(IndicatorField.IMBALANCE)),
            ConfluenceScoreCalculator.microstructureSignal(lower.value(IndicatorField.AVG_BUY_SIZE),
                lower.value(IndicatorField.AVG_SELL_SIZE)),
            trading, price, trading.value(IndicatorField.POC), trading.value(IndicatorField.VA_HIGH),
            trading.value(IndicatorField.VA_LOW),
            ConfluenceScoreCalculator.distanceSigma(trading, price, trading.value(IndicatorField.EMA_0)),
            trading.value(IndicatorField.AUTOCORRELATION), confluence);
        if (confluence.direction != hierarchy.direction || confluence.score < minConfluence)
        {
            return;
        }
        final boolean isLong = hierarchy.direction > 0;
        final long entry = trading.closeFixed();
        final int scale = trading.priceScale();
        long stop = ProtectivePrices.atLevel(hierarchy.zoneBoundary, scale);
        if (isLong ? stop >= entry : stop <= entry)
        {
            stop = ProtectivePrices.stopAtDistance(entry, stopAtr * trading.value(IndicatorField.ATR), scale, isLong);
        }
        if (stop == ProtectivePrices.NONE)
        {
            return;
        }
        final int i = out.add(isLong ? SignalType.LONG : SignalType.SHORT, entry);
        out.exits(i, stop, ProtectivePrices.target(entry, stop, riskReward));
        final double alignment = MultiTimeframeCoordinator.alignmentScore(view.higher().trend(), view.higher().state(),
            view.higher().value(IndicatorField.STATE_CONFIDENCE), trading.trend(), trading.state(),
            trading.value(IndicatorField.STATE_CONFIDENCE));
        out.scores(i, confluence.score / ConfluenceScoreCalculator.MAX_SCORE, Math.min(1.0, hierarchy.bounceStrength),
            alignment, confluence.score, confluence.score / ConfluenceScoreCalculator.MAX_SCORE);
        out.context(i, risk(confluence.probability), view.higher().trend(), trading.trend(), trading.state(), 0,
            trading.value(IndicatorField.ATR_PERCENT));
    }

    private static TradingCodes.RiskLevel risk(final Probability probability)
    {
        return switch (probability)
        {
            case HIGH -> TradingCodes.RiskLevel.LOW;
            case MEDIUM -> TradingCodes.RiskLevel.MEDIUM;
            default -> TradingCodes.RiskLevel.HIGH;
        };
    }
}
