package io.pldot.engine.backtest.metrics;

import java.util.Arrays;
import java.util.Locale;

/**
 * Half-open confidence buckets {@code [edge[i], edge[i+1])} covering [0, 1]; the last bucket is closed so that a
 * confidence of exactly 1 has a home. A confidence equal to an inner edge belongs to the bucket that starts there:
 * 0.6 goes to [0.6, 0.7).
 * <p>
 * Immutable.
 */
public final class ConfidenceBuckets
{
    private static final ConfidenceBuckets DEFAULT = new ConfidenceBuckets(0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0);

    private final double[] edges;

    /**
     * @param edges strictly increasing bucket edges, first 0 and last 1.
     */
    public ConfidenceBuckets(final double... edges)
    {
        if (edges.length < 2 || edges[0] != 0.0 || edges[edges.length - 1] != 1.0)
        {
            throw new IllegalArgumentException(
                "edges must start at 0 and end at 1, with at least two: " + Arrays.toString(edges));
        }
        for (int i = 1; i < edges.length; i++)
        {
            if (!(edges[i] > edges[i - 1]))
            {
                throw new IllegalArgumentException("edges must increase strictly: " + Arrays.toString(edges));
            }
        }
        this.edges = edges.clone();
    }

    /**
     * @return [0, 0.5), [0.5, 0.6), [0.6, 0.7), [0.7, 0.8), [0.8, 0.9), [0.9, 1].
     */
    public static ConfidenceBuckets defaults()
    {
        return DEFAULT;
    }

    /**
     * @return number of buckets.
     */
    public int count()
    {
        return edges.length - 1;
    }

    /**
     * @param bucket index of the bucket.
     * @return its inclusive lower edge.
     */
    public double lower(final int bucket)
    {
        return edges[bucket];
    }

    /**
     * @param bucket index of the bucket.
     * @return its upper edge (exclusive except for the last bucket).
     */
    public double upper(final int bucket)
    {
        return edges[bucket + 1];
    }

    /**
     * @param confidence in [0, 1].
     * @return index of the bucket holding it.
     */
    public int indexOf(final double confidence)
    {
        if (!(confidence >= 0 && confidence <= 1))
        {
            throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
        }
        for (int i = count() - 1; i > 0; i--)
        {
            if (confidence >= edges[i])
            {
                return i;
            }
        }
        return 0;
    }

    /**
     * @param bucket index of the bucket.
     * @return its label, e.g. {@code [0.60, 0.70)} or {@code [0.90, 1.00]} for the last.
     */
    public String label(final int bucket)
    {
        final String close = bucket == count() - 1 ? "]" : ")";
        return String.format(Locale.ROOT, "[%.2f, %.2f%s", lower(bucket), upper(bucket), close);
    }
}
