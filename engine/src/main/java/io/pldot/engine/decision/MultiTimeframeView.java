package io.pldot.engine.decision;

import io.pldot.journal.instrument.Instrument;

/**
 * One instrument seen on the three timeframes a strategy works with: the higher timeframe (the
 * permitted direction), the trading timeframe (whose closes trigger decisions) and the lower
 * timeframe (entry timing). Each is a preallocated {@link TimeframeView}.
 * <p>
 * Written only by the decision stage; strategies read it. Not thread-safe.
 */
public final class MultiTimeframeView
{
    private final int instrumentIndex;
    private final Instrument instrument;
    private final TimeframeView higher;
    private final TimeframeView trading;
    private final TimeframeView lower;

    /**
     * @param instrumentIndex  dense index in the instrument registry.
     * @param instrument       the instrument (scales).
     * @param higherSeconds    higher timeframe.
     * @param tradingSeconds   trading timeframe.
     * @param lowerSeconds     lower timeframe.
     */
    public MultiTimeframeView(
        final int instrumentIndex,
        final Instrument instrument,
        final int higherSeconds,
        final int tradingSeconds,
        final int lowerSeconds)
    {
        this.instrumentIndex = instrumentIndex;
        this.instrument = instrument;
        this.higher = new TimeframeView(higherSeconds, instrument.priceScale(), instrument.quantityScale());
        this.trading = new TimeframeView(tradingSeconds, instrument.priceScale(), instrument.quantityScale());
        this.lower = new TimeframeView(lowerSeconds, instrument.priceScale(), instrument.quantityScale());
    }

    /** @return dense index of the instrument (strategies key their per-instrument state by it). */
    public int instrumentIndex()
    {
        return instrumentIndex;
    }

    /** @return the instrument. */
    public Instrument instrument()
    {
        return instrument;
    }

    /** @return the higher timeframe. */
    public TimeframeView higher()
    {
        return higher;
    }

    /** @return the trading timeframe. */
    public TimeframeView trading()
    {
        return trading;
    }

    /** @return the lower timeframe. */
    public TimeframeView lower()
    {
        return lower;
    }

    /**
     * @param timeframeSeconds a candle timeframe.
     * @return the view following it, or {@code null} when none of the three does.
     */
    public TimeframeView view(final int timeframeSeconds)
    {
        if (timeframeSeconds == trading.timeframeSeconds())
        {
            return trading;
        }
        if (timeframeSeconds == higher.timeframeSeconds())
        {
            return higher;
        }
        return timeframeSeconds == lower.timeframeSeconds() ? lower : null;
    }
}
