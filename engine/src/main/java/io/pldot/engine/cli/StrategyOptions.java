package io.pldot.engine.cli;

import io.pldot.engine.config.EngineConfig;
import io.pldot.engine.decision.strategy.StrategySettings;
import io.pldot.engine.decision.strategy.StrategyDefinition;
import io.pldot.engine.decision.strategy.StrategyParameters;
import io.pldot.engine.decision.strategy.StrategyRegistry;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code --strategy NAME} and repeated {@code --param key=value} options (a picocli mixin for
 * commands that run the decision stage, e.g. a backtest). They override the config's
 * {@code strategy:} section: {@code --strategy} replaces its name (and then its params, which
 * belong to the other strategy, are dropped), each {@code --param} replaces one parameter. The
 * mixing command's --help lists every strategy with its parameters, defaults and ranges.
 * Used once per command run on the main thread; not thread-safe.
 */
public final class StrategyOptions
{
    @Option(names = "--strategy", paramLabel = "NAME", completionCandidates = StrategyNames.class,
        description = "Strategy to run: ${COMPLETION-CANDIDATES}. Default: strategy.name from the config.")
    private String strategy;

    @Option(names = "--param", paramLabel = "KEY=VALUE",
        description = "A strategy parameter (repeatable), e.g. --param fast=9 --param slow=21; overrides "
            + "strategy.params from the config. Parameters are listed below.")
    private List<String> params = new ArrayList<>();

    /**
     * Adds the strategy list to the mixing command's usage footer.
     *
     * @param mixee the command this mixin is part of.
     */
    @Spec(Spec.Target.MIXEE)
    void setMixee(final CommandSpec mixee)
    {
        final List<String> footer = new ArrayList<>(List.of(mixee.usageMessage().footer()));
        footer.add("");
        footer.add("Strategies (--strategy NAME) and their parameters (--param KEY=VALUE: default [range]):");
        for (final String line : StrategyRegistry.standard().describe().split("\\R"))
        {
            // picocli formats footers: a literal % must be doubled.
            footer.add(line.replace("%", "%%"));
        }
        mixee.usageMessage().footer(footer.toArray(new String[0]));
    }

    /**
     * @param config the loaded configuration.
     * @return the config's strategy settings with these options applied.
     * @throws IllegalArgumentException naming an unknown strategy or parameter, or a bad value.
     */
    public StrategySettings settings(final EngineConfig config)
    {
        final StrategySettings base = config.strategySettings();
        if (strategy == null && params.isEmpty())
        {
            return base;
        }
        final StrategyDefinition definition = strategy == null ? base.definition() :
            StrategyRegistry.standard().definition(strategy);
        final Map<String, String> values = new LinkedHashMap<>();
        if (definition.name().equals(base.definition().name()) && config.strategy() != null)
        {
            config.strategy().params().forEach((key, value) -> values.put(key, String.valueOf(value)));
        }
        values.putAll(StrategyParameters.toMap(params));
        return base.withParameters(StrategyParameters.of(definition, values));
    }

    /**
     * @param config the loaded configuration.
     * @return the configuration whose strategy section has these options applied (the pipeline
     *         builds its decision stage from it).
     * @throws IllegalArgumentException naming an unknown strategy or parameter, or a bad value.
     */
    public EngineConfig apply(final EngineConfig config)
    {
        if (strategy == null && params.isEmpty())
        {
            return config;
        }
        final StrategySettings settings = settings(config);
        final io.pldot.engine.config.StrategyConfig section = config.strategy();
        final Map<String, Object> values = new LinkedHashMap<>();
        settings.parameters().definition().parameters().forEach(
            descriptor -> values.put(descriptor.name(), settings.parameters().text(descriptor.name())));
        return config.withStrategy(new io.pldot.engine.config.StrategyConfig(section.enabled(),
            settings.definition().name(), section.timeframes(), section.dedupWindow(), values));
    }

    /** @return the --strategy value, or {@code null}. */
    public String strategy()
    {
        return strategy;
    }

    /** @return the --param values, in order. */
    public List<String> params()
    {
        return List.copyOf(params);
    }

    /** The registered strategy names, for --help and shell completion. */
    static final class StrategyNames implements Iterable<String>
    {
        @Override
        public Iterator<String> iterator()
        {
            return StrategyRegistry.standard().definitions().stream().map(StrategyDefinition::name).iterator();
        }
    }
}
