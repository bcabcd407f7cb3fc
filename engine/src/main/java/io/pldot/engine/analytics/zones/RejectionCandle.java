package io.pldot.engine.analytics.zones;

/**
 * The formation rule of {@link SupplyDemandZones} (its class comment, "Formation"): whether a
 * closed bar is a rejection candle, and the zone it forms. With body = |close − open|, a lower
 * wick over {@code wickToBody} × body forms a demand zone [low, min(open, close)], an upper wick
 * over it a supply zone [max(open, close), high]; when both qualify the longer wick wins, and
 * equal wicks (indecision) form none. Strength = min(100, wick / body × {@code strengthPerRatio}),
 * 100 for a body of 0.
 * <p>
 * {@link #match} returns the kind and leaves the zone's bounds and strength in fields, read right
 * after: no result object per bar. Single-threaded: owned with its {@link SupplyDemandZones} by the
 * analytics stage thread. Does not allocate.
 */
final class RejectionCandle
{
    private final double wickToBody;
    private final double strengthPerRatio;

    private double zoneLow;
    private double zoneHigh;
    private double zoneStrength;

    /**
     * @param wickToBody       a wick must exceed this times the body.
     * @param strengthPerRatio strength per unit of wick / body.
     */
    RejectionCandle(final double wickToBody, final double strengthPerRatio)
    {
        this.wickToBody = wickToBody;
        this.strengthPerRatio = strengthPerRatio;
    }

    /**
     * @return the kind of zone the bar forms, or {@code null} for none (then the bounds and
     *         strength keep the last match's values).
     */
    ZoneKind match(final double open, final double barHigh, final double barLow, final double close)
    {
        final double bodyLow = Math.min(open, close);
        final double bodyHigh = Math.max(open, close);
        final double body = bodyHigh - bodyLow;
        final double lowerWick = bodyLow - barLow;
        final double upperWick = barHigh - bodyHigh;
        final double threshold = wickToBody * body;
        final boolean demand = lowerWick > threshold;
        final boolean supply = upperWick > threshold;
        if (demand && (!supply || lowerWick > upperWick))
        {
            zoneLow = barLow;
            zoneHigh = bodyLow;
            zoneStrength = strength(lowerWick, body);
            return ZoneKind.DEMAND;
        }
        if (supply && (!demand || upperWick > lowerWick))
        {
            zoneLow = bodyHigh;
            zoneHigh = barHigh;
            zoneStrength = strength(upperWick, body);
            return ZoneKind.SUPPLY;
        }
        return null;
    }

    /** @return lower bound of the last matched zone. */
    double zoneLow()
    {
        return zoneLow;
    }

    /** @return upper bound of the last matched zone. */
    double zoneHigh()
    {
        return zoneHigh;
    }

    /** @return strength of the last matched zone, 0..100. */
    double zoneStrength()
    {
        return zoneStrength;
    }

    private double strength(final double wick, final double body)
    {
        if (body == 0)
        {
            return SupplyDemandZoneSettings.MAX_STRENGTH;
        }
        return Math.min(SupplyDemandZoneSettings.MAX_STRENGTH, wick / body * strengthPerRatio);
    }
}
