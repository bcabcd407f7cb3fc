package io.pldot.bench;

import io.pldot.feeds.importer.BundledData;
import io.pldot.feeds.importer.TradeSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The real trade files the benchmarks replay, with the number of valid trades each imports to (a
 * benchmark checks it, so a changed file cannot silently change what "per record" means).
 * <ul>
 *   <li>{@link #BITSTAMP}: 99,982 Bitstamp BTCUSD trades of 2013 bundled with the engine — about
 *   ten trades per minute, so a candle closes every ~8 trades across the four default timeframes
 *   (the worst case for per-close work such as analytics);</li>
 *   <li>{@link #BINANCE_FUTURES}: the 9,999 Binance USD-M futures BTCUSDT trades of 2020-02-22 in
 *   {@code ../shared/data/} (tardis format) — about 80 trades per minute, a denser, modern market;
 *   found by walking up from the working directory, so benchmarks that use it run from the
 *   checkout (as {@code scripts/bench} does).</li>
 * </ul>
 * Immutable; thread-safe.
 */
enum BenchDataset
{
    BITSTAMP("bitstamp", 99_982),
    BINANCE_FUTURES("binance-futures", 9_999);

    private static final String BINANCE_FILE = "binance_futures_btcusdt_trades_2020-02-22.csv";

    private final String id;
    private final long trades;

    BenchDataset(final String id, final long trades)
    {
        this.id = id;
        this.trades = trades;
    }

    /** @return the JMH parameter value naming this data set. */
    String id()
    {
        return id;
    }

    /** @return the valid trades the data set imports to (one replayed record each). */
    long trades()
    {
        return trades;
    }

    /**
     * @param id a JMH parameter value ({@code bitstamp} or {@code binance-futures}).
     * @return the data set.
     * @throws IllegalArgumentException naming the value and the known ones.
     */
    static BenchDataset of(final String id)
    {
        for (final BenchDataset d : values())
        {
            if (d.id.equals(id.toLowerCase(Locale.ROOT)))
            {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown data set '" + id + "': expected bitstamp or binance-futures");
    }

    /** @return where to read the trades from. */
    TradeSource source()
    {
        return switch (this)
        {
            case BITSTAMP -> BundledData.bitstampTrades();
            case BINANCE_FUTURES -> TradeSource.of(sharedDataFile(BINANCE_FILE));
        };
    }

    private static Path sharedDataFile(final String name)
    {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent())
        {
            final Path candidate = dir.resolve("shared").resolve("data").resolve(name);
            if (Files.isRegularFile(candidate))
            {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/data/" + name + " not found above " + Path.of("").toAbsolutePath()
            + ": run the benchmark from the checkout, beside ../shared");
    }
}
