package io.pldot.engine.candle;

/**
 * Builds candles for one instrument on a chain of timeframes (e.g. 1m, 5m, 15m, 1h), in event
 * time. Only the lowest timeframe sees trades; each higher one is rolled up from the closed
 * candles of the one below, so a 1h candle is by construction exactly its 1m candles combined.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>Intervals are aligned to the epoch (UTC): a 5m candle covers [10:05, 10:10).</li>
 *   <li>A candle closes when an input with event time at or after its end arrives: a later trade
 *       ({@link #onTrade}) or a timer ({@link #onTime}). Closing cascades upward: the 1m candle
 *       closes first and is folded into the 5m one, which then closes if its end has passed too.
 *       </li>
 *   <li><b>Empty intervals produce no candle.</b> No trade, no candle: the builder never invents
 *       a flat candle from the previous close, so every candle's volume is real.</li>
 *   <li>A trade earlier than the end of any candle already closed (on any timeframe) is refused
 *       ({@link #onTrade} returns false) and changes nothing; the caller reports it.</li>
 * </ul>
 * Single-threaded: owned by the candle stage's thread. Does not allocate after construction.
 */
public final class CandleBuilder
{
    /** Side code of an aggressive buy (matches the journal's Side.BUY). */
    public static final int SIDE_BUY = 1;
    /** Side code of an aggressive sell (matches the journal's Side.SELL). */
    public static final int SIDE_SELL = 2;

    private final int instrumentId;
    private final Candle[] levels;
    private long closedUpTo = Long.MIN_VALUE;
    /**
     * Earliest end among the active candles (Long.MAX_VALUE when none is active): the only time at
     * which anything can close. Most trades fall before it and skip the per-level walk; it changes
     * only when a candle opens or closes.
     */
    private long nextClose = Long.MAX_VALUE;

    /**
     * @param instrumentId     of the trades this builder sees.
     * @param timeframeSeconds ascending; each a multiple of the previous one.
     */
    public CandleBuilder(final int instrumentId, final int[] timeframeSeconds)
    {
        if (timeframeSeconds.length == 0)
        {
            throw new IllegalArgumentException("at least one timeframe");
        }
        for (int i = 1; i < timeframeSeconds.length; i++)
        {
            if (timeframeSeconds[i] <= timeframeSeconds[i - 1] || timeframeSeconds[i] % timeframeSeconds[i - 1] != 0)
            {
                throw new IllegalArgumentException("timeframes must ascend, each a multiple of the previous one");
            }
        }
        this.instrumentId = instrumentId;
        this.levels = new Candle[timeframeSeconds.length];
        for (int i = 0; i < levels.length; i++)
        {
            levels[i] = new Candle(timeframeSeconds[i]);
        }
    }

    /**
     * Adds a trade, first closing every candle whose end is at or before its time.
     *
     * @param tsEvent  epoch ns of the trade.
     * @param price    fixed-point price, > 0.
     * @param quantity fixed-point quantity, > 0.
     * @param side     {@link #SIDE_BUY}, {@link #SIDE_SELL} or 0 for unknown.
     * @param listener receives the candles this trade closes.
     * @return false when the trade is late (inside an already closed interval) and was ignored.
     */
    public boolean onTrade(
        final long tsEvent, final long price, final long quantity, final int side, final CandleListener listener)
    {
        final Candle base = levels[0];
        if (tsEvent < closedUpTo || (base.active() && tsEvent < base.openTime()))
        {
            return false;
        }
        if (tsEvent >= nextClose)
        {
            closeThrough(tsEvent, tsEvent, listener);
        }
        if (base.active())
        {
            base.addTrade(price, quantity, side);
        }
        else
        {
            base.startWithTrade(tsEvent, price, quantity, side);
            nextClose = Math.min(nextClose, base.endTime());
        }
        return true;
    }

    /**
     * Lets time pass without a trade: closes every candle whose end is at or before {@code time}.
     *
     * @param time     epoch ns up to which intervals are complete.
     * @param closedAt event time to report as the closing time.
     * @param listener receives the candles that close.
     */
    public void onTime(final long time, final long closedAt, final CandleListener listener)
    {
        if (time >= nextClose)
        {
            closeThrough(time, closedAt, listener);
        }
    }

    /**
     * @return the instrument this builder serves.
     */
    public int instrumentId()
    {
        return instrumentId;
    }

    /**
     * @param level index of the timeframe (0 = lowest).
     * @return the candle being built at that level (inspect {@link Candle#active()} first).
     */
    public Candle current(final int level)
    {
        return levels[level];
    }

    private void closeThrough(final long time, final long closedAt, final CandleListener listener)
    {
        for (int i = 0; i < levels.length; i++)
        {
            final Candle candle = levels[i];
            if (candle.active() && time >= candle.endTime())
            {
                // Judged against every level: a timer may have closed a 5m candle while the 1m
                // level was idle, and a trade inside it now would reopen that 5m interval.
                closedUpTo = Math.max(closedUpTo, candle.endTime());
                listener.onCandleClosed(instrumentId, candle, closedAt);
                if (i + 1 < levels.length)
                {
                    levels[i + 1].fold(candle);
                }
                candle.deactivate();
            }
        }
        long earliest = Long.MAX_VALUE;
        for (final Candle candle : levels)
        {
            if (candle.active())
            {
                earliest = Math.min(earliest, candle.endTime());
            }
        }
        nextClose = earliest;
    }
}
