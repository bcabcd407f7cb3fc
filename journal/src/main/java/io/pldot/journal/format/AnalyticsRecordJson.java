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
        final int seconds = IndicatorSnapshotDescriptor.TIMEFRAME_SECONDS.get(b, o);
        f.jsonSymbolOf(IndicatorSnapshotDescriptor.INSTRUMENT_ID.get(b, o));
        sb.append(",\"timeframe\":\"").append(RecordFormatter.timeframeLabel(seconds)).append('"');
        sb.append(",\"timeframeSeconds\":").append(seconds);
        sb.append(",\"openTime\":").append(IndicatorSnapshotDescriptor.OPEN_TIME.get(b, o));
        label(sb, "state", AnalyticsCodes.label(AnalyticsCodes.MarketState.class, IndicatorSnapshotDescriptor.STATE.get(b, o)));
        label(sb, "previous_state",
            AnalyticsCodes.label(AnalyticsCodes.MarketState.class, IndicatorSnapshotDescriptor.PREVIOUS_STATE.get(b, o)));
        label(sb, "trend", AnalyticsCodes.label(AnalyticsCodes.Direction.class, IndicatorSnapshotDescriptor.TREND.get(b, o)));
        label(sb, "slope_trend",
            AnalyticsCodes.label(AnalyticsCodes.Slope.class, IndicatorSnapshotDescriptor.SLOPE_TREND.get(b, o)));
        sb.append(",\"bars_in_state\":").append(IndicatorSnapshotDescriptor.BARS_IN_STATE.get(b, o));
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
        label(sb, "regime", AnalyticsCodes.label(AnalyticsCodes.Regime.class, IndicatorSnapshotDescriptor.REGIME.get(b, o)));
        label(sb, "profile_shape",
            AnalyticsCodes.label(AnalyticsCodes.ProfileShape.class, IndicatorSnapshotDescriptor.PROFILE_SHAPE.get(b, o)));
        sb.append(",\"patterns\":[");
        final String patterns = AnalyticsColumns.patterns(IndicatorSnapshotDescriptor.PATTERNS.get(b, o));
        if (!patterns.isEmpty())
        {
            sb.append('"').append(patterns.replace(",", "\",\"")).append('"');
        }
        sb.append(']');
    }

    static void pattern(final RecordFormatter f, final DirectBuffer b, final int o)
    {
        final StringBuilder sb = f.builder();
        f.jsonSymbolOf(PatternEventDescriptor.INSTRUMENT_ID.get(b, o));
        sb.append(",\"timeframe\":\"").append(RecordFormatter.timeframeLabel(PatternEventDescriptor.TIMEFRAME_SECONDS.get(b, o)))
            .append('"');
        label(sb, "pattern", AnalyticsCodes.label(AnalyticsCodes.Pattern.class, PatternEventDescriptor.PATTERN.get(b, o)));
        label(sb, "phase", AnalyticsCodes.label(AnalyticsCodes.PatternPhase.class, PatternEventDescriptor.PHASE.get(b, o)));
        label(sb, "direction", AnalyticsCodes.label(AnalyticsCodes.Direction.class, PatternEventDescriptor.DIRECTION.get(b, o)));
        sb.append(",\"startTime\":").append(PatternEventDescriptor.START_TIME.get(b, o));
        sb.append(",\"endTime\":");
        if (PatternEventDescriptor.END_TIME.get(b, o) == 0)
        {
            sb.append("null");
        }
        else
        {
            sb.append(PatternEventDescriptor.END_TIME.get(b, o));
        }
        sb.append(",\"strength\":");
        AnalyticsColumns.appendNumber(sb, PatternEventDescriptor.STRENGTH.get(b, o));
    }

    static void level(final RecordFormatter f, final RecordType type, final DirectBuffer b, final int o)
    {
        final StringBuilder sb = f.builder();
        final boolean zone = type == RecordType.ZONE_EVENT;
        final int kind = LevelEventDescriptor.KIND.get(b, o);
        final int status = LevelEventDescriptor.STATUS.get(b, o);
        f.jsonSymbolOf(LevelEventDescriptor.INSTRUMENT_ID.get(b, o));
        sb.append(",\"timeframe\":\"").append(RecordFormatter.timeframeLabel(LevelEventDescriptor.TIMEFRAME_SECONDS.get(b, o)))
            .append('"');
        label(sb, "kind", zone ? AnalyticsCodes.label(AnalyticsCodes.ZoneKind.class, kind) :
            AnalyticsCodes.label(AnalyticsCodes.GapDirection.class, kind));
        label(sb, "status", zone ? AnalyticsCodes.label(AnalyticsCodes.ZoneStatus.class, status) :
            AnalyticsCodes.label(AnalyticsCodes.GapStatus.class, status));
        sb.append(",\"low\":");
        AnalyticsColumns.appendNumber(sb, LevelEventDescriptor.LOW.get(b, o));
        sb.append(",\"high\":");
        AnalyticsColumns.appendNumber(sb, LevelEventDescriptor.HIGH.get(b, o));
        sb.append(",\"firstSeen\":").append(LevelEventDescriptor.FIRST_SEEN.get(b, o));
        sb.append(",\"lastTouched\":").append(LevelEventDescriptor.LAST_TOUCHED.get(b, o));
        if (zone)
        {
            sb.append(",\"testCount\":").append(LevelEventDescriptor.TEST_COUNT.get(b, o));
            sb.append(",\"strength\":");
        }
        else
        {
            sb.append(",\"filledFraction\":");
        }
        AnalyticsColumns.appendNumber(sb, LevelEventDescriptor.STRENGTH.get(b, o));
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
