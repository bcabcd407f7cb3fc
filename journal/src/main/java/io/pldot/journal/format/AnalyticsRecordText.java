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
        f.symbolOf(IndicatorSnapshotDescriptor.instrumentId(b, o));
        sb.append(' ').append(String.format("%-4s",
            RecordFormatter.timeframeLabel(IndicatorSnapshotDescriptor.timeframeSeconds(b, o))));
        sb.append(" open=").append(f.clockTime(IndicatorSnapshotDescriptor.openTime(b, o)));
        final String state = AnalyticsCodes.label(AnalyticsCodes.MarketState.class, IndicatorSnapshotDescriptor.state(b, o));
        if (state != null)
        {
            sb.append(" state=").append(state);
            final String trend = AnalyticsCodes.label(AnalyticsCodes.Direction.class, IndicatorSnapshotDescriptor.trend(b, o));
            sb.append('(').append(trend == null ? "-" : trend).append(", ")
                .append(IndicatorSnapshotDescriptor.barsInState(b, o)).append(" bars)");
        }
        for (final IndicatorField field : IndicatorField.values())
        {
            if (IndicatorSnapshotDescriptor.has(b, o, field))
            {
                sb.append(' ').append(AnalyticsColumns.name(b, o, field)).append('=');
                DisplayNumber.append(sb, IndicatorSnapshotDescriptor.value(b, o, field));
            }
        }
        final String regime = AnalyticsCodes.label(AnalyticsCodes.Regime.class, IndicatorSnapshotDescriptor.regime(b, o));
        if (regime != null)
        {
            sb.append(" regime=").append(regime);
        }
        final String shape = AnalyticsCodes.label(
            AnalyticsCodes.ProfileShape.class, IndicatorSnapshotDescriptor.profileShape(b, o));
        if (shape != null)
        {
            sb.append(" profile=").append(shape);
        }
        final String patterns = AnalyticsColumns.patterns(IndicatorSnapshotDescriptor.patterns(b, o));
        if (!patterns.isEmpty())
        {
            sb.append(" patterns=").append(patterns);
        }
    }

    static void pattern(final RecordFormatter f, final DirectBuffer b, final int o)
    {
        final StringBuilder sb = f.builder();
        f.symbolOf(PatternEventDescriptor.instrumentId(b, o));
        sb.append(' ').append(String.format("%-4s",
            RecordFormatter.timeframeLabel(PatternEventDescriptor.timeframeSeconds(b, o))));
        sb.append(' ').append(orCode(AnalyticsCodes.label(AnalyticsCodes.Pattern.class, PatternEventDescriptor.pattern(b, o)),
            PatternEventDescriptor.pattern(b, o)));
        sb.append(' ').append(orCode(AnalyticsCodes.label(AnalyticsCodes.PatternPhase.class,
            PatternEventDescriptor.phase(b, o)), PatternEventDescriptor.phase(b, o)));
        sb.append(' ').append(orCode(AnalyticsCodes.label(AnalyticsCodes.Direction.class,
            PatternEventDescriptor.direction(b, o)), PatternEventDescriptor.direction(b, o)));
        sb.append(" from=").append(f.clockTime(PatternEventDescriptor.startTime(b, o)));
        if (PatternEventDescriptor.endTime(b, o) != 0)
        {
            sb.append(" to=").append(f.clockTime(PatternEventDescriptor.endTime(b, o)));
        }
        sb.append(" strength=");
        DisplayNumber.append(sb, PatternEventDescriptor.strength(b, o));
    }

    static void level(final RecordFormatter f, final RecordType type, final DirectBuffer b, final int o)
    {
        final StringBuilder sb = f.builder();
        final boolean zone = type == RecordType.ZONE_EVENT;
        f.symbolOf(LevelEventDescriptor.instrumentId(b, o));
        sb.append(' ').append(String.format("%-4s",
            RecordFormatter.timeframeLabel(LevelEventDescriptor.timeframeSeconds(b, o))));
        final int kind = LevelEventDescriptor.kind(b, o);
        final int status = LevelEventDescriptor.status(b, o);
        sb.append(' ').append(orCode(zone ? AnalyticsCodes.label(AnalyticsCodes.ZoneKind.class, kind) :
            AnalyticsCodes.label(AnalyticsCodes.GapDirection.class, kind), kind));
        sb.append(' ').append(orCode(zone ? AnalyticsCodes.label(AnalyticsCodes.ZoneStatus.class, status) :
            AnalyticsCodes.label(AnalyticsCodes.GapStatus.class, status), status));
        sb.append(" [");
        DisplayNumber.append(sb, LevelEventDescriptor.low(b, o));
        sb.append(", ");
        DisplayNumber.append(sb, LevelEventDescriptor.high(b, o));
        sb.append("] since=").append(f.clockTime(LevelEventDescriptor.firstSeen(b, o)));
        if (zone)
        {
            sb.append(" tests=").append(LevelEventDescriptor.testCount(b, o)).append(" strength=");
        }
        else
        {
            sb.append(" filled=");
        }
        DisplayNumber.append(sb, LevelEventDescriptor.strength(b, o));
    }

    private static String orCode(final String label, final int code)
    {
        return label == null ? "#" + code : label;
    }
}
