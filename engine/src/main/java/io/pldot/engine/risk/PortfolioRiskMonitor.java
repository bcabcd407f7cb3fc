package io.pldot.engine.risk;

import io.pldot.journal.instrument.FixedPoint;

/**
 * Daily drawdown levels of the portfolio (OFS §8.3 (docs/references.md)): the drawdown is measured from the day's
 * highest equity (UTC day of the event time, so replays agree) to the current equity, in basis
 * points, and mapped to NORMAL / ALERT / WARNING / CRITICAL / CIRCUIT_BREAKER. The circuit breaker
 * is sticky: once it trips, new entries stay halted until the next UTC day, when the day's high
 * restarts at the current equity.
 * <p>
 * OFS's separate health score is folded into these levels: {@link #health()} is
 * {@code 100 x (1 - drawdown / circuitBreaker)}, clamped to 0..100, and the OFS health actions
 * (pause entries, tighten stops, close the worst positions) hang off the levels in the risk stage.
 * <p>
 * Owned by the risk stage's thread; not thread-safe. Does not allocate.
 */
public final class PortfolioRiskMonitor
{
    /** Level index: below the alert level. */
    public static final int NORMAL = 0;
    /** Level index: alert. */
    public static final int ALERT = 1;
    /** Level index: warning. */
    public static final int WARNING = 2;
    /** Level index: critical. */
    public static final int CRITICAL = 3;
    /** Level index: circuit breaker. */
    public static final int CIRCUIT_BREAKER = 4;

    private static final long NANOS_PER_DAY = 86_400_000_000_000L;
    private static final long NO_DAY = Long.MIN_VALUE;
    // Days whose [start, end) in epoch ns fits in a long; others are never cached (see cacheDay).
    private static final long FIRST_CACHED_DAY = Long.MIN_VALUE / NANOS_PER_DAY + 1;
    private static final long LAST_CACHED_DAY = Long.MAX_VALUE / NANOS_PER_DAY - 1;

    private final RiskSettings settings;
    private long day = NO_DAY;
    private long dayHigh;
    private long drawdownBps;
    private int level = NORMAL;
    private boolean halted;
    private boolean resumed;
    // The risk stage updates on every tick, and most ticks change neither the UTC day nor the equity
    // (flat, or a trade at the last price). The day is kept as its event-time range, so "same day" is
    // two compares, not a 64-bit division; and the same day with the same equity as the last update
    // leaves every field as it is (that update's result is a fixed point), so it returns at once.
    private long dayStart = Long.MAX_VALUE;
    private long dayEnd = Long.MIN_VALUE;
    private long lastEquity;

    /**
     * @param settings the drawdown levels.
     */
    public PortfolioRiskMonitor(final RiskSettings settings)
    {
        this.settings = settings;
    }

    /**
     * Follows the equity at one event time.
     *
     * @param tsEvent epoch ns.
     * @param equity  marked equity, cash scale.
     * @return the level before this update (compare with {@link #level()}); {@link #resumedNow()} tells
     *         whether a new day lifted a halt.
     */
    public int update(final long tsEvent, final long equity)
    {
        final int before = level;
        resumed = false;
        final boolean sameDay = tsEvent >= dayStart && tsEvent < dayEnd;
        if (sameDay && equity == lastEquity)
        {
            return before;
        }
        lastEquity = equity;
        if (!sameDay)
        {
            final long today = Math.floorDiv(tsEvent, NANOS_PER_DAY);
            if (today != day)
            {
                // A later day (or the first event) starts a new drawdown reference; event time never goes back
                // by a whole day in a valid journal, and if it did, restarting is the safe reading.
                resumed = halted && day != NO_DAY;
                day = today;
                dayHigh = equity;
                halted = false;
                level = NORMAL;
            }
            cacheDay(today);
        }
        if (equity > dayHigh)
        {
            dayHigh = equity;
        }
        drawdownBps = dayHigh <= 0 || equity >= dayHigh ? 0 :
            FixedPoint.mulDivFloor(dayHigh - Math.max(equity, 0), RiskSettings.BPS, dayHigh);
        if (halted)
        {
            return before;
        }
        level = levelOf(drawdownBps);
        if (level == CIRCUIT_BREAKER)
        {
            halted = true;
        }
        return before;
    }

    private void cacheDay(final long today)
    {
        if (today >= FIRST_CACHED_DAY && today <= LAST_CACHED_DAY)
        {
            dayStart = today * NANOS_PER_DAY;
            dayEnd = dayStart + NANOS_PER_DAY;
        }
        else
        {
            dayStart = Long.MAX_VALUE; // an empty range: every update takes the division
            dayEnd = Long.MIN_VALUE;
        }
    }

    private int levelOf(final long bps)
    {
        if (bps >= settings.circuitBreakerBps())
        {
            return CIRCUIT_BREAKER;
        }
        if (bps >= settings.criticalBps())
        {
            return CRITICAL;
        }
        if (bps >= settings.warningBps())
        {
            return WARNING;
        }
        return bps >= settings.alertBps() ? ALERT : NORMAL;
    }

    /** @return the current level index (NORMAL..CIRCUIT_BREAKER). */
    public int level()
    {
        return level;
    }

    /** @return true while new entries are halted by the circuit breaker. */
    public boolean halted()
    {
        return halted;
    }

    /** @return true when the last update started a new day and lifted a halt. */
    public boolean resumedNow()
    {
        return resumed;
    }

    /** @return the day's highest equity, cash scale. */
    public long dayHigh()
    {
        return dayHigh;
    }

    /** @return the daily drawdown in basis points. */
    public long drawdownBps()
    {
        return drawdownBps;
    }

    /** @return 100 at no drawdown, 0 at the circuit breaker. */
    public double health()
    {
        return Math.max(0.0, Math.min(100.0, 100.0 * (1.0 - (double)drawdownBps / settings.circuitBreakerBps())));
    }
}
