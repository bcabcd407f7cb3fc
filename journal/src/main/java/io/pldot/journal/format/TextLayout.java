package io.pldot.journal.format;

import io.pldot.journal.schema.RecordFieldTable;
import io.pldot.journal.schema.RecordFieldTables;
import io.pldot.journal.schema.RecordType;

import java.util.List;

/**
 * A record type's text line as data: its {@link RecordFieldTable} (which gives the instrument and the money scale
 * the values are read at) and the {@link TextItem}s in the order people read them, printed by
 * {@link FieldTableText}. Immutable; safe from any thread.
 *
 * @param table the record type's field table.
 * @param items the line's items, in order.
 */
record TextLayout(RecordFieldTable table, List<TextItem> items)
{
    /**
     * @param type  the record type.
     * @param items the line's items, in order.
     * @return the layout.
     */
    static TextLayout of(final RecordType type, final TextItem... items)
    {
        return new TextLayout(RecordFieldTables.of(type), List.of(items));
    }
}
