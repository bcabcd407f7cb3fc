package io.pldot.engine.app;

import io.pldot.feeds.bars.BarListener;

/**
 * Rolls the bars of a file up into longer bars (e.g. 30-minute bars into 1-hour bars), aligned
 * to the epoch in UTC as the pipeline's candles are: open of the first, highest high, lowest low,
 * close of the last, summed volume. A rolled-up bar is passed on when a bar of a later interval
 * arrives, and the last one by {@link #finish()}. Without a timeframe, bars pass through
 * unchanged, each ending where the next begins (the last one after the median spacing seen).
 * Not thread-safe.
 */
public final class BarRollup implements BarListener
{
    /** Receives finished bars. */
    @FunctionalInterface
    public interface Sink
    {
        /**
         * @param openTime  epoch ns.
         * @param closeTime epoch ns, exclusive.
         * @param open      first price.
         * @param high      highest price.
         * @param low       lowest price.
         * @param close     last price.
         * @param volume    quantity.
         */
        void onBar(long openTime, long closeTime, double open, double high, double low, double close, double volume);
    }

    private final long timeframeNanos;
    private final Sink sink;
    private boolean active;
    private long openTime;
    private double open;
    private double high;
    private double low;
    private double close;
    private double volume;
    private long lastSpacing;
    private long barsIn;
    private long barsOut;

    /**
     * @param timeframeNanos length of the rolled-up bars, or 0 to pass bars through.
     * @param sink           receives them.
     */
    public BarRollup(final long timeframeNanos, final Sink sink)
    {
        this.timeframeNanos = timeframeNanos;
        this.sink = sink;
    }

    @Override
    public void onBar(
        final long time, final double open, final double high, final double low, final double close, final double volume)
    {
        barsIn++;
        final long start = timeframeNanos > 0 ? Math.floorDiv(time, timeframeNanos) * timeframeNanos : time;
        if (active && start != openTime)
        {
            lastSpacing = start - openTime;
            emit(timeframeNanos > 0 ? openTime + timeframeNanos : start);
        }
        if (!active)
        {
            active = true;
            openTime = start;
            this.open = open;
            this.high = high;
            this.low = low;
            this.close = close;
            this.volume = volume;
            return;
        }
        this.high = Math.max(this.high, high);
        this.low = Math.min(this.low, low);
        this.close = close;
        this.volume += volume;
    }

    /**
     * Passes on the bar still open.
     */
    public void finish()
    {
        if (active)
        {
            emit(openTime + (timeframeNanos > 0 ? timeframeNanos : Math.max(lastSpacing, 1)));
        }
    }

    private void emit(final long closeTime)
    {
        sink.onBar(openTime, closeTime, open, high, low, close, volume);
        barsOut++;
        active = false;
    }

    /** @return bars received. */
    public long barsIn()
    {
        return barsIn;
    }

    /** @return bars passed on. */
    public long barsOut()
    {
        return barsOut;
    }
}
