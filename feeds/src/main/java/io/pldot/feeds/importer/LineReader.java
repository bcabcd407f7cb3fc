package io.pldot.feeds.importer;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads text one line at a time into a reused buffer, so an import of millions of rows does not
 * allocate a String per row as {@link java.io.BufferedReader#readLine()} would. Lines end with LF or
 * CRLF; a file whose first line ends with a lone CR (classic Mac OS) has all its lines end so. A lone
 * CR inside a line of any other file is kept as a character: the row is then refused whole, and line
 * numbers stay those of the file's line feeds, as editors and {@code sed -n} count them. Drops a
 * leading byte-order mark.
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
    private static final int UNDECIDED = 0;
    private static final int LF = 1;
    private static final int CR = 2;

    private final Reader reader;
    private final int maxLineLength;
    private final char[] chunk = new char[64 * 1024];
    private final StringBuilder line = new StringBuilder(256);
    private int position;
    private int limit;
    private boolean endOfInput;
    private boolean overlong;
    private boolean skipLineFeed;
    /** A CR was read and the next character decides what it is (CRLF, a classic Mac line end, or a character). */
    private boolean pendingCarriageReturn;
    /** How this input ends its lines, decided by its first line end. */
    private int endings = UNDECIDED;
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
                    if (pendingCarriageReturn)
                    {
                        // A CR at the very end of the input ends its line.
                        pendingCarriageReturn = false;
                        sawAny = true;
                    }
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
                // CR-ended file: the LF of a CRLF pair belongs to the line that the CR already ended.
                skipLineFeed = false;
                if (c == '\n')
                {
                    continue;
                }
            }
            if (pendingCarriageReturn)
            {
                pendingCarriageReturn = false;
                if (c == '\n')
                {
                    endings = LF;
                    return endLine();
                }
                if (endings != LF)
                {
                    // The first line end is a lone CR: a classic Mac OS file, whose lines all end so.
                    endings = CR;
                    position--;
                    return endLine();
                }
                // A lone CR inside a line of an LF file is a character of that row (which then fails to
                // parse): ending the line there would split the row and shift every later line number.
                append('\r');
                sawAny = true;
            }
            if (c == '\r')
            {
                if (endings == CR)
                {
                    skipLineFeed = true;
                    return endLine();
                }
                pendingCarriageReturn = true;
                continue;
            }
            if (c == '\n')
            {
                endings = LF;
                return endLine();
            }
            if (first && c == BYTE_ORDER_MARK && !sawAny)
            {
                first = false;
                continue;
            }
            first = false;
            sawAny = true;
            append(c);
        }
    }

    private boolean endLine()
    {
        lineNumber++;
        first = false;
        return true;
    }

    private void append(final char c)
    {
        if (line.length() < maxLineLength)
        {
            line.append(c);
        }
        else
        {
            overlong = true;
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
