package io.pldot.feeds.bars;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the bar file reader with 100,000 generated rows, in memory and from fixed seeds: mutated rows are each
 * accepted or refused with a reason (never an exception, never a hang), and good rows among rows built to be
 * refused are all kept with their values.
 */
class BarFileFuzzTest
{
    private static final int ROWS = 100_000;
    private static final String HEADER = "date,open,high,low,close,volume";
    private static final long START = 1_600_000_000L;
    private static final String PALETTE = "0123456789.,-+eE:TZ \tNaIfinty\u0000\u001b\u00e9\uFFFD\r";

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldAccountForEveryMutatedRowWithAReason() throws IOException
    {
        final Random random = new Random(0xBA25L);
        final StringBuilder text = new StringBuilder(HEADER).append('\n');
        long rows = 0;
        for (int i = 0; i < ROWS; i++)
        {
            final String row = mutate(good(i), random);
            text.append(row).append('\n');
            rows += row.lines().filter(l -> !l.isBlank()).count();
        }
        final long[] bars = {0};

        final BarFileReport report = new BarFileReader(ZoneOffset.UTC).read("fuzz.csv",
            new BufferedReader(new StringReader(text.toString())), (t, o, h, l, c, v) -> bars[0]++);

        assertThat(report.accepted()).isEqualTo(bars[0]).isPositive();
        assertThat(report.rejected().values().stream().mapToLong(Long::longValue).sum())
            .isEqualTo(report.rejectedTotal());
        assertThat(report.accepted() + report.rejectedTotal()).isEqualTo(rows);
        assertThat(report.examples()).isNotEmpty().allSatisfy(e ->
        {
            assertThat(e).matches("fuzz\\.csv:\\d+: [A-Z_]+ .*");
            assertThat(e.chars().noneMatch(ch -> ch < 0x20 || ch == 0x7F)).as("no raw control character: %s", e)
                .isTrue();
        });
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldKeepEveryGoodRowAmongRefusableOnes() throws IOException
    {
        final Random random = new Random(0xB00DL);
        final StringBuilder text = new StringBuilder(HEADER).append('\n');
        int good = 0;
        int bad = 0;
        for (int i = 0; i < ROWS; i++)
        {
            if (random.nextBoolean())
            {
                text.append(good(good++)).append('\n');
            }
            else
            {
                text.append(invalid(good, random)).append('\n');
                bad++;
            }
        }
        final List<double[]> bars = new ArrayList<>();

        final BarFileReport report = new BarFileReader(ZoneOffset.UTC).read("fuzz.csv",
            new BufferedReader(new StringReader(text.toString())),
            (t, o, h, l, c, v) -> bars.add(new double[] {t, o, h, l, c, v}));

        assertThat(report.accepted()).isEqualTo(good);
        assertThat(report.rejectedTotal()).isEqualTo(bad);
        for (int i = 0; i < good; i++)
        {
            assertThat((long)bars.get(i)[0]).as("bar %d", i).isEqualTo((START + i * 60L) * 1_000_000_000L);
            assertThat(bars.get(i)[4]).as("bar %d", i).isEqualTo(close(i));
        }
    }

    private static String good(final long i)
    {
        final double close = close(i);
        return (START + i * 60L) + "," + (close - 1) + "," + (close + 2) + "," + (close - 3) + "," + close + "," +
            (i % 500) + ".25";
    }

    private static double close(final long i)
    {
        return 100 + i % 1_000 + 0.5;
    }

    private static String mutate(final String row, final Random random)
    {
        final StringBuilder sb = new StringBuilder(row);
        final int at = random.nextInt(sb.length());
        final char c = PALETTE.charAt(random.nextInt(PALETTE.length()));
        switch (random.nextInt(7))
        {
            case 0, 1 -> sb.setCharAt(at, c);
            case 2 -> sb.insert(at, c);
            case 3 -> sb.deleteCharAt(at);
            case 4 -> sb.setLength(at);
            default ->
            {
                // unchanged
            }
        }
        return sb.toString();
    }

    private static final String[] NOT_NUMBERS = {"abc", "1e", "--1", "", "0x10", "1.2.3", "\u0000", "\uFFFD"};

    /** A row built to be refused, placed where good row {@code next} would go. */
    private static String invalid(final int next, final Random random)
    {
        final String[] fields = good(next).split(",", -1);
        switch (random.nextInt(8))
        {
            case 0 -> fields[1 + random.nextInt(4)] = NOT_NUMBERS[random.nextInt(NOT_NUMBERS.length)];
            case 1 -> fields[1 + random.nextInt(4)] = random.nextBoolean() ? "NaN" : "Infinity";
            case 2 -> fields[5] = "-1";
            case 3 -> fields[2] = "1"; // high under low, open and close
            case 4 -> fields[1 + random.nextInt(4)] = "-5";
            case 5 -> fields[0] = next == 0 ? "x" : Long.toString(START + (next - 1) * 60L); // not after the last bar
            case 6 ->
            {
                return String.join(",", fields) + ",7";
            }
            default -> fields[0] = NOT_NUMBERS[random.nextInt(NOT_NUMBERS.length)] + "z";
        }
        return String.join(",", fields);
    }
}
