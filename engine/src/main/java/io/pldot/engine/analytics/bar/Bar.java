package io.pldot.engine.analytics.bar;

/**
 * One closed bar as the analytics see it: prices and quantities as {@code double} in instrument
 * units (fixed-point converted once, at the analytics stage's edge), plus the aggressor split
 * that candles built from trades carry. Bars read from a bars file have no aggressor split:
 * {@link #hasAggressorSplit()} is then false and order flow leaves its values undefined.
 * <p>
 * A mutable holder reused by its owner (the analytics stage, or the {@code analyze} command);
 * indicators read it during {@code update} and must not keep a reference. Not thread-safe.
 */
public final class Bar
{
    private long openTime;
    private long closeTime;
    private double open;
    private double high;
    private double low;
    private double close;
    private double volume;
    private double buyVolume;
    private double sellVolume;
    private int tradeCount;
    private int buyCount;
    private int sellCount;
    private boolean aggressorSplit;

    /**
     * Sets the bar from prices and volume only (a bars file): no aggressor split.
     *
     * @return this bar.
     */
    public Bar set(
        final long openTime,
        final long closeTime,
        final double open,
        final double high,
        final double low,
        final double close,
        final double volume)
    {
        this.openTime = openTime;
        this.closeTime = closeTime;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
        this.buyVolume = 0;
        this.sellVolume = 0;
        this.tradeCount = 0;
        this.buyCount = 0;
        this.sellCount = 0;
        this.aggressorSplit = false;
        return this;
    }

    /**
     * Adds the aggressor split of a bar built from trades.
     *
     * @return this bar.
     */
    public Bar aggressor(
        final double buyVolume,
        final double sellVolume,
        final int tradeCount,
        final int buyCount,
        final int sellCount)
    {
        this.buyVolume = buyVolume;
        this.sellVolume = sellVolume;
        this.tradeCount = tradeCount;
        this.buyCount = buyCount;
        this.sellCount = sellCount;
        this.aggressorSplit = true;
        return this;
    }

    /** @return epoch ns where the bar starts. */
    public long openTime()
    {
        return openTime;
    }

    /** @return epoch ns where the bar ends (exclusive). */
    public long closeTime()
    {
        return closeTime;
    }

    /** @return first price. */
    public double open()
    {
        return open;
    }

    /** @return highest price. */
    public double high()
    {
        return high;
    }

    /** @return lowest price. */
    public double low()
    {
        return low;
    }

    /** @return last price. */
    public double close()
    {
        return close;
    }

    /** @return typical price (high + low + close) / 3, the input of PLdot. */
    public double typical()
    {
        return (high + low + close) / 3.0;
    }

    /** @return total quantity. */
    public double volume()
    {
        return volume;
    }

    /** @return aggressive-buy quantity (0 without an aggressor split). */
    public double buyVolume()
    {
        return buyVolume;
    }

    /** @return aggressive-sell quantity (0 without an aggressor split). */
    public double sellVolume()
    {
        return sellVolume;
    }

    /** @return number of trades (0 without an aggressor split). */
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

    /** @return true when the bar was built from trades with known aggressor sides. */
    public boolean hasAggressorSplit()
    {
        return aggressorSplit;
    }
}
