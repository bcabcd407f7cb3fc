/**
 * Parameter sweeps and walk-forward runs over one journal, in parallel across cores.
 * <pre>
 *   --grid fast=5,9  --grid slow=20..40:10 --&gt; ParameterGrid (points in odometer order: last key fastest)
 *   [from, to) + --walk-forward N          --&gt; WalkForwardSplit (N folds, anchored or rolling)
 *                                               |
 *   SweepJob (one backtest: params, window --&gt; portfolio MetricsReport)
 *                                               |
 *   SweepRunner (fixed pool, --threads) --&gt; List&lt;SweepRun&gt; in grid order / WalkForwardResult in fold order
 *                                               |
 *   SweepTable (--rank sharpe | net-pnl | profit-factor | max-drawdown) --&gt; text table, JSON
 * </pre>
 * Results never depend on thread timing: runs are collected in submission order and ranked with a total order
 * (ties by grid index). The real backtest plugs in as a {@link io.pldot.engine.backtest.sweep.SweepJob}.
 */
package io.pldot.engine.backtest.sweep;
