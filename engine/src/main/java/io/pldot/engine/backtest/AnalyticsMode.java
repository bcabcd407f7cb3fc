package io.pldot.engine.backtest;

import io.pldot.engine.config.EngineConfig;
import io.pldot.engine.decision.strategy.StrategyDefinition;

import java.util.Locale;

/**
 * Whether a backtest computes the analytics (Drummond, regime, order flow, profile, zones, gaps).
 * A strategy that reads no indicator snapshot (e.g. {@code ema-cross}, which keeps its own EMAs of
 * candle closes) trades exactly the same without them, and the risk stage reads only candles, so
 * {@link #AUTO} leaves them out for such a strategy: same trades, far less work and fewer output
 * records. Immutable; thread-safe.
 */
public enum AnalyticsMode
{
    /** Analytics as the config says, but off when the strategy reads no indicator snapshot. */
    AUTO,
    /** Analytics on, whatever the strategy needs (e.g. to journal snapshots for later study). */
    ON,
    /** Analytics off; refused for a strategy that reads indicator snapshots. */
    OFF;

    /**
     * @param text "auto", "on" or "off" (any case).
     * @return the mode.
     * @throws IllegalArgumentException listing the accepted values.
     */
    public static AnalyticsMode parse(final String text)
    {
        try
        {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        }
        catch (final IllegalArgumentException | NullPointerException ex)
        {
            throw new IllegalArgumentException("--analytics '" + text + "' is not one of auto, on, off");
        }
    }

    /**
     * @param config the configuration, strategy section applied.
     * @return the configuration with analytics switched as this mode says.
     * @throws IllegalArgumentException when {@link #OFF} would blind a strategy that reads snapshots.
     */
    public EngineConfig apply(final EngineConfig config)
    {
        final StrategyDefinition strategy = config.strategySettings().definition();
        return switch (this)
        {
            case AUTO -> strategy.needsAnalytics() ? config : config.withAnalyticsEnabled(false);
            case ON -> config.withAnalyticsEnabled(true);
            case OFF ->
            {
                if (strategy.needsAnalytics())
                {
                    throw new IllegalArgumentException("strategy " + strategy.name() +
                        " reads indicator snapshots: it cannot run with --analytics off");
                }
                yield config.withAnalyticsEnabled(false);
            }
        };
    }
}
