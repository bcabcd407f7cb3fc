/**
 * Backtest reports written from {@link io.pldot.engine.backtest.metrics.BacktestResults}:
 * {@code report.json} (deterministic, for machines), {@code report.md} (tables) and {@code report.html} (one
 * self-contained page with equity and drawdown charts rendered by XChart as inline SVG, which opens offline).
 * {@link io.pldot.engine.backtest.report.ReportWriter} writes all three into one directory.
 */
package io.pldot.engine.backtest.report;
