package io.pldot.engine.config;

import java.util.Locale;

/**
 * Parses the duration and timeframe spellings used in config and on the command line:
 * "250ms", "30s", "1m", "15m", "1h", "1d" (and plain integers meaning seconds).
 */
public final class DurationText
{
    private DurationText()
    {
    }

    /**
     * @param text e.g. "1m".
     * @return the duration in nanoseconds.
     * @throws IllegalArgumentException with the accepted spellings when the text is not a duration.
     */
    public static long toNanos(final String text)
    {
        if (text == null)
        {
            throw new IllegalArgumentException("a duration is required (e.g. 500ms, 1s, 1m, 1h)");
        }
        final String t = text.trim().toLowerCase(Locale.ROOT);
        int split = 0;
        while (split < t.length() && Character.isDigit(t.charAt(split)))
        {
            split++;
        }
        if (split == 0 || split > 12)
        {
            throw new IllegalArgumentException("'" + text + "' is not a duration; use e.g. 500ms, 1s, 1m, 1h, 1d");
        }
        final long n = Long.parseLong(t.substring(0, split));
        final String unit = t.substring(split);
        final long unitNanos = switch (unit)
        {
            case "ns" -> 1L;
            case "us" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "", "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            case "d" -> 86_400_000_000_000L;
            default -> throw new IllegalArgumentException(
                "'" + text + "' has unknown unit '" + unit + "'; use ns, us, ms, s, m, h or d");
        };
        if (n > Long.MAX_VALUE / unitNanos)
        {
            throw new IllegalArgumentException("'" + text + "' is too long a duration (at most about 106751 days)");
        }
        return n * unitNanos;
    }
}
