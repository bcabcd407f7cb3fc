package io.pldot.journal.format;

import io.pldot.journal.instrument.FixedPoint;
import io.pldot.journal.schema.RecordField;
import io.pldot.journal.schema.RecordFieldTable;
import org.agrona.DirectBuffer;

/**
 * JSON fields of a record printed from its {@link RecordFieldTable}, in the table's order: prices and
 * quantities as exact decimal strings at the instrument's scales, money at the record's own scale, codes as
 * names, undefined codes and absent optional prices as null. Used for the trading records (signals, orders,
 * fills, positions, risk, portfolio). Not thread-safe: uses the formatter's builder.
 */
final class FieldTableJson
{
    private FieldTableJson()
    {
    }

    static void append(final RecordFormatter f, final RecordFieldTable table, final DirectBuffer b, final int o)
    {
        final RecordField instrument = table.first(RecordField.Display.INSTRUMENT);
        final int id = instrument == null ? 0 : (int)instrument.readLong(b, o);
        final RecordField scale = table.first(RecordField.Display.SCALE);
        final int moneyScale = scale == null ? 0 : (int)scale.readLong(b, o);
        final StringBuilder sb = f.builder();
        for (final RecordField field : table.fields())
        {
            switch (field.display())
            {
                case INSTRUMENT -> f.jsonSymbolOf(id);
                case SCALE ->
                {
                    // Not shown: it is how the MONEY fields are read.
                }
                case TIMEFRAME -> key(sb, field).append('"')
                    .append(RecordFormatter.timeframeLabel((int)field.readLong(b, o))).append('"');
                case CODE ->
                {
                    final String label = field.label((int)field.readLong(b, o));
                    key(sb, field);
                    if (label == null)
                    {
                        sb.append("null");
                    }
                    else
                    {
                        sb.append('"').append(label).append('"');
                    }
                }
                case INTEGER -> key(sb, field).append(field.readLong(b, o));
                case FLAG -> key(sb, field).append(field.readLong(b, o) != 0);
                case PRICE ->
                {
                    key(sb, field);
                    f.jsonPriceOf(id, field.readLong(b, o));
                }
                case OPTIONAL_PRICE ->
                {
                    final long value = field.readLong(b, o);
                    key(sb, field);
                    if (value == 0)
                    {
                        sb.append("null");
                    }
                    else
                    {
                        f.jsonPriceOf(id, value);
                    }
                }
                case QUANTITY ->
                {
                    key(sb, field);
                    f.jsonQuantityOf(id, field.readLong(b, o));
                }
                case NUMBER -> AnalyticsColumns.appendNumber(key(sb, field), field.readDouble(b, o));
                case MONEY ->
                {
                    key(sb, field).append('"');
                    FixedPoint.append(field.readLong(b, o), moneyScale, sb);
                    sb.append('"');
                }
                default -> throw new IllegalStateException("unhandled " + field.display());
            }
        }
    }

    private static StringBuilder key(final StringBuilder sb, final RecordField field)
    {
        return sb.append(",\"").append(field.name()).append("\":");
    }
}
