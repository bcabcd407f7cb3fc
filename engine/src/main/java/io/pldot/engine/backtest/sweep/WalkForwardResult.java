package io.pldot.engine.backtest.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a walk-forward sweep: per fold, every in-sample run, the point chosen on in-sample, and that point's
 * out-of-sample run.
 * <p>
 * Immutable.
 *
 * @param split  the folds.
 * @param metric what the in-sample runs were ranked by.
 * @param folds  one result per fold, in fold order.
 */
public record WalkForwardResult(WalkForwardSplit split, SweepMetric metric, List<FoldResult> folds)
{
    /**
     * One fold.
     *
     * @param fold        its windows.
     * @param inSample    every grid point run on the in-sample window, in grid order.
     * @param chosen      the in-sample run ranked first by the metric.
     * @param outOfSample the chosen point run on the out-of-sample window.
     */
    public record FoldResult(
        WalkForwardSplit.Fold fold, List<SweepRun> inSample, SweepRun chosen, SweepRun outOfSample)
    {
        /**
         * Checks and copies the parts.
         */
        public FoldResult
        {
            Objects.requireNonNull(fold, "fold");
            Objects.requireNonNull(chosen, "chosen");
            Objects.requireNonNull(outOfSample, "outOfSample");
            inSample = List.copyOf(inSample);
        }
    }

    /**
     * Checks and copies the parts.
     */
    public WalkForwardResult
    {
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(metric, "metric");
        folds = List.copyOf(folds);
    }

    /**
     * @return the out-of-sample runs, in fold order: what the walk-forward actually traded.
     */
    public List<SweepRun> outOfSampleRuns()
    {
        final List<SweepRun> runs = new ArrayList<>(folds.size());
        folds.forEach(f -> runs.add(f.outOfSample()));
        return runs;
    }
}
