package io.pldot.journal.format;

import io.pldot.journal.instrument.FixedPoint;
import io.pldot.journal.schema.RecordField;
import org.agrona.DirectBuffer;

/**
 * Human text of a record printed from its {@link TextLayout}: each item's label and its field's value in the
 * item's text style, the same fields the JSON prints from the {@link io.pldot.journal.schema.RecordFieldTable}.
 * Used for the trading records (signals, orders, fills, positions, risk, portfolio). Not thread-safe: uses the
 * formatter's builder.
 */
final class FieldTableText
{
    private FieldTableText()
    {
    }

    static void append(final RecordFormatter f, final TextLayout layout, final DirectBuffer b, final int o)
    {
        final RecordField instrument = layout.table().first(RecordField.Display.INSTRUMENT);
        final int id = instrument == null ? 0 : (int)instrument.readLong(b, o);
        final RecordField scale = layout.table().first(RecordField.Display.SCALE);
        final int moneyScale = scale == null ? 0 : (int)scale.readLong(b, o);
        final StringBuilder sb = f.builder();
        for (final TextItem item : layout.items())
        {
            if (item.when() != null && item.when().readLong(b, o) == 0)
            {
                continue;
            }
            final RecordField field = item.field();
            sb.append(item.label());
            switch (item.textStyle())
            {
                case SYMBOL -> f.symbolOf(id);
                case TIMEFRAME -> padded(sb, item, RecordFormatter.timeframeLabel((int)field.readLong(b, o)));
                case CODE ->
                {
                    final int code = (int)field.readLong(b, o);
                    final String label = field.label(code);
                    padded(sb, item, label == null ? "?" + code : label);
                }
                case CODE_OR_DASH ->
                {
                    final String label = field.label((int)field.readLong(b, o));
                    padded(sb, item, label == null ? "-" : label);
                }
                case INTEGER -> sb.append(field.readLong(b, o));
                case PRICE -> f.priceOf(id, field.readLong(b, o));
                case OPTIONAL_PRICE -> priceOr(f, id, field.readLong(b, o), "-");
                case MARKET_PRICE -> priceOr(f, id, field.readLong(b, o), "MKT");
                case QUANTITY -> f.quantityOf(id, field.readLong(b, o));
                case NUMBER -> DisplayNumber.append(sb, field.readDouble(b, o));
                // One decimal is what an operator reads; the JSON keeps the full double.
                case TENTHS -> AnalyticsColumns.appendNumber(sb, Math.round(field.readDouble(b, o) * 10) / 10.0);
                case MONEY -> FixedPoint.append(field.readLong(b, o), moneyScale, sb);
                case PERCENT -> FixedPoint.append(field.readLong(b, o), 2, sb).append('%');
                case CLOCK_TIME -> sb.append(f.clockTime(field.readLong(b, o)));
                case LABEL_ONLY ->
                {
                    // The label is the whole item.
                }
                default -> throw new IllegalStateException("unhandled " + item.textStyle());
            }
        }
    }

    private static void padded(final StringBuilder sb, final TextItem item, final String value)
    {
        sb.append(item.pad() == 0 ? value : String.format("%-" + item.pad() + "s", value));
    }

    private static void priceOr(final RecordFormatter f, final int id, final long value, final String none)
    {
        if (value == 0)
        {
            f.builder().append(none);
        }
        else
        {
            f.priceOf(id, value);
        }
    }
}
