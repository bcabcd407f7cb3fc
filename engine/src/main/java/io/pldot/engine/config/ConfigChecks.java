package io.pldot.engine.config;

import io.pldot.engine.candle.TimeframeText;
import io.pldot.engine.decision.strategy.StrategySettings;
import io.pldot.engine.risk.RiskSettings;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The configuration's validation rules that no single value owns: the checks of the analytics, risk and
 * venue sections (run with the section's name in front of the message, since the binder builds those
 * records without their own checks), the rules that span sections (strategy timeframes among the
 * candles, risk symbols among the instruments), and the shared value parsers (durations, enum names).
 * The messages are the user's: {@link ConfigLoader} and {@link ConfigErrorText} place them at a key and
 * line, and the tests hold them to the letter.
 * <p>
 * Stateless static functions: safe from any thread. Set-up time only, never on the hot path.
 */
final class ConfigChecks
{
    private ConfigChecks()
    {
    }

    /**
     * Builds the analytics, risk, stop and venue settings once, so a bad value fails here, in that order.
     *
     * @return the risk settings, which the cross-section checks need.
     * @throws IllegalArgumentException naming the section and the bad key.
     */
    static RiskSettings sections(final AnalyticsConfig analytics, final RiskConfig risk, final VenueConfig venue)
    {
        analytics.toSettings();
        final RiskSettings riskSettings = section("risk", risk::toSettings);
        section("risk", risk::toStopSettings);
        section("venue", venue::toSettings);
        return riskSettings;
    }

    /**
     * @param instruments as bound, maybe null.
     * @return an immutable copy.
     * @throws IllegalArgumentException when there are none.
     */
    static List<InstrumentSettings> instruments(final List<InstrumentSettings> instruments)
    {
        if (instruments == null || instruments.isEmpty())
        {
            throw new IllegalArgumentException("at least one instrument is required under 'instruments'");
        }
        return List.copyOf(instruments);
    }

    /**
     * The rules between sections: a written strategy's timeframes are candle timeframes, and the risk
     * section's symbols and fixed quantity suit the instruments.
     *
     * @param strategy     the strategy section as written, or null when it was left out.
     * @param candles      the candle section.
     * @param instruments  the instruments, not empty.
     * @param riskSettings the built risk settings.
     * @throws IllegalArgumentException naming the key at fault.
     */
    static void crossSections(
        final StrategyConfig strategy, final CandleSettings candles, final List<InstrumentSettings> instruments,
        final RiskSettings riskSettings)
    {
        // A written strategy section must fit the candles; the defaults are checked only where a
        // decision stage is built (commands that run no strategy accept any candle timeframes).
        if (strategy != null)
        {
            strategyTimeframes(strategy.toSettings(), candles.timeframeSeconds());
        }
        final Set<String> symbols = new HashSet<>();
        instruments.forEach(i -> symbols.add(i.symbol()));
        if (riskSettings.leaderSymbol() != null && !symbols.contains(riskSettings.leaderSymbol()))
        {
            throw new IllegalArgumentException("risk.correlation.leaderSymbol '" + riskSettings.leaderSymbol() +
                "' is not one of the instruments " + symbols);
        }
        for (final InstrumentSettings instrument : instruments)
        {
            try
            {
                riskSettings.fixedQuantityUnits(instrument.quantityScale());
            }
            catch (final IllegalArgumentException ex)
            {
                throw new IllegalArgumentException("risk." + ex.getMessage() + " (" + instrument.symbol() + ")");
            }
        }
        for (final String symbol : riskSettings.volatileSymbols())
        {
            if (!symbols.contains(symbol))
            {
                throw new IllegalArgumentException("risk.trailingStop.volatileSymbols: '" + symbol +
                    "' is not one of the instruments " + symbols);
            }
        }
    }

    /**
     * @param key  the key, put in front of the message.
     * @param text a duration such as "1s" or "250ms".
     * @return it in nanoseconds.
     * @throws IllegalArgumentException naming the key.
     */
    static long duration(final String key, final String text)
    {
        try
        {
            return DurationText.toNanos(text);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException(key + ": " + ex.getMessage());
        }
    }

    /**
     * @param type the enum.
     * @param text a constant's name in any case, '-' for '_'.
     * @return the constant.
     * @throws IllegalArgumentException listing the names it knows.
     */
    static <E extends Enum<E>> E parseEnum(final Class<E> type, final String text)
    {
        final String normalised = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (final E e : type.getEnumConstants())
        {
            if (e.name().equals(normalised))
            {
                return e;
            }
        }
        final StringBuilder known = new StringBuilder();
        for (final E e : type.getEnumConstants())
        {
            known.append(known.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        throw new IllegalArgumentException("'" + text + "' is not one of: " + known);
    }

    private static <T> T section(final String name, final Supplier<T> build)
    {
        try
        {
            return build.get();
        }
        catch (final IllegalArgumentException ex)
        {
            // No cause: the loader reports the innermost message, and this one names the section.
            throw new IllegalArgumentException(name + "." + ex.getMessage());
        }
    }

    private static void strategyTimeframes(final StrategySettings settings, final int[] candleSeconds)
    {
        timeframe("trading", settings.tradingSeconds(), candleSeconds);
        if (settings.definition().multiTimeframe())
        {
            timeframe("higher", settings.higherSeconds(), candleSeconds);
            timeframe("lower", settings.lowerSeconds(), candleSeconds);
        }
    }

    private static void timeframe(final String role, final int seconds, final int[] candleSeconds)
    {
        for (final int s : candleSeconds)
        {
            if (s == seconds)
            {
                return;
            }
        }
        throw new IllegalArgumentException("strategy.timeframes." + role + " " +
            TimeframeText.of(seconds) + " is not one of candles.timeframes");
    }
}
