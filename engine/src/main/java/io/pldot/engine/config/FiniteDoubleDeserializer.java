package io.pldot.engine.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Reads a config number into a {@code Double}, refusing what is not a finite decimal: YAML's
 * {@code .inf} and {@code .nan}, Java's {@code NaN} and {@code Infinity}, hexadecimal or suffixed
 * spellings, and values too large for a double. Without it Jackson would accept "NaN" (which no
 * range check can catch: every comparison with it is false) and report {@code .inf} with Java's
 * parser message. A refusal is an {@link InvalidFormatException} that {@link ConfigErrorText} words
 * plainly. Stateless; one shared instance.
 */
final class FiniteDoubleDeserializer extends StdScalarDeserializer<Double>
{
    static final FiniteDoubleDeserializer INSTANCE = new FiniteDoubleDeserializer();

    private static final long serialVersionUID = 1L;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private FiniteDoubleDeserializer()
    {
        super(Double.class);
    }

    @Override
    public Double deserialize(final JsonParser parser, final DeserializationContext context) throws IOException
    {
        final JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_STRING)
        {
            return (Double) context.handleUnexpectedToken(Double.class, parser);
        }
        final String text = parser.getText().trim();
        if (DECIMAL.matcher(text).matches())
        {
            final double value = Double.parseDouble(text);
            if (Double.isFinite(value))
            {
                return value;
            }
        }
        throw InvalidFormatException.from(parser, "not a finite number", text, Double.class);
    }
}
