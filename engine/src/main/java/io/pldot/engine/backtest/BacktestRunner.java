package io.pldot.engine.backtest;

import io.pldot.engine.app.EventTimeWindow;
import io.pldot.engine.app.ProgressListener;
import io.pldot.engine.app.ReplayResult;
import io.pldot.engine.app.ReplayRunner;
import io.pldot.engine.backtest.metrics.BacktestResults;
import io.pldot.engine.backtest.metrics.ConfidenceBuckets;
import io.pldot.engine.backtest.metrics.MetricsSettings;
import io.pldot.engine.backtest.metrics.PerformanceMetrics;
import io.pldot.engine.config.EngineConfig;
import io.pldot.engine.decision.strategy.StrategySettings;
import io.pldot.journal.chronicle.JournalDirectory;

import java.nio.file.Path;

/**
 * Runs a backtest: the journal's inputs in a time window go through the same pipeline a live
 * engine runs (candles, analytics, decision, risk with the simulated venue), the outputs are
 * journaled to their own directory, and a {@link BacktestCollector} turns them into trades and an
 * equity curve for {@link PerformanceMetrics}. Every symbol of the journal trades against the one
 * cash balance the risk stage owns (shared capital).
 * <p>
 * Deterministic: the same journal, config and window give the same outputs, hash and metrics.
 * Not thread-safe; a runner may run several backtests one after another, and separate runners run
 * in parallel (sweeps), each with its own output directory.
 */
public final class BacktestRunner
{
    /** Sub-folder of a journal where backtests write their outputs by default. */
    public static final String BACKTEST_FOLDER = "backtest";
    /** Default event-time period between the equity curve's points. */
    public static final long DEFAULT_SAMPLE_PERIOD_NANOS = 3_600_000_000_000L;
    private static final double NANOS_PER_YEAR = 365.0 * 24 * 3600 * 1e9;

    private final EngineConfig config;
    private final long samplePeriodNanos;

    /**
     * @param config            engine settings: strategy, risk, venue, analytics, threading.
     * @param samplePeriodNanos event-time period of the equity curve's points (Sharpe and
     *                          Sortino are annualised from it, counting 365 days a year: crypto
     *                          trades every day).
     */
    public BacktestRunner(final EngineConfig config, final long samplePeriodNanos)
    {
        if (!config.strategyEnabled())
        {
            throw new IllegalArgumentException("strategy.enabled is false in the config: a backtest needs a strategy");
        }
        if (samplePeriodNanos <= 0)
        {
            throw new IllegalArgumentException("the equity sample period must be positive");
        }
        this.config = config;
        this.samplePeriodNanos = samplePeriodNanos;
    }

    /**
     * @param journal   whose inputs to run.
     * @param window    event-time window of the inputs.
     * @param outputDir journal directory for the backtest's outputs (replaced), or null for
     *                  {@code JOURNAL/backtest}.
     * @param progress  told every few thousand inputs.
     * @return the outcome.
     * @throws IllegalStateException when the journal has no inputs in the window or a stage failed.
     */
    public BacktestOutcome run(
        final JournalDirectory journal, final EventTimeWindow window, final Path outputDir, final ProgressListener progress)
    {
        final BacktestCollector collector = new BacktestCollector(config.registry(), samplePeriodNanos);
        final Path target = outputDir != null ? outputDir : journal.root().resolve(BACKTEST_FOLDER);
        final ReplayResult replay = new ReplayRunner(config, config.registry())
            .replay(journal, target, window, collector, false, progress);
        collector.finish();
        final MetricsSettings metrics = MetricsSettings.of(NANOS_PER_YEAR / samplePeriodNanos);
        final BacktestResults results = new PerformanceMetrics(metrics)
            .analyse(collector.trades(), collector.equityCurve(), ConfidenceBuckets.defaults());
        final StrategySettings strategy = config.strategySettings();
        return new BacktestOutcome(strategy.definition().name(), strategy.parameters().toString(),
            config.analyticsSettings().enabled(), window, replay,
            collector.fills(), collector.riskRejectsByReason(), collector.openPositions(), results);
    }
}
