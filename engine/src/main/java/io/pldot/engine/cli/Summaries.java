package io.pldot.engine.cli;

import io.pldot.engine.app.ReplayResult;
import io.pldot.engine.backtest.metrics.ReturnStats;
import io.pldot.engine.backtest.metrics.SampleCaveat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Text summaries for people, shared by the replay and demo commands.
 */
final class Summaries
{
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");
    /** Columns a wrapped line stays within. */
    private static final int WIDTH = 110;

    private Summaries()
    {
    }

    static String replay(final ReplayResult r, final String zone)
    {
        final DateTimeFormatter time = TIME.withZone(ZoneId.of(zone));
        final StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Replayed %,d inputs from %s (threading: %s)%n",
            r.inputs(), r.journal(), r.threading()));
        sb.append("  inputs       ").append(counts(r.inputsByType())).append('\n');
        if (r.inputs() > 0)
        {
            sb.append("  event time   ").append(time.format(instant(r.firstEventTime()))).append("  ->  ")
                .append(time.format(instant(r.lastEventTime()))).append('\n');
        }
        sb.append("  candles      ").append(r.candlesByTimeframe().isEmpty() ? "none" : counts(r.candlesByTimeframe()))
            .append('\n');
        final Map<String, Long> analytics = new java.util.LinkedHashMap<>();
        for (final String type : new String[] {"indicator-snapshot", "pattern-event", "zone-event", "gap-event"})
        {
            final Long count = r.outputsByType().get(type);
            if (count != null && count > 0)
            {
                analytics.put(type, count);
            }
        }
        sb.append("  analytics    ").append(analytics.isEmpty() ? "off" : counts(analytics)).append('\n');
        sb.append("  rejected     ").append(r.rejectsByReason().isEmpty() ? "none" : counts(r.rejectsByReason()))
            .append('\n');
        sb.append(String.format(Locale.ROOT, "  outputs      %,d records -> %s%n", r.outputs(), r.outputsPath()));
        sb.append(String.format(Locale.ROOT, "  throughput   %,d inputs/s (%,d ms)%n", r.inputsPerSecond(),
            r.elapsedMillis()));
        sb.append("  output hash  ").append(r.outputHash()).append('\n');
        if (r.recordedOutputHash() != null)
        {
            sb.append("  recorded     ").append(r.recordedOutputHash()).append(Boolean.TRUE.equals(r.reproduced()) ?
                "  (reproduced bit for bit)" : "  (DIFFERENT: this replay did not reproduce the recorded outputs)")
                .append('\n');
        }
        return sb.toString();
    }

    static String backtest(
        final io.pldot.engine.backtest.BacktestOutcome o, final java.util.List<java.nio.file.Path> reports, final String zone)
    {
        final DateTimeFormatter time = TIME.withZone(ZoneId.of(zone));
        final io.pldot.engine.app.ReplayResult r = o.replay();
        final io.pldot.engine.backtest.metrics.MetricsReport p = o.results().portfolio();
        final io.pldot.engine.backtest.metrics.TradeStats t = p.trades();
        final StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Backtest of %s (%s) on %s%n", o.strategy(), o.parameters(), r.journal()));
        sb.append("  event time   ").append(time.format(instant(r.firstEventTime()))).append("  ->  ")
            .append(time.format(instant(r.lastEventTime()))).append(String.format(Locale.ROOT, "  (%,d inputs)%n", r.inputs()));
        sb.append(String.format(Locale.ROOT, "  flow         %,d signals -> %,d orders -> %,d fills; risk rejects: %s%n",
            count(r, "signal"), count(r, "order-intent"), o.fills(), o.riskRejects().isEmpty() ? "none" : counts(o.riskRejects())));
        sb.append(String.format(Locale.ROOT, "  trades       %,d closed (%d won, %d lost), %d still open at the end%n",
            t.tradeCount(), t.winCount(), t.lossCount(), o.openPositions()));
        sb.append(String.format(Locale.ROOT, "  P&L          net %s, gross %s, fees %s%n",
            money(t.netPnl()), money(t.grossPnl()), money(t.fees())));
        if (p.returns() != null)
        {
            final ReturnStats returns = p.returns();
            sb.append(String.format(Locale.ROOT, "  equity       %s -> %s: total return %s, annualised %s%n",
                money(returns.startEquity()), money(returns.endEquity()), percent(returns.totalReturn()),
                returns.annualisedReturn() != null && SampleCaveat.spanTooShort(returns) ?
                    SampleCaveat.ANNUALISED_NOT_SHOWN : percent(returns.annualisedReturn())));
            sb.append(String.format(Locale.ROOT, "  risk         volatility %s, Sharpe %s, Sortino %s, max drawdown %s (%s)%n",
                percent(returns.volatility()), ratio(returns.sharpe()), ratio(returns.sortino()),
                p.drawdown() == null ? "-" : money(p.drawdown().value()),
                p.drawdown() == null ? "-" : percent(p.drawdown().fraction())));
            final String caveat = SampleCaveat.note(returns);
            if (caveat != null)
            {
                sb.append(wrap("  caveat       ", caveat));
            }
        }
        sb.append(String.format(Locale.ROOT, "  per trade    win rate %s, profit factor %s, expectancy %s, exposure %s%n",
            percent(t.winRate()), ratio(t.profitFactor()), t.expectancy() == null ? "-" : money(t.expectancy()),
            percent(p.exposure())));
        sb.append(String.format(Locale.ROOT, "  outputs      %,d records -> %s%n", r.outputs(), r.outputsPath()));
        sb.append(String.format(Locale.ROOT, "  throughput   %,d inputs/s (%,d ms)%n", r.inputsPerSecond(), r.elapsedMillis()));
        sb.append("  output hash  ").append(r.outputHash()).append('\n');
        for (final java.nio.file.Path report : reports)
        {
            sb.append("  report       ").append(report.toAbsolutePath()).append('\n');
        }
        return sb.toString();
    }

    /**
     * @param label  the line's label, its width the indent of the following lines.
     * @param text   a long sentence.
     * @return the sentence after the label, wrapped at word boundaries to about 110 columns.
     */
    static String wrap(final String label, final String text)
    {
        final StringBuilder sb = new StringBuilder(label);
        int column = label.length();
        for (final String word : text.split(" "))
        {
            if (column > label.length() && column + 1 + word.length() > WIDTH)
            {
                sb.append('\n').append(" ".repeat(label.length()));
                column = label.length();
            }
            else if (column > label.length())
            {
                sb.append(' ');
                column++;
            }
            sb.append(word);
            column += word.length();
        }
        return sb.append('\n').toString();
    }

    private static long count(final io.pldot.engine.app.ReplayResult r, final String type)
    {
        final Long n = r.outputsByType().get(type);
        return n == null ? 0 : n;
    }

    private static String money(final double value)
    {
        return String.format(Locale.ROOT, "%,.2f", value);
    }

    private static String percent(final Double fraction)
    {
        return fraction == null ? "-" : String.format(Locale.ROOT, "%.2f%%", fraction * 100);
    }

    private static String ratio(final Double value)
    {
        return value == null ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }

    static String counts(final Map<String, Long> counts)
    {
        final StringBuilder sb = new StringBuilder();
        counts.forEach((k, v) ->
        {
            if (sb.length() > 0)
            {
                sb.append(", ");
            }
            sb.append(String.format(Locale.ROOT, "%s %,d", k, v));
        });
        return sb.toString();
    }

    private static Instant instant(final long epochNanos)
    {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L),
            Math.floorMod(epochNanos, 1_000_000_000L));
    }
}
