package io.pldot.journal.format;

import io.pldot.journal.schema.RecordField;

/**
 * One item of a record's text line: a literal label (" entry=") followed by a field of the record's table shown
 * in a text {@link Style}, optionally left-aligned in a column and optionally shown only when a field is non-zero.
 * The field is one of the descriptor's own constants, so the text names no offset or width of its own.
 * <p>
 * Immutable; safe from any thread.
 *
 * @param field the field shown.
 * @param label the literal text before the value (may be empty).
 * @param style how the value is shown; null for the default of the field's {@link RecordField.Display}.
 * @param pad   column width the value is left-aligned in ({@code %-Ns}), 0 for none.
 * @param when  the field that must be non-zero for the item to be shown at all, or null for always.
 */
record TextItem(RecordField field, String label, Style style, int pad, RecordField when)
{
    /** How a value is shown in text. */
    enum Style
    {
        /** The instrument's symbol in a column of 8 ("#id" when unknown). */
        SYMBOL,
        /** A timeframe label ("5m", "4h"). */
        TIMEFRAME,
        /** A code's name, "?code" when undefined or unknown. */
        CODE,
        /** A code's name, "-" when undefined or unknown. */
        CODE_OR_DASH,
        /** An integer as it is. */
        INTEGER,
        /** A fixed-point price at the instrument's price scale. */
        PRICE,
        /** A fixed-point price, "-" for 0 (none). */
        OPTIONAL_PRICE,
        /** An order's limit price, "MKT" for 0 (a market order). */
        MARKET_PRICE,
        /** A fixed-point quantity at the instrument's quantity scale. */
        QUANTITY,
        /** A double rounded for people by {@link DisplayNumber}. */
        NUMBER,
        /** A double with one decimal (an operator's reading of a 0..100 score). */
        TENTHS,
        /** Fixed-point money at the record's scale. */
        MONEY,
        /** Basis points as a percentage with a '%' sign ("3.1%"). */
        PERCENT,
        /** Epoch nanoseconds as a clock time ("23:59:00"). */
        CLOCK_TIME,
        /** Nothing but the label (a flag's word, shown by {@link #when}). */
        LABEL_ONLY
    }

    /**
     * @param field the field shown in the text style of its display.
     * @param label the literal text before it.
     * @return the item.
     */
    static TextItem item(final RecordField field, final String label)
    {
        return new TextItem(field, label, null, 0, null);
    }

    /**
     * @param textStyle how the value is shown instead of its display's default.
     * @return this item shown that way.
     */
    TextItem as(final Style textStyle)
    {
        return new TextItem(field, label, textStyle, pad, when);
    }

    /**
     * @param width the column the value is left-aligned in.
     * @return this item padded to it.
     */
    TextItem pad(final int width)
    {
        return new TextItem(field, label, style, width, when);
    }

    /**
     * @param gate the field that must be non-zero.
     * @return this item shown only then.
     */
    TextItem when(final RecordField gate)
    {
        return new TextItem(field, label, style, pad, gate);
    }

    /**
     * @return this item shown only when its own field is non-zero.
     */
    TextItem whenSet()
    {
        return when(field);
    }

    /**
     * @return the style the value is shown in: the explicit one, else the default for the field's display.
     */
    Style textStyle()
    {
        if (style != null)
        {
            return style;
        }
        return switch (field.display())
        {
            case INSTRUMENT -> Style.SYMBOL;
            case TIMEFRAME -> Style.TIMEFRAME;
            case CODE -> Style.CODE;
            case INTEGER, FLAG, SCALE -> Style.INTEGER;
            case PRICE -> Style.PRICE;
            case OPTIONAL_PRICE -> Style.OPTIONAL_PRICE;
            case QUANTITY -> Style.QUANTITY;
            case NUMBER -> Style.NUMBER;
            case MONEY -> Style.MONEY;
        };
    }
}
