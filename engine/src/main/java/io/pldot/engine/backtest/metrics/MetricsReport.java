package io.pldot.engine.backtest.metrics;

import java.util.Objects;

/**
 * Performance metrics for one scope: the whole portfolio or one symbol.
 * <p>
 * Curve-based parts ({@code returns}, {@code drawdown}) are null when no equity curve belongs to the scope (per-symbol
 * scopes share the portfolio's capital, so they have trade statistics and exposure only).
 * <p>
 * Immutable.
 *
 * @param scope    {@link #PORTFOLIO} or the symbol.
 * @param trades   trade statistics.
 * @param exposure fraction of the backtest window with at least one position open in this scope, from the trade
 *                 intervals merged across overlapping trades; null without a window of positive length.
 * @param returns  return statistics from the scope's equity curve; null without a curve of at least one sample.
 * @param drawdown maximum drawdown of the scope's equity curve; null without a curve of at least one sample.
 */
public record MetricsReport(
    String scope,
    TradeStats trades,
    Double exposure,
    ReturnStats returns,
    Drawdown drawdown)
{
    /** Scope name of the portfolio report. */
    public static final String PORTFOLIO = "PORTFOLIO";

    /**
     * Checks the required parts.
     */
    public MetricsReport
    {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(trades, "trades");
    }
}
