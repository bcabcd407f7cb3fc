/**
 * Backtest results: performance metrics from closed trades and an equity curve, off the hot path.
 * <pre>
 *   List&lt;ClosedTrade&gt; --+
 *                         +--&gt; PerformanceMetrics.analyse --&gt; BacktestResults
 *   EquityCurve --------+        |                              portfolio  MetricsReport (trades, exposure,
 *   ConfidenceBuckets --+        |                                         returns, max drawdown)
 *                                |                              perSymbol  MetricsReport per symbol (trades,
 *                                |                                         exposure; capital is shared)
 *                                +-- SignalAccuracy.compute --&gt; signals    by confidence bucket and signal type
 * </pre>
 * Money, prices and quantities are {@code double} here: this is a decimal edge of the engine, fed from the
 * fixed-point values once a run has finished. Undefined metrics are {@code null}, never NaN or infinite. The
 * conventions (annualisation, sample std, Sortino over all periods, drawdown duration, profit factor without
 * losses, merged exposure) are stated on {@link io.pldot.engine.backtest.metrics.PerformanceMetrics}.
 */
package io.pldot.engine.backtest.metrics;
