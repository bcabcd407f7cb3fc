package io.pldot.engine.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an engine configuration: expands {@code ${VAR}} and {@code ${VAR:-default}} from the
 * environment, parses the YAML into {@link EngineConfig}, and turns every problem into a
 * {@link ConfigException} that names the file, the key path and the line, e.g.
 * {@code config/engine.yaml line 14: pipeline.threding: unknown key (known: threading, ...)}.
 * <p>
 * Stateless apart from the environment it was given; safe from any thread.
 */
public final class ConfigLoader
{
    /** Name of the configuration shipped with the engine (in {@code config/} and on the classpath). */
    public static final String DEFAULT_CONFIG_NAME = "engine.yaml";

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");

    private final Map<String, String> environment;

    /**
     * Loader that expands variables from the process environment.
     */
    public ConfigLoader()
    {
        this(System.getenv());
    }

    /**
     * @param environment to expand variables from (tests pass their own).
     */
    public ConfigLoader(final Map<String, String> environment)
    {
        this.environment = environment;
    }

    /**
     * @param path of a YAML file.
     * @return the validated settings.
     * @throws ConfigException naming what is wrong and where.
     */
    public EngineConfig load(final Path path)
    {
        final String text;
        try
        {
            text = Files.readString(path, StandardCharsets.UTF_8);
        }
        catch (final IOException ex)
        {
            throw new ConfigException("cannot read config " + path + ": " + ex.getMessage(), ex);
        }
        return parse(text, path.toString());
    }

    /**
     * Loads the configuration shipped inside the engine jar.
     *
     * @return the validated default settings.
     */
    public EngineConfig loadBundledDefault()
    {
        try (InputStream in = ConfigLoader.class.getResourceAsStream("/" + DEFAULT_CONFIG_NAME))
        {
            if (in == null)
            {
                throw new ConfigException("the engine jar holds no " + DEFAULT_CONFIG_NAME + "; pass --config FILE", null);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bundled " + DEFAULT_CONFIG_NAME);
        }
        catch (final IOException ex)
        {
            throw new ConfigException("cannot read bundled " + DEFAULT_CONFIG_NAME + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * @param yaml   the configuration text.
     * @param source name to use in error messages.
     * @return the validated settings.
     * @throws ConfigException naming what is wrong and where.
     */
    public EngineConfig parse(final String yaml, final String source)
    {
        final String expanded = expand(yaml, source);
        final YAMLMapper mapper = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();
        final EngineConfig config;
        try
        {
            config = mapper.readValue(expanded, EngineConfig.class);
        }
        catch (final JsonMappingException ex)
        {
            throw new ConfigException(describe(source, expanded, ex), ex);
        }
        catch (final JsonProcessingException ex)
        {
            throw new ConfigException(source + at(ex.getLocation()) + ": not valid YAML: " + ex.getOriginalMessage(), ex);
        }
        if (config == null)
        {
            throw new ConfigException(source + ": the file is empty", null);
        }
        try
        {
            config.registry();
        }
        catch (final IllegalArgumentException ex)
        {
            throw new ConfigException(source + ": instruments: " + ex.getMessage(), ex);
        }
        return config;
    }

    private String expand(final String yaml, final String source)
    {
        final String[] lines = yaml.split("\n", -1);
        final StringBuilder out = new StringBuilder(yaml.length());
        for (int i = 0; i < lines.length; i++)
        {
            final String line = lines[i];
            final int comment = commentStart(line);
            final String code = comment < 0 ? line : line.substring(0, comment);
            final Matcher m = VARIABLE.matcher(code);
            final StringBuilder expanded = new StringBuilder();
            while (m.find())
            {
                final String value = environment.get(m.group(1));
                final String replacement;
                if (value != null && !value.isEmpty())
                {
                    replacement = value;
                }
                else if (m.group(2) != null)
                {
                    replacement = m.group(2);
                }
                else
                {
                    throw new ConfigException(source + " line " + (i + 1) + ": environment variable " + m.group(1) +
                        " is not set; set it, or give a default as ${" + m.group(1) + ":-value}", null);
                }
                if (replacement.indexOf('\n') >= 0)
                {
                    throw new ConfigException(source + " line " + (i + 1) + ": environment variable " + m.group(1) +
                        " holds a line break, which config values may not contain", null);
                }
                m.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(expanded);
            out.append(expanded);
            if (comment >= 0)
            {
                out.append(line, comment, line.length());
            }
            if (i < lines.length - 1)
            {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static int commentStart(final String line)
    {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < line.length(); i++)
        {
            final char c = line.charAt(i);
            if (c == '\'' && !dbl)
            {
                single = !single;
            }
            else if (c == '"' && !single)
            {
                dbl = !dbl;
            }
            else if (c == '#' && !single && !dbl && (i == 0 || Character.isWhitespace(line.charAt(i - 1))))
            {
                return i;
            }
        }
        return -1;
    }

    private static String describe(final String source, final String yaml, final JsonMappingException ex)
    {
        final String key = keyPath(ex);
        // The binder reports where its parser stopped (often the next line); find the key's own line.
        final List<Object> steps = new ArrayList<>();
        for (final JsonMappingException.Reference ref : ex.getPath())
        {
            if (ref.getFieldName() != null)
            {
                steps.add(ref.getFieldName());
            }
            else if (ref.getIndex() >= 0)
            {
                steps.add(ref.getIndex());
            }
        }
        final int line = YamlKeyLocator.lineOf(yaml, steps, rootMessage(ex));
        final StringBuilder sb = new StringBuilder(source).append(line > 0 ? " line " + line : at(ex.getLocation()));
        sb.append(": ").append(key.isEmpty() ? "(top level)" : key).append(": ");
        if (ex instanceof UnrecognizedPropertyException unknown)
        {
            sb.append("unknown key '").append(unknown.getPropertyName()).append('\'');
            if (unknown.getKnownPropertyIds() != null && !unknown.getKnownPropertyIds().isEmpty())
            {
                sb.append(" (known: ");
                final StringBuilder known = new StringBuilder();
                unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .forEach(k -> known.append(known.length() == 0 ? "" : ", ").append(k));
                sb.append(known).append(')');
            }
            return sb.toString();
        }
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root)
        {
            root = root.getCause();
        }
        if (root instanceof IllegalArgumentException || root instanceof ArithmeticException)
        {
            return sb.append(root.getMessage()).toString();
        }
        return sb.append(firstLine(ex.getOriginalMessage())).toString();
    }

    private static String rootMessage(final Throwable ex)
    {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root)
        {
            root = root.getCause();
        }
        return root instanceof UnrecognizedPropertyException unknown ? unknown.getPropertyName() : root.getMessage();
    }

    private static String keyPath(final JsonMappingException ex)
    {
        final StringBuilder path = new StringBuilder();
        for (final JsonMappingException.Reference ref : ex.getPath())
        {
            if (ref.getFieldName() != null)
            {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            }
            else if (ref.getIndex() >= 0)
            {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String at(final JsonLocation location)
    {
        if (location == null || location.getLineNr() <= 0)
        {
            return "";
        }
        return " line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(final String message)
    {
        final int nl = message == null ? -1 : message.indexOf('\n');
        return nl < 0 ? String.valueOf(message) : message.substring(0, nl);
    }
}
