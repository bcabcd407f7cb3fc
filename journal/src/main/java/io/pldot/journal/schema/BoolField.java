package io.pldot.journal.schema;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * A byte read as a flag (0 = false; written as 1 or 0): one field of a record layout, declared once as a {@code
 * static final} constant of its descriptor ({@link RecordField} has the table view).
 * <p>
 * Hot-path reads and writes go through {@link #get} and {@link #put}: the constant is a record (final fields the
 * JIT trusts) held in a {@code static final}, so its offset folds as the {@code …_OFFSET} ints do. Immutable; safe
 * from any thread.
 *
 * @param name    the JSON key tools see.
 * @param offset  from the start of the record, header included.
 * @param display how the field is shown.
 */
public record BoolField(String name, int offset, Display display) implements RecordField
{
    /** @param name JSON key. @param offset from the record start. @param display how shown. @return the field. */
    public static BoolField of(final String name, final int offset, final Display display)
    {
        return new BoolField(name, offset, display);
    }

    /** @param buffer holding the record. @param offset of the record. @return the field's value. */
    public boolean get(final DirectBuffer buffer, final int offset)
    {
        return buffer.getByte(offset + this.offset) != 0;
    }

    /** @param buffer to write into. @param offset of the record. @param value to store. */
    public void put(final MutableDirectBuffer buffer, final int offset, final boolean value)
    {
        buffer.putByte(offset + this.offset, (byte)(value ? 1 : 0));
    }
}
