package io.pldot.engine.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a config value, in the user's words: the problem part of a
 * {@link ConfigException}'s message ("'abc' is not a whole number", "expected a list, found 'x'"),
 * from what the binder or the YAML parser threw. The expected form is said in words ("a whole number",
 * "true or false"), and a message that would show Java, Jackson or SnakeYAML names is replaced by one
 * that does not. Where the problem is (file, line, key path) is {@link ConfigErrorText}'s part.
 * <p>
 * Stateless static functions: safe from any thread. Used only when a config fails to load.
 */
final class ProblemText
{
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?\\.?(inf|infinity|nan)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern QUOTED_INPUT = Pattern.compile("\\(([^)]*)\\)");
    /** Text only Java, Jackson or SnakeYAML write (type names, parser events); a user's value may hold a backtick. */
    private static final Pattern JAVA_NAMES = Pattern.compile(
        "`(java|com|io|org)\\.|\\bjava\\.(lang|util|time|math|io|nio)\\b|com\\.fasterxml|io\\.pldot|org\\.yaml|" +
            "JsonToken|Base64Variant|Event\\(|Exception");

    private ProblemText()
    {
    }

    /**
     * @param ex what the binder threw (not a wrapped syntax error).
     * @return what is wrong, without the key path.
     */
    static String problem(final JsonMappingException ex)
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
    static String parserProblem(final String message)
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
    static String plain(final String message, final Class<?> target)
    {
        if (message == null || message.isBlank() || JAVA_NAMES.matcher(message).find())
        {
            return target == null ? "not a valid value" : "not a valid value; expected " + expected(target);
        }
        return message;
    }

    private static String firstLine(final String message)
    {
        final int nl = message == null ? -1 : message.indexOf('\n');
        return nl < 0 ? String.valueOf(message) : message.substring(0, nl);
    }
}
