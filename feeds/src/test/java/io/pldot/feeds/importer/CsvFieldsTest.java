package io.pldot.feeds.importer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvFieldsTest
{
    private final CsvFields fields = new CsvFields(10);

    @Test
    void shouldSplitPlainFields()
    {
        assertThat(split("a,,b c,")).containsExactly("a", "", "b c", "");
    }

    @Test
    void shouldReadRfc4180QuotedFieldsWithoutTheirQuotes()
    {
        assertThat(split("\"1385913600\",\"900.5\",0.25")).containsExactly("1385913600", "900.5", "0.25");
        assertThat(split("\"a,b\",\"\",\"say \"\"hi\"\"\"  ,x")).containsExactly("a,b", "", "say \"\"hi\"\"", "x");
    }

    @Test
    void shouldKeepAMalformedQuotedFieldWholeSoItFailsToParse()
    {
        assertThat(split("\"unterminated,1")).containsExactly("\"unterminated,1");
        assertThat(split("\"12\"34,5")).containsExactly("\"12\"34", "5");
    }

    private List<String> split(final String line)
    {
        final int count = fields.split(line);
        final List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++)
        {
            out.add(line.substring(fields.start(i), fields.end(i)));
        }
        return out;
    }
}
