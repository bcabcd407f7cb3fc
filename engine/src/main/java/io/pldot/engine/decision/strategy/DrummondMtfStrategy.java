package io.pldot.engine.decision.strategy;

import io.pldot.engine.decision.MultiTimeframeView;
import io.pldot.engine.decision.ProtectivePrices;
import io.pldot.engine.decision.SignalCandidates;
import io.pldot.engine.decision.TimeframeView;
import io.pldot.engine.decision.mtf.MtfAnalysis;
import io.pldot.engine.decision.mtf.MultiTimeframeCoordinator;
import io.pldot.engine.decision.mtf.RecommendedAction;
import io.pldot.journal.schema.AnalyticsCodes;
import io.pldot.journal.schema.IndicatorField;
import io.pldot.journal.schema.TradingCodes.SignalType;

import java.util.List;

/**
 * {@code drummond-mtf}: DGAS's (docs/references.md) multi-timeframe coordinator and signal generator. On each
 * trading bar with a snapshot, the {@link MultiTimeframeCoordinator} scores alignment and
 * strength; then
 * <ul>
 *   <li>action LONG (SHORT) with alignment ≥ {@code minAlignment} and strength ≥
 *       {@code minStrength}: LONG (SHORT) at the bar's close, stop {@code stopAtr} × ATR away
 *       (the trading timeframe's Drummond support/resistance when ATR is undefined; no entry
 *       without either), target at {@code riskReward} × the stop distance; plus EXIT_SHORT
 *       (EXIT_LONG), since the opposite position should go;</li>
 *   <li>action REDUCE (higher and trading timeframes trend opposite ways): EXIT_LONG when the
 *       trading timeframe turns down, EXIT_SHORT when it turns up;</li>
 *   <li>SHORT entries only with {@code allowShort}.</li>
 * </ul>
 * Confidence = mean of the two timeframes' state confidences; strength and alignment from the
 * coordinator; confluence = weight of the strongest confluence zone (normalised by 3.25 for
 * ranking). Stateless apart from reused scratch objects; no allocation; not thread-safe.
 */
public final class DrummondMtfStrategy implements Strategy
{
    /** Strategy name. */
    public static final String NAME = "drummond-mtf";

    private static final int DOWN = AnalyticsCodes.Direction.DOWN.code();
    private static final int UP = AnalyticsCodes.Direction.UP.code();
    private static final double FULL_ZONE_WEIGHT = 3.25;

    private final MultiTimeframeCoordinator coordinator;
    private final MtfAnalysis analysis = new MtfAnalysis();
    private final double minAlignment;
    private final double minStrength;
    private final double stopAtr;
    private final double riskReward;
    private final boolean allowShort;

    /**
     * @param parameters see {@link #definition(int)}.
     */
    public DrummondMtfStrategy(final StrategyParameters parameters)
    {
        this.minAlignment = parameters.decimal("minAlignment");
        this.minStrength = parameters.decimal("minStrength");
        this.stopAtr = parameters.decimal("stopAtr");
        this.riskReward = parameters.decimal("riskReward");
        this.allowShort = parameters.flag("allowShort");
        this.coordinator = new MultiTimeframeCoordinator(parameters.decimal("confluenceTolerance"), minAlignment);
    }

    static StrategyDefinition definition(final int code)
    {
        return new StrategyDefinition(NAME, code,
            "Drummond Geometry multi-timeframe coordination: higher timeframe permits, trading timeframe times",
            true, true,
            List.of(
                ParameterDescriptor.decimal("minAlignment", 0.6, 0.0, 1.0, "alignment score a trade needs"),
                ParameterDescriptor.decimal("minStrength", 0.5, 0.0, 1.0, "signal strength an entry needs"),
                ParameterDescriptor.decimal("stopAtr", 1.5, 0.1, 20.0, "stop distance in ATRs of the trading timeframe"),
                ParameterDescriptor.decimal("riskReward", 2.0, 0.1, 20.0, "target distance / stop distance"),
                ParameterDescriptor.decimal("confluenceTolerance", 0.5, 0.01, 10.0,
                    "percent of price within which levels of different timeframes form a confluence zone"),
                ParameterDescriptor.flag("allowShort", true, "emit SHORT entries (EXIT_LONG is emitted regardless)")),
            null,
            (p, instruments) -> new DrummondMtfStrategy(p));
    }

    @Override
    public void onTradingBar(final MultiTimeframeView view, final SignalCandidates out)
    {
        coordinator.analyze(view, analysis);
        final MtfAnalysis a = analysis;
        final TimeframeView trading = view.trading();
        final long entry = trading.closeFixed();
        final boolean strongEnough = a.alignmentScore >= minAlignment && a.signalStrength >= minStrength;
        if (a.action == RecommendedAction.LONG && strongEnough)
        {
            enter(view, out, true);
            exit(out, SignalType.EXIT_SHORT, entry, trading);
        }
        else if (a.action == RecommendedAction.SHORT && strongEnough)
        {
            if (allowShort)
            {
                enter(view, out, false);
            }
            exit(out, SignalType.EXIT_LONG, entry, trading);
        }
        else if (a.action == RecommendedAction.REDUCE)
        {
            if (a.tradingDirection == DOWN)
            {
                exit(out, SignalType.EXIT_LONG, entry, trading);
            }
            else if (a.tradingDirection == UP)
            {
                exit(out, SignalType.EXIT_SHORT, entry, trading);
            }
        }
    }

    private void enter(final MultiTimeframeView view, final SignalCandidates out, final boolean isLong)
    {
        final TimeframeView trading = view.trading();
        final long entry = trading.closeFixed();
        final int scale = trading.priceScale();
        long stop = ProtectivePrices.stopAtDistance(entry, stopAtr * trading.value(IndicatorField.ATR), scale, isLong);
        if (stop == ProtectivePrices.NONE)
        {
            final long level = ProtectivePrices.atLevel(
                trading.value(isLong ? IndicatorField.SUPPORT : IndicatorField.RESISTANCE), scale);
            stop = isLong ? (level > 0 && level < entry ? level : 0) : (level > entry ? level : 0);
        }
        if (stop == ProtectivePrices.NONE)
        {
            return;
        }
        final int i = out.add(isLong ? SignalType.LONG : SignalType.SHORT, entry);
        out.exits(i, stop, ProtectivePrices.target(entry, stop, riskReward));
        describe(out, i, trading);
    }

    private void exit(final SignalCandidates out, final SignalType type, final long entry, final TimeframeView trading)
    {
        final int i = out.add(type, entry);
        describe(out, i, trading);
    }

    private void describe(final SignalCandidates out, final int i, final TimeframeView trading)
    {
        final MtfAnalysis a = analysis;
        out.scores(i, (a.higherConfidence + a.tradingConfidence) / 2.0, a.signalStrength, a.alignmentScore,
            a.zoneWeight, Math.min(1.0, a.zoneWeight / FULL_ZONE_WEIGHT));
        out.context(i, a.riskLevel, a.higherDirection, a.tradingDirection, a.tradingState, a.patternCode,
            trading.value(IndicatorField.ATR_PERCENT));
    }
}
