package io.pldot.engine.config;

import io.pldot.engine.venue.FillModel;
import io.pldot.engine.venue.VenueSettings;

/**
 * The config file's {@code venue:} section: the simulated (paper / backtest) venue. Every key
 * optional, defaults from {@link VenueSettings#defaults()}. {@link EngineConfig} validates it when the config is built. Immutable.
 *
 * @param latency     event-time delay from decision to the order being live, e.g. 50ms (default 0).
 * @param slippageBps price concession on market fills (default 5).
 * @param makerFeeBps fee on limit fills (default 2).
 * @param takerFeeBps fee on market and stop fills (default 5).
 * @param realistic   a fill is capped by the traded size, the rest stays open (default true).
 * @param fillModel   next-tick (default, realistic) or signal-close (cross-check with bar-level tools).
 */
public record VenueConfig(
    String latency, Integer slippageBps, Integer makerFeeBps, Integer takerFeeBps, Boolean realistic, String fillModel)
{
    /**
     * @return the validated settings.
     * @throws IllegalArgumentException naming the bad key.
     */
    public VenueSettings toSettings()
    {
        final VenueSettings d = VenueSettings.defaults();
        final long latencyNanos;
        try
        {
            latencyNanos = latency == null ? d.latencyNanos() : DurationText.toNanos(latency);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException("latency: " + ex.getMessage());
        }
        return new VenueSettings(latencyNanos,
            slippageBps == null ? d.slippageBps() : slippageBps,
            makerFeeBps == null ? d.makerFeeBps() : makerFeeBps,
            takerFeeBps == null ? d.takerFeeBps() : takerFeeBps,
            realistic == null ? d.realistic() : realistic,
            fillModel == null ? d.fillModel() : fillModel(fillModel));
    }

    private static FillModel fillModel(final String text)
    {
        try
        {
            return ConfigChecks.parseEnum(FillModel.class, text);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException("fillModel " + ex.getMessage());
        }
    }
}
