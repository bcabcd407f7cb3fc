package io.pldot.engine.candle;

/**
 * One candle being built or just closed: OHLC, volume split by aggressor side, and trade counts.
 * A mutable holder reused for the life of the builder; prices and quantities are fixed-point.
 * <p>
 * Owned by the thread of the candle stage; not thread-safe.
 */
public final class Candle
{
    private final int timeframeSeconds;
    private final long timeframeNanos;
    private boolean active;
    private long openTime;
    private long open;
    private long high;
    private long low;
    private long close;
    private long volume;
    private long buyVolume;
    private long sellVolume;
    private int tradeCount;
    private int buyCount;
    private int sellCount;

    /**
     * @param timeframeSeconds length of the candle.
     */
    public Candle(final int timeframeSeconds)
    {
        this.timeframeSeconds = timeframeSeconds;
        this.timeframeNanos = timeframeSeconds * 1_000_000_000L;
    }

    void startWithTrade(final long tsEvent, final long price, final long quantity, final int side)
    {
        active = true;
        openTime = alignedStart(tsEvent);
        open = price;
        high = price;
        low = price;
        close = price;
        volume = 0;
        buyVolume = 0;
        sellVolume = 0;
        tradeCount = 0;
        buyCount = 0;
        sellCount = 0;
        addTrade(price, quantity, side);
    }

    void addTrade(final long price, final long quantity, final int side)
    {
        if (price > high)
        {
            high = price;
        }
        if (price < low)
        {
            low = price;
        }
        close = price;
        volume = Math.addExact(volume, quantity);
        tradeCount++;
        if (side == CandleBuilder.SIDE_BUY)
        {
            buyVolume = Math.addExact(buyVolume, quantity);
            buyCount++;
        }
        else if (side == CandleBuilder.SIDE_SELL)
        {
            sellVolume = Math.addExact(sellVolume, quantity);
            sellCount++;
        }
    }

    /**
     * Folds a closed lower-timeframe candle into this one (opening this one if needed).
     */
    void fold(final Candle lower)
    {
        if (!active)
        {
            active = true;
            openTime = alignedStart(lower.openTime);
            open = lower.open;
            high = lower.high;
            low = lower.low;
            close = lower.close;
            volume = lower.volume;
            buyVolume = lower.buyVolume;
            sellVolume = lower.sellVolume;
            tradeCount = lower.tradeCount;
            buyCount = lower.buyCount;
            sellCount = lower.sellCount;
            return;
        }
        high = Math.max(high, lower.high);
        low = Math.min(low, lower.low);
        close = lower.close;
        volume = Math.addExact(volume, lower.volume);
        buyVolume = Math.addExact(buyVolume, lower.buyVolume);
        sellVolume = Math.addExact(sellVolume, lower.sellVolume);
        tradeCount += lower.tradeCount;
        buyCount += lower.buyCount;
        sellCount += lower.sellCount;
    }

    void deactivate()
    {
        active = false;
    }

    private long alignedStart(final long ts)
    {
        return Math.floorDiv(ts, timeframeNanos) * timeframeNanos;
    }

    /** @return true while the candle has trades and has not closed. */
    public boolean active()
    {
        return active;
    }

    /** @return epoch ns where the interval ends (exclusive). */
    public long endTime()
    {
        return openTime + timeframeNanos;
    }

    /** @return the candle length in seconds. */
    public int timeframeSeconds()
    {
        return timeframeSeconds;
    }

    /** @return epoch ns where the interval starts, aligned to the timeframe. */
    public long openTime()
    {
        return openTime;
    }

    /** @return first price. */
    public long open()
    {
        return open;
    }

    /** @return highest price. */
    public long high()
    {
        return high;
    }

    /** @return lowest price. */
    public long low()
    {
        return low;
    }

    /** @return last price. */
    public long close()
    {
        return close;
    }

    /** @return total quantity. */
    public long volume()
    {
        return volume;
    }

    /** @return aggressive-buy quantity. */
    public long buyVolume()
    {
        return buyVolume;
    }

    /** @return aggressive-sell quantity. */
    public long sellVolume()
    {
        return sellVolume;
    }

    /** @return number of trades. */
    public int tradeCount()
    {
        return tradeCount;
    }

    /** @return number of aggressive buys. */
    public int buyCount()
    {
        return buyCount;
    }

    /** @return number of aggressive sells. */
    public int sellCount()
    {
        return sellCount;
    }
}
