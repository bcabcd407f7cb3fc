package io.pldot.engine.config;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.util.List;

/**
 * Finds the line of a key path (e.g. {@code pipeline.ringSize}, {@code instruments[1].id}) in YAML
 * text, so config errors point at the line that holds the key even when the binder only knows
 * the path. Used only when a config fails to load; the text is composed once, on first use. Not
 * thread-safe (one per failed load).
 */
final class YamlKeyLocator
{
    private final String yaml;
    private Node root;
    private boolean composed;

    /**
     * @param yaml the text.
     */
    YamlKeyLocator(final String yaml)
    {
        this.yaml = yaml;
    }

    private Node root()
    {
        if (!composed)
        {
            composed = true;
            root = compose(yaml);
        }
        return root;
    }

    /**
     * @param path    field names (String) and list indices (Integer) from the root.
     * @param message the error message; if it names a key directly under the path, that key's
     *                line is preferred (validation errors name the field, binders the object).
     * @return the 1-based line, or -1 when the path cannot be found.
     */
    int lineOf(final List<Object> path, final String message)
    {
        final Node root = root();
        if (root == null)
        {
            return -1;
        }
        Node node = root;
        Node keyNode = null;
        for (final Object step : path)
        {
            if (step instanceof String name && node instanceof MappingNode mapping)
            {
                final NodeTuple tuple = find(mapping, name);
                if (tuple == null)
                {
                    break;
                }
                keyNode = tuple.getKeyNode();
                node = tuple.getValueNode();
            }
            else if (step instanceof Integer index && node instanceof SequenceNode sequence &&
                index < sequence.getValue().size())
            {
                node = sequence.getValue().get(index);
                keyNode = node;
            }
            else
            {
                break;
            }
        }
        if (node instanceof MappingNode mapping && message != null)
        {
            for (final NodeTuple tuple : mapping.getValue())
            {
                if (tuple.getKeyNode() instanceof ScalarNode key && message.contains(key.getValue()))
                {
                    return key.getStartMark().getLine() + 1;
                }
            }
        }
        final Node at = keyNode != null ? keyNode : node;
        return at.getStartMark().getLine() + 1;
    }

    /**
     * @param path field names (String) and list indices (Integer) from the root.
     * @return true when the text holds every step of the path.
     */
    boolean exists(final List<Object> path)
    {
        Node node = root();
        for (final Object step : path)
        {
            if (step instanceof String name && node instanceof MappingNode mapping)
            {
                final NodeTuple tuple = find(mapping, name);
                if (tuple == null)
                {
                    return false;
                }
                node = tuple.getValueNode();
            }
            else if (step instanceof Integer index && node instanceof SequenceNode sequence &&
                index < sequence.getValue().size())
            {
                node = sequence.getValue().get(index);
            }
            else
            {
                return false;
            }
        }
        return node != null;
    }

    private static Node compose(final String yaml)
    {
        try
        {
            return new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        }
        catch (final RuntimeException ex)
        {
            return null;
        }
    }

    private static NodeTuple find(final MappingNode mapping, final String name)
    {
        for (final NodeTuple tuple : mapping.getValue())
        {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(name))
            {
                return tuple;
            }
        }
        return null;
    }
}
