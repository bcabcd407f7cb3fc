package io.pldot.engine.backtest.sweep;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SweepRunnerTest
{
    private static final ParameterGrid GRID = ParameterGrid.parse(List.of("fast=3..15:3", "slow=10..35:5"));

    /**
     * A deterministic stand-in for a backtest: Sharpe peaks at fast = 9, slow = 20 and moves with the window start,
     * so different windows prefer different points. Sleeps a little, longest for the first points, so that with
     * several threads runs finish out of grid order.
     * <pre>
     *   sharpe = 2 − |fast − 9| / 3 − |slow − 20| / 10 + (fromNanos − 1000) / 1000 × (slow − 20) / 10
     * </pre>
     */
    private static final SweepJob FAKE = (params, fromNanos, toNanos) ->
    {
        final int fast = Integer.parseInt(params.get("fast"));
        final int slow = Integer.parseInt(params.get("slow"));
        Thread.sleep((30 - fast - slow / 5) % 4);
        final double drift = (fromNanos - 1000) / 1000.0 * (slow - 20) / 10.0;
        return FakeReports.sharpe(2 - Math.abs(fast - 9) / 3.0 - Math.abs(slow - 20) / 10.0 + drift);
    };

    @Test
    void shouldGiveSameResultsInParallelAsSequentially()
    {
        final List<SweepRun> sequential;
        final List<SweepRun> parallel;
        try (SweepRunner one = new SweepRunner(1); SweepRunner four = new SweepRunner(4))
        {
            sequential = one.run(GRID, 1000, 2000, FAKE);
            parallel = four.run(GRID, 1000, 2000, FAKE);
        }

        assertThat(parallel).hasSize(30).isEqualTo(sequential);
        for (int i = 0; i < parallel.size(); i++)
        {
            assertThat(parallel.get(i).gridIndex()).isEqualTo(i);
            assertThat(parallel.get(i).params()).isEqualTo(GRID.point(i));
            assertThat(parallel.get(i).window()).isEqualTo(new SweepRun.Window(SweepRun.Phase.FULL, -1, 1000, 2000));
        }
        // fast = 9, slow = 20 is grid index 2 * 6 + 2 = 14; Sharpe 2 at window start 1000.
        assertThat(parallel.get(14).metrics().returns().sharpe()).isEqualTo(2.0);
    }

    @Test
    void shouldReportOriginalGridIndicesOfANarrowedGrid()
    {
        final ParameterGrid narrowed = GRID.retain(p -> Integer.parseInt(p.get("fast")) < Integer.parseInt(p.get("slow")) - 5);
        final List<SweepRun> runs;
        final WalkForwardResult walk;
        try (SweepRunner runner = new SweepRunner(2))
        {
            runs = runner.run(narrowed, 1000, 2000, FAKE);
            walk = runner.walkForward(narrowed, WalkForwardSplit.of(1000, 4000, 2, WalkForwardSplit.Mode.ROLLING),
                SweepMetric.SHARPE, FAKE);
        }

        assertThat(runs).hasSize(narrowed.size()).hasSizeLessThan(GRID.size());
        for (final SweepRun run : runs)
        {
            assertThat(GRID.point(run.gridIndex())).isEqualTo(run.params());
        }
        for (final WalkForwardResult.FoldResult fold : walk.folds())
        {
            assertThat(GRID.point(fold.chosen().gridIndex())).isEqualTo(fold.chosen().params());
            assertThat(fold.outOfSample().gridIndex()).isEqualTo(fold.chosen().gridIndex());
        }
    }

    @Test
    void shouldOrderResultsByGridEvenWhenLaterRunsFinishFirst() throws InterruptedException
    {
        final ParameterGrid grid = ParameterGrid.parse(List.of("n=0..7:1"));
        final CountDownLatch othersDone = new CountDownLatch(7);
        final Set<String> threadNames = ConcurrentHashMap.newKeySet();
        final SweepJob job = (params, from, to) ->
        {
            threadNames.add(Thread.currentThread().getName());
            final int n = Integer.parseInt(params.get("n"));
            if (n == 0)
            {
                // The first point finishes last: after every other run has returned.
                assertThat(othersDone.await(10, TimeUnit.SECONDS)).isTrue();
            }
            else
            {
                othersDone.countDown();
            }
            return FakeReports.sharpe(n);
        };

        final List<SweepRun> runs;
        try (SweepRunner runner = new SweepRunner(2))
        {
            runs = runner.run(grid, 0, 1, job);
        }

        assertThat(runs).extracting(r -> r.metrics().returns().sharpe())
            .containsExactly(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0);
        assertThat(threadNames).containsExactlyInAnyOrder("pldot-sweep-1", "pldot-sweep-2");
    }

    @Test
    void shouldReportFirstFailingRunInGridOrder()
    {
        final SweepJob job = (params, from, to) ->
        {
            final int fast = Integer.parseInt(params.get("fast"));
            if (fast >= 9)
            {
                throw new IOException("journal gone at fast " + fast);
            }
            return FakeReports.sharpe(1);
        };

        try (SweepRunner runner = new SweepRunner(3))
        {
            assertThatThrownBy(() -> runner.run(GRID, 1000, 2000, job))
                .isInstanceOf(SweepException.class)
                .hasMessage("sweep run #12 {fast=9, slow=10} full [1000, 2000) failed: "
                    + "java.io.IOException: journal gone at fast 9")
                .hasCauseInstanceOf(IOException.class);
            // The pool survives a failed sweep.
            assertThat(runner.run(GRID, 1000, 2000, FAKE)).hasSize(30);
        }
    }

    @Test
    void shouldRefuseJobReturningNothing()
    {
        try (SweepRunner runner = new SweepRunner(1))
        {
            assertThatThrownBy(() -> runner.run(GRID, 0, 1, (p, f, t) -> null))
                .isInstanceOf(SweepException.class)
                .hasMessageContaining("the job returned no metrics");
        }
    }

    /**
     * Range [1000, 4000), 2 rolling folds: segments [1000, 2000) [2000, 3000) [3000, 4000).
     * <pre>
     * fold 0: in-sample from 1000, drift 0: best is fast 9, slow 20 (Sharpe 2)     -&gt; out-of-sample [2000, 3000)
     *         out-of-sample drift = 1 × (20 − 20) / 10 = 0                          -&gt; Sharpe 2
     * fold 1: in-sample from 2000, drift = 1 × (slow − 20) / 10:
     *         sharpe(9, slow) = 2 − |slow − 20| / 10 + (slow − 20) / 10 = 2 for slow ≥ 20: a tie from slow 20 to 35,
     *         broken by grid index: fast 9, slow 20 (index 14)                      -&gt; out-of-sample [3000, 4000)
     *         out-of-sample drift = 2 × 0 / 10 = 0                                  -&gt; Sharpe 2
     * anchored fold 1: in-sample [1000, 3000), from 1000 again -&gt; drift 0 -&gt; fast 9, slow 20
     * </pre>
     * For folds that choose different points see {@link #shouldChooseDifferentPointsWhenInSampleDiffers()}.
     */
    @Test
    void shouldRunWalkForwardChoosingBestInSamplePointPerFold()
    {
        final WalkForwardSplit split = WalkForwardSplit.of(1000, 4000, 2, WalkForwardSplit.Mode.ROLLING);

        final WalkForwardResult result;
        final WalkForwardResult anchored;
        try (SweepRunner runner = new SweepRunner(4))
        {
            result = runner.walkForward(GRID, split, SweepMetric.SHARPE, FAKE);
            anchored = runner.walkForward(GRID, WalkForwardSplit.of(1000, 4000, 2, WalkForwardSplit.Mode.ANCHORED),
                SweepMetric.SHARPE, FAKE);
        }

        assertThat(result.folds()).hasSize(2);
        final WalkForwardResult.FoldResult fold0 = result.folds().get(0);
        assertThat(fold0.inSample()).hasSize(30);
        assertThat(fold0.inSample()).allMatch(r -> r.window().equals(
            new SweepRun.Window(SweepRun.Phase.IN_SAMPLE, 0, 1000, 2000)));
        assertThat(fold0.chosen().params()).isEqualTo(Map.of("fast", "9", "slow", "20"));
        assertThat(fold0.outOfSample().window())
            .isEqualTo(new SweepRun.Window(SweepRun.Phase.OUT_OF_SAMPLE, 0, 2000, 3000));
        assertThat(fold0.outOfSample().gridIndex()).isEqualTo(14);
        assertThat(fold0.outOfSample().metrics().returns().sharpe()).isEqualTo(2.0);
        final WalkForwardResult.FoldResult fold1 = result.folds().get(1);
        assertThat(fold1.inSample()).allMatch(r -> r.window().fromNanos() == 2000 && r.window().toNanos() == 3000);
        assertThat(fold1.chosen().gridIndex()).isEqualTo(14);
        assertThat(result.outOfSampleRuns()).extracting(r -> r.window().label()).containsExactly("oos#0", "oos#1");
        assertThat(anchored.folds().get(1).chosen().window())
            .isEqualTo(new SweepRun.Window(SweepRun.Phase.IN_SAMPLE, 1, 1000, 3000));
        assertThat(anchored.folds().get(1).chosen().gridIndex()).isEqualTo(14);
        assertThat(anchored.folds().get(1).outOfSample().window().fromNanos()).isEqualTo(3000);
    }

    /**
     * A job that rewards slow − 20 in proportion to the window start: in-sample [2000, 3000) of fold 1 gives
     * {@code sharpe = (slow − 20) / 10 × (from − 1000) / 1000 − |fast − 9|}, best at fast 9, slow 35 (1.5); fold 0
     * (from 1000) gives 0 for every fast 9 point (−0.0 for slow &lt; 20, which ranks equal to 0.0), the tie goes to
     * the lowest grid index, fast 9, slow 10 (index 12).
     */
    @Test
    void shouldChooseDifferentPointsWhenInSampleDiffers()
    {
        final SweepJob job = (params, from, to) ->
        {
            final int fast = Integer.parseInt(params.get("fast"));
            final int slow = Integer.parseInt(params.get("slow"));
            return FakeReports.sharpe((slow - 20) / 10.0 * (from - 1000) / 1000.0 - Math.abs(fast - 9));
        };
        final WalkForwardSplit split = WalkForwardSplit.of(1000, 4000, 2, WalkForwardSplit.Mode.ROLLING);

        final WalkForwardResult sequential;
        final WalkForwardResult parallel;
        try (SweepRunner one = new SweepRunner(1); SweepRunner three = new SweepRunner(3))
        {
            sequential = one.walkForward(GRID, split, SweepMetric.SHARPE, job);
            parallel = three.walkForward(GRID, split, SweepMetric.SHARPE, job);
        }

        assertThat(parallel).isEqualTo(sequential);
        assertThat(parallel.folds().get(0).chosen().params()).isEqualTo(Map.of("fast", "9", "slow", "10"));
        assertThat(parallel.folds().get(1).chosen().params()).isEqualTo(Map.of("fast", "9", "slow", "35"));
        assertThat(parallel.folds().get(1).chosen().metrics().returns().sharpe()).isEqualTo(1.5);
        // Out-of-sample of fold 1 starts at 3000: (35 − 20) / 10 × 2 = 3.
        assertThat(parallel.folds().get(1).outOfSample().metrics().returns().sharpe()).isEqualTo(3.0);
    }

    @Test
    void shouldRefuseFewerThanOneThread()
    {
        assertThatThrownBy(() -> new SweepRunner(0))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("--threads must be at least 1, was 0");
        assertThat(SweepRunner.defaultThreads()).isPositive();
    }
}
