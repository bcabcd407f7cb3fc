package io.pldot.journal.schema;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * An unsigned byte (a code, a count, a rank): one field of a record layout, declared once as a {@code static final}
 * constant of its descriptor ({@link RecordField} has the table view).
 * <p>
 * Hot-path reads and writes go through {@link #get} and {@link #put}: the constant is a record (final fields the
 * JIT trusts) held in a {@code static final}, so its offset folds as the {@code …_OFFSET} ints do. Immutable; safe
 * from any thread.
 *
 * @param name    the JSON key tools see.
 * @param offset  from the start of the record, header included.
 * @param display how the field is shown.
 * @param codes   for {@link Display#CODE}, the vocabulary enum whose constant {@code code - 1} names it; else null.
 */
public record U8Field(String name, int offset, Display display, Class<? extends Enum<?>> codes) implements RecordField
{
    /** @param name JSON key. @param offset from the record start. @param display how shown. @return the field. */
    public static U8Field of(final String name, final int offset, final Display display)
    {
        return new U8Field(name, offset, display, null);
    }

    /**
     * A code named by a vocabulary enum ({@code code - 1} is the constant's ordinal), shown by name.
     *
     * @param name   the JSON key.
     * @param offset from the record start.
     * @param codes  the vocabulary.
     * @return the field.
     */
    public static U8Field code(final String name, final int offset, final Class<? extends Enum<?>> codes)
    {
        return new U8Field(name, offset, Display.CODE, codes);
    }

    /**
     * @param vocabulary the codes one record type stores in the field (for a layout shared by record types).
     * @return the same field shown as a code of that vocabulary.
     */
    public U8Field withCodes(final Class<? extends Enum<?>> vocabulary)
    {
        return new U8Field(name, offset, Display.CODE, vocabulary);
    }

    /** @param buffer holding the record. @param offset of the record. @return the field's value. */
    public int get(final DirectBuffer buffer, final int offset)
    {
        return buffer.getByte(offset + this.offset) & 0xFF;
    }

    /** @param buffer to write into. @param offset of the record. @param value to store. */
    public void put(final MutableDirectBuffer buffer, final int offset, final int value)
    {
        buffer.putByte(offset + this.offset, (byte)value);
    }
}
