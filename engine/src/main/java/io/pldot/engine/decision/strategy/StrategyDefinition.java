package io.pldot.engine.decision.strategy;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.BiFunction;

/**
 * A strategy as the registry knows it: name, wire code, what it needs, its parameters, and how to
 * build one. Immutable.
 *
 * @param name            as written in config and on the command line ("ema-cross").
 * @param code            1..n, written in the Signal record's strategy byte.
 * @param summary         one line for --help and the README.
 * @param needsAnalytics  true when it reads indicator snapshots (it is then only called for bars
 *                        that have one); false when candle closes suffice.
 * @param multiTimeframe  true when it reads the higher and lower timeframes (they must then be
 *                        configured candle timeframes).
 * @param parameters      its parameters, in a stable order.
 * @param validator       cross-parameter rules (e.g. fast &lt; slow); throws IllegalArgumentException.
 * @param factory         builds an instance from parameters and the number of instruments.
 */
public record StrategyDefinition(
    String name,
    int code,
    String summary,
    boolean needsAnalytics,
    boolean multiTimeframe,
    List<ParameterDescriptor> parameters,
    Consumer<StrategyParameters> validator,
    BiFunction<StrategyParameters, Integer, Strategy> factory)
{
    /** Copies the parameter list. */
    public StrategyDefinition
    {
        parameters = List.copyOf(parameters);
        if (code < 1 || code > 255)
        {
            throw new IllegalArgumentException("strategy code must be 1..255: " + code);
        }
    }

    /**
     * @param key a parameter name.
     * @return its index, or -1.
     */
    public int indexOf(final String key)
    {
        for (int i = 0; i < parameters.size(); i++)
        {
            if (parameters.get(i).name().equals(key))
            {
                return i;
            }
        }
        return -1;
    }

    /**
     * @return the parameter names, comma-separated ("fast, slow, allowShort").
     */
    public String parameterNames()
    {
        final StringBuilder sb = new StringBuilder();
        for (final ParameterDescriptor p : parameters)
        {
            sb.append(sb.length() == 0 ? "" : ", ").append(p.name());
        }
        return sb.length() == 0 ? "none" : sb.toString();
    }

    void validate(final StrategyParameters values)
    {
        if (validator != null)
        {
            try
            {
                validator.accept(values);
            }
            catch (final IllegalArgumentException ex)
            {
                throw new IllegalArgumentException("strategy " + name + ": " + ex.getMessage());
            }
        }
    }

    /**
     * @param values      validated parameters of this strategy.
     * @param instruments number of instruments the stage serves.
     * @return a new instance.
     */
    public Strategy create(final StrategyParameters values, final int instruments)
    {
        if (values.definition() != this && !values.definition().name().equals(name))
        {
            throw new IllegalArgumentException("parameters of " + values.definition().name() + " given to " + name);
        }
        return factory.apply(values, instruments);
    }
}
