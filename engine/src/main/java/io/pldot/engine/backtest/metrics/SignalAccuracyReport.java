package io.pldot.engine.backtest.metrics;

import java.util.List;

/**
 * Signal accuracy of a backtest.
 * <p>
 * Immutable.
 *
 * @param byConfidence one row per confidence bucket, in bucket order (empty buckets included).
 * @param byType       one row per signal type that opened a trade, sorted by type.
 */
public record SignalAccuracyReport(List<SignalAccuracy> byConfidence, List<SignalAccuracy> byType)
{
    /**
     * Copies the lists.
     */
    public SignalAccuracyReport
    {
        byConfidence = List.copyOf(byConfidence);
        byType = List.copyOf(byType);
    }
}
