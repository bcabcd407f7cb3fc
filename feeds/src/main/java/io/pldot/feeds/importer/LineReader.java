package io.pldot.feeds.importer;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads text one line at a time into a reused buffer, so an import of millions of rows does not
 * allocate a String per row as {@link java.io.BufferedReader#readLine()} would. Accepts LF, CRLF
 * and lone CR line ends; drops a leading byte-order mark.
 * <p>
 * A line longer than the limit is not kept whole (a binary or corrupt file must not exhaust the
 * heap): its first characters are kept, the rest is skipped up to the next line end, and
 * {@link #overlong()} reports it so the caller can reject the row.
 * <p>
 * Mutable and not thread-safe: one reader per import thread.
 */
final class LineReader
{
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Reader reader;
    private final int maxLineLength;
    private final char[] chunk = new char[64 * 1024];
    private final StringBuilder line = new StringBuilder(256);
    private int position;
    private int limit;
    private boolean endOfInput;
    private boolean overlong;
    private boolean skipLineFeed;
    private boolean first = true;
    private long lineNumber;

    /**
     * @param reader        to read from; not closed by this class.
     * @param maxLineLength longest line kept whole.
     */
    LineReader(final Reader reader, final int maxLineLength)
    {
        this.reader = reader;
        this.maxLineLength = maxLineLength;
    }

    /**
     * Reads the next line.
     *
     * @return false at the end of the input.
     * @throws IOException from the underlying reader.
     */
    boolean next() throws IOException
    {
        line.setLength(0);
        overlong = false;
        boolean sawAny = false;
        while (true)
        {
            if (position == limit)
            {
                if (endOfInput || !fill())
                {
                    if (sawAny)
                    {
                        lineNumber++;
                    }
                    return sawAny;
                }
            }
            final char c = chunk[position++];
            if (skipLineFeed)
            {
                // The LF of a CRLF pair belongs to the line that the CR already ended.
                skipLineFeed = false;
                if (c == '\n')
                {
                    continue;
                }
            }
            if (c == '\n' || c == '\r')
            {
                skipLineFeed = c == '\r';
                lineNumber++;
                first = false;
                return true;
            }
            if (first && c == BYTE_ORDER_MARK && !sawAny)
            {
                first = false;
                continue;
            }
            first = false;
            sawAny = true;
            if (line.length() < maxLineLength)
            {
                line.append(c);
            }
            else
            {
                overlong = true;
            }
        }
    }

    /**
     * @return the line read by the last {@link #next()}, without its line end; reused by the next call.
     */
    CharSequence line()
    {
        return line;
    }

    /**
     * @return 1-based number of the line read by the last {@link #next()}.
     */
    long lineNumber()
    {
        return lineNumber;
    }

    /**
     * @return true when the last line was longer than the limit and was cut.
     */
    boolean overlong()
    {
        return overlong;
    }

    /**
     * @return true when the last line holds nothing but spaces and tabs.
     */
    boolean blank()
    {
        for (int i = 0; i < line.length(); i++)
        {
            final char c = line.charAt(i);
            if (c != ' ' && c != '\t')
            {
                return false;
            }
        }
        return true;
    }

    private boolean fill() throws IOException
    {
        final int read = reader.read(chunk, 0, chunk.length);
        if (read < 0)
        {
            endOfInput = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
