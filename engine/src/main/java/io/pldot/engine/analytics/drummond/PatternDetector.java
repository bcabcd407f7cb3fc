package io.pldot.engine.analytics.drummond;

/**
 * Incremental detection of the five DGAS (docs/references.md) Drummond patterns, one update per bar, with start and
 * end events sent to a {@link PatternListener} (no event objects) and the latest instance of each
 * type readable through getters and bit masks.
 *
 * <h2>Definitions (README "Analytics" with the DGAS parameters)</h2>
 * "PLdot" is the PLdot including the bar ({@link PlDot#value()}); the side of a close is strict.
 * <ul>
 *   <li>{@link PatternType#PLDOT_PUSH}: a run of bars whose close side (+1/-1) equals the sign of
 *       the PLdot slope; starts when the run reaches 3 bars, ends on the first bar that breaks it
 *       (or flips it: the flipping bar begins a new run). Direction: the run's side. No slope
 *       (first PLdot) means sign 0, which breaks a run.</li>
 *   <li>{@link PatternType#PLDOT_REFRESH}: closes farther from PLdot than 0.1 + the population
 *       std of the last 5 PLdots (just 0.1 until 5 PLdots exist), on one side, for 2 to 4 bars,
 *       the largest distance at least 0.05, then a close back within that tolerance. A far close
 *       on the other side restarts the count. Direction opposite to the excursion; start = first
 *       far bar, end = the returning bar, strength = far bars + 1. Recognised only when complete,
 *       so it starts and ends on the same update.</li>
 *   <li>{@link PatternType#EXHAUST}: closes beyond the envelope by at least 2.0 x width (each such
 *       bar extends the run; one on the other side restarts it), then within 3 bars after the
 *       last of them a close back inside the envelope, provided the run had at least 2 bars and
 *       the close is at least 0.4 x width back from the run's extreme close. After 3 bars without
 *       that, or on a zero-width envelope, the run is dropped. Direction opposite to the run;
 *       start = first run bar, end = the re-entry bar, strength = run bars. Starts and ends on
 *       the same update. (DGAS's newer code also checks that the PLdot slope fades at re-entry;
 *       README "Analytics" lists no such filter, so it is not applied.)</li>
 *   <li>{@link PatternType#C_WAVE}: envelope position &gt;= 0.9 (UP) or &lt;= 0.1 (DOWN) for 3 or
 *       more bars; a bar at the other extreme ends it and begins a new run.</li>
 *   <li>{@link PatternType#CONGESTION_OSCILLATION}: positions within 0.2..0.8 for 4 or more bars,
 *       each moving back toward the middle: (position - previous bar's position) x (previous
 *       position in the run - 0.5) &lt;= 0, the first bar of a run always qualifying (DGAS's
 *       rule). A bar that breaks the alternation ends the pattern and begins a new run.
 *       Direction NEUTRAL.</li>
 * </ul>
 * Envelope patterns look only at bars that have an envelope. DGAS strength (bars in the pattern)
 * is reported; while a pattern is active its strength and end time grow with each bar.
 *
 * <h2>Edge cases</h2>
 * Times are whatever the caller passes (the analyzer passes the bar's open time); gaps in time
 * are ignored. Counts saturate instead of overflowing. Flat prices: every close is on PLdot and
 * at position 0.5 of a zero-width envelope, so only a congestion oscillation can form (and does).
 * <p>
 * Owned by one thread, not thread-safe. No allocation after construction; state about 560 bytes.
 */
public final class PatternDetector
{
    /** Time reported before a pattern type has ever occurred. */
    public static final long NO_TIME = Long.MIN_VALUE;

    static final int PUSH_MIN_BARS = 3;
    static final double REFRESH_BASE_TOLERANCE = 0.1;
    static final double REFRESH_MIN_EXTENSION = 0.05;
    static final int REFRESH_MIN_FAR_BARS = 2;
    static final int REFRESH_MAX_FAR_BARS = 4;
    static final double EXHAUST_EXTENSION = 2.0;
    static final int EXHAUST_MIN_BARS = 2;
    static final int EXHAUST_MAX_RECOVERY_BARS = 3;
    static final double EXHAUST_MIN_REVERSION = 0.4;
    static final int C_WAVE_MIN_BARS = 3;
    static final double C_WAVE_UPPER = 0.9;
    static final double C_WAVE_LOWER = 0.1;
    static final int OSCILLATION_MIN_BARS = 4;
    static final double OSCILLATION_LOW = 0.2;
    static final double OSCILLATION_HIGH = 0.8;

    private static final int TYPES = PatternType.values().length;
    private static final int PUSH = PatternType.PLDOT_PUSH.ordinal();
    private static final int REFRESH = PatternType.PLDOT_REFRESH.ordinal();
    private static final int EXHAUST = PatternType.EXHAUST.ordinal();
    private static final int C_WAVE = PatternType.C_WAVE.ordinal();
    private static final int OSCILLATION = PatternType.CONGESTION_OSCILLATION.ordinal();

    // Latest instance of each type (active, or the last one ended).
    private final boolean[] active = new boolean[TYPES];
    private final boolean[] occurred = new boolean[TYPES];
    private final TrendDirection[] direction = new TrendDirection[TYPES];
    private final long[] startTime = new long[TYPES];
    private final long[] endTime = new long[TYPES];
    private final int[] strength = new int[TYPES];
    private int activeMask;
    private int startedMask;
    private int endedMask;

    // Runs being tracked, for the run-based types (push, c-wave, oscillation): length, side, start.
    private final int[] runLength = new int[TYPES];
    private final int[] runSide = new int[TYPES];
    private final long[] runStart = new long[TYPES];
    private final long[] runLast = new long[TYPES];

    private int refreshFar;
    private int refreshSide;
    private double refreshMaxDiff;
    private long refreshStart;

    private int exhaustBars;
    private int exhaustSide;
    private int exhaustRecovery;
    private double exhaustExtreme;
    private long exhaustStart;

    private double lastPosition = Double.NaN;
    private double lastRunPosition = Double.NaN;

    /**
     * Creates a detector with no pattern yet.
     */
    public PatternDetector()
    {
        for (int i = 0; i < TYPES; i++)
        {
            direction[i] = TrendDirection.NEUTRAL;
            startTime[i] = NO_TIME;
            endTime[i] = NO_TIME;
        }
    }

    /**
     * Looks at the next bar; call after the PLdot and the envelope were updated with it. Does
     * nothing before the first PLdot.
     *
     * @param time     of the bar (the analyzer passes its open time).
     * @param close    of the bar.
     * @param pldot    updated with the bar.
     * @param envelope updated with the bar.
     * @param listener receives the events of this bar, in {@link PatternType} order.
     */
    public void update(
        final long time, final double close, final PlDot pldot, final Envelope envelope, final PatternListener listener)
    {
        startedMask = 0;
        endedMask = 0;
        if (!pldot.hasValue())
        {
            return;
        }
        push(time, close, pldot, listener);
        refresh(time, close, pldot, listener);
        if (envelope.hasValue())
        {
            exhaust(time, close, envelope, listener);
            cWave(time, envelope.position(), listener);
            oscillation(time, envelope.position(), listener);
        }
    }

    /**
     * @param type of pattern.
     * @return true while a pattern of that type is in progress (never for refresh and exhaust,
     * which start and end on one update).
     */
    public boolean isActive(final PatternType type)
    {
        return active[type.ordinal()];
    }

    /**
     * @param type of pattern.
     * @return true once a pattern of that type has started.
     */
    public boolean hasOccurred(final PatternType type)
    {
        return occurred[type.ordinal()];
    }

    /**
     * @param type of pattern.
     * @return direction of the active or latest pattern of that type (NEUTRAL if none).
     */
    public TrendDirection direction(final PatternType type)
    {
        return direction[type.ordinal()];
    }

    /**
     * @param type of pattern.
     * @return time of the first bar of the active or latest pattern, or {@link #NO_TIME}.
     */
    public long startTime(final PatternType type)
    {
        return startTime[type.ordinal()];
    }

    /**
     * @param type of pattern.
     * @return time of the last bar so far of the active or latest pattern, or {@link #NO_TIME}.
     */
    public long endTime(final PatternType type)
    {
        return endTime[type.ordinal()];
    }

    /**
     * @param type of pattern.
     * @return bars of the active or latest pattern, 0 if none.
     */
    public int strength(final PatternType type)
    {
        return strength[type.ordinal()];
    }

    /**
     * @return bit set ({@link PatternType#mask()}) of the types active after the latest update.
     */
    public int activeMask()
    {
        // Kept in step with active[] where that changes (the snapshot asks on every bar).
        return activeMask;
    }

    /**
     * @return bit set of the types that started on the latest update.
     */
    public int startedMask()
    {
        return startedMask;
    }

    /**
     * @return bit set of the types that ended on the latest update.
     */
    public int endedMask()
    {
        return endedMask;
    }

    private void push(final long time, final double close, final PlDot pldot, final PatternListener listener)
    {
        final double value = pldot.value();
        final int side = close > value ? 1 : close < value ? -1 : 0;
        final double slope = pldot.slope();
        final int slopeSign = slope > 0 ? 1 : slope < 0 ? -1 : 0;
        runStep(PUSH, side != 0 && side == slopeSign ? side : 0, PUSH_MIN_BARS, time, listener);
    }

    private void cWave(final long time, final double position, final PatternListener listener)
    {
        final int side = position >= C_WAVE_UPPER ? 1 : position <= C_WAVE_LOWER ? -1 : 0;
        runStep(C_WAVE, side, C_WAVE_MIN_BARS, time, listener);
    }

    private void oscillation(final long time, final double position, final PatternListener listener)
    {
        if (position >= OSCILLATION_LOW && position <= OSCILLATION_HIGH)
        {
            final double previousInRun = runLength[OSCILLATION] > 0 ? lastRunPosition : 0.5;
            final boolean alternates =
                Double.isNaN(lastPosition) || (position - lastPosition) * (previousInRun - 0.5) <= 0;
            // A qualifying bar extends the run (side 1); one that breaks the alternation ends the
            // run (side 0) and, being in the middle band, starts the next one.
            if (!alternates)
            {
                runStep(OSCILLATION, 0, OSCILLATION_MIN_BARS, time, listener);
            }
            runStep(OSCILLATION, 1, OSCILLATION_MIN_BARS, time, listener);
            lastRunPosition = position;
        }
        else
        {
            runStep(OSCILLATION, 0, OSCILLATION_MIN_BARS, time, listener);
        }
        lastPosition = position;
    }

    /**
     * One bar of a run-based pattern.
     *
     * @param side      +1/-1 when the bar qualifies on that side, 0 when it breaks the run
     *                  (oscillation runs use +1: they have no side, their direction is NEUTRAL).
     * @param minBars   bars for the pattern to start.
     */
    private void runStep(
        final int type,
        final int side,
        final int minBars,
        final long time,
        final PatternListener listener)
    {
        if (side == 0 || (runLength[type] > 0 && side != runSide[type]))
        {
            endRun(type, listener);
        }
        if (side == 0)
        {
            return;
        }
        if (runLength[type] == 0)
        {
            runStart[type] = time;
            runSide[type] = side;
        }
        if (runLength[type] < Integer.MAX_VALUE)
        {
            runLength[type]++;
        }
        runLast[type] = time;
        if (runLength[type] == minBars)
        {
            start(type, side, minBars, listener);
        }
        if (active[type])
        {
            endTime[type] = time;
            strength[type] = runLength[type];
        }
    }

    /**
     * A run reached its pattern's length: the pattern starts. Rare, so kept out of
     * {@link #runStep}, which then stays small enough for the JIT to inline at its call sites
     * (with the listener's record writing inlined here it compiled to 14.5 KB and was called).
     */
    private void start(final int type, final int side, final int minBars, final PatternListener listener)
    {
        // The direction is needed only here, once per pattern: not worked out on every bar.
        final TrendDirection sideDir = type == OSCILLATION ? TrendDirection.NEUTRAL : TrendDirection.ofSign(side);
        active[type] = true;
        activeMask |= 1 << type;
        occurred[type] = true;
        direction[type] = sideDir;
        startTime[type] = runStart[type];
        startedMask |= 1 << type;
        listener.onPatternStarted(PatternType.of(type), sideDir, runStart[type], minBars);
    }

    private void endRun(final int type, final PatternListener listener)
    {
        if (active[type])
        {
            end(type, listener);
        }
        runLength[type] = 0;
        runSide[type] = 0;
    }

    /** An active pattern's run broke: the pattern ends. Rare; kept out of line as {@link #start}. */
    private void end(final int type, final PatternListener listener)
    {
        active[type] = false;
        activeMask &= ~(1 << type);
        endedMask |= 1 << type;
        listener.onPatternEnded(PatternType.of(type), direction[type], startTime[type], endTime[type], strength[type]);
    }

    private void refresh(final long time, final double close, final PlDot pldot, final PatternListener listener)
    {
        final double value = pldot.value();
        double tolerance = REFRESH_BASE_TOLERANCE;
        if (pldot.valueCount() >= PlDot.HISTORY)
        {
            tolerance += populationStd5(pldot);
        }
        final double diff = Math.abs(close - value);
        final int side = close > value ? 1 : close < value ? -1 : 0;
        if (diff > tolerance && side != 0)
        {
            if (refreshFar > 0 && side != refreshSide)
            {
                refreshFar = 0;
                refreshMaxDiff = 0;
            }
            if (refreshFar == 0)
            {
                refreshStart = time;
            }
            if (refreshFar <= REFRESH_MAX_FAR_BARS)
            {
                refreshFar++;
            }
            refreshSide = side;
            refreshMaxDiff = Math.max(refreshMaxDiff, diff);
            return;
        }
        if (refreshFar >= REFRESH_MIN_FAR_BARS && refreshFar <= REFRESH_MAX_FAR_BARS
            && refreshMaxDiff >= REFRESH_MIN_EXTENSION)
        {
            complete(REFRESH, TrendDirection.ofSign(-refreshSide), refreshStart, time, refreshFar + 1, listener);
        }
        refreshFar = 0;
        refreshSide = 0;
        refreshMaxDiff = 0;
    }

    private void exhaust(final long time, final double close, final Envelope envelope, final PatternListener listener)
    {
        final double width = envelope.width();
        if (!(width > 0))
        {
            resetExhaust();
            return;
        }
        final double upper = envelope.upper();
        final double lower = envelope.lower();
        int side = 0;
        double extension = 0;
        if (close > upper)
        {
            side = 1;
            extension = (close - upper) / width;
        }
        else if (close < lower)
        {
            side = -1;
            extension = (lower - close) / width;
        }
        if (side != 0 && extension >= EXHAUST_EXTENSION)
        {
            if (exhaustSide != 0 && exhaustSide != side)
            {
                exhaustBars = 0;
            }
            if (exhaustBars == 0)
            {
                exhaustStart = time;
                exhaustExtreme = close;
            }
            else
            {
                exhaustExtreme = side > 0 ? Math.max(exhaustExtreme, close) : Math.min(exhaustExtreme, close);
            }
            if (exhaustBars < Integer.MAX_VALUE)
            {
                exhaustBars++;
            }
            exhaustSide = side;
            exhaustRecovery = 0;
            return;
        }
        if (exhaustSide == 0)
        {
            resetExhaust();
            return;
        }
        exhaustRecovery++;
        final boolean inside = exhaustSide > 0 ? close <= upper : close >= lower;
        final double reversion = (exhaustSide > 0 ? exhaustExtreme - close : close - exhaustExtreme) / width;
        if (inside && exhaustBars >= EXHAUST_MIN_BARS && exhaustRecovery <= EXHAUST_MAX_RECOVERY_BARS
            && reversion >= EXHAUST_MIN_REVERSION)
        {
            complete(EXHAUST, TrendDirection.ofSign(-exhaustSide), exhaustStart, time, exhaustBars, listener);
            resetExhaust();
        }
        else if (exhaustRecovery > EXHAUST_MAX_RECOVERY_BARS)
        {
            resetExhaust();
        }
    }

    private void resetExhaust()
    {
        exhaustBars = 0;
        exhaustSide = 0;
        exhaustRecovery = 0;
    }

    private void complete(
        final int type,
        final TrendDirection dir,
        final long start,
        final long end,
        final int bars,
        final PatternListener listener)
    {
        occurred[type] = true;
        direction[type] = dir;
        startTime[type] = start;
        endTime[type] = end;
        strength[type] = bars;
        startedMask |= 1 << type;
        endedMask |= 1 << type;
        final PatternType patternType = PatternType.of(type);
        listener.onPatternStarted(patternType, dir, start, bars);
        listener.onPatternEnded(patternType, dir, start, end, bars);
    }

    /**
     * Population std of the last 5 PLdots, mean anchored at the oldest (0 exactly when equal).
     */
    static double populationStd5(final PlDot pldot)
    {
        final double first = pldot.valueAgo(4);
        double sum = 0;
        for (int ago = 3; ago >= 0; ago--)
        {
            sum += pldot.valueAgo(ago) - first;
        }
        final double mean = first + sum / 5.0;
        double squares = 0;
        for (int ago = 4; ago >= 0; ago--)
        {
            final double d = pldot.valueAgo(ago) - mean;
            squares += d * d;
        }
        return Math.sqrt(squares / 5.0);
    }
}
