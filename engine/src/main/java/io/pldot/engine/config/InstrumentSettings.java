package io.pldot.engine.config;

import io.pldot.journal.instrument.Instrument;

/**
 * One entry of the {@code instruments} section of {@code config/engine.yaml}: an instrument the engine
 * trades, as the registry will hold it. Immutable; safe from any thread.
 *
 * @param symbol        unique symbol.
 * @param id            unique positive id written in records.
 * @param venue         venue name.
 * @param priceScale    decimal places of prices.
 * @param quantityScale decimal places of quantities.
 */
public record InstrumentSettings(String symbol, Integer id, String venue, Integer priceScale, Integer quantityScale)
{
    /** Checks required fields and ranges. */
    public InstrumentSettings
    {
        if (id == null || priceScale == null || quantityScale == null)
        {
            throw new IllegalArgumentException("instrument " + symbol + " needs id, priceScale and quantityScale");
        }
        toInstrument(symbol, id, venue, priceScale, quantityScale);
    }

    /**
     * @return the registry entry.
     */
    public Instrument toInstrument()
    {
        return toInstrument(symbol, id, venue, priceScale, quantityScale);
    }

    private static Instrument toInstrument(
        final String symbol, final int id, final String venue, final int priceScale, final int quantityScale)
    {
        return new Instrument(symbol, id, venue, priceScale, quantityScale);
    }
}
