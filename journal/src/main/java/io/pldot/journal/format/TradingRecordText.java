package io.pldot.journal.format;

import io.pldot.journal.schema.AnalyticsCodes;
import io.pldot.journal.schema.SignalDescriptor;
import io.pldot.journal.schema.TradingCodes;
import org.agrona.DirectBuffer;

/**
 * Human-readable text of the trading records (signals, orders, fills, positions, risk), appended
 * to the formatter's line. Not thread-safe: uses the formatter's builder.
 */
final class TradingRecordText
{
    private TradingRecordText()
    {
    }

    static void signal(final RecordFormatter f, final DirectBuffer b, final int o)
    {
        final StringBuilder sb = f.builder();
        final int id = SignalDescriptor.instrumentId(b, o);
        f.symbolOf(id);
        sb.append(' ').append(String.format("%-4s", RecordFormatter.timeframeLabel(SignalDescriptor.timeframeSeconds(b, o))));
        sb.append(' ').append(String.format("%-10s", orCode(
            AnalyticsCodes.label(TradingCodes.SignalType.class, SignalDescriptor.type(b, o)), SignalDescriptor.type(b, o))));
        sb.append(" entry=");
        f.priceOf(id, SignalDescriptor.entryPrice(b, o));
        sb.append(" stop=");
        optionalPrice(f, id, SignalDescriptor.stopPrice(b, o));
        sb.append(" target=");
        optionalPrice(f, id, SignalDescriptor.targetPrice(b, o));
        sb.append(" conf=");
        AnalyticsColumns.appendNumber(sb, SignalDescriptor.confidence(b, o));
        sb.append(" strength=");
        AnalyticsColumns.appendNumber(sb, SignalDescriptor.strength(b, o));
        sb.append(" risk=").append(orDash(AnalyticsCodes.label(TradingCodes.RiskLevel.class, SignalDescriptor.riskLevel(b, o))));
        sb.append(" rank=").append(SignalDescriptor.rank(b, o));
        sb.append(" strategy=").append(SignalDescriptor.strategy(b, o));
    }

    private static void optionalPrice(final RecordFormatter f, final int id, final long value)
    {
        if (value == 0)
        {
            f.builder().append('-');
        }
        else
        {
            f.priceOf(id, value);
        }
    }

    private static String orDash(final String label)
    {
        return label == null ? "-" : label;
    }

    private static String orCode(final String label, final int code)
    {
        return label == null ? "?" + code : label;
    }
}
