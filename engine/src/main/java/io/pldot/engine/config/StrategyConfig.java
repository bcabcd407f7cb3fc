package io.pldot.engine.config;

import io.pldot.engine.decision.strategy.StrategySettings;
import io.pldot.engine.decision.strategy.StrategyDefinition;
import io.pldot.engine.decision.strategy.StrategyParameters;
import io.pldot.engine.decision.strategy.StrategyRegistry;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The config file's {@code strategy:} section as written: which strategy the decision stage runs,
 * on which timeframes, with which de-duplication window and parameters. Every key is optional
 * (defaults: drummond-mtf, trading 5m, higher 1h, lower 1m, dedupWindow 1h, each parameter's own
 * default). Validated when built: an unknown strategy, parameter key or a bad value fails naming
 * it (the loader adds file and line). Immutable.
 *
 * @param enabled     whether the decision stage (and the trading stages after it) run; default
 *                    true. false leaves candles and analytics only.
 * @param name        registered strategy name.
 * @param timeframes  trading / higher / lower timeframes.
 * @param dedupWindow a repeat of the same signal within this event time is suppressed ("0" = never).
 * @param params      strategy parameters, by key (numbers, booleans or strings).
 */
public record StrategyConfig(Boolean enabled, String name, Timeframes timeframes, String dedupWindow, Map<String, Object> params)
{
    /** Validates the whole section. */
    public StrategyConfig
    {
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        settings(name, timeframes, dedupWindow, params);
    }

    /**
     * @return an empty section: every default.
     */
    public static StrategyConfig defaults()
    {
        return new StrategyConfig(null, null, null, null, null);
    }

    /**
     * @return true unless the section says {@code enabled: false}.
     */
    public boolean isEnabled()
    {
        return enabled == null || enabled;
    }

    /**
     * @param on whether the decision stage runs.
     * @return this section with {@code enabled} set.
     */
    public StrategyConfig withEnabled(final boolean on)
    {
        return new StrategyConfig(on, name, timeframes, dedupWindow, params);
    }

    /**
     * @return the validated settings, defaults filled in.
     * @throws IllegalArgumentException naming the bad key ("strategy.params: ...").
     */
    public StrategySettings toSettings()
    {
        return settings(name, timeframes, dedupWindow, params);
    }

    private static StrategySettings settings(
        final String name, final Timeframes timeframes, final String dedupWindow, final Map<String, Object> params)
    {
        final StrategyDefinition definition;
        try
        {
            definition = StrategyRegistry.standard().definition(name == null ? StrategySettings.DEFAULT_STRATEGY : name);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException("strategy.name: " + ex.getMessage());
        }
        final Map<String, String> given = new LinkedHashMap<>();
        params.forEach((key, value) -> given.put(key, value == null ? "" : String.valueOf(value)));
        final StrategyParameters parameters;
        try
        {
            parameters = StrategyParameters.of(definition, given);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException("strategy.params: " + ex.getMessage());
        }
        final Timeframes t = timeframes == null ? new Timeframes(null, null, null) : timeframes;
        final long window = dedupWindow == null ? StrategySettings.DEFAULT_DEDUP_WINDOW_NANOS :
            nanos("dedupWindow", dedupWindow);
        try
        {
            return new StrategySettings(parameters, t.seconds("trading", t.trading(), StrategySettings.DEFAULT_TRADING_SECONDS),
                t.seconds("higher", t.higher(), StrategySettings.DEFAULT_HIGHER_SECONDS),
                t.seconds("lower", t.lower(), StrategySettings.DEFAULT_LOWER_SECONDS), window);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException(ex.getMessage().startsWith("strategy.") ? ex.getMessage() :
                "strategy.timeframes: " + ex.getMessage());
        }
    }

    private static long nanos(final String key, final String text)
    {
        try
        {
            return DurationText.toNanos(text);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException("strategy." + key + ": " + ex.getMessage());
        }
    }

    /**
     * {@code strategy.timeframes}: each a candle timeframe ("5m"), lower &lt; trading &lt; higher.
     *
     * @param trading decisions run when a bar of this timeframe closes (default 5m).
     * @param higher  the permitted direction (default 1h).
     * @param lower   entry timing (default 1m).
     */
    public record Timeframes(String trading, String higher, String lower)
    {
        int seconds(final String key, final String text, final int fallback)
        {
            if (text == null)
            {
                return fallback;
            }
            final long n;
            try
            {
                n = DurationText.toNanos(text);
            }
            catch (final IllegalArgumentException ex)
            {
                throw new IllegalArgumentException("strategy.timeframes." + key + ": " + ex.getMessage());
            }
            if (n <= 0 || n % 1_000_000_000L != 0)
            {
                throw new IllegalArgumentException("strategy.timeframes." + key + ": '" + text + "' must be whole seconds");
            }
            return Math.toIntExact(n / 1_000_000_000L);
        }
    }
}
