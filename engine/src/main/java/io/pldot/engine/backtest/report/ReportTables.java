package io.pldot.engine.backtest.report;

import io.pldot.engine.backtest.metrics.BacktestResults;
import io.pldot.engine.backtest.metrics.ClosedTrade;
import io.pldot.engine.backtest.metrics.Drawdown;
import io.pldot.engine.backtest.metrics.MetricsReport;
import io.pldot.engine.backtest.metrics.ReturnStats;
import io.pldot.engine.backtest.metrics.SampleCaveat;
import io.pldot.engine.backtest.metrics.SignalAccuracy;
import io.pldot.engine.backtest.metrics.TradeStats;

import java.util.ArrayList;
import java.util.List;

/**
 * The tables the text reports show, already formatted as text, so that Markdown and HTML show the same cells.
 */
final class ReportTables
{
    private static final String INFINITE_NOTE = TextFormat.INFINITE + " with no losing trade.";

    /**
     * A table of text cells.
     *
     * @param header column titles.
     * @param rows   rows, each as wide as the header.
     */
    record Table(List<String> header, List<List<String>> rows)
    {
    }

    private ReportTables()
    {
    }

    /** Metric / value rows of the portfolio. */
    static Table summary(final MetricsReport report)
    {
        final List<List<String>> rows = new ArrayList<>();
        final TradeStats t = report.trades();
        final ReturnStats r = report.returns();
        final Drawdown d = report.drawdown();
        if (null != r)
        {
            rows.add(List.of("Start equity", TextFormat.money(r.startEquity())));
            rows.add(List.of("End equity", TextFormat.money(r.endEquity())));
            rows.add(List.of("Period", TextFormat.time(r.startTimeNs()) + " to " + TextFormat.time(r.endTimeNs())));
            rows.add(List.of("Sample", TextFormat.fixed(SampleCaveat.spanDays(r), 1) + " days, " + r.periods()
                + " periods" + (SampleCaveat.isShort(r) ? " (short: see the caveat below)" : "")));
            rows.add(List.of("Total return", TextFormat.percent(r.totalReturn())));
            rows.add(List.of("Annualised return", null != r.annualisedReturn() && SampleCaveat.spanTooShort(r)
                ? SampleCaveat.ANNUALISED_NOT_SHOWN : TextFormat.percent(r.annualisedReturn())));
            rows.add(List.of("Volatility (annualised)", TextFormat.percent(r.volatility())));
            rows.add(List.of("Sharpe", TextFormat.ratio(r.sharpe())));
            rows.add(List.of("Sortino", TextFormat.ratio(r.sortino())));
        }
        if (null != d)
        {
            rows.add(List.of("Max drawdown",
                TextFormat.money(d.value()) + " (" + TextFormat.percent(d.fraction()) + ")"));
            rows.add(List.of("Max drawdown peak / trough", TextFormat.time(d.peakTimeNs()) + " / "
                + TextFormat.time(d.troughTimeNs())));
            rows.add(List.of("Max drawdown duration", TextFormat.duration(d.durationNs())
                + (d.recovered() || null == d.peakTimeNs() ? "" : " (not recovered)")));
        }
        rows.add(List.of("Net P&L", TextFormat.money(t.netPnl())));
        rows.add(List.of("Gross P&L", TextFormat.money(t.grossPnl())));
        rows.add(List.of("Fees paid", TextFormat.money(t.fees())));
        rows.add(List.of("Trades", Integer.toString(t.tradeCount())));
        rows.add(List.of("Wins / losses", t.winCount() + " / " + t.lossCount()));
        rows.add(List.of("Win rate", TextFormat.percent(t.winRate())));
        rows.add(List.of("Profit factor", TextFormat.profitFactor(t)));
        rows.add(List.of("Expectancy (per trade)", TextFormat.money(t.expectancy())));
        rows.add(List.of("Average win / loss", TextFormat.money(t.averageWin()) + " / "
            + TextFormat.money(t.averageLoss())));
        rows.add(List.of("Largest win / loss", TextFormat.money(t.largestWin()) + " / "
            + TextFormat.money(t.largestLoss())));
        rows.add(List.of("Exposure", TextFormat.percent(report.exposure())));
        return new Table(List.of("Metric", "Value"), rows);
    }

    /** One row per symbol. */
    static Table perSymbol(final List<MetricsReport> reports)
    {
        final List<List<String>> rows = new ArrayList<>();
        for (final MetricsReport m : reports)
        {
            final TradeStats t = m.trades();
            rows.add(List.of(
                m.scope(),
                Integer.toString(t.tradeCount()),
                TextFormat.percent(t.winRate()),
                TextFormat.money(t.netPnl()),
                TextFormat.money(t.fees()),
                TextFormat.profitFactor(t),
                TextFormat.money(t.expectancy()),
                TextFormat.money(t.largestWin()) + " / " + TextFormat.money(t.largestLoss()),
                TextFormat.percent(m.exposure())));
        }
        return new Table(List.of("Symbol", "Trades", "Win rate", "Net P&L", "Fees", "Profit factor", "Expectancy",
            "Largest win / loss", "Exposure"), rows);
    }

    /** Signal accuracy rows, by bucket or by type. */
    static Table accuracy(final String groupTitle, final List<SignalAccuracy> groups)
    {
        final List<List<String>> rows = new ArrayList<>();
        for (final SignalAccuracy a : groups)
        {
            rows.add(List.of(
                a.group(),
                Integer.toString(a.count()),
                Integer.toString(a.wins()),
                TextFormat.percent(a.winRate()),
                TextFormat.money(a.meanNetPnl())));
        }
        return new Table(List.of(groupTitle, "Trades", "Wins", "Win rate", "Mean net P&L"), rows);
    }

    /** One row per trade, in the order given. */
    static Table trades(final BacktestResults results)
    {
        final List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (final ClosedTrade t : results.trades())
        {
            rows.add(List.of(
                Integer.toString(++n),
                t.symbol(),
                t.side().name(),
                TextFormat.time(t.entryTimeNs()),
                TextFormat.plain(t.entryPrice()),
                TextFormat.time(t.exitTimeNs()),
                TextFormat.plain(t.exitPrice()),
                TextFormat.plain(t.quantity()),
                TextFormat.money(t.grossPnl()),
                TextFormat.money(t.fees()),
                TextFormat.money(t.netPnl()),
                t.signalType(),
                TextFormat.plain(t.confidence()),
                t.exitReason()));
        }
        return new Table(List.of("#", "Symbol", "Side", "Entry time", "Entry", "Exit time", "Exit", "Quantity",
            "Gross P&L", "Fees", "Net P&L", "Signal", "Confidence", "Exit reason"), rows);
    }

    /**
     * @return the short-sample caveat of the portfolio, as a sentence shown under the summary, or null when the
     *         sample is long enough (or there is no curve).
     */
    static String caveat(final BacktestResults results)
    {
        final ReturnStats r = results.portfolio().returns();
        final String note = null == r ? null : SampleCaveat.note(r);
        return null == note ? null : Character.toUpperCase(note.charAt(0)) + note.substring(1) + ".";
    }

    /** One paragraph on the conventions behind the numbers, shown under the summary. */
    static String conventions(final BacktestResults results)
    {
        return "Periodic simple returns of the equity curve, annualised with " + TextFormat.plain(
            results.settings().periodsPerYear()) + " periods a year; risk-free rate "
            + TextFormat.percent(results.settings().riskFreeRate()) + " a year. "
            + "Volatility and Sharpe use the sample standard deviation (n - 1); Sortino uses the downside deviation "
            + "against 0 excess return over all periods. Drawdown duration runs from the peak to the recovery, or "
            + "to the end when not recovered. Win: net P&L > 0. Profit factor: gross wins / gross losses, "
            + INFINITE_NOTE + " Exposure: time with a position open (overlaps merged) over the curve's span. "
            + TextFormat.NA + ": undefined for this input.";
    }
}
