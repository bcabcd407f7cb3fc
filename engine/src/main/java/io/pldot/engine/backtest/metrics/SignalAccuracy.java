package io.pldot.engine.backtest.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Outcome of the trades opened by one group of signals (one confidence bucket or one signal type).
 * <p>
 * Immutable.
 *
 * @param group      bucket label or signal type.
 * @param count      trades opened by signals of the group.
 * @param wins       of which won (net P&amp;L &gt; 0).
 * @param winRate    {@code wins / count}; null when the group is empty.
 * @param meanNetPnl mean net P&amp;L of the group's trades; null when empty.
 */
public record SignalAccuracy(String group, int count, int wins, Double winRate, Double meanNetPnl)
{
    /**
     * Groups the trades by the confidence bucket and by the type of the signal that opened them.
     *
     * @param trades  closed trades.
     * @param buckets confidence buckets; every bucket is reported, empty ones too.
     * @return the accuracy by bucket (bucket order) and by type (sorted by type).
     */
    public static SignalAccuracyReport compute(final List<ClosedTrade> trades, final ConfidenceBuckets buckets)
    {
        final int[] counts = new int[buckets.count()];
        final int[] wins = new int[buckets.count()];
        final double[] sums = new double[buckets.count()];
        final Map<String, double[]> byType = new TreeMap<>();
        for (final ClosedTrade t : trades)
        {
            final int b = buckets.indexOf(t.confidence());
            counts[b]++;
            sums[b] += t.netPnl();
            final double[] acc = byType.computeIfAbsent(t.signalType(), k -> new double[3]);
            acc[0]++;
            acc[2] += t.netPnl();
            if (t.isWin())
            {
                wins[b]++;
                acc[1]++;
            }
        }
        final List<SignalAccuracy> byBucket = new ArrayList<>(buckets.count());
        for (int b = 0; b < buckets.count(); b++)
        {
            byBucket.add(of(buckets.label(b), counts[b], wins[b], sums[b]));
        }
        final List<SignalAccuracy> types = new ArrayList<>(byType.size());
        for (final Map.Entry<String, double[]> e : byType.entrySet())
        {
            final double[] acc = e.getValue();
            types.add(of(e.getKey(), (int)acc[0], (int)acc[1], acc[2]));
        }
        return new SignalAccuracyReport(byBucket, types);
    }

    private static SignalAccuracy of(final String group, final int count, final int wins, final double sum)
    {
        return new SignalAccuracy(
            group, count, wins, count == 0 ? null : (double)wins / count, count == 0 ? null : sum / count);
    }
}
