package io.pldot.engine.cli;

import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The converters of option values every command shares, registered once on the root command line.
 * Their refusals name the value and the expected form in words ("'abc' is not a whole number"), which
 * picocli prints after the option's name; picocli's own converters would name Java types
 * ("cannot convert 'X' to class java.time.ZoneId (java.time.zone.ZoneRulesException: ...)", "is not an
 * int"). Stateless; safe from any thread.
 */
final class OptionConverters
{
    private OptionConverters()
    {
    }

    /**
     * @param cli the root command line; must be called after its subcommands are added (picocli copies
     *            converters into the subcommands present at that time).
     */
    static void register(final CommandLine cli)
    {
        final ITypeConverter<Integer> integer = OptionConverters::integer;
        final ITypeConverter<Long> whole = OptionConverters::whole;
        cli.registerConverter(Integer.class, integer);
        cli.registerConverter(Integer.TYPE, integer);
        cli.registerConverter(Long.class, whole);
        cli.registerConverter(Long.TYPE, whole);
        cli.registerConverter(ZoneId.class, OptionConverters::zone);
    }

    static Integer integer(final String text)
    {
        final long value = whole(text);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)
        {
            throw new TypeConversionException("'" + text + "' is out of range: a whole number from " + Integer.MIN_VALUE +
                " to " + Integer.MAX_VALUE);
        }
        return (int) value;
    }

    static Long whole(final String text)
    {
        try
        {
            return Long.parseLong(text.trim());
        }
        catch (final NumberFormatException ex)
        {
            throw new TypeConversionException(text.trim().matches("[+-]?\\d+") ?
                "'" + text + "' is out of range: a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE :
                "'" + text + "' is not a whole number");
        }
    }

    /**
     * A duration option read in a command's body (its default is text too).
     *
     * @param option the option's name, e.g. "--timeframe".
     * @param text   its value.
     * @return the duration in nanoseconds.
     * @throws IllegalArgumentException naming the option, the value and the accepted spellings.
     */
    static long duration(final String option, final String text)
    {
        try
        {
            return io.pldot.engine.config.DurationText.toNanos(text);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException(option + ": " + ex.getMessage(), ex);
        }
    }

    static ZoneId zone(final String text)
    {
        try
        {
            return ZoneId.of(text.trim());
        }
        catch (final DateTimeException ex)
        {
            throw new TypeConversionException("'" + text +
                "' is not a time zone; use e.g. UTC, Europe/Berlin, America/New_York or +02:00");
        }
    }
}
