package io.pldot.engine.cli;

import io.pldot.engine.app.ReplayResult;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Text summaries for people, shared by the replay and demo commands.
 */
final class Summaries
{
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    private Summaries()
    {
    }

    static String replay(final ReplayResult r, final String zone)
    {
        final DateTimeFormatter time = TIME.withZone(ZoneId.of(zone));
        final StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Replayed %,d inputs from %s (threading: %s)%n",
            r.inputs(), r.journal(), r.threading()));
        sb.append("  inputs       ").append(counts(r.inputsByType())).append('\n');
        if (r.inputs() > 0)
        {
            sb.append("  event time   ").append(time.format(instant(r.firstEventTime()))).append("  ->  ")
                .append(time.format(instant(r.lastEventTime()))).append('\n');
        }
        sb.append("  candles      ").append(r.candlesByTimeframe().isEmpty() ? "none" : counts(r.candlesByTimeframe()))
            .append('\n');
        final Map<String, Long> analytics = new java.util.LinkedHashMap<>();
        for (final String type : new String[] {"indicator-snapshot", "pattern-event", "zone-event", "gap-event"})
        {
            final Long count = r.outputsByType().get(type);
            if (count != null && count > 0)
            {
                analytics.put(type, count);
            }
        }
        sb.append("  analytics    ").append(analytics.isEmpty() ? "off" : counts(analytics)).append('\n');
        sb.append("  rejected     ").append(r.rejectsByReason().isEmpty() ? "none" : counts(r.rejectsByReason()))
            .append('\n');
        sb.append(String.format(Locale.ROOT, "  outputs      %,d records -> %s%n", r.outputs(), r.outputsPath()));
        sb.append(String.format(Locale.ROOT, "  throughput   %,d inputs/s (%,d ms)%n", r.inputsPerSecond(),
            r.elapsedMillis()));
        sb.append("  output hash  ").append(r.outputHash()).append('\n');
        if (r.recordedOutputHash() != null)
        {
            sb.append("  recorded     ").append(r.recordedOutputHash()).append(Boolean.TRUE.equals(r.reproduced()) ?
                "  (reproduced bit for bit)" : "  (DIFFERENT: this replay did not reproduce the recorded outputs)")
                .append('\n');
        }
        return sb.toString();
    }

    static String counts(final Map<String, Long> counts)
    {
        final StringBuilder sb = new StringBuilder();
        counts.forEach((k, v) ->
        {
            if (sb.length() > 0)
            {
                sb.append(", ");
            }
            sb.append(String.format(Locale.ROOT, "%s %,d", k, v));
        });
        return sb.toString();
    }

    private static Instant instant(final long epochNanos)
    {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L),
            Math.floorMod(epochNanos, 1_000_000_000L));
    }
}
