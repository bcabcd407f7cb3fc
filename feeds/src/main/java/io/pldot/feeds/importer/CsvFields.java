package io.pldot.feeds.importer;

/**
 * Finds the comma-separated fields of one line without allocating: it records where each field
 * starts and ends so that parsers read the numbers in place. None of the supported formats quotes
 * fields, so a quote is just a character (and then fails to parse as a number, which rejects the row).
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
     * Splits {@code line} on commas.
     *
     * @param line to split.
     * @return the number of fields in the line (it may exceed the capacity; only the first fields are recorded).
     */
    int split(final CharSequence line)
    {
        final int length = line.length();
        int fields = 0;
        int start = 0;
        for (int i = 0; i <= length; i++)
        {
            if (i == length || line.charAt(i) == ',')
            {
                if (fields < starts.length)
                {
                    starts[fields] = start;
                    ends[fields] = i;
                }
                fields++;
                start = i + 1;
            }
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
