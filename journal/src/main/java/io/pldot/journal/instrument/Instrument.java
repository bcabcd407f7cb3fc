package io.pldot.journal.instrument;

/**
 * A tradable instrument: its symbol, the id records carry, and the decimal scales of its
 * fixed-point price and quantity (a price of 9682.19 at price scale 2 is stored as 968219).
 * Immutable; safe from any thread.
 *
 * @param symbol        unique symbol as venues and users spell it, e.g. "BTCUSDT".
 * @param id            positive id written in records.
 * @param venue         venue name, for display and routing, e.g. "BINANCE".
 * @param priceScale    decimal places of prices, 0..12.
 * @param quantityScale decimal places of quantities, 0..12.
 */
public record Instrument(String symbol, int id, String venue, int priceScale, int quantityScale)
{
    /** Largest scale allowed: 10^12 still leaves prices up to ~9.2 million at full precision. */
    public static final int MAX_SCALE = 12;

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException naming the bad field.
     */
    public Instrument
    {
        if (symbol == null || symbol.isBlank())
        {
            throw new IllegalArgumentException("symbol must not be blank");
        }
        if (id <= 0)
        {
            throw new IllegalArgumentException("id must be > 0 for " + symbol + ", was " + id);
        }
        if (priceScale < 0 || priceScale > MAX_SCALE)
        {
            throw new IllegalArgumentException(
                "priceScale must be 0.." + MAX_SCALE + " for " + symbol + ", was " + priceScale);
        }
        if (quantityScale < 0 || quantityScale > MAX_SCALE)
        {
            throw new IllegalArgumentException(
                "quantityScale must be 0.." + MAX_SCALE + " for " + symbol + ", was " + quantityScale);
        }
        venue = venue == null ? "" : venue;
    }
}
