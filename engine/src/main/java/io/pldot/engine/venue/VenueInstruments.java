package io.pldot.engine.venue;

import java.util.Arrays;

/**
 * The instruments the simulated venue trades and the quantity scale of each: the venue needs the
 * scale to turn {@code price x quantity} into a notional and a fee. A table indexed by instrument id,
 * so a lookup on the per-tick path is one array read and no hashing.
 * <p>
 * Single-threaded: owned by the venue's thread. Allocates only at construction.
 */
final class VenueInstruments
{
    /** Largest instrument id {@link #define} accepts. */
    static final int MAX_INSTRUMENT_ID = 65_535;

    private static final byte UNDEFINED = -1;

    private final byte[] quantityScaleById = new byte[MAX_INSTRUMENT_ID + 1];

    VenueInstruments()
    {
        Arrays.fill(quantityScaleById, UNDEFINED);
    }

    /**
     * Makes an instrument tradable (set-up time, not the hot path); defining it again replaces its scale.
     *
     * @param instrumentId  1..{@link #MAX_INSTRUMENT_ID}.
     * @param quantityScale decimal places of its quantities, 0..{@link VenuePricing#MAX_QUANTITY_SCALE}.
     * @throws IllegalArgumentException naming the bad argument.
     */
    void define(final int instrumentId, final int quantityScale)
    {
        if (instrumentId <= 0 || instrumentId > MAX_INSTRUMENT_ID)
        {
            throw new IllegalArgumentException(
                "instrumentId must be 1.." + MAX_INSTRUMENT_ID + ", was " + instrumentId);
        }
        if (quantityScale < 0 || quantityScale > VenuePricing.MAX_QUANTITY_SCALE)
        {
            throw new IllegalArgumentException(
                "quantityScale must be 0.." + VenuePricing.MAX_QUANTITY_SCALE + ", was " + quantityScale);
        }
        quantityScaleById[instrumentId] = (byte)quantityScale;
    }

    /**
     * @param instrumentId any int.
     * @return true when it is in range and was defined.
     */
    boolean isDefined(final int instrumentId)
    {
        return instrumentId > 0 && instrumentId <= MAX_INSTRUMENT_ID && quantityScaleById[instrumentId] != UNDEFINED;
    }

    /**
     * @param instrumentId a defined instrument (callers check {@link #isDefined} first).
     * @return its quantity scale.
     */
    int quantityScale(final int instrumentId)
    {
        return quantityScaleById[instrumentId];
    }
}
