package io.pldot.journal.format;

import io.pldot.journal.schema.AnalyticsCodes;
import io.pldot.journal.schema.IndicatorField;
import io.pldot.journal.schema.IndicatorSnapshotDescriptor;
import io.pldot.journal.schema.LevelEventDescriptor;
import io.pldot.journal.schema.PatternEventDescriptor;
import io.pldot.journal.schema.RecordType;
import org.agrona.DirectBuffer;

/**
 * The JSON members of the analytics records for {@link RecordFormatter}: a snapshot's defined
 * values under their column names ({@code pldot}, {@code ema20}, ...); an undefined value is
 * {@code null}, so every snapshot line has the same keys. Off the hot path; stateless.
 */
final class AnalyticsRecordJson
{
    private AnalyticsRecordJson()
    {
    }

    static void snapshot(final RecordFormatter f, final DirectBuffer b, final int o)
    {
        final StringBuilder sb = f.builder();
        final int seconds = IndicatorSnapshotDescriptor.timeframeSeconds(b, o);
        f.jsonSymbolOf(IndicatorSnapshotDescriptor.instrumentId(b, o));
        sb.append(",\"timeframe\":\"").append(RecordFormatter.timeframeLabel(seconds)).append('"');
        sb.append(",\"timeframeSeconds\":").append(seconds);
        sb.append(",\"openTime\":").append(IndicatorSnapshotDescriptor.openTime(b, o));
        label(sb, "state", AnalyticsCodes.label(AnalyticsCodes.MarketState.class, IndicatorSnapshotDescriptor.state(b, o)));
        label(sb, "previous_state",
            AnalyticsCodes.label(AnalyticsCodes.MarketState.class, IndicatorSnapshotDescriptor.previousState(b, o)));
        label(sb, "trend", AnalyticsCodes.label(AnalyticsCodes.Direction.class, IndicatorSnapshotDescriptor.trend(b, o)));
        label(sb, "slope_trend",
            AnalyticsCodes.label(AnalyticsCodes.Slope.class, IndicatorSnapshotDescriptor.slopeTrend(b, o)));
        sb.append(",\"bars_in_state\":").append(IndicatorSnapshotDescriptor.barsInState(b, o));
        for (final IndicatorField field : IndicatorField.values())
        {
            if (field.isEma() && IndicatorSnapshotDescriptor.emaPeriod(b, o, field.ordinal() -
                IndicatorField.EMA_0.ordinal()) == 0)
            {
                continue;
            }
            sb.append(",\"").append(AnalyticsColumns.name(b, o, field)).append("\":");
            if (IndicatorSnapshotDescriptor.has(b, o, field))
            {
                AnalyticsColumns.appendNumber(sb, IndicatorSnapshotDescriptor.value(b, o, field));
            }
            else
            {
                sb.append("null");
            }
        }
        label(sb, "regime", AnalyticsCodes.label(AnalyticsCodes.Regime.class, IndicatorSnapshotDescriptor.regime(b, o)));
        label(sb, "profile_shape",
            AnalyticsCodes.label(AnalyticsCodes.ProfileShape.class, IndicatorSnapshotDescriptor.profileShape(b, o)));
        sb.append(",\"patterns\":[");
        final String patterns = AnalyticsColumns.patterns(IndicatorSnapshotDescriptor.patterns(b, o));
        if (!patterns.isEmpty())
        {
            sb.append('"').append(patterns.replace(",", "\",\"")).append('"');
        }
        sb.append(']');
    }

    static void pattern(final RecordFormatter f, final DirectBuffer b, final int o)
    {
        final StringBuilder sb = f.builder();
        f.jsonSymbolOf(PatternEventDescriptor.instrumentId(b, o));
        sb.append(",\"timeframe\":\"").append(RecordFormatter.timeframeLabel(PatternEventDescriptor.timeframeSeconds(b, o)))
            .append('"');
        label(sb, "pattern", AnalyticsCodes.label(AnalyticsCodes.Pattern.class, PatternEventDescriptor.pattern(b, o)));
        label(sb, "phase", AnalyticsCodes.label(AnalyticsCodes.PatternPhase.class, PatternEventDescriptor.phase(b, o)));
        label(sb, "direction", AnalyticsCodes.label(AnalyticsCodes.Direction.class, PatternEventDescriptor.direction(b, o)));
        sb.append(",\"startTime\":").append(PatternEventDescriptor.startTime(b, o));
        sb.append(",\"endTime\":");
        if (PatternEventDescriptor.endTime(b, o) == 0)
        {
            sb.append("null");
        }
        else
        {
            sb.append(PatternEventDescriptor.endTime(b, o));
        }
        sb.append(",\"strength\":");
        AnalyticsColumns.appendNumber(sb, PatternEventDescriptor.strength(b, o));
    }

    static void level(final RecordFormatter f, final RecordType type, final DirectBuffer b, final int o)
    {
        final StringBuilder sb = f.builder();
        final boolean zone = type == RecordType.ZONE_EVENT;
        final int kind = LevelEventDescriptor.kind(b, o);
        final int status = LevelEventDescriptor.status(b, o);
        f.jsonSymbolOf(LevelEventDescriptor.instrumentId(b, o));
        sb.append(",\"timeframe\":\"").append(RecordFormatter.timeframeLabel(LevelEventDescriptor.timeframeSeconds(b, o)))
            .append('"');
        label(sb, "kind", zone ? AnalyticsCodes.label(AnalyticsCodes.ZoneKind.class, kind) :
            AnalyticsCodes.label(AnalyticsCodes.GapDirection.class, kind));
        label(sb, "status", zone ? AnalyticsCodes.label(AnalyticsCodes.ZoneStatus.class, status) :
            AnalyticsCodes.label(AnalyticsCodes.GapStatus.class, status));
        sb.append(",\"low\":");
        AnalyticsColumns.appendNumber(sb, LevelEventDescriptor.low(b, o));
        sb.append(",\"high\":");
        AnalyticsColumns.appendNumber(sb, LevelEventDescriptor.high(b, o));
        sb.append(",\"firstSeen\":").append(LevelEventDescriptor.firstSeen(b, o));
        sb.append(",\"lastTouched\":").append(LevelEventDescriptor.lastTouched(b, o));
        if (zone)
        {
            sb.append(",\"testCount\":").append(LevelEventDescriptor.testCount(b, o));
            sb.append(",\"strength\":");
        }
        else
        {
            sb.append(",\"filledFraction\":");
        }
        AnalyticsColumns.appendNumber(sb, LevelEventDescriptor.strength(b, o));
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
