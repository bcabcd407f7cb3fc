package io.pldot.engine.candle;

/**
 * Receives candles as they close, lowest timeframe first.
 */
@FunctionalInterface
public interface CandleListener
{
    /**
     * Called once per closed candle. The candle object is reused: copy what you keep.
     *
     * @param instrumentId of the candle.
     * @param candle       the closed candle.
     * @param closedAt     event time (epoch ns) of the input that closed it.
     */
    void onCandleClosed(int instrumentId, Candle candle, long closedAt);
}
