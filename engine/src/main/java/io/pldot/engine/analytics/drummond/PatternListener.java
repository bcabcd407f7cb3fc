package io.pldot.engine.analytics.drummond;

/**
 * Receives pattern events from {@link DrummondAnalyzer#update} (and {@link PatternDetector}),
 * synchronously on the updating thread, with primitive and enum arguments only, so no event
 * object is allocated.
 * <p>
 * Within one update, events come in {@link PatternType} order, and for one type an end comes
 * before a start (a push that flips direction ends one pattern and may start another later).
 * Patterns that are only recognisable once complete ({@link PatternType#PLDOT_REFRESH},
 * {@link PatternType#EXHAUST}) start and end on the same update. Times are the
 * {@link io.pldot.engine.analytics.bar.Bar#openTime() open times} of the first and last bar of the
 * pattern.
 */
public interface PatternListener
{
    /** A listener that ignores every event. */
    PatternListener NONE = new PatternListener()
    {
        @Override
        public void onPatternStarted(
            final PatternType type, final TrendDirection direction, final long startTime, final int strength)
        {
        }

        @Override
        public void onPatternEnded(
            final PatternType type,
            final TrendDirection direction,
            final long startTime,
            final long endTime,
            final int strength)
        {
        }
    };

    /**
     * A pattern has reached its minimum length (or completed, for refresh and exhaust).
     *
     * @param type      of the pattern.
     * @param direction expected by the pattern.
     * @param startTime open time of the pattern's first bar.
     * @param strength  bars in the pattern so far (DGAS (docs/references.md) strength).
     */
    void onPatternStarted(PatternType type, TrendDirection direction, long startTime, int strength);

    /**
     * A pattern has ended.
     *
     * @param type      of the pattern.
     * @param direction expected by the pattern.
     * @param startTime open time of the pattern's first bar.
     * @param endTime   open time of the pattern's last bar.
     * @param strength  bars in the pattern (DGAS strength).
     */
    void onPatternEnded(PatternType type, TrendDirection direction, long startTime, long endTime, int strength);
}
