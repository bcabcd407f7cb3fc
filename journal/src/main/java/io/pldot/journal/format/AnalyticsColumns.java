package io.pldot.journal.format;

import io.pldot.journal.schema.AnalyticsCodes;
import io.pldot.journal.schema.IndicatorField;
import io.pldot.journal.schema.IndicatorSnapshotDescriptor;
import org.agrona.DirectBuffer;

/**
 * Column names and number rendering shared by the analytics text, JSON and CSV views, so a value
 * is called and printed the same way everywhere ({@code ema20}, shortest round-trip decimal; the
 * text and CSV views print it rounded by {@link DisplayNumber}). Stateless.
 */
public final class AnalyticsColumns
{
    private AnalyticsColumns()
    {
    }

    /**
     * @param b     buffer holding a snapshot.
     * @param o     its offset.
     * @param field a field.
     * @return the field's column name, EMA slots named by their period ("ema20").
     */
    public static String name(final DirectBuffer b, final int o, final IndicatorField field)
    {
        if (field.isEma())
        {
            return "ema" + IndicatorSnapshotDescriptor.emaPeriod(b, o, field.ordinal() - IndicatorField.EMA_0.ordinal());
        }
        return field.column();
    }

    /**
     * Appends a finite number as its shortest decimal that reads back to the same double, without
     * exponent for everyday magnitudes (JSON and CSV safe).
     *
     * @param sb    to append to.
     * @param value finite value.
     */
    public static void appendNumber(final StringBuilder sb, final double value)
    {
        if (value == Math.rint(value) && Math.abs(value) < 1e15)
        {
            sb.append((long)value);
            return;
        }
        final double magnitude = Math.abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e15)
        {
            sb.append(new java.math.BigDecimal(Double.toString(value)).toPlainString());
        }
        else
        {
            sb.append(value);
        }
    }

    /**
     * @param bits active-pattern bits of a snapshot.
     * @return the active patterns' names, comma-separated, or "" when none.
     */
    public static String patterns(final int bits)
    {
        final StringBuilder sb = new StringBuilder();
        final AnalyticsCodes.Pattern[] all = AnalyticsCodes.Pattern.values();
        for (int k = 0; k < all.length; k++)
        {
            if ((bits & (1 << k)) != 0)
            {
                sb.append(sb.length() == 0 ? "" : ",").append(all[k].name());
            }
        }
        return sb.toString();
    }
}
