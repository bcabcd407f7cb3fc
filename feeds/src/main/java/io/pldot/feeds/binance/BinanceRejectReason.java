package io.pldot.feeds.binance;

/** Why a Binance WebSocket frame was not turned into a trade tick; counted per reason by the feed. */
public enum BinanceRejectReason
{
    /** The frame is not well-formed JSON of the shape Binance documents (names the offset in the message). */
    MALFORMED_JSON,
    /** The frame has no trade event type ("e" not "trade" / "aggTrade") and is not a control frame. */
    NOT_A_TRADE,
    /** A required field ("s", "p", "q", "T", "m", "t" or "a") is missing. */
    MISSING_FIELD,
    /** The price is not a positive decimal or has more fraction digits than the instrument's scale. */
    BAD_PRICE,
    /** The quantity is not a positive decimal or has more fraction digits than the instrument's scale. */
    BAD_QUANTITY,
    /** A trade id or time is negative or not a whole number. */
    BAD_NUMBER,
    /** The frame is longer than the configured maximum. */
    OVERSIZED
}
