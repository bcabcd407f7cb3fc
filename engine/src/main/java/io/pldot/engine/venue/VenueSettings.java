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
 * @param fillModel    {@link FillModel#NEXT_TICK} (realistic, the default) or {@link FillModel#SIGNAL_CLOSE}
 *                     (cross-check against bar-level tools only).
 */
public record VenueSettings(
    long latencyNanos, int slippageBps, int makerFeeBps, int takerFeeBps, boolean realistic, FillModel fillModel)
{
    /** Slippage and fees are in basis points: 10,000 bps = 100%. */
    public static final int BPS = 10_000;

    /**
     * Settings with the default {@link FillModel#NEXT_TICK} fill model.
     *
     * @param latencyNanos event-time delay from decision to the order being live, >= 0.
     * @param slippageBps  price concession on market and triggered-stop fills, 0..9999 bps.
     * @param makerFeeBps  fee on limit fills, 0..10000 bps.
     * @param takerFeeBps  fee on market and stop fills, 0..10000 bps.
     * @param realistic    whether fill size is capped by the traded size.
     */
    public VenueSettings(
        final long latencyNanos, final int slippageBps, final int makerFeeBps, final int takerFeeBps,
        final boolean realistic)
    {
        this(latencyNanos, slippageBps, makerFeeBps, takerFeeBps, realistic, FillModel.NEXT_TICK);
    }

    /**
     * Defaults: no latency, 5 bps slippage, maker 2 bps, taker 5 bps, realistic fill sizes, next-tick fills.
     *
     * @return the default paper-venue settings.
     */
    public static VenueSettings defaults()
    {
        return new VenueSettings(0, 5, 2, 5, true, FillModel.NEXT_TICK);
    }

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException naming the bad field.
     */
    public VenueSettings
    {
        if (fillModel == null)
        {
            throw new IllegalArgumentException("fillModel must be next-tick or signal-close");
        }
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
