package io.pldot.engine.backtest.metrics;

import java.util.List;
import java.util.Objects;

/**
 * Everything the reports show about one backtest: the settings used, the portfolio and per-symbol metrics, the
 * signal accuracy, the trades and the portfolio equity curve.
 * <p>
 * Immutable as long as nobody appends to {@code equityCurve}; {@link PerformanceMetrics#analyse} hands in its own
 * copy.
 *
 * @param settings    annualisation and risk-free rate the metrics were computed with.
 * @param portfolio   metrics over all trades and the shared-capital curve.
 * @param perSymbol   metrics per symbol, sorted by symbol.
 * @param signals     signal accuracy by confidence bucket and type.
 * @param trades      the closed trades, in the order given.
 * @param equityCurve the portfolio equity curve.
 */
public record BacktestResults(
    MetricsSettings settings,
    MetricsReport portfolio,
    List<MetricsReport> perSymbol,
    SignalAccuracyReport signals,
    List<ClosedTrade> trades,
    EquityCurve equityCurve)
{
    /**
     * Checks and copies the parts.
     */
    public BacktestResults
    {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(signals, "signals");
        Objects.requireNonNull(equityCurve, "equityCurve");
        perSymbol = List.copyOf(perSymbol);
        trades = List.copyOf(trades);
    }
}
