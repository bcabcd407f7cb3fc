package io.pldot.engine.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The problem part of a config message, from exceptions built by hand (no parser behind them, so no
 * value is read back from the text).
 */
class ProblemTextTest
{
    @Test
    void shouldSayTheExpectedFormInWords()
    {
        assertThat(ProblemText.expected(int.class)).isEqualTo("a whole number");
        assertThat(ProblemText.expected(Long.class)).isEqualTo("a whole number");
        assertThat(ProblemText.expected(double.class)).isEqualTo("a number");
        assertThat(ProblemText.expected(Boolean.class)).isEqualTo("true or false");
        assertThat(ProblemText.expected(String.class)).isEqualTo("a text value");
        assertThat(ProblemText.expected(List.class)).isEqualTo("a list, e.g. [a, b]");
        assertThat(ProblemText.expected(null)).isEqualTo("a valid value");
    }

    @Test
    void shouldKeepAUsersMessageButNeverShowJavaNames()
    {
        assertThat(ProblemText.plain("ringSize: 3 is out of range", Integer.class)).isEqualTo("ringSize: 3 is out of range");
        assertThat(ProblemText.plain("Cannot construct `java.lang.Integer`", Integer.class))
            .isEqualTo("not a valid value; expected a whole number");
        assertThat(ProblemText.plain("io.pldot.Something failed", null)).isEqualTo("not a valid value");
        assertThat(ProblemText.plain(" ", null)).isEqualTo("not a valid value");
    }

    @Test
    void shouldSayWhatTheParserFoundWhereAKeyWasExpected()
    {
        assertThat(ProblemText.parserProblem("Expected a field name (Scalar value in YAML), got this instead: "
            + "<org.yaml.snakeyaml.events.SequenceStartEvent()>"))
            .isEqualTo("expected a key (a name followed by ':') here, found a list");
        assertThat(ProblemText.parserProblem("Expected a field name, got AliasEvent"))
            .isEqualTo("expected a key (a name followed by ':') here, found an alias (*name)");
        assertThat(ProblemText.parserProblem("some plain problem\nsecond line")).isEqualTo("some plain problem");
    }

    @Test
    void shouldListTheKnownKeysOfAnUnknownOneSorted()
    {
        final UnrecognizedPropertyException ex = new UnrecognizedPropertyException(
            (JsonParser)null, "Unrecognized field", null, Map.class, "colour", List.of("size", "name"));

        assertThat(ProblemText.problem(ex)).isEqualTo("unknown key 'colour' (known: name, size)");
    }

    @Test
    void shouldSayAValueIsNotOfTheExpectedForm()
    {
        final InvalidFormatException word = InvalidFormatException.from(null, "bad", "abc", Integer.class);
        final InvalidFormatException infinite = InvalidFormatException.from(null, "bad", ".inf", Double.class);

        assertThat(ProblemText.problem(word)).isEqualTo("'abc' is not a whole number");
        assertThat(ProblemText.problem(infinite)).isEqualTo("'.inf' is not a finite number");
    }

    @Test
    void shouldPassOnTheValidationMessageOfOurRecords()
    {
        final JsonMappingException ours = JsonMappingException.from((JsonParser)null, "binder text",
            new IllegalArgumentException("ringSize: 3 is out of range: a power of two from 2 to 1048576 (slots)"));
        final JsonMappingException java = JsonMappingException.from((JsonParser)null, "binder text",
            new IllegalArgumentException("java.lang.NullPointerException"));

        assertThat(ProblemText.problem(ours)).isEqualTo("ringSize: 3 is out of range: a power of two from 2 to 1048576 (slots)");
        assertThat(ProblemText.problem(java)).isEqualTo("not a valid value");
    }
}
