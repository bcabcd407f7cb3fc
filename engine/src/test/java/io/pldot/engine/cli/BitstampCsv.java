package io.pldot.engine.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled Bitstamp CSV read straight from the classpath with plain Java, independently of the
 * engine's importer: the source of golden values for the CLI tests.
 */
final class BitstampCsv
{
    static final String RESOURCE = "/bitstamp_trades_from_20131125_usd.csv";

    /**
     * One data row of the file.
     *
     * @param epochSeconds the timestamp column.
     * @param price        the price column, as written.
     * @param amount       the amount column, as written.
     */
    record Row(long epochSeconds, BigDecimal price, BigDecimal amount)
    {
    }

    /**
     * Open, high, low, close and volume of some rows, in file order.
     */
    record Ohlcv(BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close, BigDecimal volume, int trades)
    {
    }

    private BitstampCsv()
    {
    }

    /**
     * @return every data row, header excluded, in file order.
     */
    static List<Row> rows()
    {
        try (InputStream in = BitstampCsv.class.getResourceAsStream(RESOURCE))
        {
            if (in == null)
            {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath (ta4j-examples)");
            }
            final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            final String header = reader.readLine();
            if (!"timestamp,price,amount".equals(header))
            {
                throw new IllegalStateException("unexpected header: " + header);
            }
            final List<Row> rows = new ArrayList<>(100_000);
            String line;
            while ((line = reader.readLine()) != null)
            {
                if (line.isBlank())
                {
                    continue;
                }
                final String[] fields = line.split(",");
                rows.add(new Row(Long.parseLong(fields[0]), new BigDecimal(fields[1]), new BigDecimal(fields[2])));
            }
            return rows;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * @param rows        the file's rows.
     * @param fromSeconds first second included.
     * @param toSeconds   first second excluded.
     * @return the candle of the rows in [from, to) with a positive amount.
     */
    static Ohlcv candle(final List<Row> rows, final long fromSeconds, final long toSeconds)
    {
        BigDecimal open = null;
        BigDecimal high = null;
        BigDecimal low = null;
        BigDecimal close = null;
        BigDecimal volume = BigDecimal.ZERO;
        int trades = 0;
        for (final Row row : rows)
        {
            if (row.epochSeconds() < fromSeconds || row.epochSeconds() >= toSeconds || row.amount().signum() <= 0)
            {
                continue;
            }
            if (open == null)
            {
                open = row.price();
                high = row.price();
                low = row.price();
            }
            high = high.max(row.price());
            low = low.min(row.price());
            close = row.price();
            volume = volume.add(row.amount());
            trades++;
        }
        if (open == null)
        {
            throw new IllegalArgumentException("no trades in [" + fromSeconds + ", " + toSeconds + ")");
        }
        return new Ohlcv(open, high, low, close, volume, trades);
    }

    /**
     * @param value a decimal.
     * @return how the engine prints it: no trailing zeros, no exponent ("800.01", "1").
     */
    static String plain(final BigDecimal value)
    {
        return value.stripTrailingZeros().toPlainString();
    }
}
