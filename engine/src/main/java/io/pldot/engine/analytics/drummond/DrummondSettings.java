package io.pldot.engine.analytics.drummond;

/**
 * Settings of one {@link DrummondAnalyzer}: immutable, validated on construction.
 *
 * @param envelopeMethod     how the envelope half-width is computed (DGAS (docs/references.md) default
 *                           {@link EnvelopeMethod#PLDOT_RANGE}).
 * @param envelopeMultiplier applied to the PLdot std, the half 3-bar range or the ATR (DGAS 1.5).
 * @param envelopePercent    fraction of |PLdot| for {@link EnvelopeMethod#PERCENTAGE} (DGAS 0.02).
 * @param atrPeriod          bars of the ATR for {@link EnvelopeMethod#ATR} (DGAS envelope period 3).
 * @param zoneToleranceMode  whether {@code zoneTolerance} is a price distance or a percentage.
 * @param zoneTolerance      largest gap between neighbouring projections of one zone (DGAS 0.5).
 * @param lineLookback       two-bar pairs whose lines are kept for zones, 1..{@value #MAX_LINE_LOOKBACK}
 *                           (DGAS clusters every line of its loaded window; 20 here).
 */
public record DrummondSettings(
    EnvelopeMethod envelopeMethod,
    double envelopeMultiplier,
    double envelopePercent,
    int atrPeriod,
    ZoneToleranceMode zoneToleranceMode,
    double zoneTolerance,
    int lineLookback)
{
    /** Most two-bar pairs a {@link DrummondLines} keeps: bounds the analyzer's state size. */
    public static final int MAX_LINE_LOOKBACK = 64;
    /** Longest ATR period accepted. */
    public static final int MAX_ATR_PERIOD = 1_000;

    private static final DrummondSettings DEFAULTS =
        new DrummondSettings(EnvelopeMethod.PLDOT_RANGE, 1.5, 0.02, 3, ZoneToleranceMode.ABSOLUTE, 0.5, 20);

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException when a value is out of range or not finite.
     */
    public DrummondSettings
    {
        if (envelopeMethod == null || zoneToleranceMode == null)
        {
            throw new IllegalArgumentException("envelope method and zone tolerance mode are required");
        }
        if (!(envelopeMultiplier > 0) || Double.isInfinite(envelopeMultiplier))
        {
            throw new IllegalArgumentException(
                "envelope multiplier must be positive and finite: " + envelopeMultiplier);
        }
        if (!(envelopePercent > 0) || Double.isInfinite(envelopePercent))
        {
            throw new IllegalArgumentException("envelope percent must be positive and finite: " + envelopePercent);
        }
        if (atrPeriod < 1 || atrPeriod > MAX_ATR_PERIOD)
        {
            throw new IllegalArgumentException("ATR period must be 1.." + MAX_ATR_PERIOD + ": " + atrPeriod);
        }
        if (!(zoneTolerance >= 0) || Double.isInfinite(zoneTolerance))
        {
            throw new IllegalArgumentException("zone tolerance must be >= 0 and finite: " + zoneTolerance);
        }
        if (lineLookback < 1 || lineLookback > MAX_LINE_LOOKBACK)
        {
            throw new IllegalArgumentException("line lookback must be 1.." + MAX_LINE_LOOKBACK + ": " + lineLookback);
        }
    }

    /**
     * @return the DGAS defaults: PLDOT_RANGE envelope, multiplier 1.5, percent 0.02, ATR period 3,
     * absolute zone tolerance 0.5, 20 two-bar pairs of lines.
     */
    public static DrummondSettings defaults()
    {
        return DEFAULTS;
    }

    /**
     * @param method of the envelope.
     * @return a copy with that envelope method.
     */
    public DrummondSettings withEnvelopeMethod(final EnvelopeMethod method)
    {
        return new DrummondSettings(
            method, envelopeMultiplier, envelopePercent, atrPeriod, zoneToleranceMode, zoneTolerance, lineLookback);
    }

    /**
     * @param multiplier of the envelope.
     * @return a copy with that multiplier.
     */
    public DrummondSettings withEnvelopeMultiplier(final double multiplier)
    {
        return new DrummondSettings(
            envelopeMethod, multiplier, envelopePercent, atrPeriod, zoneToleranceMode, zoneTolerance, lineLookback);
    }

    /**
     * @param fraction of |PLdot| for the percentage envelope (0.02 = 2 %).
     * @return a copy with that percentage.
     */
    public DrummondSettings withEnvelopePercent(final double fraction)
    {
        return new DrummondSettings(
            envelopeMethod, envelopeMultiplier, fraction, atrPeriod, zoneToleranceMode, zoneTolerance, lineLookback);
    }

    /**
     * @param period of the ATR.
     * @return a copy with that ATR period.
     */
    public DrummondSettings withAtrPeriod(final int period)
    {
        return new DrummondSettings(
            envelopeMethod, envelopeMultiplier, envelopePercent, period, zoneToleranceMode, zoneTolerance,
            lineLookback);
    }

    /**
     * @param tolerance in price units.
     * @return a copy with an absolute zone tolerance.
     */
    public DrummondSettings withAbsoluteZoneTolerance(final double tolerance)
    {
        return new DrummondSettings(
            envelopeMethod, envelopeMultiplier, envelopePercent, atrPeriod, ZoneToleranceMode.ABSOLUTE, tolerance,
            lineLookback);
    }

    /**
     * @param percent of price (0.5 = 0.5 %).
     * @return a copy with a percentage zone tolerance.
     */
    public DrummondSettings withPercentZoneTolerance(final double percent)
    {
        return new DrummondSettings(
            envelopeMethod, envelopeMultiplier, envelopePercent, atrPeriod, ZoneToleranceMode.PERCENT, percent,
            lineLookback);
    }

    /**
     * @param pairs two-bar pairs kept.
     * @return a copy with that line lookback.
     */
    public DrummondSettings withLineLookback(final int pairs)
    {
        return new DrummondSettings(
            envelopeMethod, envelopeMultiplier, envelopePercent, atrPeriod, zoneToleranceMode, zoneTolerance, pairs);
    }
}
