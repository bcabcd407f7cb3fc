package io.pldot.engine.backtest.sweep;

import io.pldot.engine.backtest.metrics.MetricsReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a {@link SweepJob} once per grid point (and per walk-forward window) on a fixed pool of threads.
 * <p>
 * <b>Deterministic results.</b> Every run is submitted up front; results are collected in submission order (grid
 * order, and for walk-forward fold order), never in completion order, so the returned lists, and every ranking made
 * from them, are the same with 1 thread or 32 as long as the job depends only on its arguments. When a run fails, the
 * runs not yet finished are cancelled and the failure with the lowest position in that order is thrown as a
 * {@link SweepException}, so even the error does not depend on timing.
 * <p>
 * <b>Threads.</b> {@code threads} workers (default: one per available processor), daemon threads named
 * {@code pldot-sweep-N}, created once and reused across calls; {@link #close()} stops them. Backtests are
 * CPU-bound and single-threaded each (a replay with the {@code shared} layout), so more workers than cores only adds
 * switching.
 * <p>
 * Thread-safety: {@link #run} and {@link #walkForward} may be called from one thread at a time; the job itself is
 * called concurrently (see {@link SweepJob}).
 */
public final class SweepRunner implements AutoCloseable
{
    private final int threads;
    private final ExecutorService pool;

    /**
     * @param threads number of worker threads, at least 1.
     */
    public SweepRunner(final int threads)
    {
        if (threads < 1)
        {
            throw new IllegalArgumentException("--threads must be at least 1, was " + threads);
        }
        this.threads = threads;
        final AtomicInteger counter = new AtomicInteger();
        final ThreadFactory factory = r ->
        {
            final Thread t = new Thread(r, "pldot-sweep-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = Executors.newFixedThreadPool(threads, factory);
    }

    /**
     * @return one thread per available processor.
     */
    public static int defaultThreads()
    {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * @return the number of worker threads.
     */
    public int threads()
    {
        return threads;
    }

    /**
     * Runs every grid point over one window.
     *
     * @param grid      the points.
     * @param fromNanos start of the window, inclusive, epoch nanoseconds.
     * @param toNanos   end, exclusive.
     * @param job       the backtest.
     * @return one run per point, in grid order.
     * @throws SweepException when a run fails.
     */
    public List<SweepRun> run(final ParameterGrid grid, final long fromNanos, final long toNanos, final SweepJob job)
    {
        Objects.requireNonNull(grid, "grid");
        final SweepRun.Window window = new SweepRun.Window(SweepRun.Phase.FULL, -1, fromNanos, toNanos);
        final List<Task> tasks = new ArrayList<>(grid.size());
        for (int i = 0; i < grid.size(); i++)
        {
            tasks.add(new Task(grid.gridIndex(i), grid.point(i), window));
        }
        return runAll(tasks, job);
    }

    /**
     * Runs a walk-forward: every grid point on every fold's in-sample window (all folds at once, in parallel), then,
     * per fold, the point ranked first by {@code metric} on its out-of-sample window (all folds at once).
     *
     * @param grid   the points.
     * @param split  the folds.
     * @param metric what chooses the point on in-sample (see {@link SweepMetric#ranking()} for ties).
     * @param job    the backtest.
     * @return the folds' results, in fold order.
     * @throws SweepException when a run fails.
     */
    public WalkForwardResult walkForward(
        final ParameterGrid grid, final WalkForwardSplit split, final SweepMetric metric, final SweepJob job)
    {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(metric, "metric");
        final List<WalkForwardSplit.Fold> folds = split.folds();
        final List<Task> inSampleTasks = new ArrayList<>(folds.size() * grid.size());
        for (final WalkForwardSplit.Fold fold : folds)
        {
            final SweepRun.Window window = new SweepRun.Window(
                SweepRun.Phase.IN_SAMPLE, fold.index(), fold.inSampleFrom(), fold.inSampleTo());
            for (int i = 0; i < grid.size(); i++)
            {
                inSampleTasks.add(new Task(grid.gridIndex(i), grid.point(i), window));
            }
        }
        final List<SweepRun> inSample = runAll(inSampleTasks, job);

        final List<SweepRun> chosen = new ArrayList<>(folds.size());
        final List<Task> outOfSampleTasks = new ArrayList<>(folds.size());
        for (final WalkForwardSplit.Fold fold : folds)
        {
            final SweepRun best = foldRuns(inSample, fold, grid).stream().min(metric.ranking()).orElseThrow();
            chosen.add(best);
            outOfSampleTasks.add(new Task(best.gridIndex(), best.params(), new SweepRun.Window(
                SweepRun.Phase.OUT_OF_SAMPLE, fold.index(), fold.outOfSampleFrom(), fold.outOfSampleTo())));
        }
        final List<SweepRun> outOfSample = runAll(outOfSampleTasks, job);

        final List<WalkForwardResult.FoldResult> results = new ArrayList<>(folds.size());
        for (final WalkForwardSplit.Fold fold : folds)
        {
            results.add(new WalkForwardResult.FoldResult(
                fold,
                foldRuns(inSample, fold, grid),
                chosen.get(fold.index()),
                outOfSample.get(fold.index())));
        }
        return new WalkForwardResult(split, metric, results);
    }

    /**
     * Stops the workers, interrupting runs still going.
     */
    @Override
    public void close()
    {
        pool.shutdownNow();
        try
        {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
        }
    }

    private List<SweepRun> runAll(final List<Task> tasks, final SweepJob job)
    {
        Objects.requireNonNull(job, "job");
        final List<Future<MetricsReport>> futures = new ArrayList<>(tasks.size());
        for (final Task task : tasks)
        {
            futures.add(pool.submit(() -> Objects.requireNonNull(
                job.run(task.params(), task.window().fromNanos(), task.window().toNanos()),
                "the job returned no metrics")));
        }
        final List<SweepRun> runs = new ArrayList<>(tasks.size());
        try
        {
            for (int i = 0; i < tasks.size(); i++)
            {
                final Task task = tasks.get(i);
                runs.add(new SweepRun(task.gridIndex(), task.params(), task.window(), await(futures.get(i), task)));
            }
        }
        finally
        {
            // Only does something after a failure: the rest of the sweep is pointless then.
            futures.forEach(f -> f.cancel(true));
        }
        return runs;
    }

    private static List<SweepRun> foldRuns(
        final List<SweepRun> inSample, final WalkForwardSplit.Fold fold, final ParameterGrid grid)
    {
        // In-sample runs were submitted fold by fold, each fold in grid order.
        return inSample.subList(fold.index() * grid.size(), (fold.index() + 1) * grid.size());
    }

    private static MetricsReport await(final Future<MetricsReport> future, final Task task)
    {
        try
        {
            return future.get();
        }
        catch (final ExecutionException e)
        {
            throw new SweepException(task.gridIndex(), task.params(), task.window(), e.getCause());
        }
        catch (final CancellationException e)
        {
            throw new SweepException(task.gridIndex(), task.params(), task.window(), e);
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
            throw new SweepException(task.gridIndex(), task.params(), task.window(), e);
        }
    }

    private record Task(int gridIndex, Map<String, String> params, SweepRun.Window window)
    {
    }
}
