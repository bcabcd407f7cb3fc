package io.pldot.feeds.importer;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineReaderTest
{
    @Test
    void shouldSplitOnLfAndCrLfAndKeepALastLineWithoutLineEnd() throws IOException
    {
        assertThat(lines("a\nb\r\nc\nd", 100)).containsExactly("1:a", "2:b", "3:c", "4:d");
    }

    @Test
    void shouldKeepABareCrInsideALineOfAnLfFileSoLaterLineNumbersDoNotShift() throws IOException
    {
        assertThat(lines("a\nb1\rb2\r\nc\n", 100)).containsExactly("1:a", "2:b1\rb2", "3:c");
    }

    @Test
    void shouldReadAClassicMacFileWhoseLinesEndWithCr() throws IOException
    {
        assertThat(lines("a\rb\r\rc\r", 100)).containsExactly("1:a", "2:b", "3:", "4:c");
    }

    @Test
    void shouldEndTheLastLineAtACrAtTheEndOfTheInput() throws IOException
    {
        assertThat(lines("a\nb\r", 100)).containsExactly("1:a", "2:b");
    }

    @Test
    void shouldKeepEmptyLinesAndNumberThem() throws IOException
    {
        assertThat(lines("a\n\n\r\nb\n", 100)).containsExactly("1:a", "2:", "3:", "4:b");
    }

    @Test
    void shouldDropALeadingByteOrderMark() throws IOException
    {
        assertThat(lines("\uFEFFtimestamp,price,amount\n1,2,3", 100))
            .containsExactly("1:timestamp,price,amount", "2:1,2,3");
    }

    @Test
    void shouldCutOverlongLinesAndFlagThem() throws IOException
    {
        final LineReader reader = new LineReader(new StringReader("abcdefgh\nxy\n"), 4);
        assertThat(reader.next()).isTrue();
        assertThat(reader.line().toString()).isEqualTo("abcd");
        assertThat(reader.overlong()).isTrue();
        assertThat(reader.next()).isTrue();
        assertThat(reader.line().toString()).isEqualTo("xy");
        assertThat(reader.overlong()).isFalse();
        assertThat(reader.lineNumber()).isEqualTo(2);
        assertThat(reader.next()).isFalse();
    }

    @Test
    void shouldReadLinesLongerThanItsChunk() throws IOException
    {
        final String longLine = "x".repeat(200_000);
        assertThat(lines(longLine + "\r\n" + longLine, 300_000)).hasSize(2);
    }

    private static List<String> lines(final String text, final int max) throws IOException
    {
        final LineReader reader = new LineReader(new StringReader(text), max);
        final List<String> lines = new ArrayList<>();
        while (reader.next())
        {
            lines.add(reader.lineNumber() + ":" + reader.line());
        }
        return lines;
    }
}
