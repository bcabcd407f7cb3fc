package io.pldot.engine.decision.strategy;

import java.util.Locale;

/**
 * One tunable parameter of a strategy: its name, kind, default and valid range, and what it does.
 * Values are held as doubles (a flag is 0 or 1), parsed once at start-up. Immutable.
 *
 * @param name         key in {@code key=value} and in the config's {@code strategy.params}.
 * @param kind         decimal, integer or flag.
 * @param defaultValue value when not given.
 * @param min          smallest valid value (inclusive).
 * @param max          largest valid value (inclusive).
 * @param description  one line for --help and the README.
 */
public record ParameterDescriptor(String name, Kind kind, double defaultValue, double min, double max, String description)
{
    /** Kind of a parameter value. */
    public enum Kind
    {
        /** A decimal number. */
        DECIMAL,
        /** A whole number. */
        INTEGER,
        /** true or false. */
        FLAG
    }

    /**
     * @param name        key.
     * @param defaultValue default.
     * @param min         inclusive.
     * @param max         inclusive.
     * @param description one line.
     * @return a decimal parameter.
     */
    public static ParameterDescriptor decimal(
        final String name, final double defaultValue, final double min, final double max, final String description)
    {
        return new ParameterDescriptor(name, Kind.DECIMAL, defaultValue, min, max, description);
    }

    /**
     * @param name        key.
     * @param defaultValue default.
     * @param min         inclusive.
     * @param max         inclusive.
     * @param description one line.
     * @return an integer parameter.
     */
    public static ParameterDescriptor integer(
        final String name, final int defaultValue, final int min, final int max, final String description)
    {
        return new ParameterDescriptor(name, Kind.INTEGER, defaultValue, min, max, description);
    }

    /**
     * @param name        key.
     * @param defaultValue default.
     * @param description one line.
     * @return a flag parameter.
     */
    public static ParameterDescriptor flag(final String name, final boolean defaultValue, final String description)
    {
        return new ParameterDescriptor(name, Kind.FLAG, defaultValue ? 1 : 0, 0, 1, description);
    }

    /**
     * @param text the value as written.
     * @return the value.
     * @throws IllegalArgumentException naming the key and the expected range.
     */
    public double parse(final String text)
    {
        final String t = text == null ? "" : text.trim();
        if (kind == Kind.FLAG)
        {
            if (t.equalsIgnoreCase("true"))
            {
                return 1;
            }
            if (t.equalsIgnoreCase("false"))
            {
                return 0;
            }
            throw new IllegalArgumentException(name + ": '" + text + "' is not true or false");
        }
        final double value;
        try
        {
            value = kind == Kind.INTEGER ? Long.parseLong(t) : Double.parseDouble(t);
        }
        catch (final NumberFormatException ex)
        {
            throw new IllegalArgumentException(name + ": '" + text + "' is not " +
                (kind == Kind.INTEGER ? "an integer" : "a number") + "; expected " + range());
        }
        if (!(value >= min && value <= max))
        {
            throw new IllegalArgumentException(name + ": " + t + " is outside the valid range " + range());
        }
        return value;
    }

    /**
     * @return the valid values, e.g. "1..500", "0.0..1.0", "true|false".
     */
    public String range()
    {
        return switch (kind)
        {
            case FLAG -> "true|false";
            case INTEGER -> (long)min + ".." + (long)max;
            case DECIMAL -> format(min) + ".." + format(max);
        };
    }

    /**
     * @return the default as written in config ("9", "0.6", "false").
     */
    public String defaultText()
    {
        return format(defaultValue);
    }

    private String format(final double v)
    {
        return switch (kind)
        {
            case FLAG -> v != 0 ? "true" : "false";
            case INTEGER -> Long.toString((long)v);
            case DECIMAL -> v == Math.rint(v) && Math.abs(v) < 1e15 ?
                String.format(Locale.ROOT, "%.1f", v) : Double.toString(v);
        };
    }
}
