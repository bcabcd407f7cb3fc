package io.pldot.engine.backtest.metrics;

import java.util.Locale;

/**
 * Says when an equity curve is too short for its annualised figures to mean much, and what to tell the reader.
 * <p>
 * The rule: a sample is <em>short</em> when its curve spans less than {@value #MIN_DAYS} days of event time or has
 * fewer than {@value #MIN_PERIODS} periodic returns. Annualised return compounds the total return over a year
 * ({@code (1 + r)^(year / span)}), so on a one-week run a loss of 17 % reads −100 %: the text reports print it as
 * n/a when the span is under {@value #MIN_DAYS} days. Volatility, Sharpe and Sortino scale by √(periods a year) and
 * are printed with the caveat beside them. JSON keeps every number and adds {@code shortSample} and
 * {@code caveat}.
 * <p>
 * Stateless; thread-safe.
 */
public final class SampleCaveat
{
    /** Days of event time below which a sample is short. */
    public static final int MIN_DAYS = 30;
    /** Periodic returns below which a sample is short. */
    public static final int MIN_PERIODS = 30;

    /** What the text reports print instead of the annualised return of a sample under {@value #MIN_DAYS} days. */
    public static final String ANNUALISED_NOT_SHOWN = "n/a (sample under " + MIN_DAYS + " days)";

    private static final double NANOS_PER_DAY = 86_400e9;

    private SampleCaveat()
    {
    }

    /**
     * @param returns statistics of a curve.
     * @return days of event time the curve spans.
     */
    public static double spanDays(final ReturnStats returns)
    {
        return (returns.endTimeNs() - returns.startTimeNs()) / NANOS_PER_DAY;
    }

    /**
     * @param returns statistics of a curve.
     * @return true when the curve spans less than {@value #MIN_DAYS} days or has fewer than {@value #MIN_PERIODS}
     *         periods.
     */
    public static boolean isShort(final ReturnStats returns)
    {
        return spanTooShort(returns) || returns.periods() < MIN_PERIODS;
    }

    /**
     * @param returns statistics of a curve.
     * @return true when the annualised return should not be shown as a figure: the curve spans less than
     *         {@value #MIN_DAYS} days.
     */
    public static boolean spanTooShort(final ReturnStats returns)
    {
        return spanDays(returns) < MIN_DAYS;
    }

    /**
     * @param returns statistics of a curve.
     * @return one sentence for the reader when the sample is short, else null.
     */
    public static String note(final ReturnStats returns)
    {
        if (!isShort(returns))
        {
            return null;
        }
        return String.format(Locale.ROOT, "short sample: %s days and %d periods (under %d days or %d periods): "
                + "volatility, Sharpe and Sortino are annualised from it%s; read them with care",
            days(spanDays(returns)), returns.periods(), MIN_DAYS, MIN_PERIODS,
            spanTooShort(returns) ? " and the annualised return is not shown" : "");
    }

    /**
     * The caveat of a sweep, whose runs all cover one event-time range.
     *
     * @param fromNs start of the range, epoch nanoseconds.
     * @param toNs   end of the range, epoch nanoseconds.
     * @return one sentence when the range spans less than {@value #MIN_DAYS} days, else null.
     */
    public static String rangeNote(final long fromNs, final long toNs)
    {
        final double days = (toNs - fromNs) / NANOS_PER_DAY;
        if (days >= MIN_DAYS)
        {
            return null;
        }
        return String.format(Locale.ROOT, "short sample: the range spans %s days (under %d): each run's Sharpe is "
            + "annualised from it; read it with care", days(days), MIN_DAYS);
    }

    private static String days(final double days)
    {
        return days < 10 ? String.format(Locale.ROOT, "%.1f", days) : String.format(Locale.ROOT, "%.0f", days);
    }
}
