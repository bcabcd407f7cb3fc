package io.pldot.engine.venue;

/**
 * How the simulated venue fills: event-time latency, slippage, fees, and whether fill size is capped
 * by the traded size. Immutable; safe from any thread.
 *
 * @param latencyNanos event-time delay from decision to the order being live, >= 0.
 * @param slippageBps  price concession on market and triggered-stop fills, 0..9999 bps.
 * @param makerFeeBps  fee on limit fills, 0..10000 bps of notional (no rebates).
 * @param takerFeeBps  fee on market and stop fills, 0..10000 bps of notional.
 * @param realistic    when true a fill is at most the trade's quantity (shared by the orders filled
 *                     on that trade) and the rest stays open; when false each eligible order fills whole.
 */
public record VenueSettings(long latencyNanos, int slippageBps, int makerFeeBps, int takerFeeBps, boolean realistic)
{
    /** Slippage and fees are in basis points: 10,000 bps = 100%. */
    public static final int BPS = 10_000;

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException naming the bad field.
     */
    public VenueSettings
    {
        if (latencyNanos < 0)
        {
            throw new IllegalArgumentException("latencyNanos must be >= 0, was " + latencyNanos);
        }
        if (slippageBps < 0 || slippageBps >= BPS)
        {
            throw new IllegalArgumentException("slippageBps must be 0.." + (BPS - 1) + ", was " + slippageBps);
        }
        if (makerFeeBps < 0 || makerFeeBps > BPS)
        {
            throw new IllegalArgumentException("makerFeeBps must be 0.." + BPS + ", was " + makerFeeBps);
        }
        if (takerFeeBps < 0 || takerFeeBps > BPS)
        {
            throw new IllegalArgumentException("takerFeeBps must be 0.." + BPS + ", was " + takerFeeBps);
        }
    }
}
