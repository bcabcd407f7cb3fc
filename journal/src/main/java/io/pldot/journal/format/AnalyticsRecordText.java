package io.pldot.journal.format;

import io.pldot.journal.schema.AnalyticsCodes;
import io.pldot.journal.schema.IndicatorField;
import io.pldot.journal.schema.IndicatorSnapshotDescriptor;
import io.pldot.journal.schema.LevelEventDescriptor;
import io.pldot.journal.schema.PatternEventDescriptor;
import io.pldot.journal.schema.RecordType;
import org.agrona.DirectBuffer;

/**
 * The text lines of the analytics records (snapshot, pattern, zone and gap events) for
 * {@link RecordFormatter}. Undefined values are left out rather than printed as 0 or NaN; values
 * are rounded for people by {@link DisplayNumber} (the JSON lines keep the exact doubles).
 * Off the hot path; stateless.
 */
final class AnalyticsRecordText
{
    private AnalyticsRecordText()
    {
    }

    static void snapshot(final RecordFormatter f, final DirectBuffer b, final int o)
    {
        final StringBuilder sb = f.builder();
        f.symbolOf(IndicatorSnapshotDescriptor.INSTRUMENT_ID.get(b, o));
        sb.append(' ').append(String.format("%-4s",
            RecordFormatter.timeframeLabel(IndicatorSnapshotDescriptor.TIMEFRAME_SECONDS.get(b, o))));
        sb.append(" open=").append(f.clockTime(IndicatorSnapshotDescriptor.OPEN_TIME.get(b, o)));
        final String state = AnalyticsCodes.label(AnalyticsCodes.MarketState.class, IndicatorSnapshotDescriptor.STATE.get(b, o));
        if (state != null)
        {
            sb.append(" state=").append(state);
            final String trend = AnalyticsCodes.label(AnalyticsCodes.Direction.class, IndicatorSnapshotDescriptor.TREND.get(b, o));
            sb.append('(').append(trend == null ? "-" : trend).append(", ")
                .append(IndicatorSnapshotDescriptor.BARS_IN_STATE.get(b, o)).append(" bars)");
        }
        for (final IndicatorField field : IndicatorField.values())
        {
            if (IndicatorSnapshotDescriptor.has(b, o, field))
            {
                sb.append(' ').append(AnalyticsColumns.name(b, o, field)).append('=');
                DisplayNumber.append(sb, IndicatorSnapshotDescriptor.value(b, o, field));
            }
        }
        final String regime = AnalyticsCodes.label(AnalyticsCodes.Regime.class, IndicatorSnapshotDescriptor.REGIME.get(b, o));
        if (regime != null)
        {
            sb.append(" regime=").append(regime);
        }
        final String shape = AnalyticsCodes.label(
            AnalyticsCodes.ProfileShape.class, IndicatorSnapshotDescriptor.PROFILE_SHAPE.get(b, o));
        if (shape != null)
        {
            sb.append(" profile=").append(shape);
        }
        final String patterns = AnalyticsColumns.patterns(IndicatorSnapshotDescriptor.PATTERNS.get(b, o));
        if (!patterns.isEmpty())
        {
            sb.append(" patterns=").append(patterns);
        }
    }

    static void pattern(final RecordFormatter f, final DirectBuffer b, final int o)
    {
        final StringBuilder sb = f.builder();
        f.symbolOf(PatternEventDescriptor.INSTRUMENT_ID.get(b, o));
        sb.append(' ').append(String.format("%-4s",
            RecordFormatter.timeframeLabel(PatternEventDescriptor.TIMEFRAME_SECONDS.get(b, o))));
        sb.append(' ').append(orCode(AnalyticsCodes.label(AnalyticsCodes.Pattern.class, PatternEventDescriptor.PATTERN.get(b, o)),
            PatternEventDescriptor.PATTERN.get(b, o)));
        sb.append(' ').append(orCode(AnalyticsCodes.label(AnalyticsCodes.PatternPhase.class,
            PatternEventDescriptor.PHASE.get(b, o)), PatternEventDescriptor.PHASE.get(b, o)));
        sb.append(' ').append(orCode(AnalyticsCodes.label(AnalyticsCodes.Direction.class,
            PatternEventDescriptor.DIRECTION.get(b, o)), PatternEventDescriptor.DIRECTION.get(b, o)));
        sb.append(" from=").append(f.clockTime(PatternEventDescriptor.START_TIME.get(b, o)));
        if (PatternEventDescriptor.END_TIME.get(b, o) != 0)
        {
            sb.append(" to=").append(f.clockTime(PatternEventDescriptor.END_TIME.get(b, o)));
        }
        sb.append(" strength=");
        DisplayNumber.append(sb, PatternEventDescriptor.STRENGTH.get(b, o));
    }

    static void level(final RecordFormatter f, final RecordType type, final DirectBuffer b, final int o)
    {
        final StringBuilder sb = f.builder();
        final boolean zone = type == RecordType.ZONE_EVENT;
        f.symbolOf(LevelEventDescriptor.INSTRUMENT_ID.get(b, o));
        sb.append(' ').append(String.format("%-4s",
            RecordFormatter.timeframeLabel(LevelEventDescriptor.TIMEFRAME_SECONDS.get(b, o))));
        final int kind = LevelEventDescriptor.KIND.get(b, o);
        final int status = LevelEventDescriptor.STATUS.get(b, o);
        sb.append(' ').append(orCode(zone ? AnalyticsCodes.label(AnalyticsCodes.ZoneKind.class, kind) :
            AnalyticsCodes.label(AnalyticsCodes.GapDirection.class, kind), kind));
        sb.append(' ').append(orCode(zone ? AnalyticsCodes.label(AnalyticsCodes.ZoneStatus.class, status) :
            AnalyticsCodes.label(AnalyticsCodes.GapStatus.class, status), status));
        sb.append(" [");
        DisplayNumber.append(sb, LevelEventDescriptor.LOW.get(b, o));
        sb.append(", ");
        DisplayNumber.append(sb, LevelEventDescriptor.HIGH.get(b, o));
        sb.append("] since=").append(f.clockTime(LevelEventDescriptor.FIRST_SEEN.get(b, o)));
        if (zone)
        {
            sb.append(" tests=").append(LevelEventDescriptor.TEST_COUNT.get(b, o)).append(" strength=");
        }
        else
        {
            sb.append(" filled=");
        }
        DisplayNumber.append(sb, LevelEventDescriptor.STRENGTH.get(b, o));
    }

    private static String orCode(final String label, final int code)
    {
        return label == null ? "#" + code : label;
    }
}
