package io.pldot.engine.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what the YAML parser and the binder throw into the plain message of a {@link ConfigException}:
 * {@code FILE line N: full.key.path: what is wrong (value, expected form)}. The user sees the key as
 * written in the file and the expected form in words ("a whole number"); Java and Jackson type names
 * never reach the message. This class finds where (file, line, key path) and puts the message
 * together; what is wrong, in words, is {@link ProblemText}'s. Used only when a config fails to load;
 * stateless, so safe from any thread.
 */
final class ConfigErrorText
{
    /** A key path at the start of a validation message: "risk.maxPositions must be ...", "ringSize: ...". */
    private static final Pattern LEADING_KEY =
        Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[\\d+])*)(?::\\s*|\\s+)(.+)$", Pattern.DOTALL);
    private static final Pattern STEP = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)|\\[(\\d+)]");
    private static final Pattern MALFORMED_NUMBER = Pattern.compile("Malformed numeric value '([^']*)'");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    private ConfigErrorText()
    {
    }

    /**
     * @param source name of the file, for the message.
     * @param yaml   the (expanded) text that failed.
     * @param ex     what the binder threw.
     * @return the message.
     */
    static String ofBinding(final String source, final String yaml, final JsonMappingException ex)
    {
        return oneLine(binding(source, yaml, ex));
    }

    /**
     * @param source name of the file, for the message.
     * @param yaml   the (expanded) text that failed.
     * @param ex     what the parser threw (not valid YAML, or a key given twice).
     * @return the message.
     */
    static String ofSyntax(final String source, final String yaml, final StreamReadException ex)
    {
        return oneLine(syntax(source, yaml, ex));
    }

    /**
     * A message is one terminal line: line breaks and other control characters a value carried are shown
     * as escapes, never written raw.
     */
    static String oneLine(final String message)
    {
        final StringBuilder sb = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++)
        {
            final char c = message.charAt(i);
            switch (c)
            {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default ->
                {
                    if (c < 0x20 || c >= 0x7f && c <= 0x9f)
                    {
                        sb.append(String.format(java.util.Locale.ROOT, "\\x%02X", (int) c));
                    }
                    else
                    {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String binding(final String source, final String yaml, final JsonMappingException ex)
    {
        final List<Object> path = new ArrayList<>();
        for (final JsonMappingException.Reference ref : ex.getPath())
        {
            if (ref.getFieldName() != null)
            {
                path.add(ref.getFieldName());
            }
            else if (ref.getIndex() >= 0)
            {
                path.add(ref.getIndex());
            }
        }
        final StreamReadException syntax = wrappedSyntax(ex);
        if (syntax != null)
        {
            return syntax(source, yaml, syntax);
        }
        final YamlKeyLocator locator = new YamlKeyLocator(yaml);
        final String problem = ProblemText.problem(ex);
        return keyed(source, locator, path, problem, ex instanceof UnrecognizedPropertyException unknown ?
            unknown.getPropertyName() : problem, ex.getLocation());
    }

    private static String syntax(final String source, final String yaml, final StreamReadException ex)
    {
        final YamlKeyLocator locator = new YamlKeyLocator(yaml);
        final Matcher duplicate = DUPLICATE.matcher(String.valueOf(ex.getOriginalMessage()));
        if (duplicate.find())
        {
            final List<Object> path = new ArrayList<>();
            if (ex.getProcessor() instanceof JsonParser parser)
            {
                contextPath(parser.getParsingContext(), path);
            }
            if (path.isEmpty() || !duplicate.group(1).equals(path.get(path.size() - 1)))
            {
                path.add(duplicate.group(1));
            }
            final int first = locator.lineOf(path, null);
            final JsonLocation at = ex.getLocation();
            final int second = at == null ? -1 : at.getLineNr();
            final String problem = "the key is given twice" +
                (first > 0 && second > 0 && first != second ? " (lines " + first + " and " + second + ")" : "") +
                "; keep one";
            return source + (second > 0 ? " line " + second : "") + ": " + dotted(path) + ": " + problem;
        }
        final Matcher malformed = MALFORMED_NUMBER.matcher(String.valueOf(ex.getOriginalMessage()));
        if (malformed.find() && ex.getProcessor() instanceof JsonParser parser)
        {
            final List<Object> path = new ArrayList<>();
            contextPath(parser.getParsingContext(), path);
            return keyed(source, locator, path, "'" + malformed.group(1) + "' is not a finite number", null, ex.getLocation());
        }
        for (Throwable t = ex.getCause(); t != null && t != t.getCause(); t = t.getCause())
        {
            if (t instanceof MarkedYAMLException marked && marked.getProblem() != null)
            {
                final Mark mark = marked.getProblemMark();
                final Mark context = marked.getContextMark();
                final String where = mark == null ? at(ex.getLocation()) :
                    " line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
                final String around = marked.getContext() == null ? "" : " (" + marked.getContext() +
                    (context == null ? "" : " from line " + (context.getLine() + 1)) + ")";
                return source + where + ": not valid YAML: " + ProblemText.plain(marked.getProblem() + around, null);
            }
        }
        return source + at(ex.getLocation()) + ": not valid YAML: " + ProblemText.parserProblem(ex.getOriginalMessage());
    }

    /**
     * A message naming a key path from the root: its line, the path, the problem.
     *
     * @param source  name of the file.
     * @param locator finds lines in the text.
     * @param path    where the binder was (field names and list indices).
     * @param problem what is wrong; a validation message that starts with a key path ("ringSize must be
     *                ...", "risk.maxPositions must be ...") moves that key into the path.
     * @param hint    text that may name a key under the path (the locator prefers that key's line).
     * @param where   the parser's position, used when the path cannot be found in the text.
     * @return the message.
     */
    private static String keyed(
        final String source, final YamlKeyLocator locator, final List<Object> path, final String problem, final String hint,
        final JsonLocation where)
    {
        List<Object> key = path;
        String text = null;
        final Matcher leading = LEADING_KEY.matcher(problem);
        if (leading.matches())
        {
            // The message names its key: write that key in full where the message names it, keep the rest as is.
            final List<Object> named = steps(leading.group(1));
            final List<Object> under = new ArrayList<>(path);
            under.addAll(named);
            if (startsWith(named, path) && (!path.isEmpty() || named.size() > 1 || locator.exists(named)))
            {
                key = named;
            }
            else if (!path.isEmpty() && locator.exists(under))
            {
                key = under;
            }
            if (key != path)
            {
                text = dotted(key) + problem.substring(leading.end(1));
            }
        }
        final int line = locator.lineOf(key, key == path ? hint : null);
        final StringBuilder sb = new StringBuilder(source).append(line > 0 ? " line " + line : at(where)).append(": ");
        if (text != null)
        {
            return sb.append(text).toString();
        }
        if (!key.isEmpty())
        {
            sb.append(dotted(key)).append(": ");
        }
        return sb.append(problem).toString();
    }

    private static boolean startsWith(final List<Object> named, final List<Object> prefix)
    {
        if (named.size() < prefix.size() || prefix.isEmpty() && named.isEmpty())
        {
            return false;
        }
        return named.subList(0, prefix.size()).equals(prefix);
    }

    /**
     * @return the parser's exception when the binder only wrapped it (a syntax error or a duplicate key
     *         met while binding), else null.
     */
    private static StreamReadException wrappedSyntax(final Throwable ex)
    {
        for (Throwable t = ex.getCause(); t != null && t != t.getCause(); t = t.getCause())
        {
            if (t instanceof StreamReadException read && (t.getCause() instanceof MarkedYAMLException ||
                DUPLICATE.matcher(String.valueOf(read.getOriginalMessage())).find()))
            {
                return read;
            }
        }
        return null;
    }

    private static void contextPath(final JsonStreamContext context, final List<Object> path)
    {
        if (context == null || context.inRoot())
        {
            return;
        }
        contextPath(context.getParent(), path);
        if (context.inObject() && context.getCurrentName() != null)
        {
            path.add(context.getCurrentName());
        }
        else if (context.inArray())
        {
            path.add(Math.max(0, context.getCurrentIndex()));
        }
    }

    static List<Object> steps(final String dotted)
    {
        final List<Object> steps = new ArrayList<>();
        final Matcher m = STEP.matcher(dotted);
        while (m.find())
        {
            steps.add(m.group(1) != null ? m.group(1) : (Object) Integer.valueOf(m.group(2)));
        }
        return steps;
    }

    static String dotted(final List<Object> path)
    {
        final StringBuilder sb = new StringBuilder();
        for (final Object step : path)
        {
            if (step instanceof Integer index)
            {
                sb.append('[').append(index).append(']');
            }
            else
            {
                sb.append(sb.length() == 0 ? "" : ".").append(step);
            }
        }
        return sb.toString();
    }

    private static String at(final JsonLocation location)
    {
        if (location == null || location.getLineNr() <= 0)
        {
            return "";
        }
        return " line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
