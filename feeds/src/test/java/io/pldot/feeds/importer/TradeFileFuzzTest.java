package io.pldot.feeds.importer;

import io.pldot.journal.chronicle.JournalDirectory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes each trade file format with 100,000 generated rows, in memory and from fixed seeds.
 * <ul>
 * <li>Mutated rows (characters flipped, inserted, deleted, rows cut or doubled): the import never fails as a whole
 * and never hangs; every row read is either accepted or refused with a reason, a detail and its line, and no
 * message carries a raw control character.</li>
 * <li>Good rows with refusable rows between them (each built to be invalid: non-numbers, NaN, signs, too many
 * decimals, wrong field counts, binary junk, overlong lines, unknown symbols and sides): every good row is kept, in
 * order, with its values, and every other row is refused.</li>
 * </ul>
 */
class TradeFileFuzzTest
{
    private static final int ROWS = 100_000;
    private static final long START_SECONDS = 1_600_000_000L;

    @TempDir
    Path dir;

    /** The formats, each with how to write one good row and how its fields are laid out. */
    enum Format
    {
        BITSTAMP("timestamp,price,amount", 0, 1, 2, -1)
        {
            @Override
            String row(final long i)
            {
                return seconds(i) + "," + price(i) + "," + quantity(i);
            }
        },
        TARDIS("exchange,symbol,timestamp,local_timestamp,id,side,price,amount", 2, 6, 7, 1)
        {
            @Override
            String row(final long i)
            {
                final long micros = seconds(i) * 1_000_000L;
                return "binance-futures,BTCUSDT," + micros + "," + (micros + 250) + "," + (1_000 + i) + "," +
                    (i % 3 == 0 ? "sell" : i % 7 == 0 ? "unknown" : "buy") + "," + price(i) + "," + quantity(i);
            }
        },
        BINANCE("id,price,qty,quote_qty,time,is_buyer_maker", 4, 1, 2, -1)
        {
            @Override
            String row(final long i)
            {
                return (1_000 + i) + "," + price(i) + "," + quantity(i) + ",1.0," + seconds(i) * 1_000L + "," +
                    (i % 2 == 0);
            }
        };

        final String header;
        final int timeField;
        final int priceField;
        final int quantityField;
        final int symbolField;

        Format(final String header, final int timeField, final int priceField, final int quantityField,
            final int symbolField)
        {
            this.header = header;
            this.timeField = timeField;
            this.priceField = priceField;
            this.quantityField = quantityField;
            this.symbolField = symbolField;
        }

        abstract String row(long i);

        int fields()
        {
            return header.split(",").length;
        }

        ImportOptions options()
        {
            return this == BINANCE ? new ImportOptions(ImportOptions.AUTO, "BTCUSDT", null) :
                ImportOptions.auto().withDefaultSymbol("BTCUSD");
        }

        static long seconds(final long i)
        {
            return START_SECONDS + i;
        }

        static String price(final long i)
        {
            return (9_000 + i % 1_000) + "." + (i % 100);
        }

        static String quantity(final long i)
        {
            return "0." + (1 + i % 99_999_999);
        }

        static long priceUnits(final long i)
        {
            return (9_000 + i % 1_000) * 100 + (i % 100 < 10 ? (i % 100) * 10 : i % 100);
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldAccountForEveryMutatedRowWithAReason(final Format format)
    {
        final Random random = new Random(0xF0225L + format.ordinal());
        final StringBuilder text = new StringBuilder(format.header).append('\n');
        for (int i = 0; i < ROWS; i++)
        {
            text.append(mutate(format.row(i), random)).append('\n');
        }
        final List<Rejection> rejections = new ArrayList<>();

        final ImportReport report = importer(format, rejections).importReader(new StringReader(text.toString()),
            "fuzz.csv", format.options());

        assertThat(report.rowsRead()).isGreaterThan(ROWS * 9L / 10);
        assertThat(report.accepted() + report.rejected()).isEqualTo(report.rowsRead());
        assertThat(rejections).hasSize((int)report.rejected());
        assertThat(report.accepted()).as("most mutations leave a row intact or still valid").isPositive();
        for (final Rejection rejection : rejections)
        {
            assertThat(rejection.reason()).isNotNull();
            assertThat(rejection.detail()).isNotBlank();
            assertThat(rejection.lineNumber()).isBetween(2L, ROWS * 2L + 1);
            assertThat(rejection.message().chars().noneMatch(c -> c < 0x20 || c == 0x7F))
                .as("no raw control character in %s", rejection.message()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldKeepEveryGoodRowAmongRefusableOnes(final Format format)
    {
        final Random random = new Random(0xB00DL + format.ordinal());
        final StringBuilder text = new StringBuilder(format.header).append('\n');
        int good = 0;
        int bad = 0;
        for (int i = 0; i < ROWS; i++)
        {
            if (random.nextBoolean())
            {
                text.append(format.row(good++)).append('\n');
            }
            else
            {
                text.append(invalid(format, format.row(good), random)).append('\n');
                bad++;
            }
        }
        final List<Rejection> rejections = new ArrayList<>();

        final ImportReport report = importer(format, rejections).importReader(new StringReader(text.toString()),
            "fuzz.csv", format.options());

        assertThat(report.rowsRead()).isEqualTo(ROWS);
        assertThat(report.accepted()).isEqualTo(good);
        assertThat(report.rejected()).isEqualTo(bad);
        final List<Fixtures.Tick> ticks = Fixtures.readTicks(journal);
        assertThat(ticks).hasSize(good);
        for (int i = 0; i < good; i++)
        {
            final Fixtures.Tick tick = ticks.get(i);
            assertThat(tick.tsEvent()).as("row %d", i).isEqualTo(Format.seconds(i) * 1_000_000_000L);
            assertThat(tick.price()).as("row %d", i).isEqualTo(Format.priceUnits(i));
        }
    }

    private JournalDirectory journal;

    private TradeImporter importer(final Format format, final List<Rejection> rejections)
    {
        journal = new JournalDirectory(dir.resolve(format.name().toLowerCase()));
        return new TradeImporter(journal, Fixtures.registry(), Duration.ofSeconds(1), Duration.ofHours(1), 20,
            rejections::add);
    }

    private static final String PALETTE = "0123456789.,-+eE\"' \tNaIfinty\u0000\u0007\u001b\u007f\u00e9\uFFFD\u202e\r";

    /** One random mutation of a good row, or none (a quarter of the rows stay as they are). */
    private static String mutate(final String row, final Random random)
    {
        final StringBuilder sb = new StringBuilder(row);
        final int kind = random.nextInt(8);
        final int at = random.nextInt(sb.length());
        final char c = PALETTE.charAt(random.nextInt(PALETTE.length()));
        switch (kind)
        {
            case 0, 1 -> sb.setCharAt(at, c);
            case 2 -> sb.insert(at, c);
            case 3 -> sb.deleteCharAt(at);
            case 4 -> sb.setLength(at);
            case 5 -> sb.append(',').append(row);
            default ->
            {
                // unchanged
            }
        }
        return sb.toString();
    }

    private static final String[] NOT_NUMBERS = {"abc", "1e", "--1", "NaN", "Infinity", "-Infinity", "", " ",
        "0x10", "1.2.3", "\"1", "1\"", "\u0000", "\uFFFD", "٣"};

    /** A row built to be refused: one field broken so that no reading could accept it. */
    private static String invalid(final Format format, final String good, final Random random)
    {
        final String[] fields = good.split(",", -1);
        final int kind = random.nextInt(9);
        switch (kind)
        {
            case 0 -> fields[format.priceField] = NOT_NUMBERS[random.nextInt(NOT_NUMBERS.length)];
            case 1 -> fields[format.quantityField] = random.nextBoolean() ? "-" + fields[format.quantityField] : "0";
            case 2 -> fields[format.priceField] = fields[format.priceField] + "123456789";
            case 3 -> fields[format.timeField] = NOT_NUMBERS[random.nextInt(NOT_NUMBERS.length)];
            case 4 ->
            {
                return good + ",extra";
            }
            case 5 ->
            {
                // Never blank (a blank line is not a row): it starts with a control byte.
                final StringBuilder junk = new StringBuilder().append('\u0001');
                for (int i = 0; i < 1 + random.nextInt(40); i++)
                {
                    junk.append((char)(random.nextBoolean() ? random.nextInt(0x20) : 0x80 + random.nextInt(0x700)));
                }
                return junk.toString().replace('\n', ' ').replace('\r', ' ').replace(',', ';');
            }
            case 6 ->
            {
                return good + "9".repeat(TradeImporter.MAX_LINE_LENGTH);
            }
            case 7 ->
            {
                if (format.symbolField >= 0)
                {
                    fields[format.symbolField] = "NOSUCH";
                }
                else
                {
                    fields[format.priceField] = "-" + fields[format.priceField];
                }
            }
            default -> fields[format.quantityField] = "1e400";
        }
        return String.join(",", fields);
    }
}
