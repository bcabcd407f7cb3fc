package io.pldot.engine.decision.strategy;

import java.util.List;
import java.util.Map;

/**
 * The validated parameter values of one strategy: every parameter of its definition, given or
 * defaulted. Built from {@code key=value} strings (the CLI) or a map (the config); an unknown key
 * is rejected naming it and the known ones, a bad value naming the key and its valid range.
 * Immutable; safe from any thread.
 */
public final class StrategyParameters
{
    private final StrategyDefinition definition;
    private final double[] values;

    private StrategyParameters(final StrategyDefinition definition, final double[] values)
    {
        this.definition = definition;
        this.values = values;
    }

    /**
     * @param definition the strategy.
     * @return its defaults.
     */
    public static StrategyParameters defaults(final StrategyDefinition definition)
    {
        return of(definition, Map.of());
    }

    /**
     * @param definition the strategy.
     * @param given      values as written, by key (insertion order is kept in messages).
     * @return the validated parameters.
     * @throws IllegalArgumentException naming the bad key.
     */
    public static StrategyParameters of(final StrategyDefinition definition, final Map<String, String> given)
    {
        final List<ParameterDescriptor> descriptors = definition.parameters();
        final double[] values = new double[descriptors.size()];
        for (int i = 0; i < values.length; i++)
        {
            values[i] = descriptors.get(i).defaultValue();
        }
        for (final Map.Entry<String, String> entry : given.entrySet())
        {
            final int index = definition.indexOf(entry.getKey());
            if (index < 0)
            {
                throw new IllegalArgumentException("strategy " + definition.name() + " has no parameter '" +
                    entry.getKey() + "' (known: " + definition.parameterNames() + ")");
            }
            try
            {
                values[index] = descriptors.get(index).parse(entry.getValue());
            }
            catch (final IllegalArgumentException ex)
            {
                throw new IllegalArgumentException("strategy " + definition.name() + " parameter " + ex.getMessage());
            }
        }
        final StrategyParameters parameters = new StrategyParameters(definition, values);
        definition.validate(parameters);
        return parameters;
    }

    /**
     * @param definition the strategy.
     * @param keyValues  {@code key=value} strings (a later one overrides an earlier one).
     * @return the validated parameters.
     * @throws IllegalArgumentException naming the bad entry.
     */
    public static StrategyParameters parse(final StrategyDefinition definition, final List<String> keyValues)
    {
        return of(definition, toMap(keyValues));
    }

    /**
     * @param keyValues {@code key=value} strings.
     * @return them as an ordered map.
     * @throws IllegalArgumentException for an entry without '=' or without a key.
     */
    public static Map<String, String> toMap(final List<String> keyValues)
    {
        final Map<String, String> map = new java.util.LinkedHashMap<>();
        for (final String keyValue : keyValues)
        {
            final int eq = keyValue.indexOf('=');
            if (eq <= 0)
            {
                throw new IllegalArgumentException("parameter '" + keyValue + "' is not key=value (e.g. fast=9)");
            }
            map.put(keyValue.substring(0, eq).trim(), keyValue.substring(eq + 1).trim());
        }
        return map;
    }

    /** @return the strategy these belong to. */
    public StrategyDefinition definition()
    {
        return definition;
    }

    /**
     * @param name a parameter of the definition.
     * @return its value.
     */
    public double decimal(final String name)
    {
        return values[require(name)];
    }

    /**
     * @param name an integer parameter of the definition.
     * @return its value.
     */
    public int integer(final String name)
    {
        return (int)values[require(name)];
    }

    /**
     * @param name a flag parameter of the definition.
     * @return its value.
     */
    public boolean flag(final String name)
    {
        return values[require(name)] != 0;
    }

    /**
     * @param name a parameter of the definition.
     * @return its value as the text that parses back to it (e.g. "9", "0.6", "true").
     */
    public String text(final String name)
    {
        final int index = require(name);
        final ParameterDescriptor d = definition.parameters().get(index);
        return new ParameterDescriptor(d.name(), d.kind(), values[index], d.min(), d.max(), "").defaultText();
    }

    private int require(final String name)
    {
        final int index = definition.indexOf(name);
        if (index < 0)
        {
            throw new IllegalArgumentException("strategy " + definition.name() + " has no parameter '" + name + "'");
        }
        return index;
    }

    /**
     * @return "key=value, ..." in definition order, for summaries.
     */
    @Override
    public String toString()
    {
        final StringBuilder sb = new StringBuilder();
        final List<ParameterDescriptor> descriptors = definition.parameters();
        for (int i = 0; i < values.length; i++)
        {
            final ParameterDescriptor d = descriptors.get(i);
            final ParameterDescriptor shown = new ParameterDescriptor(d.name(), d.kind(), values[i], d.min(), d.max(), "");
            sb.append(i == 0 ? "" : ", ").append(d.name()).append('=').append(shown.defaultText());
        }
        return sb.toString();
    }

    @Override
    public boolean equals(final Object other)
    {
        return other instanceof StrategyParameters p && p.definition.name().equals(definition.name()) &&
            java.util.Arrays.equals(p.values, values);
    }

    @Override
    public int hashCode()
    {
        return 31 * definition.name().hashCode() + java.util.Arrays.hashCode(values);
    }
}
