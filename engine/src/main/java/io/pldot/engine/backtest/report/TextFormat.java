package io.pldot.engine.backtest.report;

import io.pldot.engine.backtest.metrics.TradeStats;
import io.pldot.journal.format.DisplayNumber;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * How numbers, times and undefined values read in the text reports (Markdown and HTML). Locale independent.
 * Undefined values read {@link #NA}; an unbounded profit factor reads {@link #INFINITE}.
 */
final class TextFormat
{
    static final String NA = "n/a";
    static final String INFINITE = "∞";

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private TextFormat()
    {
    }

    /** Money: two decimals, half-even. */
    static String money(final double value)
    {
        return fixed(value, 2);
    }

    /** Money or n/a. */
    static String money(final Double value)
    {
        return null == value ? NA : money(value.doubleValue());
    }

    /** A fraction as a percentage with two decimals: 0.1234 reads 12.34 %. */
    static String percent(final Double fraction)
    {
        return null == fraction ? NA : fixed(fraction * 100, 2) + " %";
    }

    /** A ratio (Sharpe, Sortino) with four decimals. */
    static String ratio(final Double value)
    {
        return null == value ? NA : fixed(value, 4);
    }

    /** Profit factor with four decimals, ∞ when there are wins and no loss, n/a when undefined. */
    static String profitFactor(final TradeStats stats)
    {
        if (null != stats.profitFactor())
        {
            return fixed(stats.profitFactor(), 4);
        }
        return stats.profitFactorInfinite() ? INFINITE : NA;
    }

    /**
     * A price, quantity or score as people read it: rounded to 12 significant digits, so binary noise such as
     * {@code 0.6000000000000001} reads {@code 0.6} ({@link DisplayNumber}; report.json keeps the exact double).
     */
    static String plain(final double value)
    {
        return DisplayNumber.toText(value);
    }

    /** Epoch nanoseconds as an ISO-8601 UTC instant. */
    static String time(final long epochNs)
    {
        return Instant.ofEpochSecond(Math.floorDiv(epochNs, NANOS_PER_SECOND), Math.floorMod(epochNs, NANOS_PER_SECOND))
            .toString();
    }

    /** Epoch nanoseconds as an ISO-8601 UTC instant, or n/a. */
    static String time(final Long epochNs)
    {
        return null == epochNs ? NA : time(epochNs.longValue());
    }

    /** A duration as days, hours, minutes and seconds, e.g. {@code 3d 4h 0m 0s}; {@code 0s} when zero. */
    static String duration(final long nanos)
    {
        long seconds = nanos / NANOS_PER_SECOND;
        final long days = seconds / 86_400;
        seconds -= days * 86_400;
        final long hours = seconds / 3_600;
        seconds -= hours * 3_600;
        final long minutes = seconds / 60;
        seconds -= minutes * 60;
        if (days > 0)
        {
            return days + "d " + hours + "h " + minutes + "m " + seconds + "s";
        }
        if (hours > 0)
        {
            return hours + "h " + minutes + "m " + seconds + "s";
        }
        return minutes > 0 ? minutes + "m " + seconds + "s" : seconds + "s";
    }

    /** A value with a fixed number of decimals, half-even; -0 reads 0. */
    static String fixed(final double value, final int decimals)
    {
        final String text = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        // -0.00 reads as 0.00
        return text.startsWith("-") && text.chars().noneMatch(c -> c >= '1' && c <= '9') ? text.substring(1) : text;
    }
}
