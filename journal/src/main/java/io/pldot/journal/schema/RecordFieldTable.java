package io.pldot.journal.schema;

import java.util.List;

/**
 * A record type's fields as one table ({@link RecordField} rows in the order tools see them), with the
 * descriptor that owns the offsets and the record's length: the single description from which the formatters
 * print a record and against which the layout is checked.
 * <p>
 * Immutable; safe from any thread.
 *
 * @param descriptor the {@code …Descriptor} class whose {@code …_OFFSET} constants the rows use.
 * @param length     the record's length in bytes, header included (the descriptor's {@code LENGTH}).
 * @param fields     the payload fields (the header is common to all records and described by
 *                   {@link RecordHeaderDescriptor}).
 */
public record RecordFieldTable(Class<?> descriptor, int length, List<RecordField> fields)
{
    /**
     * @param descriptor the descriptor class.
     * @param length     the record length.
     * @param fields     the payload fields, in display order.
     * @return the table.
     */
    public static RecordFieldTable of(final Class<?> descriptor, final int length, final RecordField... fields)
    {
        return new RecordFieldTable(descriptor, length, List.of(fields));
    }

    /**
     * @param display a display kind.
     * @return the first field shown that way, or null when there is none.
     */
    public RecordField first(final RecordField.Display display)
    {
        for (final RecordField field : fields)
        {
            if (field.display() == display)
            {
                return field;
            }
        }
        return null;
    }
}
