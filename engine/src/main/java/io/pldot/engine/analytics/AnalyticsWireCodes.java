package io.pldot.engine.analytics;

import io.pldot.engine.analytics.drummond.MarketState;
import io.pldot.engine.analytics.drummond.PatternType;
import io.pldot.engine.analytics.drummond.SlopeTrend;
import io.pldot.engine.analytics.drummond.TrendDirection;
import io.pldot.engine.analytics.profile.ProfileShape;
import io.pldot.engine.analytics.regime.Regime;
import io.pldot.engine.analytics.zones.GapDirection;
import io.pldot.engine.analytics.zones.GapStatus;
import io.pldot.engine.analytics.zones.ZoneKind;
import io.pldot.engine.analytics.zones.ZoneStatus;
import io.pldot.journal.schema.AnalyticsCodes;

/**
 * Maps the analytics' own enums to the journal's wire codes ({@link AnalyticsCodes}) through
 * arrays built once, by constant name: a constant without a namesake in the journal vocabulary
 * fails class initialisation (loudly, at start-up) instead of writing a wrong code later.
 * Lookups are array reads, allocation-free. Immutable; safe from any thread.
 */
final class AnalyticsWireCodes
{
    private static final byte[] STATE = byName(MarketState.values(), AnalyticsCodes.MarketState.class);
    private static final byte[] TREND = byName(TrendDirection.values(), AnalyticsCodes.Direction.class);
    private static final byte[] SLOPE = byName(SlopeTrend.values(), AnalyticsCodes.Slope.class);
    private static final byte[] PATTERN = byName(PatternType.values(), AnalyticsCodes.Pattern.class);
    private static final byte[] REGIME = byName(Regime.values(), AnalyticsCodes.Regime.class);
    private static final byte[] SHAPE = byName(ProfileShape.values(), AnalyticsCodes.ProfileShape.class);
    private static final byte[] ZONE_KIND = byName(ZoneKind.values(), AnalyticsCodes.ZoneKind.class);
    private static final byte[] ZONE_STATUS = byName(ZoneStatus.values(), AnalyticsCodes.ZoneStatus.class);
    private static final byte[] GAP_DIRECTION = byName(GapDirection.values(), AnalyticsCodes.GapDirection.class);
    private static final byte[] GAP_STATUS = byName(GapStatus.values(), AnalyticsCodes.GapStatus.class);

    private AnalyticsWireCodes()
    {
    }

    private static <W extends Enum<W>> byte[] byName(final Enum<?>[] constants, final Class<W> wire)
    {
        final byte[] codes = new byte[constants.length];
        for (final Enum<?> constant : constants)
        {
            try
            {
                codes[constant.ordinal()] = (byte)AnalyticsCodes.code(Enum.valueOf(wire, constant.name()));
            }
            catch (final IllegalArgumentException ex)
            {
                throw new IllegalStateException(constant.getDeclaringClass().getSimpleName() + "." + constant.name() +
                    " has no wire code in AnalyticsCodes." + wire.getSimpleName(), ex);
            }
        }
        return codes;
    }

    static int state(final MarketState value)
    {
        return value == null ? AnalyticsCodes.UNDEFINED : STATE[value.ordinal()];
    }

    static int trend(final TrendDirection value)
    {
        return value == null ? AnalyticsCodes.UNDEFINED : TREND[value.ordinal()];
    }

    static int slope(final SlopeTrend value)
    {
        return value == null ? AnalyticsCodes.UNDEFINED : SLOPE[value.ordinal()];
    }

    static int pattern(final PatternType value)
    {
        return PATTERN[value.ordinal()];
    }

    static int regime(final Regime value)
    {
        return value == null ? AnalyticsCodes.UNDEFINED : REGIME[value.ordinal()];
    }

    static int shape(final ProfileShape value)
    {
        return value == null ? AnalyticsCodes.UNDEFINED : SHAPE[value.ordinal()];
    }

    static int zoneKind(final ZoneKind value)
    {
        return ZONE_KIND[value.ordinal()];
    }

    static int zoneStatus(final ZoneStatus value)
    {
        return ZONE_STATUS[value.ordinal()];
    }

    static int gapDirection(final GapDirection value)
    {
        return GAP_DIRECTION[value.ordinal()];
    }

    static int gapStatus(final GapStatus value)
    {
        return GAP_STATUS[value.ordinal()];
    }
}
