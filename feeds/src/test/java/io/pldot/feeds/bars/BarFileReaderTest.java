package io.pldot.feeds.bars;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Golden figures from awk over the files themselves, e.g.
 * {@code awk -F, 'NR>1{n++; v+=$6; c+=$5} END{print n, v, c}' appleinc_bars_from_20130101_usd.csv}
 * gives 252 bars, volume 3657921400, closes summing to 119103.99; the Google file 65 bars, volume 4115149.
 */
class BarFileReaderTest
{
    private static final Path GOOGLE = Path.of(System.getProperty("user.dir"))
        .resolve("../../shared/data/google_30min_bars.csv").normalize();

    private record Row(long time, double open, double high, double low, double close, double volume)
    {
    }

    private static List<Row> rows(final BarFileReport[] report, final String name, final String text) throws IOException
    {
        final List<Row> rows = new ArrayList<>();
        report[0] = new BarFileReader(ZoneOffset.UTC).read(name, new BufferedReader(new StringReader(text)),
            (t, o, h, l, c, v) -> rows.add(new Row(t, o, h, l, c, v)));
        return rows;
    }

    @Test
    void shouldReadTheBundledAppleDailyBars() throws IOException
    {
        final List<Row> rows = new ArrayList<>();
        final BarFileReport report;
        try (InputStream in = getClass().getResourceAsStream("/appleinc_bars_from_20130101_usd.csv"))
        {
            assertThat(in).as("AAPL bars in ta4j-examples").isNotNull();
            report = new BarFileReader(ZoneOffset.UTC).read("aapl.csv",
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                (t, o, h, l, c, v) -> rows.add(new Row(t, o, h, l, c, v)));
        }
        assertThat(report.accepted()).isEqualTo(252);
        assertThat(report.rejectedTotal()).isZero();
        assertThat(rows.get(0)).isEqualTo(new Row(Instant.parse("2013-01-02T00:00:00Z").toEpochMilli() * 1_000_000L,
            553.82, 555.00, 541.63, 549.03, 20018500));
        assertThat(rows.get(251).close()).isEqualTo(561.02);
        assertThat(rows.stream().mapToDouble(Row::volume).sum()).isEqualTo(3657921400.0);
        assertThat(rows.stream().map(r -> java.math.BigDecimal.valueOf(r.close()))
            .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)).isEqualByComparingTo("119103.99");
    }

    @Test
    void shouldReadTheGoogleBarsWithTheirOwnColumnOrder() throws IOException
    {
        assumeTrue(Files.exists(GOOGLE), "shared data beside the project");
        final List<Row> rows = new ArrayList<>();
        final BarFileReport report = new BarFileReader(ZoneId.of("America/New_York"))
            .read(GOOGLE, (t, o, h, l, c, v) -> rows.add(new Row(t, o, h, l, c, v)));
        assertThat(report.accepted()).isEqualTo(65);
        // Line 3: 2017-09-27 07:00:00,933.0,935.53,928.47,928.745,136776 (Timestamp,Close,High,Low,Open,Volume).
        assertThat(rows.get(1)).isEqualTo(new Row(Instant.parse("2017-09-27T11:00:00Z").toEpochMilli() * 1_000_000L,
            928.745, 935.53, 928.47, 933.0, 136776));
        assertThat(rows.stream().mapToDouble(Row::volume).sum()).isEqualTo(4115149.0);
    }

    @Test
    void shouldRefuseEveryKindOfBadRowWithFileAndLineAndKeepTheRest() throws IOException
    {
        final BarFileReport[] report = new BarFileReport[1];
        final List<Row> rows = rows(report, "bad.csv", String.join("\n",
            "time,open,high,low,close,volume",
            "2020-01-01 00:00,10,11,9,10.5,100",
            "2020-01-01 00:01,10,11,9,10.5",
            "2020-01-01 00:02,ten,11,9,10.5,1",
            "2020-01-01 00:03,10,NaN,9,10.5,1",
            "2020-01-01 00:04,0,11,9,10.5,1",
            "2020-01-01 00:05,10,11,9,10.5,-1",
            "2020-01-01 00:06,10,9.5,9,10.5,1",
            "2020-01-01 00:00,10,11,9,10.5,1",
            "2020-13-01 00:08,10,11,9,10.5,1",
            "",
            "2020-01-01 00:09,10,11,9,10.5,0"));
        assertThat(rows).extracting(Row::volume).containsExactly(100.0, 0.0);
        assertThat(report[0].accepted()).isEqualTo(2);
        assertThat(report[0].rejectedTotal()).isEqualTo(8);
        assertThat(report[0].rejected()).containsEntry(BarRejectReason.MALFORMED, 3L)
            .containsEntry(BarRejectReason.NON_FINITE, 1L)
            .containsEntry(BarRejectReason.NON_POSITIVE_PRICE, 1L)
            .containsEntry(BarRejectReason.NEGATIVE_VOLUME, 1L)
            .containsEntry(BarRejectReason.INCONSISTENT_RANGE, 1L)
            .containsEntry(BarRejectReason.TIME_NOT_INCREASING, 1L);
        assertThat(report[0].examples()).hasSize(8);
        assertThat(report[0].examples().get(0)).startsWith("bad.csv:3: MALFORMED").contains("5 fields, header has 6");
        assertThat(report[0].examples().get(3)).startsWith("bad.csv:6: NON_POSITIVE_PRICE");
        assertThat(report[0].examples().get(6)).startsWith("bad.csv:9: TIME_NOT_INCREASING");
    }

    @Test
    void shouldParseEveryTimeFormAndNameMissingColumns() throws IOException
    {
        final BarFileReader reader = new BarFileReader(ZoneOffset.UTC);
        final long expected = Instant.parse("2021-03-04T05:06:07Z").toEpochMilli() * 1_000_000L;
        assertThat(reader.parseTime("1614834367")).isEqualTo(expected);
        assertThat(reader.parseTime("1614834367000")).isEqualTo(expected);
        assertThat(reader.parseTime("1614834367000000")).isEqualTo(expected);
        assertThat(reader.parseTime("1614834367000000000")).isEqualTo(expected);
        assertThat(reader.parseTime("2021-03-04T05:06:07Z")).isEqualTo(expected);
        assertThat(reader.parseTime("2021-03-04 06:06:07+01:00")).isEqualTo(expected);
        assertThat(reader.parseTime("2021-03-04 05:06:07")).isEqualTo(expected);
        assertThat(reader.parseTime("2021-03-04T05:06:07.5")).isEqualTo(expected + 500_000_000L);
        assertThat(reader.parseTime("2021-03-04")).isEqualTo(expected - (5 * 3600 + 6 * 60 + 7) * 1_000_000_000L);

        final BarFileReport[] report = new BarFileReport[1];
        assertThatThrownBy(() -> rows(report, "x.csv", "when,open,high,close\n1,1,1,1"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("x.csv:1")
            .hasMessageContaining("date|time|timestamp low volume");
        assertThatThrownBy(() -> rows(report, "empty.csv", "")).hasMessageContaining("empty file");
    }
}
