package io.pldot.engine.analytics.drummond;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps every pattern event, for assertions (allocates: tests only).
 */
final class RecordingListener implements PatternListener
{
    /** One event; {@code end} is {@link PatternDetector#NO_TIME} for a start. */
    record Event(boolean started, PatternType type, TrendDirection direction, long start, long end, int strength)
    {
    }

    final List<Event> events = new ArrayList<>();

    @Override
    public void onPatternStarted(
        final PatternType type, final TrendDirection direction, final long startTime, final int strength)
    {
        events.add(new Event(true, type, direction, startTime, PatternDetector.NO_TIME, strength));
    }

    @Override
    public void onPatternEnded(
        final PatternType type,
        final TrendDirection direction,
        final long startTime,
        final long endTime,
        final int strength)
    {
        events.add(new Event(false, type, direction, startTime, endTime, strength));
    }

    List<Event> of(final PatternType type)
    {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    static Event started(
        final PatternType type, final TrendDirection direction, final int startBar, final int strength)
    {
        return new Event(true, type, direction, TestBars.time(startBar), PatternDetector.NO_TIME, strength);
    }

    static Event ended(
        final PatternType type,
        final TrendDirection direction,
        final int startBar,
        final int endBar,
        final int strength)
    {
        return new Event(false, type, direction, TestBars.time(startBar), TestBars.time(endBar), strength);
    }
}
