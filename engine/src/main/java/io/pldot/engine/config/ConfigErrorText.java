package io.pldot.engine.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what the YAML parser and the binder throw into the plain message of a {@link ConfigException}:
 * {@code FILE line N: full.key.path: what is wrong (value, expected form)}. The user sees the key as
 * written in the file and the expected form in words ("a whole number"); Java and Jackson type names
 * never reach the message. Used only when a config fails to load; stateless.
 */
final class ConfigErrorText
{
    /** A key path at the start of a validation message: "risk.maxPositions must be ...", "ringSize: ...". */
    private static final Pattern LEADING_KEY =
        Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[\\d+])*)(?::\\s*|\\s+)(.+)$", Pattern.DOTALL);
    private static final Pattern STEP = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)|\\[(\\d+)]");
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?\\.?(inf|infinity|nan)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern QUOTED_INPUT = Pattern.compile("\\(([^)]*)\\)");
    private static final Pattern MALFORMED_NUMBER = Pattern.compile("Malformed numeric value '([^']*)'");
    /** Text only Java, Jackson or SnakeYAML write (type names, parser events); a user's value may hold a backtick. */
    private static final Pattern JAVA_NAMES = Pattern.compile(
        "`(java|com|io|org)\\.|\\bjava\\.(lang|util|time|math|io|nio)\\b|com\\.fasterxml|io\\.pldot|org\\.yaml|" +
            "JsonToken|Base64Variant|Event\\(|Exception");
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
        final String problem = problem(ex);
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
                return source + where + ": not valid YAML: " + plain(marked.getProblem() + around, null);
            }
        }
        return source + at(ex.getLocation()) + ": not valid YAML: " + parserProblem(ex.getOriginalMessage());
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

    private static String problem(final JsonMappingException ex)
    {
        if (ex instanceof UnrecognizedPropertyException unknown)
        {
            final StringBuilder sb = new StringBuilder("unknown key '").append(unknown.getPropertyName()).append('\'');
            if (unknown.getKnownPropertyIds() != null && !unknown.getKnownPropertyIds().isEmpty())
            {
                final StringBuilder known = new StringBuilder();
                unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .forEach(k -> known.append(known.length() == 0 ? "" : ", ").append(k));
                sb.append(" (known: ").append(known).append(')');
            }
            return sb.toString();
        }
        // Validation inside our records: the outermost such message carries the most context.
        for (Throwable t = ex.getCause(); t != null && t != t.getCause(); t = t.getCause())
        {
            if (t instanceof InputCoercionException coercion)
            {
                return outOfRange(coercion);
            }
            if (t instanceof NumberFormatException)
            {
                // YAML's .inf / .nan reach a whole-number or decimal field as a float Java cannot read.
                final String found = found(ex);
                return (found == null ? "the value" : found) + " is not a finite number";
            }
            if ((t instanceof IllegalArgumentException || t instanceof ArithmeticException) && t.getMessage() != null)
            {
                return plain(t.getMessage(), targetOf(ex));
            }
        }
        if (ex instanceof InvalidFormatException invalid)
        {
            // As written: the binder's value may already be converted (1e400 read as Infinity).
            final String written = found(ex);
            final String value = written != null && written.startsWith("'") ?
                written.substring(1, written.length() - 1) : String.valueOf(invalid.getValue());
            final Class<?> target = invalid.getTargetType();
            final boolean decimal = box(target) == Double.class || box(target) == Float.class || target == BigDecimal.class;
            final boolean nonFinite = NON_FINITE.matcher(value.trim()).matches() || DECIMAL.matcher(value.trim()).matches();
            return "'" + value + "' is not " + (decimal && nonFinite ? "a finite number" : expected(target));
        }
        if (ex instanceof MismatchedInputException mismatched)
        {
            final String found = found(ex);
            return "expected " + expected(mismatched.getTargetType()) + (found == null ? "" : ", found " + found);
        }
        for (Throwable t = ex.getCause(); t != null && t != t.getCause(); t = t.getCause())
        {
            if (t instanceof StreamReadException read)
            {
                return parserProblem(read.getOriginalMessage());
            }
        }
        return plain(firstLine(ex.getOriginalMessage()), targetOf(ex));
    }

    /** What the YAML parser under the binder reports, in words. */
    private static String parserProblem(final String message)
    {
        if (message != null && message.startsWith("Expected a field name"))
        {
            return "expected a key (a name followed by ':') here, found " +
                (message.contains("AliasEvent") ? "an alias (*name)" : message.contains("SequenceStart") ? "a list" :
                    message.contains("MappingStart") ? "a section" : "something else");
        }
        return plain(firstLine(message), null);
    }

    private static String outOfRange(final InputCoercionException ex)
    {
        final Matcher m = QUOTED_INPUT.matcher(String.valueOf(ex.getOriginalMessage()));
        final String value = m.find() ? m.group(1) : "the value";
        final Class<?> target = box(ex.getTargetType());
        if (target == Integer.class)
        {
            return value + " is out of range: expected a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (target == Long.class)
        {
            return value + " is out of range: expected a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        return value + " is out of range";
    }

    private static Class<?> targetOf(final JsonMappingException ex)
    {
        return ex instanceof MismatchedInputException mismatched ? mismatched.getTargetType() : null;
    }

    /**
     * @return the scalar the parser stopped on, or null when it stopped on structure.
     */
    private static String found(final JsonMappingException ex)
    {
        if (!(ex.getProcessor() instanceof JsonParser parser))
        {
            return null;
        }
        final JsonToken token = parser.currentToken();
        if (token == null)
        {
            return null;
        }
        try
        {
            return switch (token)
            {
                case START_ARRAY -> "a list";
                case START_OBJECT -> "a section";
                case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> "'" + shortened(parser.getText()) + "'";
                case VALUE_NULL -> "nothing";
                default -> null;
            };
        }
        catch (final java.io.IOException | RuntimeException e)
        {
            return null;
        }
    }

    private static String shortened(final String value)
    {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }

    /**
     * @param type what the binder wanted.
     * @return it in words, e.g. "a whole number".
     */
    static String expected(final Class<?> type)
    {
        if (type == null)
        {
            return "a valid value";
        }
        final Class<?> t = box(type);
        if (t == Integer.class || t == Long.class || t == Short.class || t == Byte.class || t == BigInteger.class)
        {
            return "a whole number";
        }
        if (t == Double.class || t == Float.class || t == BigDecimal.class)
        {
            return "a number";
        }
        if (t == Boolean.class)
        {
            return "true or false";
        }
        if (t == String.class)
        {
            return "a text value";
        }
        if (Collection.class.isAssignableFrom(t) || t.isArray())
        {
            return "a list, e.g. [a, b]";
        }
        if (Map.class.isAssignableFrom(t) || t.isRecord())
        {
            return "a section of key: value lines";
        }
        return "a valid value";
    }

    private static Class<?> box(final Class<?> type)
    {
        if (type == null || !type.isPrimitive())
        {
            return type;
        }
        return switch (type.getName())
        {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "boolean" -> Boolean.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            default -> type;
        };
    }

    /**
     * A message the user may see: one that names Java or Jackson types (a binder message we did not
     * rephrase) becomes the expected form in words.
     */
    private static String plain(final String message, final Class<?> target)
    {
        if (message == null || message.isBlank() || JAVA_NAMES.matcher(message).find())
        {
            return target == null ? "not a valid value" : "not a valid value; expected " + expected(target);
        }
        return message;
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

    private static String firstLine(final String message)
    {
        final int nl = message == null ? -1 : message.indexOf('\n');
        return nl < 0 ? String.valueOf(message) : message.substring(0, nl);
    }
}
