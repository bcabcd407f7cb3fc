package io.pldot.engine.decision.confluence;

import io.pldot.engine.decision.MultiTimeframeView;
import io.pldot.engine.decision.TimeframeView;
import io.pldot.journal.schema.AnalyticsCodes;
import io.pldot.journal.schema.IndicatorField;

/**
 * The four-level hierarchical filter of OFS §12.5 (docs/references.md), short-circuiting at the first level that
 * fails (longest = higher timeframe, middle = trading, fastest = lower):
 * <ol>
 *   <li>Regime of the higher timeframe (from its snapshot): UPTREND allows longs, DOWNTREND
 *       shorts; RANGING or undefined stops here.</li>
 *   <li>Zone: price must be at a live zone of the higher timeframe on the allowed side — a demand
 *       zone for a long (low ≤ price ≤ high × (1 + proximity)), a supply zone for a short
 *       (low × (1 − proximity) ≤ price ≤ high); the nearest one is taken. Proximity default 0.5%.</li>
 *   <li>Order-flow cascade: imbalance accelerating toward the fastest timeframe — long:
 *       lower &gt; trading &gt; higher and lower &gt; 2 (2:1 buying); short: lower &lt; trading &lt;
 *       higher and lower &lt; 1/2.</li>
 *   <li>Bounce + volume on the lower timeframe's last bar: bounce strength (long: (close − low) /
 *       (high − low); short: (high − close) / (high − low); 0 for a bar with no range) &gt; 0.7, and
 *       volume &gt; 1.5 × the mean of the 19 bars before it (needs 20 bars).</li>
 * </ol>
 * Entry score = bounce strength × lower imbalance (OFS §12.5's). Stateless apart from its settings;
 * no allocation; not thread-safe.
 */
public final class HierarchicalFilter
{
    private static final int UPTREND = AnalyticsCodes.Regime.UPTREND.code();
    private static final int DOWNTREND = AnalyticsCodes.Regime.DOWNTREND.code();
    private static final int DEMAND = AnalyticsCodes.ZoneKind.DEMAND.code();
    private static final int SUPPLY = AnalyticsCodes.ZoneKind.SUPPLY.code();
    private static final int VOLUME_BARS = 19;

    private final double zoneProximity;
    private final double minImbalance;
    private final double minBounce;
    private final double minVolumeSpike;

    /**
     * @param zoneProximityPercent how far above a demand zone (below a supply zone) price may be, percent (0.5).
     * @param minImbalance         lower-timeframe buy/sell imbalance a long needs (2.0; a short: below 1/that).
     * @param minBounce            bounce strength needed (0.7).
     * @param minVolumeSpike       volume / average needed (1.5).
     */
    public HierarchicalFilter(
        final double zoneProximityPercent, final double minImbalance, final double minBounce, final double minVolumeSpike)
    {
        this.zoneProximity = zoneProximityPercent / 100.0;
        this.minImbalance = minImbalance;
        this.minBounce = minBounce;
        this.minVolumeSpike = minVolumeSpike;
    }

    /**
     * @param view  the instrument.
     * @param price current price (the trading bar's close).
     * @param out   filled with the result; {@code levelsPassed == 4} means trade.
     */
    public void evaluate(final MultiTimeframeView view, final double price, final HierarchicalResult out)
    {
        out.levelsPassed = 0;
        out.zone = -1;
        out.zoneBoundary = Double.NaN;
        out.bounceStrength = 0;
        out.volumeSpike = Double.NaN;
        out.entryScore = 0;
        final TimeframeView higher = view.higher();
        final TimeframeView lower = view.lower();
        out.imbalanceLower = lower.value(IndicatorField.IMBALANCE);
        out.imbalanceTrading = view.trading().value(IndicatorField.IMBALANCE);
        out.imbalanceHigher = higher.value(IndicatorField.IMBALANCE);
        out.direction = regimeDirection(higher.regime());
        if (out.direction == 0)
        {
            return;
        }
        out.levelsPassed = 1;
        out.zone = zoneAt(higher, price, out.direction, zoneProximity);
        if (out.zone < 0)
        {
            return;
        }
        out.zoneBoundary = out.direction > 0 ? higher.zoneLow(out.zone) : higher.zoneHigh(out.zone);
        out.levelsPassed = 2;
        if (!cascade(out.direction, out.imbalanceLower, out.imbalanceTrading, out.imbalanceHigher, minImbalance))
        {
            return;
        }
        out.levelsPassed = 3;
        out.bounceStrength = bounceStrength(lower.high(), lower.low(), lower.close(), out.direction);
        out.volumeSpike = volumeSpike(lower);
        if (!(out.bounceStrength > minBounce && out.volumeSpike > minVolumeSpike))
        {
            return;
        }
        out.levelsPassed = 4;
        out.entryScore = out.bounceStrength * out.imbalanceLower;
    }

    /**
     * @param regime Regime code.
     * @return +1 for UPTREND, −1 for DOWNTREND, 0 otherwise.
     */
    public static int regimeDirection(final int regime)
    {
        if (regime == UPTREND)
        {
            return 1;
        }
        return regime == DOWNTREND ? -1 : 0;
    }

    /**
     * @param view      zones.
     * @param price     current price.
     * @param direction +1 long (demand zones), −1 short (supply zones).
     * @param proximity fraction of price (0.005).
     * @return index of the nearest zone price is at, or −1.
     */
    public static int zoneAt(final TimeframeView view, final double price, final int direction, final double proximity)
    {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < view.zoneCount(); i++)
        {
            final double low = view.zoneLow(i);
            final double high = view.zoneHigh(i);
            final boolean at;
            final double distance;
            if (direction > 0)
            {
                at = view.zoneKind(i) == DEMAND && price >= low && price <= high * (1.0 + proximity);
                distance = Math.max(0.0, price - high);
            }
            else
            {
                at = view.zoneKind(i) == SUPPLY && price <= high && price >= low * (1.0 - proximity);
                distance = Math.max(0.0, low - price);
            }
            if (at && distance < bestDistance)
            {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }

    /**
     * @param direction    +1 long, −1 short.
     * @param lower        imbalance of the fastest timeframe.
     * @param trading      of the middle one.
     * @param higher       of the longest one.
     * @param minImbalance 2:1 by default.
     * @return true when imbalance accelerates toward the fastest timeframe past the threshold.
     */
    public static boolean cascade(
        final int direction, final double lower, final double trading, final double higher, final double minImbalance)
    {
        if (direction > 0)
        {
            return lower > trading && trading > higher && lower > minImbalance;
        }
        return lower < trading && trading < higher && lower < 1.0 / minImbalance;
    }

    /**
     * @param high      bar high.
     * @param low       bar low.
     * @param close     bar close.
     * @param direction +1 long, −1 short.
     * @return where the close sits in the range, measured from the rejected side; 0 with no range.
     */
    public static double bounceStrength(final double high, final double low, final double close, final int direction)
    {
        final double range = high - low;
        if (!(range > 0.0))
        {
            return 0.0;
        }
        return direction > 0 ? (close - low) / range : (high - close) / range;
    }

    /**
     * @param view a timeframe with at least 20 bars.
     * @return last volume / mean of the 19 before it; NaN with fewer bars or no earlier volume.
     */
    public static double volumeSpike(final TimeframeView view)
    {
        if (view.barsClosed() < VOLUME_BARS + 1)
        {
            return Double.NaN;
        }
        double sum = 0.0;
        for (int k = 1; k <= VOLUME_BARS; k++)
        {
            sum += view.volumeAgo(k);
        }
        final double average = sum / VOLUME_BARS;
        return average > 0.0 ? view.volumeAgo(0) / average : Double.NaN;
    }
}
