package io.pldot.feeds;

import java.util.Locale;

/**
 * Text from an input file as a terminal can show it in a message: control characters, the replacement character
 * of undecodable bytes and other unprintable characters become escapes ({@code \x00}, {@code \x1b}, {@code \uFFFD}),
 * so a message about a binary or corrupt file never writes raw bytes (terminal control sequences included) to the
 * user's terminal or log. Stateless; thread-safe.
 */
public final class PrintableText
{
    private PrintableText()
    {
    }

    /**
     * @param text  to show.
     * @param start of the part to show.
     * @param end   after the part to show.
     * @param sb    to append the escaped part to.
     * @return {@code sb}.
     */
    public static StringBuilder append(final CharSequence text, final int start, final int end, final StringBuilder sb)
    {
        for (int i = start; i < end; i++)
        {
            append(sb, text.charAt(i));
        }
        return sb;
    }

    /**
     * @param text to show.
     * @return the text with unprintable characters escaped.
     */
    public static String of(final CharSequence text)
    {
        return append(text, 0, text.length(), new StringBuilder(text.length() + 8)).toString();
    }

    private static void append(final StringBuilder sb, final char c)
    {
        if (c == '\t')
        {
            sb.append("\\t");
        }
        else if (c == '\r')
        {
            sb.append("\\r");
        }
        else if (c < 0x20 || c == 0x7F)
        {
            sb.append(String.format(Locale.ROOT, "\\x%02x", (int)c));
        }
        else if (c == '\uFFFD' || Character.isISOControl(c) || !Character.isDefined(c) ||
            Character.getType(c) == Character.FORMAT || Character.isSurrogate(c))
        {
            sb.append(String.format(Locale.ROOT, "\\u%04X", (int)c));
        }
        else
        {
            sb.append(c);
        }
    }
}
