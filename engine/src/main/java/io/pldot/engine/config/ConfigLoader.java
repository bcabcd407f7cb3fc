package io.pldot.engine.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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

    /** Configured once; Jackson mappers are thread-safe once built. */
    private static final YAMLMapper MAPPER = YAMLMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .addModule(new SimpleModule("finite-numbers")
            .addDeserializer(Double.class, FiniteDoubleDeserializer.INSTANCE)
            .addDeserializer(Double.TYPE, FiniteDoubleDeserializer.INSTANCE))
        .build();

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
        final byte[] bytes;
        try
        {
            bytes = Files.readAllBytes(path);
        }
        catch (final IOException ex)
        {
            throw new ConfigException("cannot read config " + path + ": " + ex.getMessage(), ex);
        }
        return parse(decode(bytes, path.toString()), path.toString());
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
            return parse(decode(in.readAllBytes(), "bundled " + DEFAULT_CONFIG_NAME), "bundled " + DEFAULT_CONFIG_NAME);
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
        checkText(yaml, source);
        final String expanded = expand(yaml, source);
        final EngineConfig config;
        try
        {
            config = MAPPER.readValue(expanded, EngineConfig.class);
        }
        catch (final JsonMappingException ex)
        {
            throw new ConfigException(ConfigErrorText.ofBinding(source, expanded, ex), ex);
        }
        catch (final StreamReadException ex)
        {
            throw new ConfigException(ConfigErrorText.ofSyntax(source, expanded, ex), ex);
        }
        catch (final JsonProcessingException ex)
        {
            throw new ConfigException(source + ": not valid YAML", ex);
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

    /**
     * A config is UTF-8 text; anything else (a binary file given by mistake) is refused here, naming
     * the line of the first byte that is not text, before the parser can echo raw bytes.
     */
    private static String decode(final byte[] bytes, final String source)
    {
        try
        {
            return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        }
        catch (final CharacterCodingException ex)
        {
            final String prefix = new String(bytes, StandardCharsets.UTF_8);
            int offset = 0;
            while (offset < prefix.length() && prefix.charAt(offset) != '\uFFFD')
            {
                offset++;
            }
            throw new ConfigException(source + " line " + lineAt(prefix, offset) +
                ": not a text file (it holds bytes that are not UTF-8 text); a config is YAML text", null);
        }
    }

    private static void checkText(final String yaml, final String source)
    {
        for (int i = 0; i < yaml.length(); i++)
        {
            final char c = yaml.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f || c == '\uFFFD' || c == '\uFFFE' ||
                c == '\uFFFF')
            {
                throw new ConfigException(source + " line " + lineAt(yaml, i) + ": not a text file (control character " +
                    String.format(Locale.ROOT, "0x%02X", (int) c) + "); a config is YAML text", null);
            }
        }
    }

    private static int lineAt(final String text, final int offset)
    {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++)
        {
            if (text.charAt(i) == '\n')
            {
                line++;
            }
        }
        return line;
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
}
