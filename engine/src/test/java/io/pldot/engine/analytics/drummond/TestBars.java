package io.pldot.engine.analytics.drummond;

import io.pldot.engine.analytics.bar.Bar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Bars for the Drummond tests: hand-made series and the real AAPL 2013 daily bars.
 */
final class TestBars
{
    static final long DAY = 86_400_000_000_000L;
    /** Bar n (1-based) of a hand-made series opens at n * DAY. */
    static final long T0 = 0L;

    /** One bar as decimal text, exactly as in the file. */
    record Row(long openTime, BigDecimal high, BigDecimal low, BigDecimal close)
    {
    }

    private TestBars()
    {
    }

    /**
     * @return open time of bar n (1-based) of a hand-made series.
     */
    static long time(final int n)
    {
        return T0 + n * DAY;
    }

    static Bar bar(final Bar bar, final int n, final double high, final double low, final double close)
    {
        return bar.set(time(n), time(n) + DAY, close, high, low, close, 1);
    }

    /**
     * Feeds bars whose high = low = close = the given prices (typical price = close), numbered from 1.
     */
    static void feedCloses(final DrummondAnalyzer analyzer, final double... closes)
    {
        final Bar bar = new Bar();
        for (int i = 0; i < closes.length; i++)
        {
            analyzer.update(bar(bar, (int)analyzer.bars() + 1, closes[i], closes[i], closes[i]));
        }
    }

    /**
     * @return the 252 AAPL daily bars of 2013 from ta4j-examples, oldest first.
     */
    static List<Row> aapl()
    {
        final List<Row> rows = new ArrayList<>();
        final ClassLoader loader = TestBars.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream("appleinc_bars_from_20130101_usd.csv"))
        {
            if (in == null)
            {
                throw new IllegalStateException("AAPL bars not on the classpath (ta4j-examples)");
            }
            final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String line = reader.readLine();
            while ((line = reader.readLine()) != null)
            {
                if (line.isBlank())
                {
                    continue;
                }
                final String[] f = line.split(",");
                final long open = LocalDate.parse(f[0]).atStartOfDay(ZoneOffset.UTC).toEpochSecond() * 1_000_000_000L;
                rows.add(new Row(open, new BigDecimal(f[2]), new BigDecimal(f[3]), new BigDecimal(f[4])));
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        return rows;
    }

    static Bar toBar(final Bar bar, final Row row)
    {
        return bar.set(row.openTime(), row.openTime() + DAY, row.close().doubleValue(), row.high().doubleValue(),
            row.low().doubleValue(), row.close().doubleValue(), 1);
    }
}
