package io.pldot.journal.schema;

import org.agrona.DirectBuffer;

/**
 * One field of a record's layout as a table row: the name tools see (the JSON key), its offset from the record
 * start, its width on the wire, how it is shown, and for codes the vocabulary that names them.
 * <p>
 * Each field is declared once, as a {@code static final} constant of its descriptor, by one of the width records
 * ({@link U8Field}, {@link BoolField}, {@link U16Field}, {@link I16Field}, {@link I32Field}, {@link I64Field},
 * {@link F64Field}): the stages read it through the record's typed {@code get}, the formatters and the layout checks
 * through this interface ({@link RecordFieldTables} lists the constants per record type), whose defaults switch
 * over the sealed set of widths. Implementations are immutable; safe from any thread.
 */
public sealed interface RecordField permits U8Field, BoolField, U16Field, I16Field, I32Field, I64Field, F64Field
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
     * @return the JSON key ("entry"); an {@link Display#INSTRUMENT} field prints as instrumentId and symbol.
     */
    String name();

    /**
     * @return the offset from the start of the record, header included.
     */
    int offset();

    /**
     * @return how the field is stored (fixed by the field's record type).
     */
    default Width width()
    {
        return switch (this)
        {
            case U8Field field -> Width.U8;
            case BoolField field -> Width.BOOL;
            case U16Field field -> Width.U16;
            case I16Field field -> Width.I16;
            case I32Field field -> Width.I32;
            case I64Field field -> Width.I64;
            case F64Field field -> Width.F64;
        };
    }

    /**
     * @return the offset just past the field: where the next field of a packed layout starts.
     */
    default int end()
    {
        return offset() + width().bytes();
    }

    /**
     * @return how the field is shown.
     */
    Display display();

    /**
     * @return for {@link Display#CODE}, the vocabulary enum whose constant {@code code - 1} names it; else null.
     */
    default Class<? extends Enum<?>> codes()
    {
        return null;
    }

    /**
     * @param buffer holding the record.
     * @param offset of the record.
     * @return an integer field's value (a flag as 1 or 0).
     * @throws IllegalStateException for a {@link Width#F64} field.
     */
    default long readLong(final DirectBuffer buffer, final int offset)
    {
        return switch (this)
        {
            case U8Field field -> field.get(buffer, offset);
            case BoolField field -> field.get(buffer, offset) ? 1 : 0;
            case U16Field field -> field.get(buffer, offset);
            case I16Field field -> field.get(buffer, offset);
            case I32Field field -> field.get(buffer, offset);
            case I64Field field -> field.get(buffer, offset);
            case F64Field field -> throw new IllegalStateException(name() + " is a double");
        };
    }

    /**
     * @param buffer holding the record.
     * @param offset of the record.
     * @return a {@link Width#F64} field's value.
     * @throws IllegalStateException for an integer field.
     */
    default double readDouble(final DirectBuffer buffer, final int offset)
    {
        if (this instanceof F64Field field)
        {
            return field.get(buffer, offset);
        }
        throw new IllegalStateException(name() + " is not a double");
    }

    /**
     * @param code read from a record.
     * @return the code's name in {@link #codes()}, or null when undefined or unknown.
     */
    default String label(final int code)
    {
        final Enum<?>[] constants = codes().getEnumConstants();
        return code >= 1 && code <= constants.length ? constants[code - 1].name() : null;
    }
}
