package io.pldot.bench;

import io.pldot.engine.backtest.BacktestCollector;
import io.pldot.engine.backtest.BacktestOutcome;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;
import org.ta4j.core.TradingRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cheap guard for the benchmark classes: each runs its setup, one or two operations and its
 * teardown outside JMH, so a change in the engine that breaks a benchmark fails the build rather
 * than the next {@code scripts/bench}. Timing is not checked.
 */
class BenchmarkSmokeTest
{
    @Test
    void shouldReplayEveryRecordWithOutputsJournaledOrDiscarded()
    {
        long journaledOutputs = -1;
        for (final String outputs : new String[] {"chronicle", "discard"})
        {
            final ReplayThroughputBenchmark bench = new ReplayThroughputBenchmark();
            bench.threading = "SHARED";
            bench.waitStrategy = "YIELDING";
            bench.dataset = "bitstamp";
            bench.analytics = "off";
            bench.prefault = true;
            bench.outputs = outputs;
            bench.setUp();
            final long firstShift = bench.replay();
            final long secondShift = bench.replay();
            bench.tearDown();

            assertThat(secondShift).isEqualTo(2 * firstShift);
            assertThat(bench.inputsAtTearDown).isEqualTo(2 * BenchDataset.BITSTAMP.trades());
            assertThat(bench.outputsAtTearDown).isPositive();
            if (journaledOutputs < 0)
            {
                journaledOutputs = bench.outputsAtTearDown;
            }
            else
            {
                // Discarding changes where the outputs go, not what the stages produce.
                assertThat(bench.outputsAtTearDown).isEqualTo(journaledOutputs);
            }
        }
    }

    @Test
    void shouldRejectAnUnknownOutputsParameter()
    {
        final ReplayThroughputBenchmark bench = new ReplayThroughputBenchmark();
        bench.threading = "SHARED";
        bench.waitStrategy = "YIELDING";
        bench.dataset = "bitstamp";
        bench.analytics = "off";
        bench.outputs = "nowhere";
        org.assertj.core.api.Assertions.assertThatThrownBy(bench::setUp)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("outputs must be chronicle or discard");
    }

    @Test
    void backtestChainRunsEveryStageAndStartsEachPassWithAFreshPortfolio()
    {
        final BacktestThroughputBenchmark bench = new BacktestThroughputBenchmark();
        final BacktestThroughputBenchmark.ChainState state = new BacktestThroughputBenchmark.ChainState();
        state.chain = "drummond-mtf";
        state.riskPoolSize = 2;
        state.setUpTrial();
        try
        {
            assertThat(state.ticks.count).isEqualTo(BacktestThroughputBenchmark.TICKS);
            // The first pass starts the analytics cold; from the second on, every pass is the same backtest.
            assertThat(bench.chain(state)).isPositive();
            final long second = bench.chain(state);
            final long secondEquity = state.fused.risk.equity();
            final long secondOrders = state.fused.risk.orders();
            final long third = bench.chain(state); // past the pool: built in the loop, counted
            assertThat(third).isEqualTo(second);
            assertThat(state.fused.decision.signalsEmitted()).isPositive();
            assertThat(secondOrders).isPositive();
            assertThat(state.fused.risk.orders()).isEqualTo(secondOrders);
            assertThat(state.fused.risk.equity()).isEqualTo(secondEquity);
            assertThat(state.poolMisses).isEqualTo(1);
            state.tearDownIteration();
        }
        finally
        {
            state.tearDownTrial();
        }
    }

    @Test
    void everyChainKindBuilds()
    {
        final BitstampJournal data = BitstampJournal.create("smoke-kinds");
        try
        {
            for (final BacktestChain.Kind kind : BacktestChain.Kind.values())
            {
                final BacktestChain chain = new BacktestChain(kind, data.config, io.pldot.engine.stage.OutputListener.NONE);
                assertThat(chain.analytics != null).as(kind.label).isEqualTo(kind.analytics);
                assertThat(chain.decision != null).as(kind.label).isEqualTo(kind.strategy != null);
                assertThat(chain.risk != null).as(kind.label).isEqualTo(kind.risk);
                assertThat(BacktestChain.Kind.of(kind.label)).isEqualTo(kind);
            }
        }
        finally
        {
            data.delete();
        }
    }

    @Test
    void emaCrossRunCollectsTradesWithAndWithoutAnalytics()
    {
        final BacktestThroughputBenchmark bench = new BacktestThroughputBenchmark();
        for (final String analytics : new String[] {"on", "off"})
        {
            final BacktestThroughputBenchmark.FreshRunState state = new BacktestThroughputBenchmark.FreshRunState();
            state.analytics = analytics;
            state.setUp();
            try
            {
                final BacktestCollector collector = bench.emaCrossRun(state);
                assertThat(collector.trades()).as(analytics).isNotEmpty();
                // A fresh run each op: the same trades again.
                assertThat(bench.emaCrossRun(state).trades()).as(analytics).hasSameSizeAs(collector.trades());
            }
            finally
            {
                state.tearDown();
            }
        }
    }

    @Test
    void backtestRunnerRunsTheWholeJournal()
    {
        final BacktestThroughputBenchmark bench = new BacktestThroughputBenchmark();
        final BacktestThroughputBenchmark.RunnerState state = new BacktestThroughputBenchmark.RunnerState();
        state.strategy = "ema-cross";
        state.setUp();
        try
        {
            final BacktestOutcome outcome = bench.backtestRunner(state);
            assertThat(outcome.replay().inputs()).isEqualTo(BacktestThroughputBenchmark.TICKS);
            assertThat(bench.backtestRunner(state).replay().inputs()).isEqualTo(BacktestThroughputBenchmark.TICKS);
        }
        finally
        {
            state.tearDown();
        }
    }

    @Test
    void ta4jBenchmarkBuildsBarsAndTrades()
    {
        final Ta4jEmaCrossBenchmark bench = new Ta4jEmaCrossBenchmark();
        bench.numType = "double";
        bench.setUp();
        final BarSeries bars = bench.buildMinuteBars();
        final TradingRecord record = bench.emaCrossBacktest();
        assertThat(bars.getBarCount()).isEqualTo(9_399);
        assertThat(record.getPositionCount()).isPositive();
    }

    @Test
    void stageChainBenchmarkTicks()
    {
        final StageChainPerTickBenchmark bench = new StageChainPerTickBenchmark();
        bench.chain = "candles+analytics+O";
        bench.setUp();
        try
        {
            for (int i = 0; i < 2 * BacktestThroughputBenchmark.TICKS; i++)
            {
                bench.tick();
            }
        }
        finally
        {
            bench.tearDown();
        }
    }
}
