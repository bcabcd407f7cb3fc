package io.pldot.engine.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The event-time range [from, to) of the inputs a replay or backtest feeds to the pipeline; inputs
 * outside it are skipped (indicators warm up inside the window). Immutable; thread-safe.
 *
 * @param fromNanos first event time included, epoch ns ({@link Long#MIN_VALUE} = unbounded).
 * @param toNanos   first event time excluded, epoch ns ({@link Long#MAX_VALUE} = unbounded).
 */
public record EventTimeWindow(long fromNanos, long toNanos)
{
    /** Every input. */
    public static final EventTimeWindow ALL = new EventTimeWindow(Long.MIN_VALUE, Long.MAX_VALUE);

    /**
     * @throws IllegalArgumentException when the window is empty.
     */
    public EventTimeWindow
    {
        if (fromNanos >= toNanos)
        {
            throw new IllegalArgumentException("empty time window: from " + format(fromNanos) +
                " is not before to " + format(toNanos));
        }
    }

    /**
     * Parses the command-line spellings: an ISO instant ({@code 2013-09-01T12:00:00Z}), a local
     * date-time ({@code 2013-09-01T12:00}) or a date ({@code 2013-09-01}, midnight), the last two in
     * {@code zone}; null or blank means unbounded.
     *
     * @param from text of the start, or null.
     * @param to   text of the end, or null.
     * @param zone zone of local times and dates.
     * @return the window.
     * @throws IllegalArgumentException naming the option and the accepted spellings.
     */
    public static EventTimeWindow parse(final String from, final String to, final ZoneId zone)
    {
        return new EventTimeWindow(
            from == null || from.isBlank() ? Long.MIN_VALUE : toNanos("--from", from.trim(), zone),
            to == null || to.isBlank() ? Long.MAX_VALUE : toNanos("--to", to.trim(), zone));
    }

    /**
     * @param tsEvent event time, epoch ns.
     * @return true when the window holds it.
     */
    public boolean contains(final long tsEvent)
    {
        return tsEvent >= fromNanos && tsEvent < toNanos;
    }

    /**
     * @return true when the window holds every event time.
     */
    public boolean unbounded()
    {
        return fromNanos == Long.MIN_VALUE && toNanos == Long.MAX_VALUE;
    }

    @Override
    public String toString()
    {
        return "[" + format(fromNanos) + ", " + format(toNanos) + ")";
    }

    private static long toNanos(final String option, final String text, final ZoneId zone)
    {
        try
        {
            final Instant instant;
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$"))
            {
                instant = java.time.OffsetDateTime.parse(text).toInstant();
            }
            else if (text.contains("T"))
            {
                instant = LocalDateTime.parse(text).atZone(zone).toInstant();
            }
            else
            {
                instant = LocalDate.parse(text).atStartOfDay(zone).toInstant();
            }
            return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
        }
        catch (final DateTimeParseException | ArithmeticException ex)
        {
            throw new IllegalArgumentException(option + " '" + text + "' is not a time; use 2013-09-01, " +
                "2013-09-01T12:00 (in the display zone) or 2013-09-01T12:00:00Z", ex);
        }
    }

    private static String format(final long nanos)
    {
        if (nanos == Long.MIN_VALUE || nanos == Long.MAX_VALUE)
        {
            return nanos == Long.MIN_VALUE ? "-inf" : "+inf";
        }
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L)).toString();
    }
}
