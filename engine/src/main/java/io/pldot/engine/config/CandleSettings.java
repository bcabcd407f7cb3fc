package io.pldot.engine.config;

import java.util.List;

/**
 * The {@code candles} section of {@code config/engine.yaml}: the timeframe chain and the timer grace.
 * Immutable; safe from any thread.
 *
 * @param timeframes ascending, each a multiple of the one before (so higher timeframes roll
 *                   up from lower ones exactly); default [1m, 5m, 15m, 1h].
 * @param timerGrace how long after a boundary a Timer event closes a candle, allowing for
 *                   venue clocks running behind ours; default 1s.
 */
public record CandleSettings(List<String> timeframes, String timerGrace)
{
    /** Fills defaults and checks the timeframe chain. */
    public CandleSettings
    {
        if (timeframes != null && timeframes.isEmpty())
        {
            // An empty list is a mistake, not a request for the defaults: say so rather than guess.
            throw new IllegalArgumentException("timeframes: the list is empty; give at least one timeframe " +
                "(e.g. [1m, 5m, 15m, 1h]), or leave the key out for that default");
        }
        timeframes = timeframes == null ? List.of("1m", "5m", "15m", "1h") : List.copyOf(timeframes);
        timerGrace = timerGrace == null ? "1s" : timerGrace;
        timeframeSeconds(timeframes);
        ConfigChecks.duration("timerGrace", timerGrace);
    }

    /**
     * @return the timeframes in seconds, ascending.
     */
    public int[] timeframeSeconds()
    {
        return timeframeSeconds(timeframes);
    }

    /**
     * @return the timer grace in nanoseconds.
     */
    public long timerGraceNanos()
    {
        return DurationText.toNanos(timerGrace);
    }

    private static int[] timeframeSeconds(final List<String> timeframes)
    {
        final int[] seconds = new int[timeframes.size()];
        for (int i = 0; i < seconds.length; i++)
        {
            final long nanos = DurationText.toNanos(timeframes.get(i));
            if (nanos % 1_000_000_000L != 0 || nanos <= 0 || nanos / 1_000_000_000L > Integer.MAX_VALUE)
            {
                throw new IllegalArgumentException("timeframes: '" + timeframes.get(i) +
                    "' must be whole seconds, from 1s to 68 years");
            }
            seconds[i] = Math.toIntExact(nanos / 1_000_000_000L);
            if (i > 0 && (seconds[i] <= seconds[i - 1] || seconds[i] % seconds[i - 1] != 0))
            {
                throw new IllegalArgumentException("timeframes: '" + timeframes.get(i) +
                    "' must be a larger multiple of '" + timeframes.get(i - 1) +
                    "' (timeframes ascend and roll up exactly, e.g. [1m, 5m, 15m, 1h])");
            }
        }
        return seconds;
    }
}
