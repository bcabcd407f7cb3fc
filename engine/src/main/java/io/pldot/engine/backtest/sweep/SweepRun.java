package io.pldot.engine.backtest.sweep;

import io.pldot.engine.backtest.metrics.MetricsReport;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The result of one run of a sweep: which parameter point, over which window, and its portfolio metrics.
 * <p>
 * Immutable.
 *
 * @param gridIndex index of the point in {@link ParameterGrid#points()}; orders results and breaks ranking ties.
 * @param params    the parameter point, keys in grid order.
 * @param window    the event-time window of the run.
 * @param metrics   what the job returned.
 */
public record SweepRun(int gridIndex, Map<String, String> params, Window window, MetricsReport metrics)
{
    /** Which part of a sweep a window is. */
    public enum Phase
    {
        /** A plain sweep over the whole range. */
        FULL,
        /** The in-sample window of a walk-forward fold, where the parameters are chosen. */
        IN_SAMPLE,
        /** The out-of-sample window of a walk-forward fold, where the choice is tested. */
        OUT_OF_SAMPLE
    }

    /**
     * An event-time window of a run.
     *
     * @param phase     full range, in-sample or out-of-sample.
     * @param fold      walk-forward fold index, or -1 for {@link Phase#FULL}.
     * @param fromNanos start, inclusive, epoch nanoseconds.
     * @param toNanos   end, exclusive.
     */
    public record Window(Phase phase, int fold, long fromNanos, long toNanos)
    {
        /**
         * Checks the window.
         */
        public Window
        {
            Objects.requireNonNull(phase, "phase");
        }

        /**
         * @return a short label: {@code full}, {@code is#2}, {@code oos#2}.
         */
        public String label()
        {
            return switch (phase)
            {
                case FULL -> "full";
                case IN_SAMPLE -> "is#" + fold;
                case OUT_OF_SAMPLE -> "oos#" + fold;
            };
        }
    }

    /**
     * Checks and copies the parts.
     */
    public SweepRun
    {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(metrics, "metrics");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }
}
