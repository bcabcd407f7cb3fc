package io.pldot.engine.backtest.sweep;

import io.pldot.engine.backtest.metrics.MetricsReport;

import java.util.Map;

/**
 * One backtest of a sweep: runs the strategy with one parameter point over one event-time window and returns the
 * portfolio metrics ({@link io.pldot.engine.backtest.metrics.BacktestResults#portfolio()}).
 * <p>
 * The sweep keeps only this report per run, not the trades and equity curve, so that a sweep of thousands of points
 * does not hold thousands of curves; a run worth a full report is re-run on its own.
 * <p>
 * Implementations are called concurrently from the sweep's threads, one call per run, and must be safe for that:
 * each call builds its own pipeline and state. A run must depend only on its arguments (and the journal it reads),
 * which is what makes a parallel sweep give the same results as a sequential one.
 */
@FunctionalInterface
public interface SweepJob
{
    /**
     * @param params    the parameter point, keys in grid order; unmodifiable.
     * @param fromNanos start of the window, inclusive, epoch nanoseconds (event time).
     * @param toNanos   end of the window, exclusive.
     * @return the portfolio metrics of the run.
     * @throws Exception when the run fails; the sweep stops and reports which run failed.
     */
    MetricsReport run(Map<String, String> params, long fromNanos, long toNanos) throws Exception;
}
