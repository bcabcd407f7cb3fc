package io.pldot.engine.config;

import io.pldot.engine.analytics.AnalyticsSettings;
import io.pldot.engine.analytics.drummond.DrummondSettings;
import io.pldot.engine.analytics.drummond.EnvelopeMethod;
import io.pldot.engine.analytics.flow.OrderFlowSettings;
import io.pldot.engine.analytics.profile.MarketProfileSettings;
import io.pldot.engine.analytics.regime.RegimeSettings;
import io.pldot.engine.analytics.zones.FairValueGapSettings;
import io.pldot.engine.analytics.zones.SupplyDemandZoneSettings;

import java.util.List;
import java.util.Locale;

/**
 * The config file's {@code analytics:} section as written: every key optional, each missing one
 * taking the documented default of its analytics family. {@link #toSettings()} validates the
 * whole and builds the immutable {@link AnalyticsSettings}; a bad value fails there with the
 * key's name (and the loader adds the line). Immutable.
 *
 * @param enabled   false: candles only (default true).
 * @param drummond  PLdot / envelope / lines settings.
 * @param regime    EMAs and regime thresholds.
 * @param orderFlow rolling window and imbalance cap.
 * @param profile   market profile window and rows.
 * @param zones     supply/demand zone rule.
 * @param gaps      fair value gap tracking.
 */
public record AnalyticsConfig(
    Boolean enabled,
    Drummond drummond,
    Regime regime,
    OrderFlow orderFlow,
    Profile profile,
    Zones zones,
    Gaps gaps)
{
    /**
     * @return the validated settings, defaults filled in.
     * @throws IllegalArgumentException naming the bad key.
     */
    public AnalyticsSettings toSettings()
    {
        final AnalyticsSettings d = AnalyticsSettings.defaults();
        return new AnalyticsSettings(
            enabled == null || enabled,
            drummond == null ? d.drummond() : drummond.toSettings(d.drummond()),
            regime == null ? d.regime() : regime.toSettings(d.regime()),
            orderFlow == null ? d.orderFlow() : orderFlow.toSettings(d.orderFlow()),
            profile == null ? d.profile() : profile.toSettings(d.profile()),
            zones == null ? d.zones() : zones.toSettings(d.zones()),
            gaps == null ? d.gaps() : gaps.toSettings(d.gaps()));
    }

    private static <T> T or(final T value, final T fallback)
    {
        return value == null ? fallback : value;
    }

    private static <T> T checked(final String key, final java.util.function.Supplier<T> build)
    {
        try
        {
            return build.get();
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException("analytics." + key + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * {@code analytics.drummond}.
     *
     * @param envelope           pldot_range | hlc_range | atr | percentage.
     * @param envelopeMultiplier width multiplier (pldot_range, hlc_range, atr).
     * @param envelopePercent    half-width in percent of PLdot (percentage), e.g. 2.
     * @param atrPeriod          ATR period of the atr envelope.
     * @param zoneTolerance      clustering tolerance: a price ("0.5") or a percent of price ("0.1%").
     * @param lineLookback       two-bar pairs kept for Drummond lines.
     */
    public record Drummond(
        String envelope,
        Double envelopeMultiplier,
        Double envelopePercent,
        Integer atrPeriod,
        String zoneTolerance,
        Integer lineLookback)
    {
        DrummondSettings toSettings(final DrummondSettings d)
        {
            return checked("drummond", () ->
            {
                DrummondSettings s = d.withEnvelopeMethod(envelope == null ? d.envelopeMethod() : method(envelope))
                    .withEnvelopeMultiplier(or(envelopeMultiplier, d.envelopeMultiplier()))
                    .withEnvelopePercent(envelopePercent == null ? d.envelopePercent() : envelopePercent / 100.0)
                    .withAtrPeriod(or(atrPeriod, d.atrPeriod()))
                    .withLineLookback(or(lineLookback, d.lineLookback()));
                if (zoneTolerance != null)
                {
                    final String text = zoneTolerance.trim();
                    s = text.endsWith("%") ?
                        s.withPercentZoneTolerance(number("zoneTolerance", text.substring(0, text.length() - 1))) :
                        s.withAbsoluteZoneTolerance(number("zoneTolerance", text));
                }
                return s;
            });
        }

        private static double number(final String key, final String text)
        {
            try
            {
                return Double.parseDouble(text.trim());
            }
            catch (final NumberFormatException ex)
            {
                throw new IllegalArgumentException(key + " '" + text + "' is not a number (e.g. 0.5 or 0.1%)");
            }
        }

        private static EnvelopeMethod method(final String text)
        {
            final String normalised = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (final EnvelopeMethod method : EnvelopeMethod.values())
            {
                if (method.name().equals(normalised))
                {
                    return method;
                }
            }
            throw new IllegalArgumentException("envelope '" + text +
                "' is not one of pldot_range, hlc_range, atr, percentage");
        }
    }

    /**
     * {@code analytics.regime}.
     *
     * @param emaPeriods               ascending EMA periods, up to 8.
     * @param hurstWindow              closes in the Hurst window.
     * @param meanReversionLookback    closes in the mean-reversion window.
     * @param autocorrelationWindow    returns in the autocorrelation window.
     * @param minAdx                   below: ranging.
     * @param minAtrPercent            below: ranging.
     * @param minHurst                 below: ranging.
     * @param maxMeanReversionStrength above: ranging.
     */
    public record Regime(
        List<Integer> emaPeriods,
        Integer hurstWindow,
        Integer meanReversionLookback,
        Integer autocorrelationWindow,
        Double minAdx,
        Double minAtrPercent,
        Double minHurst,
        Double maxMeanReversionStrength)
    {
        RegimeSettings toSettings(final RegimeSettings d)
        {
            return checked("regime", () -> new RegimeSettings(
                or(emaPeriods, d.emaPeriods()), d.atrPeriod(), d.adxPeriod(), or(hurstWindow, d.hurstWindow()),
                d.hurstLags(), or(meanReversionLookback, d.meanReversionLookback()),
                or(autocorrelationWindow, d.autocorrelationWindow()), or(minAdx, d.minAdx()),
                or(minAtrPercent, d.minAtrPercent()), or(minHurst, d.minHurst()),
                or(maxMeanReversionStrength, d.maxMeanReversionStrength())));
        }
    }

    /**
     * {@code analytics.orderFlow}.
     *
     * @param rollingBars  candles in the rolling window.
     * @param maxImbalance cap of buy/sell when sell volume is zero.
     */
    public record OrderFlow(Integer rollingBars, Double maxImbalance)
    {
        OrderFlowSettings toSettings(final OrderFlowSettings d)
        {
            return checked("orderFlow", () -> new OrderFlowSettings(
                or(rollingBars, d.rollingBars()), or(maxImbalance, d.maxImbalance())));
        }
    }

    /**
     * {@code analytics.profile}.
     *
     * @param windowBars       bars in the profile window.
     * @param rowTicks         row height in price ticks.
     * @param maxRows          rows the window may span.
     * @param maxRowsPerBar    rows one bar may span.
     * @param valueAreaPercent share of volume in the value area.
     */
    public record Profile(
        Integer windowBars, Integer rowTicks, Integer maxRows, Integer maxRowsPerBar, Integer valueAreaPercent)
    {
        MarketProfileSettings toSettings(final MarketProfileSettings d)
        {
            return checked("profile", () -> new MarketProfileSettings(or(windowBars, d.windowBars()),
                or(rowTicks, d.rowTicks()), or(maxRows, d.maxRows()), or(maxRowsPerBar, d.maxRowsPerBar()),
                or(valueAreaPercent, d.valueAreaPercent())));
        }
    }

    /**
     * {@code analytics.zones}.
     *
     * @param wickToBody       a wick longer than this × body forms a zone.
     * @param strengthPerRatio strength per unit of wick/body.
     * @param maxZones         zones kept.
     */
    public record Zones(Double wickToBody, Double strengthPerRatio, Integer maxZones)
    {
        SupplyDemandZoneSettings toSettings(final SupplyDemandZoneSettings d)
        {
            return checked("zones", () -> new SupplyDemandZoneSettings(or(wickToBody, d.wickToBody()),
                or(strengthPerRatio, d.strengthPerRatio()), or(maxZones, d.maxZones())));
        }
    }

    /**
     * {@code analytics.gaps}.
     *
     * @param maxGaps    gaps kept.
     * @param minGapSize gaps must be larger than this (price units).
     */
    public record Gaps(Integer maxGaps, Double minGapSize)
    {
        FairValueGapSettings toSettings(final FairValueGapSettings d)
        {
            return checked("gaps", () -> new FairValueGapSettings(or(maxGaps, d.maxGaps()), or(minGapSize, d.minGapSize())));
        }
    }
}
