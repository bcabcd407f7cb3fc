package io.pldot.engine.candle;

/**
 * Spells a candle timeframe the way the config writes it ("5m", "1h", "1d", "90s"), for messages
 * that name a timeframe. Lives with the candles, which own timeframes, so that both the config
 * (validating candles.timeframes) and the stages can use it without depending on each other.
 * Stateless and thread-safe.
 */
public final class TimeframeText
{
    private TimeframeText()
    {
    }

    /**
     * @param seconds a timeframe.
     * @return it as config spells it ("5m", "1h", "90s").
     */
    public static String of(final int seconds)
    {
        if (seconds % 86_400 == 0)
        {
            return seconds / 86_400 + "d";
        }
        if (seconds % 3600 == 0)
        {
            return seconds / 3600 + "h";
        }
        return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }
}
