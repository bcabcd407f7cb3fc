package io.pldot.engine.decision.strategy;

/**
 * What the decision stage runs: the strategy with its validated parameters, the three timeframes
 * it looks at, and the de-duplication window. Built from the config's {@code strategy:} section
 * ({@link io.pldot.engine.config.StrategyConfig}), optionally overridden on the command line.
 * Immutable; safe from any thread.
 *
 * @param parameters       the strategy (its definition) and its parameter values.
 * @param tradingSeconds   trading timeframe: its closes trigger decisions (default 5m).
 * @param higherSeconds    higher timeframe: permitted direction (default 1h).
 * @param lowerSeconds     lower timeframe: entry timing (default 1m).
 * @param dedupWindowNanos a repeat of the same signal within this event time is suppressed (default 1h).
 */
public record StrategySettings(
    StrategyParameters parameters, int tradingSeconds, int higherSeconds, int lowerSeconds, long dedupWindowNanos)
{
    /** Default strategy. */
    public static final String DEFAULT_STRATEGY = "drummond-mtf";
    /** Default trading timeframe, seconds (5m). */
    public static final int DEFAULT_TRADING_SECONDS = 300;
    /** Default higher timeframe, seconds (1h). */
    public static final int DEFAULT_HIGHER_SECONDS = 3600;
    /** Default lower timeframe, seconds (1m). */
    public static final int DEFAULT_LOWER_SECONDS = 60;
    /** Default de-duplication window (1h). */
    public static final long DEFAULT_DEDUP_WINDOW_NANOS = 3_600_000_000_000L;

    /** Checks the timeframes' order and the window. */
    public StrategySettings
    {
        if (parameters == null)
        {
            throw new IllegalArgumentException("a strategy is required");
        }
        if (tradingSeconds <= 0 || higherSeconds <= 0 || lowerSeconds <= 0)
        {
            throw new IllegalArgumentException("timeframes must be positive");
        }
        if (parameters.definition().multiTimeframe() && !(lowerSeconds < tradingSeconds && tradingSeconds < higherSeconds))
        {
            throw new IllegalArgumentException("timeframes must ascend lower < trading < higher, were lower=" +
                lowerSeconds + "s trading=" + tradingSeconds + "s higher=" + higherSeconds + "s");
        }
        if (dedupWindowNanos < 0)
        {
            throw new IllegalArgumentException("dedupWindow must not be negative");
        }
    }

    /**
     * @param name       a registered strategy.
     * @param parameters its parameters (defaults when empty).
     * @return settings with the default timeframes and window.
     */
    public static StrategySettings of(final String name, final java.util.Map<String, String> parameters)
    {
        final StrategyDefinition definition = StrategyRegistry.standard().definition(name);
        return new StrategySettings(StrategyParameters.of(definition, parameters), DEFAULT_TRADING_SECONDS,
            DEFAULT_HIGHER_SECONDS, DEFAULT_LOWER_SECONDS, DEFAULT_DEDUP_WINDOW_NANOS);
    }

    /**
     * @param newParameters to use instead (another strategy, or other values).
     * @return a copy with them.
     */
    public StrategySettings withParameters(final StrategyParameters newParameters)
    {
        return new StrategySettings(newParameters, tradingSeconds, higherSeconds, lowerSeconds, dedupWindowNanos);
    }

    /**
     * @param nanos de-duplication window.
     * @return a copy with it.
     */
    public StrategySettings withDedupWindow(final long nanos)
    {
        return new StrategySettings(parameters, tradingSeconds, higherSeconds, lowerSeconds, nanos);
    }

    /** @return the strategy's definition. */
    public StrategyDefinition definition()
    {
        return parameters.definition();
    }
}
