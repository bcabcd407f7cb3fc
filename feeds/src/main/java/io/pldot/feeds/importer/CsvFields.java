package io.pldot.feeds.importer;

/**
 * Finds the comma-separated fields of one line without allocating: it records where each field
 * starts and ends so that parsers read the numbers in place. Fields may be quoted as RFC 4180 says
 * (spreadsheets export them so); see {@link #split}.
 * <p>
 * Mutable and not thread-safe: one instance per format instance.
 */
final class CsvFields
{
    private final int[] starts;
    private final int[] ends;
    private int count;

    /**
     * @param capacity most fields recorded; lines with more are still counted, so the caller can reject them.
     */
    CsvFields(final int capacity)
    {
        this.starts = new int[capacity];
        this.ends = new int[capacity];
    }

    /**
     * Splits {@code line} on commas, RFC 4180 style: a field that starts with a double quote runs to its closing
     * quote (commas inside it do not split, {@code ""} stands for one quote) and is recorded without its quotes.
     * A quoted field with anything but spaces between its closing quote and the next comma, or with no closing
     * quote, is recorded whole, quotes included, so it fails to parse and the row is refused.
     *
     * @param line to split.
     * @return the number of fields in the line (it may exceed the capacity; only the first fields are recorded).
     */
    int split(final CharSequence line)
    {
        final int length = line.length();
        int fields = 0;
        int i = 0;
        while (true)
        {
            final int start = i;
            int contentStart = start;
            int contentEnd;
            if (i < length && line.charAt(i) == '"')
            {
                int j = i + 1;
                while (j < length && !(line.charAt(j) == '"' && (j + 1 >= length || line.charAt(j + 1) != '"')))
                {
                    j += line.charAt(j) == '"' ? 2 : 1;
                }
                int k = j + 1;
                while (k < length && line.charAt(k) == ' ')
                {
                    k++;
                }
                if (j < length && (k >= length || line.charAt(k) == ','))
                {
                    contentStart = start + 1;
                    contentEnd = j;
                    i = k;
                }
                else
                {
                    // Unterminated, or text after the closing quote: the raw field, up to the next comma.
                    i = j < length ? k : length;
                    while (i < length && line.charAt(i) != ',')
                    {
                        i++;
                    }
                    contentEnd = i;
                }
            }
            else
            {
                while (i < length && line.charAt(i) != ',')
                {
                    i++;
                }
                contentEnd = i;
            }
            if (fields < starts.length)
            {
                starts[fields] = contentStart;
                ends[fields] = contentEnd;
            }
            fields++;
            if (i >= length)
            {
                break;
            }
            i++; // past the comma
        }
        count = fields;
        return fields;
    }

    /**
     * @return the field count of the last split line.
     */
    int count()
    {
        return count;
    }

    /**
     * @param field 0-based field index.
     * @return index of the field's first character.
     */
    int start(final int field)
    {
        return starts[field];
    }

    /**
     * @param field 0-based field index.
     * @return index after the field's last character.
     */
    int end(final int field)
    {
        return ends[field];
    }

    /**
     * @param line  the split line.
     * @param field 0-based field index.
     * @return true when the field, trimmed of spaces, equals {@code word} ignoring case.
     */
    boolean equalsIgnoreCase(final CharSequence line, final int field, final String word)
    {
        int s = starts[field];
        int e = ends[field];
        while (s < e && line.charAt(s) == ' ')
        {
            s++;
        }
        while (e > s && line.charAt(e - 1) == ' ')
        {
            e--;
        }
        if (e - s != word.length())
        {
            return false;
        }
        for (int i = 0; i < word.length(); i++)
        {
            if (Character.toLowerCase(line.charAt(s + i)) != Character.toLowerCase(word.charAt(i)))
            {
                return false;
            }
        }
        return true;
    }

    /**
     * Quotes a field for a rejection message (allocates; only called for rejected rows).
     *
     * @param line  the split line.
     * @param field 0-based field index.
     * @return the field's text in double quotes, shortened when very long.
     */
    String quoted(final CharSequence line, final int field)
    {
        return FieldParsers.quoted(line, starts[field], ends[field]);
    }
}
