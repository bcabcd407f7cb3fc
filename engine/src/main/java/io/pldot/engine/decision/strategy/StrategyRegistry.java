package io.pldot.engine.decision.strategy;

import java.util.ArrayList;
import java.util.List;

/**
 * The strategies the engine ships, by name: each with its wire code (1..n, registration order,
 * written in the Signal record's strategy byte — never renumber a shipped one), its parameters
 * with defaults and valid ranges, and a factory. Immutable; safe from any thread.
 */
public final class StrategyRegistry
{
    private static final StrategyRegistry STANDARD = new StrategyRegistry(List.of(
        DrummondMtfStrategy.definition(1),
        ConfluenceHierarchicalStrategy.definition(2),
        EmaCrossStrategy.definition(3)));

    private final List<StrategyDefinition> definitions;

    /**
     * @param definitions strategies; names and codes unique.
     */
    public StrategyRegistry(final List<StrategyDefinition> definitions)
    {
        final List<String> names = new ArrayList<>();
        final boolean[] codes = new boolean[256];
        for (final StrategyDefinition d : definitions)
        {
            if (names.contains(d.name()) || codes[d.code()])
            {
                throw new IllegalArgumentException("strategy " + d.name() + " (code " + d.code() + ") registered twice");
            }
            names.add(d.name());
            codes[d.code()] = true;
        }
        this.definitions = List.copyOf(definitions);
    }

    /**
     * @return the shipped strategies: drummond-mtf (1), confluence-hierarchical (2), ema-cross (3).
     */
    public static StrategyRegistry standard()
    {
        return STANDARD;
    }

    /**
     * @param name a strategy name.
     * @return its definition.
     * @throws IllegalArgumentException naming the unknown strategy and the known ones.
     */
    public StrategyDefinition definition(final String name)
    {
        for (final StrategyDefinition d : definitions)
        {
            if (d.name().equals(name))
            {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown strategy '" + name + "' (known: " + names() + ")");
    }

    /**
     * @param code a wire code.
     * @return the strategy's name, or {@code null} for an unknown code.
     */
    public String nameOf(final int code)
    {
        for (final StrategyDefinition d : definitions)
        {
            if (d.code() == code)
            {
                return d.name();
            }
        }
        return null;
    }

    /** @return every definition, in code order. */
    public List<StrategyDefinition> definitions()
    {
        return definitions;
    }

    /** @return the names, comma-separated. */
    public String names()
    {
        final StringBuilder sb = new StringBuilder();
        for (final StrategyDefinition d : definitions)
        {
            sb.append(sb.length() == 0 ? "" : ", ").append(d.name());
        }
        return sb.toString();
    }

    /**
     * @return a help text: each strategy with its summary and parameters (default, range).
     */
    public String describe()
    {
        final StringBuilder sb = new StringBuilder();
        for (final StrategyDefinition d : definitions)
        {
            sb.append("  ").append(d.name()).append(" (code ").append(d.code()).append("): ").append(d.summary())
                .append(System.lineSeparator());
            for (final ParameterDescriptor p : d.parameters())
            {
                sb.append("      ").append(p.name()).append('=').append(p.defaultText()).append("  [")
                    .append(p.range()).append("]  ").append(p.description()).append(System.lineSeparator());
            }
        }
        return sb.toString();
    }
}
