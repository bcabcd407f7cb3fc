package io.pldot.engine.pipeline;

import io.pldot.engine.analytics.AnalyticsSettings;
import io.pldot.engine.config.EngineConfig;
import io.pldot.engine.event.RingSlot;
import io.pldot.engine.stage.AnalyticsStage;
import io.pldot.engine.stage.CandleStage;
import io.pldot.engine.stage.DecisionStage;
import io.pldot.engine.stage.RiskStage;
import io.pldot.engine.stage.Stage;
import io.pldot.journal.instrument.InstrumentRegistry;

import java.util.Arrays;
import java.util.Objects;

/**
 * The processing stages of the engine, built in graph order from the config in one place: candles,
 * then analytics, decision and risk (each optional). The pipeline wires them onto the ring; the
 * backtest chain, the per-tick benchmarks and the bar analysis run them directly on one slot with
 * {@link #onEvent(RingSlot)}. The journal stages (J, O) are not part of it: they depend on where
 * inputs come from and outputs go.
 * <p>
 * Not thread-safe: the stages it holds belong to whichever thread runs them.
 *
 * @param candles   the candle stage, always present.
 * @param analytics the analytics stage, or null.
 * @param decision  the decision stage, or null.
 * @param risk      the risk stage, or null.
 */
public record StageChain(CandleStage candles, AnalyticsStage analytics, DecisionStage decision, RiskStage risk)
{
    /**
     * @param candles   the candle stage.
     * @param analytics the analytics stage, or null.
     * @param decision  the decision stage, or null.
     * @param risk      the risk stage, or null.
     */
    public StageChain
    {
        Objects.requireNonNull(candles, "candles");
    }

    /**
     * The chain the config asks for: analytics when analytics.enabled, decision and risk when
     * strategy.enabled.
     *
     * @param config   engine settings.
     * @param registry instruments.
     * @return the chain.
     */
    public static StageChain fromConfig(final EngineConfig config, final InstrumentRegistry registry)
    {
        final boolean strategy = config.strategyEnabled();
        return fromConfig(config, registry, config.analyticsSettings().enabled(), strategy, strategy);
    }

    /**
     * A chain with the stages chosen by the caller (benchmarks and backtests pick subsets), each
     * built from the config's settings.
     *
     * @param config    engine settings.
     * @param registry  instruments.
     * @param analytics whether to build the analytics stage.
     * @param decision  whether to build the decision stage.
     * @param risk      whether to build the risk stage.
     * @return the chain.
     */
    public static StageChain fromConfig(
        final EngineConfig config,
        final InstrumentRegistry registry,
        final boolean analytics,
        final boolean decision,
        final boolean risk)
    {
        final int[] timeframes = config.candles().timeframeSeconds();
        return new StageChain(
            new CandleStage(registry, timeframes, config.candles().timerGraceNanos()),
            analytics ? new AnalyticsStage(registry, timeframes, config.analyticsSettings()) : null,
            decision ? new DecisionStage(registry, timeframes, config.strategySettings()) : null,
            risk ? newRiskStage(config, registry) : null);
    }

    /**
     * Candles and analytics only, from explicit settings (the bar analysis has a timeframe of its
     * own and no engine config).
     *
     * @param registry         instruments.
     * @param timeframeSeconds candle timeframes, ascending.
     * @param timerGraceNanos  how long after a boundary a timer closes a candle.
     * @param settings         analytics settings.
     * @return the chain.
     */
    public static StageChain analytics(
        final InstrumentRegistry registry,
        final int[] timeframeSeconds,
        final long timerGraceNanos,
        final AnalyticsSettings settings)
    {
        return new StageChain(new CandleStage(registry, timeframeSeconds, timerGraceNanos),
            new AnalyticsStage(registry, timeframeSeconds, settings), null, null);
    }

    /**
     * A risk stage as the config's chains have it, with a fresh portfolio (initial cash, no
     * positions): benchmarks make one per pass.
     *
     * @param config   engine settings.
     * @param registry instruments.
     * @return the stage.
     */
    public static RiskStage newRiskStage(final EngineConfig config, final InstrumentRegistry registry)
    {
        // Risk steps trailing stops on the shortest candle timeframe.
        return new RiskStage(registry, config.riskSettings(), config.venueSettings(),
            config.trailingStopSettings(), Arrays.stream(config.candles().timeframeSeconds()).min().orElseThrow());
    }

    /**
     * @return the stages present, in graph order.
     */
    public Stage[] stages()
    {
        return Arrays.stream(new Stage[] {candles, analytics, decision, risk})
            .filter(Objects::nonNull).toArray(Stage[]::new);
    }

    /**
     * Runs the slot through every stage present, in graph order, on the caller's thread.
     * Allocation-free.
     *
     * @param slot holding the input; its outputs collect what the stages append.
     */
    public void onEvent(final RingSlot slot)
    {
        candles.onEvent(slot, true);
        if (analytics != null)
        {
            analytics.onEvent(slot, true);
        }
        if (decision != null)
        {
            decision.onEvent(slot, true);
        }
        if (risk != null)
        {
            risk.onEvent(slot, true);
        }
    }
}
