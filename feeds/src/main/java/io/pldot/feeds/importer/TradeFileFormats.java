package io.pldot.feeds.importer;

import java.util.List;
import java.util.Locale;

/**
 * The trade file formats the importer knows, by name, and detection of a file's format from its
 * first line: a known header line, or else a headerless Binance dump (6 or 7 fields, numeric id).
 * <p>
 * Stateless; safe from any thread. Every call returns a new format instance, since formats carry
 * per-file state.
 */
public final class TradeFileFormats
{
    private TradeFileFormats()
    {
    }

    /**
     * @return the format names, in detection order.
     */
    public static List<String> names()
    {
        return List.of(BitstampFormat.NAME, TardisFormat.NAME, BinanceFormat.NAME);
    }

    /**
     * @param name format name, case-insensitive.
     * @return a new instance of that format.
     * @throws IllegalArgumentException naming the known formats when the name is unknown.
     */
    public static TradeFileFormat create(final String name)
    {
        return switch (name.trim().toLowerCase(Locale.ROOT))
        {
            case BitstampFormat.NAME -> new BitstampFormat();
            case TardisFormat.NAME -> new TardisFormat();
            case BinanceFormat.NAME -> new BinanceFormat();
            default -> throw new IllegalArgumentException(
                "unknown trade file format '" + name + "'; known: " + describe() + ", or " + ImportOptions.AUTO);
        };
    }

    /**
     * Detects a file's format from its first line.
     *
     * @param firstLine  the first non-blank line of the file.
     * @param sourceName the file, for the message.
     * @return a new instance of the detected format.
     * @throws IllegalArgumentException naming the file, its first line and the known formats when none matches.
     */
    public static TradeFileFormat detect(final String firstLine, final String sourceName)
    {
        final List<TradeFileFormat> all = all();
        for (final TradeFileFormat format : all)
        {
            if (format.matchesHeader(firstLine))
            {
                return format;
            }
        }
        for (final TradeFileFormat format : all)
        {
            if (format.matchesHeaderlessRow(firstLine))
            {
                return format;
            }
        }
        throw new IllegalArgumentException(sourceName + ": cannot tell the trade file format from its first line " +
            FieldParsers.quoted(firstLine, 0, firstLine.length()) + "; known formats: " + describe() +
            ". Pass --format NAME if the file is one of them.");
    }

    /**
     * @return each format's name and shape, for messages and help text.
     */
    public static String describe()
    {
        final StringBuilder sb = new StringBuilder();
        for (final TradeFileFormat format : all())
        {
            sb.append(sb.length() == 0 ? "" : "; ")
                .append(format.name()).append(" (").append(format.shape()).append(')');
        }
        return sb.toString();
    }

    private static List<TradeFileFormat> all()
    {
        return List.of(new BitstampFormat(), new TardisFormat(), new BinanceFormat());
    }
}
