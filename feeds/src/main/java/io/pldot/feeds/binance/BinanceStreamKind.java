package io.pldot.feeds.binance;

/** Which Binance trade stream the feed subscribes to; the id space of backfill follows from it. */
public enum BinanceStreamKind
{
    /** {@code <symbol>@trade}: ids "t", backfilled from GET /api/v3/historicalTrades. */
    TRADE("@trade"),
    /** {@code <symbol>@aggTrade}: ids "a", backfilled from GET /api/v3/aggTrades. */
    AGG_TRADE("@aggTrade");

    private final String suffix;

    BinanceStreamKind(final String suffix)
    {
        this.suffix = suffix;
    }

    /** The stream name of a symbol, lower case as Binance requires, e.g. "btcusdt@trade". */
    public String streamName(final String symbol)
    {
        return symbol.toLowerCase(java.util.Locale.ROOT) + suffix;
    }
}
