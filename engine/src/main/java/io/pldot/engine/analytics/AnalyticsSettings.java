package io.pldot.engine.analytics;

import io.pldot.engine.analytics.drummond.DrummondSettings;
import io.pldot.engine.analytics.flow.OrderFlowSettings;
import io.pldot.engine.analytics.profile.MarketProfileSettings;
import io.pldot.engine.analytics.regime.RegimeSettings;
import io.pldot.engine.analytics.zones.FairValueGapSettings;
import io.pldot.engine.analytics.zones.SupplyDemandZoneSettings;

/**
 * Every analytics parameter of one engine, one immutable record per family; built from the
 * config's {@code analytics:} section (or the {@code analyze} command's options) and shared,
 * read-only, by every symbol × timeframe. Immutable; safe from any thread.
 *
 * @param enabled  false runs candles only (no snapshots, no events).
 * @param drummond PLdot, envelopes, lines, states, patterns.
 * @param regime   EMAs, ATR, ADX, Hurst, mean reversion, autocorrelation, regime thresholds.
 * @param orderFlow delta, CVD, imbalance window.
 * @param profile  market profile window and rows.
 * @param zones    supply/demand zones.
 * @param gaps     fair value gaps.
 */
public record AnalyticsSettings(
    boolean enabled,
    DrummondSettings drummond,
    RegimeSettings regime,
    OrderFlowSettings orderFlow,
    MarketProfileSettings profile,
    SupplyDemandZoneSettings zones,
    FairValueGapSettings gaps)
{
    /**
     * @return every family at its documented default, analytics on.
     */
    public static AnalyticsSettings defaults()
    {
        return new AnalyticsSettings(true, DrummondSettings.defaults(), RegimeSettings.defaults(),
            OrderFlowSettings.defaults(), MarketProfileSettings.defaults(), SupplyDemandZoneSettings.defaults(),
            FairValueGapSettings.defaults());
    }

    /**
     * @param regime replacement regime settings.
     * @return a copy with them.
     */
    public AnalyticsSettings withRegime(final RegimeSettings regime)
    {
        return new AnalyticsSettings(enabled, drummond, regime, orderFlow, profile, zones, gaps);
    }

    /**
     * @param enabled whether analytics run.
     * @return a copy with that switch.
     */
    public AnalyticsSettings withEnabled(final boolean enabled)
    {
        return new AnalyticsSettings(enabled, drummond, regime, orderFlow, profile, zones, gaps);
    }

    /**
     * @return the EMA periods, in snapshot slot order.
     */
    public int[] emaPeriods()
    {
        return regime.emaPeriods().stream().mapToInt(Integer::intValue).toArray();
    }
}
