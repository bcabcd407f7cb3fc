package io.pldot.journal.schema;

import org.agrona.DirectBuffer;

import static io.pldot.journal.schema.RecordHeaderDescriptor.BYTE_ORDER;

/**
 * One field of a record's layout as a table row: the name tools see (the JSON key), its offset from the record
 * start, its width on the wire, how it is shown, and for codes the vocabulary that names them.
 * <p>
 * Off the hot path: the stages read fields through the descriptors' static accessors; these rows drive the
 * formatters and the layout checks. Immutable; safe from any thread.
 *
 * @param name   the JSON key ("entry"); an {@link Display#INSTRUMENT} field prints as instrumentId and symbol.
 * @param offset from the start of the record, header included (a descriptor's {@code …_OFFSET} constant).
 * @param width  how the field is stored.
 * @param display how the field is shown.
 * @param codes  for {@link Display#CODE}, the vocabulary enum whose constant {@code code - 1} names it; else null.
 */
public record RecordField(String name, int offset, Width width, Display display, Class<? extends Enum<?>> codes)
{
    /** How a field is stored: all little-endian. */
    public enum Width
    {
        /** Unsigned byte. */
        U8(1),
        /** Byte, 0 = false. */
        BOOL(1),
        /** Unsigned 16-bit integer. */
        U16(2),
        /** Signed 16-bit integer. */
        I16(2),
        /** Signed 32-bit integer. */
        I32(4),
        /** Signed 64-bit integer. */
        I64(8),
        /** IEEE 754 double. */
        F64(8);

        private final int bytes;

        Width(final int bytes)
        {
            this.bytes = bytes;
        }

        /**
         * @return bytes the field occupies.
         */
        public int bytes()
        {
            return bytes;
        }
    }

    /** How a field is shown to people and tools. */
    public enum Display
    {
        /** Instrument id: JSON instrumentId and symbol; gives prices and quantities their scales. */
        INSTRUMENT,
        /** Timeframe in seconds, shown as "1m", "4h", "1d". */
        TIMEFRAME,
        /** A code of {@link RecordField#codes()}, shown by name, null when undefined. */
        CODE,
        /** An integer as it is (ids, counts, epoch nanoseconds). */
        INTEGER,
        /** A boolean. */
        FLAG,
        /** Fixed-point price at the instrument's price scale. */
        PRICE,
        /** Fixed-point price at the instrument's price scale, 0 meaning none. */
        OPTIONAL_PRICE,
        /** Fixed-point quantity at the instrument's quantity scale. */
        QUANTITY,
        /** A double score or ratio. */
        NUMBER,
        /** Fixed-point money at the record's {@link #SCALE}. */
        MONEY,
        /** The decimal scale of the record's {@link #MONEY} fields; not shown itself. */
        SCALE
    }

    /**
     * A field shown without a vocabulary.
     *
     * @param name    the JSON key.
     * @param offset  from the record start.
     * @param width   how it is stored.
     * @param display how it is shown.
     * @return the field.
     */
    public static RecordField field(final String name, final int offset, final Width width, final Display display)
    {
        return new RecordField(name, offset, width, display, null);
    }

    /**
     * A one-byte code named by a vocabulary enum ({@code code - 1} is the constant's ordinal).
     *
     * @param name   the JSON key.
     * @param offset from the record start.
     * @param codes  the vocabulary.
     * @return the field.
     */
    public static RecordField code(final String name, final int offset, final Class<? extends Enum<?>> codes)
    {
        return new RecordField(name, offset, Width.U8, Display.CODE, codes);
    }

    /**
     * @param buffer holding the record.
     * @param offset of the record.
     * @return an integer field's value (a flag as 1 or 0).
     * @throws IllegalStateException for a {@link Width#F64} field.
     */
    public long readLong(final DirectBuffer buffer, final int offset)
    {
        final int at = offset + this.offset;
        return switch (width)
        {
            case U8 -> buffer.getByte(at) & 0xFF;
            case BOOL -> buffer.getByte(at) != 0 ? 1 : 0;
            case U16 -> buffer.getShort(at, BYTE_ORDER) & 0xFFFF;
            case I16 -> buffer.getShort(at, BYTE_ORDER);
            case I32 -> buffer.getInt(at, BYTE_ORDER);
            case I64 -> buffer.getLong(at, BYTE_ORDER);
            case F64 -> throw new IllegalStateException(name + " is a double");
        };
    }

    /**
     * @param buffer holding the record.
     * @param offset of the record.
     * @return a {@link Width#F64} field's value.
     */
    public double readDouble(final DirectBuffer buffer, final int offset)
    {
        return buffer.getDouble(offset + this.offset, BYTE_ORDER);
    }

    /**
     * @param code read from a record.
     * @return the code's name in {@link #codes()}, or null when undefined or unknown.
     */
    public String label(final int code)
    {
        final Enum<?>[] constants = codes.getEnumConstants();
        return code >= 1 && code <= constants.length ? constants[code - 1].name() : null;
    }
}
