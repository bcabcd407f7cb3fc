package io.pldot.journal.format;

import io.pldot.journal.schema.AnalyticsCodes;
import io.pldot.journal.schema.SignalDescriptor;
import io.pldot.journal.schema.TradingCodes;
import org.agrona.DirectBuffer;

/**
 * JSON fields of the trading records (signals, orders, fills, positions, risk), appended to the
 * formatter's object: prices and quantities as exact decimal strings, codes as names, undefined
 * as null. Not thread-safe: uses the formatter's builder.
 */
final class TradingRecordJson
{
    private TradingRecordJson()
    {
    }

    static void signal(final RecordFormatter f, final DirectBuffer b, final int o)
    {
        final StringBuilder sb = f.builder();
        final int id = SignalDescriptor.instrumentId(b, o);
        f.jsonSymbolOf(id);
        sb.append(",\"timeframe\":\"").append(RecordFormatter.timeframeLabel(SignalDescriptor.timeframeSeconds(b, o))).append('"');
        label(sb, "signal", AnalyticsCodes.label(TradingCodes.SignalType.class, SignalDescriptor.type(b, o)));
        sb.append(",\"strategy\":").append(SignalDescriptor.strategy(b, o));
        sb.append(",\"entry\":");
        f.jsonPriceOf(id, SignalDescriptor.entryPrice(b, o));
        sb.append(",\"stop\":");
        optionalPrice(f, id, SignalDescriptor.stopPrice(b, o));
        sb.append(",\"target\":");
        optionalPrice(f, id, SignalDescriptor.targetPrice(b, o));
        number(sb, "confidence", SignalDescriptor.confidence(b, o));
        number(sb, "strength", SignalDescriptor.strength(b, o));
        number(sb, "alignment", SignalDescriptor.alignment(b, o));
        number(sb, "confluence", SignalDescriptor.confluence(b, o));
        label(sb, "riskLevel", AnalyticsCodes.label(TradingCodes.RiskLevel.class, SignalDescriptor.riskLevel(b, o)));
        sb.append(",\"rank\":").append(SignalDescriptor.rank(b, o));
        label(sb, "higherDirection", AnalyticsCodes.label(AnalyticsCodes.Direction.class, SignalDescriptor.higherDirection(b, o)));
        label(sb, "tradingDirection", AnalyticsCodes.label(AnalyticsCodes.Direction.class, SignalDescriptor.tradingDirection(b, o)));
        label(sb, "state", AnalyticsCodes.label(AnalyticsCodes.MarketState.class, SignalDescriptor.state(b, o)));
        label(sb, "pattern", AnalyticsCodes.label(AnalyticsCodes.Pattern.class, SignalDescriptor.pattern(b, o)));
        sb.append(",\"barTime\":").append(SignalDescriptor.barTime(b, o));
    }

    private static void optionalPrice(final RecordFormatter f, final int id, final long value)
    {
        if (value == 0)
        {
            f.builder().append("null");
        }
        else
        {
            f.jsonPriceOf(id, value);
        }
    }

    private static void number(final StringBuilder sb, final String key, final double value)
    {
        sb.append(",\"").append(key).append("\":");
        AnalyticsColumns.appendNumber(sb, value);
    }

    private static void label(final StringBuilder sb, final String key, final String value)
    {
        sb.append(",\"").append(key).append("\":");
        if (value == null)
        {
            sb.append("null");
        }
        else
        {
            sb.append('"').append(value).append('"');
        }
    }
}
