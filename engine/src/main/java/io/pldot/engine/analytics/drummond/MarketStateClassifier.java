package io.pldot.engine.analytics.drummond;

/**
 * Drummond market state per bar (DGAS (docs/references.md) {@code MarketStateClassifier}, the 3-bar rule), fed once
 * per bar that has a PLdot (from bar 3 on).
 *
 * <h2>Rules</h2>
 * Each bar's close is compared with the PLdot <em>that includes the bar</em>
 * ({@link PlDot#value()}, bars t-2..t), as DGAS does (it joins closes and PLdots on the PLdot's
 * own timestamp). Strictly: above is +1, below is -1, equal is 0 and counts as neither side.
 * With the last three sides, the previous state and the trend recorded at congestion entrance:
 * <ol>
 *   <li>Three +1 (or -1): if the previous state is TREND in that direction, TREND; if the previous
 *       state is CONGESTION_ENTRANCE or CONGESTION_ACTION, CONGESTION_EXIT when the run agrees with
 *       the trend recorded at the entrance (or, when none was recorded, the last trend),
 *       REVERSAL when it opposes it, TREND when there is no trend at all yet; otherwise (first
 *       bars, after an exit or a reversal) TREND. Direction: the run's side.</li>
 *   <li>No such run and previous state TREND: CONGESTION_ENTRANCE, direction of the last trend;
 *       the last trend is recorded as the trend at the entrance.</li>
 *   <li>No such run after CONGESTION_ENTRANCE or CONGESTION_ACTION (or fewer than three closes
 *       yet): CONGESTION_ACTION, direction of the recorded (else last, else no) trend.</li>
 *   <li>Otherwise (no run right after CONGESTION_EXIT or REVERSAL): CONGESTION_ACTION, NEUTRAL
 *       (DGAS's default branch; README "Analytics": entrance is the first bar after a TREND state).</li>
 * </ol>
 * The last trend is the direction of the latest TREND or REVERSAL; the recorded entrance trend is
 * cleared after a TREND or REVERSAL state (not after an exit), as in DGAS.
 *
 * <h2>Bars in state, previous state, confidence</h2>
 * Bars in state counts consecutive bars with the same state (1 on a change).
 * {@link #previousState()} is the state held before the current run started (null during the
 * first run); DGAS reports it only on the bar of the change, where the two agree.
 * Confidence = 0.5 + min(0.05 x bars in state, 0.3), + 0.2 for a TREND whose slope trend agrees
 * (UP rising, DOWN falling), + 0.15 for CONGESTION_ENTRANCE/ACTION with a horizontal slope,
 * + 0.1 when the last 3 closes are all above or all below (README "Analytics": "on one side"; DGAS also counted
 * three closes exactly on PLdot), at most 1.0.
 *
 * <h2>Edge cases</h2>
 * Before the first update every getter is undefined: enums null, confidence NaN, counts 0.
 * The first two classified bars (bars 3 and 4) are CONGESTION_ACTION, NEUTRAL (fewer than three
 * closes). The slope trend of the first PLdot bar is HORIZONTAL (no slope yet). Flat prices put
 * every close on PLdot: CONGESTION_ACTION forever, confidence up to 0.95.
 * <p>
 * Owned by one thread, not thread-safe. No allocation; state about 100 bytes.
 */
public final class MarketStateClassifier
{
    private final int[] sides = new int[3];
    private long updates;
    // The enums are kept as ordinals (NONE = not yet): a reference store into a long-lived object
    // costs a GC write barrier (on G1, a StoreLoad fence once the object is old), an int store
    // does not, and these change on every bar.
    private static final int NONE = -1;
    private static final MarketState[] STATES = MarketState.values();
    private static final TrendDirection[] DIRECTIONS = TrendDirection.values();
    private static final SlopeTrend[] SLOPES = SlopeTrend.values();
    private int state = NONE;
    private int previousState = NONE;
    private int direction = NONE;
    private int barsInState;
    private int slopeTrend = NONE;
    private double confidence = Double.NaN;
    private int lastTrend = TrendDirection.NEUTRAL.ordinal();
    private int trendAtEntrance = TrendDirection.NEUTRAL.ordinal();

    /**
     * Classifies the next bar.
     *
     * @param close of the bar.
     * @param pldot already updated with the bar; must have a value.
     */
    public void update(final double close, final PlDot pldot)
    {
        if (!pldot.hasValue())
        {
            throw new IllegalStateException("no PLdot yet");
        }
        update(close, pldot.value(), pldot.slopeTrend());
    }

    /**
     * Classifies the next bar.
     *
     * @param close      of the bar.
     * @param pldot      PLdot including the bar.
     * @param slopeTrend of the PLdot at this bar.
     */
    public void update(final double close, final double pldot, final SlopeTrend slopeTrend)
    {
        final int side = close > pldot ? 1 : close < pldot ? -1 : 0;
        sides[(int)(updates % 3)] = side;
        updates++;
        this.slopeTrend = slopeTrend.ordinal();

        final MarketState prior = state == NONE ? null : STATES[state];
        final TrendDirection last = DIRECTIONS[lastTrend];
        final TrendDirection atEntrance = DIRECTIONS[trendAtEntrance];
        final int run = run();
        final TrendDirection effective = atEntrance != TrendDirection.NEUTRAL ? atEntrance : last;
        final MarketState next;
        final TrendDirection nextDirection;
        if (run != 0)
        {
            final TrendDirection runDirection = TrendDirection.ofSign(run);
            nextDirection = runDirection;
            if (prior == MarketState.TREND && last == runDirection)
            {
                next = MarketState.TREND;
            }
            else if (prior == MarketState.CONGESTION_ACTION || prior == MarketState.CONGESTION_ENTRANCE)
            {
                next = effective == runDirection ? MarketState.CONGESTION_EXIT
                    : effective == TrendDirection.NEUTRAL ? MarketState.TREND : MarketState.REVERSAL;
            }
            else
            {
                next = MarketState.TREND;
            }
        }
        else if (prior == MarketState.TREND)
        {
            next = MarketState.CONGESTION_ENTRANCE;
            nextDirection = last;
        }
        else if (prior == null || prior == MarketState.CONGESTION_ENTRANCE || prior == MarketState.CONGESTION_ACTION)
        {
            next = MarketState.CONGESTION_ACTION;
            nextDirection = effective;
        }
        else
        {
            next = MarketState.CONGESTION_ACTION;
            nextDirection = TrendDirection.NEUTRAL;
        }

        if (next == prior)
        {
            barsInState++;
        }
        else
        {
            previousState = state;
            barsInState = 1;
        }
        if (next == MarketState.TREND || next == MarketState.REVERSAL)
        {
            lastTrend = nextDirection.ordinal();
        }
        if (next == MarketState.CONGESTION_ENTRANCE)
        {
            trendAtEntrance = lastTrend;
        }
        state = next.ordinal();
        direction = nextDirection.ordinal();
        confidence = confidence(next, nextDirection, barsInState, slopeTrend, run != 0);
        if (next == MarketState.TREND || next == MarketState.REVERSAL)
        {
            trendAtEntrance = TrendDirection.NEUTRAL.ordinal();
        }
    }

    /**
     * @return true after the first update.
     */
    public boolean hasState()
    {
        return state != NONE;
    }

    /**
     * @return state of the latest bar, or null before the first update.
     */
    public MarketState state()
    {
        return state == NONE ? null : STATES[state];
    }

    /**
     * @return state held before the current run of {@link #state()}, or null if there was none.
     */
    public MarketState previousState()
    {
        return previousState == NONE ? null : STATES[previousState];
    }

    /**
     * @return true when the latest bar changed the state ({@link #barsInState()} is 1).
     */
    public boolean stateChanged()
    {
        return barsInState == 1;
    }

    /**
     * @return direction of the latest state, or null before the first update.
     */
    public TrendDirection trendDirection()
    {
        return direction == NONE ? null : DIRECTIONS[direction];
    }

    /**
     * @return consecutive bars in {@link #state()}, 0 before the first update.
     */
    public int barsInState()
    {
        return barsInState;
    }

    /**
     * @return slope trend of the PLdot at the latest bar, or null before the first update.
     */
    public SlopeTrend slopeTrend()
    {
        return slopeTrend == NONE ? null : SLOPES[slopeTrend];
    }

    /**
     * @return confidence in the latest state, 0.5..1.0, or NaN before the first update.
     */
    public double confidence()
    {
        return confidence;
    }

    /**
     * @return side of the latest close against PLdot (+1 above, -1 below, 0 on it or no bar yet).
     */
    public int lastSide()
    {
        return updates == 0 ? 0 : sides[(int)((updates - 1) % 3)];
    }

    /**
     * @return direction of the trend recorded at the current congestion's entrance, NEUTRAL if none.
     */
    public TrendDirection trendAtCongestionEntrance()
    {
        return DIRECTIONS[trendAtEntrance];
    }

    private int run()
    {
        if (updates < 3)
        {
            return 0;
        }
        final int first = sides[0];
        return first != 0 && sides[1] == first && sides[2] == first ? first : 0;
    }

    private static double confidence(
        final MarketState state,
        final TrendDirection direction,
        final int barsInState,
        final SlopeTrend slopeTrend,
        final boolean oneSide)
    {
        double value = 0.5 + Math.min(0.05 * barsInState, 0.3);
        if (state == MarketState.TREND
            && ((direction == TrendDirection.UP && slopeTrend == SlopeTrend.UP)
            || (direction == TrendDirection.DOWN && slopeTrend == SlopeTrend.DOWN)))
        {
            value += 0.2;
        }
        if ((state == MarketState.CONGESTION_ACTION || state == MarketState.CONGESTION_ENTRANCE)
            && slopeTrend == SlopeTrend.HORIZONTAL)
        {
            value += 0.15;
        }
        if (oneSide)
        {
            value += 0.1;
        }
        return Math.min(value, 1.0);
    }
}
