package io.pldot.engine.backtest;

import io.pldot.engine.app.EventTimeWindow;
import io.pldot.engine.app.ProgressListener;
import io.pldot.engine.backtest.metrics.MetricsReport;
import io.pldot.engine.backtest.sweep.ParameterGrid;
import io.pldot.engine.backtest.sweep.SweepJob;
import io.pldot.engine.config.EngineConfig;
import io.pldot.engine.config.StrategyConfig;
import io.pldot.engine.decision.strategy.StrategyDefinition;
import io.pldot.journal.chronicle.JournalDirectory;
import io.pldot.journal.JournalReader;
import io.pldot.journal.OwnedFolder;
import io.pldot.journal.schema.RecordHeaderDescriptor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@link SweepJob} of {@code engine sweep}: one {@link BacktestRunner} run per grid point and window, on the
 * base configuration with the point's parameters applied over the base's strategy parameters.
 * <p>
 * Each run journals its outputs to its own directory {@code WORK/run-N} (N counts the runs of this job from 1),
 * deleted again when the run ends, so parallel runs never share a queue and a sweep of many points does not leave
 * gigabytes of preallocated Chronicle files behind. The pipeline runs in the {@code shared} layout (every stage on
 * one thread): a sweep gets its parallelism from running several backtests at once, one business thread each, which
 * is what fills the cores without making the runs compete for them.
 * <p>
 * Thread-safe: {@link #run} is called concurrently by the sweep's workers; every call builds its own pipeline,
 * collector and output directory and depends only on its arguments, so results do not depend on the thread count.
 */
public final class BacktestSweepJob implements SweepJob
{
    /**
     * The folder holding the runs' journals (marked {@code .pldot-sweep}; one an older version left holds only run
     * journals).
     */
    public static final OwnedFolder WORK_FOLDER = new OwnedFolder(".pldot-sweep", "sweep work folder",
        BacktestSweepJob::onlyJournals);

    private final EngineConfig base;
    private final JournalDirectory journal;
    private final Path workDir;
    private final long samplePeriodNanos;
    private final AtomicInteger runs = new AtomicInteger();

    /**
     * @param base              settings for every run (the strategy and its fixed parameters included); the
     *                          threading layout is replaced by {@code shared}.
     * @param journal           whose inputs every run replays.
     * @param workDir           where the runs' temporary output journals go ({@code run-N} below it).
     * @param samplePeriodNanos event-time period of the equity curve (Sharpe and Sortino are annualised from it).
     */
    public BacktestSweepJob(
        final EngineConfig base, final JournalDirectory journal, final Path workDir, final long samplePeriodNanos)
    {
        this.base = Objects.requireNonNull(base, "base").withThreading(EngineConfig.Threading.SHARED);
        this.journal = Objects.requireNonNull(journal, "journal");
        this.workDir = Objects.requireNonNull(workDir, "workDir");
        this.samplePeriodNanos = samplePeriodNanos;
        // Fails now, on the caller's thread, rather than once per run.
        new BacktestRunner(this.base, samplePeriodNanos);
    }

    /**
     * @return the strategy every run uses.
     */
    public StrategyDefinition strategy()
    {
        return base.strategySettings().definition();
    }

    /**
     * @return the base parameters of the strategy, every one as text ({@code key=value, ...}); a grid point
     *         overrides some of them.
     */
    public String baseParameters()
    {
        return base.strategySettings().parameters().toString();
    }

    /**
     * Checks a grid before anything runs. Every key must be a parameter of the strategy, or the whole grid is refused.
     * A point whose parameters the strategy refuses (a range, or a rule across parameters such as ema-cross's
     * {@code fast < slow}) is skipped, with the reason: a grid of fast=5..30 and slow=10..40 naturally holds such
     * points, and they say nothing about the strategy.
     *
     * @param grid the sweep's points.
     * @return the points to run (grid indices kept) and the ones skipped.
     * @throws IllegalArgumentException naming the bad key (and the known ones), or, when no point is valid, the first
     *                                  point and why.
     */
    public Validation validate(final ParameterGrid grid)
    {
        final StrategyDefinition definition = strategy();
        for (final String key : grid.keys())
        {
            if (definition.indexOf(key) < 0)
            {
                throw new IllegalArgumentException("--grid key '" + key + "' is not a parameter of strategy " +
                    definition.name() + " (known: " + definition.parameterNames() + ")");
            }
        }
        final List<SkippedPoint> skipped = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++)
        {
            try
            {
                configFor(grid.point(i));
            }
            catch (final IllegalArgumentException ex)
            {
                skipped.add(new SkippedPoint(grid.gridIndex(i), grid.point(i), ex.getMessage()));
            }
        }
        if (skipped.size() == grid.size())
        {
            final SkippedPoint first = skipped.get(0);
            throw new IllegalArgumentException("no --grid point is valid for strategy " + definition.name() +
                "; the first, " + first.params() + ", because: " + first.reason());
        }
        // Points are unique within a grid (a value appears once per key), so they identify themselves.
        final Set<Map<String, String>> refused = new HashSet<>();
        skipped.forEach(p -> refused.add(p.params()));
        return new Validation(grid.retain(point -> !refused.contains(point)), List.copyOf(skipped));
    }

    /**
     * A grid point the strategy refused.
     *
     * @param gridIndex its index in the grid.
     * @param params    its parameters.
     * @param reason    why the strategy refused them.
     */
    public record SkippedPoint(int gridIndex, Map<String, String> params, String reason)
    {
    }

    /**
     * What {@link #validate} found.
     *
     * @param valid   the points to run, grid indices kept.
     * @param skipped the points refused, in grid order.
     */
    public record Validation(ParameterGrid valid, List<SkippedPoint> skipped)
    {
    }

    /**
     * @param params a grid point.
     * @return the base configuration with the point's parameters applied.
     * @throws IllegalArgumentException naming a bad parameter or value.
     */
    public EngineConfig configFor(final Map<String, String> params)
    {
        final StrategyConfig section = base.strategy();
        final Map<String, Object> values = new LinkedHashMap<>(section.params());
        values.putAll(params);
        return base.withStrategy(new StrategyConfig(section.enabled(), section.name(), section.timeframes(),
            section.dedupWindow(), values));
    }

    @Override
    public MetricsReport run(final Map<String, String> params, final long fromNanos, final long toNanos)
    {
        final Path runDir = workDir.resolve("run-" + runs.incrementAndGet());
        OwnedFolder.JOURNAL.delete(runDir, "sweep run folder");
        try
        {
            return new BacktestRunner(configFor(params), samplePeriodNanos)
                .run(journal, new EventTimeWindow(fromNanos, toNanos), runDir, ProgressListener.NONE)
                .results().portfolio();
        }
        finally
        {
            OwnedFolder.JOURNAL.delete(runDir, "sweep run folder");
        }
    }

    /**
     * The event-time range a sweep covers: from the first to just after the last input of the journal inside a
     * window, so a walk-forward splits the time that holds data rather than an open-ended window.
     *
     * @param journal whose inputs to scan.
     * @param window  the {@code --from/--to} window (unbounded ends allowed).
     * @return {@code [first event time, last event time + 1 ns)} of the inputs inside the window.
     * @throws IllegalStateException when the journal has no inputs, or none in the window.
     */
    public static EventTimeWindow dataRange(final JournalDirectory journal, final EventTimeWindow window)
    {
        if (!journal.hasInputs())
        {
            throw new IllegalStateException("journal " + journal.root() + " has no inputs; create one with: " +
                "engine import FILE --journal " + journal.root());
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        try (JournalReader reader = journal.openInputReader())
        {
            while (reader.next() > 0)
            {
                final long tsEvent = RecordHeaderDescriptor.tsEvent(reader.buffer(), 0);
                if (window.contains(tsEvent))
                {
                    // Inputs are in sequence order, not necessarily time order (within the import tolerance).
                    first = Math.min(first, tsEvent);
                    last = Math.max(last, tsEvent);
                }
            }
        }
        if (first > last)
        {
            throw new IllegalStateException("no inputs of " + journal.root() + " fall in the window " + window);
        }
        return new EventTimeWindow(first, last + 1);
    }

    private static boolean onlyJournals(final Path dir)
    {
        try (java.util.stream.Stream<Path> entries = java.nio.file.Files.list(dir))
        {
            return entries.allMatch(OwnedFolder.JOURNAL::isOurs);
        }
        catch (final java.io.IOException ex)
        {
            return false;
        }
    }
}
