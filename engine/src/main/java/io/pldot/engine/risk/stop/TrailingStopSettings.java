package io.pldot.engine.risk.stop;

import java.util.EnumMap;
import java.util.Map;

/**
 * Trailing distance per asset class, in basis points of the mark (50 bps = 0.5%).
 * <p>
 * Defaults follow OFS §8 (docs/references.md) and README "Risk and execution": {@link AssetClass#REGULAR} 0.5% (50 bps),
 * {@link AssetClass#VOLATILE} 15% (1,500 bps; OFS §8 allows 15-20% and its code uses 17.5%).
 * Immutable; safe from any thread. {@link #distanceBps(AssetClass)} does not allocate.
 *
 * @param distances distance in bps for every asset class, each 1..9999.
 */
public record TrailingStopSettings(Map<AssetClass, Integer> distances)
{
    /** Distances are in basis points: 10,000 bps = 100%. */
    public static final int BPS = 10_000;
    /** Default distance for regular assets: 0.5%. */
    public static final int REGULAR_DEFAULT_BPS = 50;
    /** Default distance for very volatile assets: 15%. */
    public static final int VOLATILE_DEFAULT_BPS = 1_500;

    /**
     * Validates and copies the map.
     *
     * @throws IllegalArgumentException naming the asset class that is missing or out of range.
     */
    public TrailingStopSettings
    {
        final EnumMap<AssetClass, Integer> copy = new EnumMap<>(AssetClass.class);
        for (final AssetClass assetClass : AssetClass.values())
        {
            final Integer bps = distances == null ? null : distances.get(assetClass);
            if (bps == null || !isValidDistance(bps))
            {
                throw new IllegalArgumentException(
                    "trailing distance for " + assetClass + " must be 1.." + (BPS - 1) + " bps, was " + bps);
            }
            copy.put(assetClass, bps);
        }
        distances = Map.copyOf(copy);
    }

    /**
     * @return REGULAR 0.5%, VOLATILE 15%.
     */
    public static TrailingStopSettings defaults()
    {
        return new TrailingStopSettings(Map.of(
            AssetClass.REGULAR, REGULAR_DEFAULT_BPS, AssetClass.VOLATILE, VOLATILE_DEFAULT_BPS));
    }

    /**
     * @param assetClass of the instrument.
     * @return its trailing distance in bps.
     */
    public int distanceBps(final AssetClass assetClass)
    {
        return distances.get(assetClass);
    }

    /**
     * @param bps distance to check.
     * @return true for 1..9999 bps: a stop at 0% would trigger at once, at 100% a long stop would be 0.
     */
    public static boolean isValidDistance(final long bps)
    {
        return bps >= 1 && bps < BPS;
    }
}
