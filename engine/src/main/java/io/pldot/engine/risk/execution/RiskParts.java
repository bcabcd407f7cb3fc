package io.pldot.engine.risk.execution;

import io.pldot.engine.risk.DumpDetector;
import io.pldot.engine.risk.Portfolio;
import io.pldot.engine.risk.PortfolioRiskMonitor;
import io.pldot.engine.risk.RiskSettings;
import io.pldot.engine.risk.stop.AssetClass;
import io.pldot.engine.risk.stop.TrailingStopBook;
import io.pldot.engine.risk.stop.TrailingStopSettings;
import io.pldot.engine.venue.SimulatedVenue;
import io.pldot.engine.venue.VenueSettings;
import io.pldot.journal.instrument.InstrumentRegistry;

/**
 * The risk stage's parts, built and wired once: the {@link Portfolio} and its {@link PortfolioRiskMonitor}, the
 * {@link SimulatedVenue} and the {@link TrailingStopBook} (both reporting to the {@link ExecutionCallbacks}), the
 * {@link OrderPlacement}, the {@link ExitManager}, the {@link ExecutionChain}, the {@link RiskRecords} writer and
 * the {@link RiskStats}. The venue holds {@code 2 x MAX_POSITIONS + 2} open orders (an entry or exit plus a
 * protective stop per position); the stop book one stop per instrument.
 * <p>
 * Owned by the risk stage's thread; not thread-safe. Allocates only here, at construction.
 */
public final class RiskParts
{
    private final Portfolio portfolio;
    private final PortfolioRiskMonitor monitor;
    private final SimulatedVenue venue;
    private final TrailingStopBook stops;
    private final RiskStats stats = new RiskStats();
    private final RiskRecords records;
    private final OrderPlacement placement;
    private final ExitManager exits;
    private final ExecutionChain chain;

    /**
     * @param registry      instruments (all assumed quoted in the same currency).
     * @param settings      sizing and portfolio-risk rules.
     * @param venueSettings the simulated venue's latency, slippage, fees and fill model.
     * @param stopSettings  trailing distance per asset class.
     */
    public RiskParts(
        final InstrumentRegistry registry, final RiskSettings settings, final VenueSettings venueSettings,
        final TrailingStopSettings stopSettings)
    {
        this.portfolio = new Portfolio(registry, settings);
        this.monitor = new PortfolioRiskMonitor(settings);
        this.records = new RiskRecords(portfolio, monitor, stats);
        final int[] distanceBps = new int[registry.size()];
        final ExecutionCallbacks callbacks =
            new ExecutionCallbacks(registry, settings, portfolio, monitor, records, stats, distanceBps);
        this.venue = new SimulatedVenue(venueSettings, 2 * RiskSettings.MAX_POSITIONS + 2, callbacks);
        this.stops = new TrailingStopBook(Math.max(1, registry.size()), stopSettings, callbacks);
        for (int i = 0; i < registry.size(); i++)
        {
            final var instrument = registry.instruments().get(i);
            venue.defineInstrument(instrument.id(), instrument.quantityScale());
            distanceBps[i] = stopSettings.distanceBps(settings.volatileSymbols().contains(instrument.symbol()) ?
                AssetClass.VOLATILE : AssetClass.REGULAR);
        }
        this.placement = new OrderPlacement(portfolio, venue, venueSettings, records);
        this.exits = new ExitManager(registry, settings, portfolio, monitor, new DumpDetector(settings, registry.size()),
            venue, stops, placement, records);
        this.chain = new ExecutionChain(registry, settings, venueSettings, portfolio, monitor, stops, placement, records,
            distanceBps);
        callbacks.attach(venue, stops, placement, exits);
    }

    /** @return cash, positions, marks and working orders. */
    public Portfolio portfolio()
    {
        return portfolio;
    }

    /** @return the daily drawdown levels. */
    public PortfolioRiskMonitor monitor()
    {
        return monitor;
    }

    /** @return the simulated venue. */
    public SimulatedVenue venue()
    {
        return venue;
    }

    /** @return the trailing stops. */
    public TrailingStopBook stops()
    {
        return stops;
    }

    /** @return the counters. */
    public RiskStats stats()
    {
        return stats;
    }

    /** @return the record writer (and the input being processed). */
    public RiskRecords records()
    {
        return records;
    }

    /** @return order ids, submission and exits by market order. */
    public OrderPlacement placement()
    {
        return placement;
    }

    /** @return exits without a signal, entry timeouts and venue protective stops. */
    public ExitManager exits()
    {
        return exits;
    }

    /** @return the signal → order chain. */
    public ExecutionChain chain()
    {
        return chain;
    }
}
