package io.pldot.feeds.binance;

import java.time.Duration;
import java.util.List;

/**
 * Settings of one Binance trade feed connection; immutable and validated on construction (the message names the
 * bad field).
 *
 * @param wsBaseUrl            e.g. "wss://stream.binance.com:9443"; raw streams at /ws/&lt;stream&gt;, combined at
 *                             /stream?streams=
 * @param restBaseUrl          e.g. "https://api.binance.com", for the backfill
 * @param streamKind           @trade or @aggTrade
 * @param combined             true for the combined-stream endpoint (frames wrapped in {"stream","data"})
 * @param symbols              venue symbols to subscribe at start, e.g. "BTCUSDT"
 * @param pingInterval         how often the client pings when idle
 * @param staleTimeout         no message for this long: STALE, then reconnect
 * @param backoffInitial       first reconnect delay
 * @param backoffMax           cap of the exponential reconnect delay
 * @param backoffJitter        fraction 0..1 of random jitter added to each delay
 * @param spikeBandPercent     a price further than this from the last accepted price is rejected as a spike
 * @param maxFrameBytes        larger frames are rejected as OVERSIZED
 * @param backfillPageLimit    "limit" of one REST backfill page (Binance allows 1..1000)
 * @param connectTimeout       WebSocket connect and REST request timeout
 */
public record BinanceFeedSettings(
    String wsBaseUrl,
    String restBaseUrl,
    BinanceStreamKind streamKind,
    boolean combined,
    List<String> symbols,
    Duration pingInterval,
    Duration staleTimeout,
    Duration backoffInitial,
    Duration backoffMax,
    double backoffJitter,
    double spikeBandPercent,
    int maxFrameBytes,
    int backfillPageLimit,
    Duration connectTimeout)
{
    public static final String DEFAULT_WS_BASE_URL = "wss://stream.binance.com:9443";
    public static final String DEFAULT_REST_BASE_URL = "https://api.binance.com";

    public BinanceFeedSettings
    {
        requireUrl("wsBaseUrl", wsBaseUrl, "ws://", "wss://");
        requireUrl("restBaseUrl", restBaseUrl, "http://", "https://");
        if (streamKind == null)
        {
            throw new IllegalArgumentException("streamKind must be TRADE or AGG_TRADE, was null");
        }
        if (symbols == null)
        {
            throw new IllegalArgumentException("symbols must be a list (may be empty), was null");
        }
        symbols = List.copyOf(symbols);
        for (final String symbol : symbols)
        {
            if (symbol.isBlank() || !symbol.chars().allMatch(Character::isLetterOrDigit))
            {
                throw new IllegalArgumentException("symbols: '" + symbol + "' is not a Binance symbol (letters, digits)");
            }
        }
        requirePositive("pingInterval", pingInterval);
        requirePositive("staleTimeout", staleTimeout);
        requirePositive("backoffInitial", backoffInitial);
        requirePositive("backoffMax", backoffMax);
        requirePositive("connectTimeout", connectTimeout);
        if (backoffMax.compareTo(backoffInitial) < 0)
        {
            throw new IllegalArgumentException(
                "backoffMax " + backoffMax + " must not be below backoffInitial " + backoffInitial);
        }
        if (!(backoffJitter >= 0 && backoffJitter <= 1))
        {
            throw new IllegalArgumentException("backoffJitter must be in 0..1, was " + backoffJitter);
        }
        if (!(spikeBandPercent > 0 && spikeBandPercent <= 100))
        {
            throw new IllegalArgumentException("spikeBandPercent must be in (0, 100], was " + spikeBandPercent);
        }
        if (maxFrameBytes < 256)
        {
            throw new IllegalArgumentException("maxFrameBytes must be at least 256, was " + maxFrameBytes);
        }
        if (backfillPageLimit < 1 || backfillPageLimit > 1000)
        {
            throw new IllegalArgumentException("backfillPageLimit must be in 1..1000, was " + backfillPageLimit);
        }
    }

    /** Production defaults for the given stream kind and symbols. */
    public static BinanceFeedSettings defaults(final BinanceStreamKind kind, final List<String> symbols)
    {
        return new BinanceFeedSettings(
            DEFAULT_WS_BASE_URL, DEFAULT_REST_BASE_URL, kind, true, symbols,
            Duration.ofSeconds(15), Duration.ofSeconds(30),
            Duration.ofMillis(250), Duration.ofSeconds(30), 0.2,
            10.0, 64 * 1024, 1000, Duration.ofSeconds(10));
    }

    /** A copy pointing at other endpoints, e.g. a loopback venue. */
    public BinanceFeedSettings withEndpoints(final String ws, final String rest)
    {
        return new BinanceFeedSettings(
            ws, rest, streamKind, combined, symbols, pingInterval, staleTimeout, backoffInitial, backoffMax,
            backoffJitter, spikeBandPercent, maxFrameBytes, backfillPageLimit, connectTimeout);
    }

    private static void requireUrl(final String field, final String url, final String plain, final String secure)
    {
        if (url == null || !(url.startsWith(plain) || url.startsWith(secure)) || url.endsWith("/"))
        {
            throw new IllegalArgumentException(
                field + " must start with " + plain + " or " + secure + " and not end with '/', was " + url);
        }
    }

    private static void requirePositive(final String field, final Duration value)
    {
        if (value == null || value.isNegative() || value.isZero())
        {
            throw new IllegalArgumentException(field + " must be a positive duration, was " + value);
        }
    }
}
