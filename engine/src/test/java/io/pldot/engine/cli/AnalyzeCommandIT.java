package io.pldot.engine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.pldot.engine.cli.CliRun.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code analyze} end to end on real data: the 252 AAPL 2013 daily bars shipped in ta4j-examples
 * and the 100,000 bundled Bitstamp trades. Expected values are recomputed here from the input
 * columns with plain loops written from the definitions (PLdot = mean of the last 3 typical
 * prices; EMA seeded by the SMA of the first N closes; ATR = SMA of the first 14 true ranges,
 * then Wilder), never taken from the engine.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class AnalyzeCommandIT
{
    @TempDir
    static Path dir;

    private static Path aapl;
    private static CliRun csv;
    private static List<Map<String, String>> rows;

    @BeforeAll
    static void analyzeTheAppleBars() throws IOException
    {
        aapl = dir.resolve("appleinc_bars_from_20130101_usd.csv");
        try (InputStream in = AnalyzeCommandIT.class.getResourceAsStream("/appleinc_bars_from_20130101_usd.csv"))
        {
            Files.copy(in, aapl);
        }
        csv = CliRun.of("analyze", "--config", CONFIG, "--bars", aapl.toString());
        rows = parseCsv(csv.out());
    }

    @Test
    void shouldPrintOneRowPerBarWithTheDocumentedColumnsAndNoNaN()
    {
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.err()).contains("252 bars read, 0 refused, 252 rows written");
        assertThat(rows).hasSize(252);
        assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith(
            "time,open,high,low,close,volume,pldot,pldot_slope,env_upper,env_lower,env_position,state,trend," +
            "bars_in_state,state_confidence,ema20,ema50,ema200,atr14,adx14,plus_di14,minus_di14,delta,cvd,poc," +
            "va_high,va_low,regime");
        assertThat(csv.out()).doesNotContainIgnoringCase("nan").doesNotContainIgnoringCase("infinity");
        assertThat(rows.get(0).get("time")).isEqualTo("2013-01-02T00:00:00Z");
        assertThat(rows.get(0).get("close")).isEqualTo("549.03");
        // Bars carry no aggressor side: order flow stays undefined on every row.
        assertThat(rows).allSatisfy(r -> assertThat(r.get("delta")).isEmpty());
        assertThat(rows).allSatisfy(r -> assertThat(r.get("cvd")).isEmpty());
        // The profile is defined from the first bar (a bar's own range).
        assertThat(rows.get(0).get("poc")).isNotEmpty();
    }

    @Test
    void shouldMatchPlDotComputedFromTheTypicalPrices()
    {
        final double[] typical = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++)
        {
            typical[i] = (d(i, "high") + d(i, "low") + d(i, "close")) / 3.0;
        }
        assertThat(rows.get(0).get("pldot")).isEmpty();
        assertThat(rows.get(1).get("pldot")).isEmpty();
        for (int i = 2; i < rows.size(); i++)
        {
            final double expected = (typical[i - 2] + typical[i - 1] + typical[i]) / 3.0;
            assertThat(d(i, "pldot")).as("pldot on row %d", i).isCloseTo(expected, within(1e-9));
            if (i >= 3)
            {
                assertThat(d(i, "pldot_slope")).as("slope on row %d", i)
                    .isCloseTo(d(i, "pldot") - d(i - 1, "pldot"), within(1e-9));
            }
        }
    }

    @Test
    void shouldMatchEmaSeededBySimpleAverageAndWilderAtr()
    {
        for (final int period : new int[] {20, 50, 200})
        {
            double ema = 0;
            for (int i = 0; i < rows.size(); i++)
            {
                if (i < period - 1)
                {
                    assertThat(rows.get(i).get("ema" + period)).as("ema%d on row %d", period, i).isEmpty();
                    ema += d(i, "close");
                    continue;
                }
                ema = i == period - 1 ? (ema + d(i, "close")) / period :
                    ema + 2.0 / (period + 1) * (d(i, "close") - ema);
                assertThat(d(i, "ema" + period)).as("ema%d on row %d", period, i).isCloseTo(ema, within(1e-9));
            }
        }
        double atr = 0;
        for (int i = 1; i < rows.size(); i++)
        {
            final double trueRange = Math.max(d(i, "high"), d(i - 1, "close")) - Math.min(d(i, "low"), d(i - 1, "close"));
            if (i < 14)
            {
                atr += trueRange;
                assertThat(rows.get(i).get("atr14")).isEmpty();
                continue;
            }
            atr = i == 14 ? (atr + trueRange) / 14.0 : (atr * 13.0 + trueRange) / 14.0;
            assertThat(d(i, "atr14")).as("atr14 on row %d", i).isCloseTo(atr, within(1e-9));
        }
    }

    @Test
    void shouldPrintJsonLinesWithNullForUndefinedValues()
    {
        final CliRun json = CliRun.of("analyze", "--config", CONFIG, "--bars", aapl.toString(), "--format", "json",
            "--ema", "9,21");
        assertThat(json.exitCode()).as(json.err()).isZero();
        final List<String> lines = json.out().lines().toList();
        assertThat(lines).hasSize(252);
        final JsonNode first = CliRun.parse(lines.get(0));
        assertThat(first.get("pldot").isNull()).isTrue();
        assertThat(first.get("ema9").isNull()).isTrue();
        assertThat(first.has("ema20")).isFalse();
        final JsonNode last = CliRun.parse(lines.get(251));
        assertThat(last.get("close").asDouble()).isEqualTo(561.02);
        assertThat(last.get("ema21").isNumber()).isTrue();
        assertThat(last.get("state").isTextual()).isTrue();
        assertThat(last.get("patterns").isArray()).isTrue();
    }

    @Test
    void shouldRollBarsUpToALongerTimeframe()
    {
        final CliRun weekly = CliRun.of("analyze", "--config", CONFIG, "--bars", aapl.toString(), "--timeframe", "7d");
        assertThat(weekly.exitCode()).as(weekly.err()).isZero();
        final List<Map<String, String>> weeks = parseCsv(weekly.out());
        // 7-day buckets aligned to the epoch (a Thursday): 2013-01-02 (Wed) falls in the bucket of 2012-12-27.
        assertThat(weeks.get(0).get("time")).isEqualTo("2012-12-27T00:00:00Z");
        assertThat(weeks.get(0).get("open")).isEqualTo("553.82");
        assertThat(weeks.stream().mapToDouble(r -> Double.parseDouble(r.get("volume"))).sum())
            .isEqualTo(3657921400.0);
    }

    @Test
    void shouldAnalyseTheRealBitstampTradesFromAJournal()
    {
        final Path journal = dir.resolve("journal");
        assertThat(CliRun.of("import", "bundled:bitstamp", "--config", CONFIG, "--journal", journal.toString())
            .exitCode()).isZero();
        final CliRun run = CliRun.of("analyze", "--config", CONFIG, "--journal", journal.toString(), "--symbol",
            "BTCUSD", "--timeframe", "1h");
        assertThat(run.exitCode()).as(run.err()).isZero();
        final List<Map<String, String>> hours = parseCsv(run.out());
        // Replay closes 160 hour candles of these trades (the demo's count): analyze prints the same bars.
        assertThat(hours).hasSize(160);
        assertThat(run.err()).contains("99,982 inputs read").contains("160 1h rows of BTCUSD");
        assertThat(hours.get(0).get("time")).isEqualTo("2013-11-25T00:00:00Z");
        double cvd = 0;
        for (final Map<String, String> hour : hours)
        {
            cvd += Double.parseDouble(hour.get("delta"));
            assertThat(Double.parseDouble(hour.get("cvd"))).isCloseTo(cvd, within(1e-6));
        }
        for (int i = 2; i < hours.size(); i++)
        {
            final double expected = (typical(hours.get(i - 2)) + typical(hours.get(i - 1)) + typical(hours.get(i))) / 3.0;
            // The CSV prints 12 significant digits, so it matches to a relative 5e-12.
            assertThat(Double.parseDouble(hours.get(i).get("pldot"))).isCloseTo(expected,
                within(Math.abs(expected) * 1e-11));
        }
    }

    @Test
    void shouldRefuseBadArgumentsByName()
    {
        final CliRun missing = CliRun.of("analyze", "--config", CONFIG, "--bars", dir.resolve("nope.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.csv").contains("no such file");
        final CliRun format = CliRun.of("analyze", "--config", CONFIG, "--bars", aapl.toString(), "--format", "xml");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("--format 'xml'");
        final CliRun both = CliRun.of("analyze", "--config", CONFIG);
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("--bars").contains("--journal");
        final CliRun ema = CliRun.of("analyze", "--config", CONFIG, "--bars", aapl.toString(), "--ema", "50,20");
        assertThat(ema.exitCode()).isEqualTo(2);
        assertThat(ema.err()).contains("ascending");
    }

    private static double typical(final Map<String, String> row)
    {
        return (Double.parseDouble(row.get("high")) + Double.parseDouble(row.get("low")) +
            Double.parseDouble(row.get("close"))) / 3.0;
    }

    private static double d(final int row, final String column)
    {
        return Double.parseDouble(rows.get(row).get(column));
    }

    private static List<Map<String, String>> parseCsv(final String text)
    {
        final List<String> lines = text.lines().toList();
        final String[] header = lines.get(0).split(",", -1);
        final List<Map<String, String>> parsed = new ArrayList<>();
        for (final String line : lines.subList(1, lines.size()))
        {
            final String[] cells = line.split(",", -1);
            assertThat(cells).as("cells of %s", line).hasSameSizeAs(header);
            final Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++)
            {
                row.put(header[i], cells[i]);
            }
            parsed.add(row);
        }
        assertThat(Arrays.asList(header)).doesNotHaveDuplicates();
        return parsed;
    }
}
