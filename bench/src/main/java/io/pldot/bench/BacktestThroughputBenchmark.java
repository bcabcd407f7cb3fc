package io.pldot.bench;

import io.pldot.engine.app.EventTimeWindow;
import io.pldot.engine.app.ProgressListener;
import io.pldot.engine.backtest.BacktestCollector;
import io.pldot.engine.backtest.BacktestOutcome;
import io.pldot.engine.backtest.BacktestRunner;
import io.pldot.engine.config.EngineConfig;
import io.pldot.engine.stage.OutputListener;
import io.pldot.engine.stage.RiskStage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Backtest throughput on the real Bitstamp journal (99,982 trades), issue 4 point 11: the target is
 * ≥ 3 million ticks per second on one business thread with all analytics, the default strategy and
 * risk on, 0 B per tick in steady state, and a tick-level backtest no slower than ta4j's bar-level one
 * ({@link Ta4jEmaCrossBenchmark}, same run) on the same data.
 * <ul>
 *   <li>{@link #chain}: the business thread's cost. The stages the shared layout fuses on one thread
 *       ({@link BacktestChain}: candles → analytics → decision → risk with the simulated venue, no
 *       ring, no journaling) run single-threaded over the ticks held in memory, each copied into one
 *       slot as ingress would. One invocation is one pass over all ticks, reported per tick
 *       ({@link OperationsPerInvocation}): the score is ticks/s and the GC profiler's
 *       {@code gc.alloc.rate.norm} is bytes per tick. {@code chain} adds one stage at a time, so the
 *       differences between rows are the cost of each stage: {@code candles} (the in-run baseline),
 *       {@code candles+A} (all analytics), {@code candles+A+D} (drummond-mtf decisions, no risk),
 *       {@code drummond-mtf} (the default backtest: + risk), {@code ema-cross} (ema-cross 9/21 on 1m,
 *       analytics and risk on). <b>Steady state:</b> the stages are built once per trial; each pass moves event time on by
 *       whole UTC days past the data (and sequences by the tick count), so candles keep closing as in
 *       the data, days roll over for the drawdown levels and client order ids stay unique, and the
 *       candle, analytics and decision state of a pass is that of a backtest over a longer history
 *       (every component keeps bounded windows; nothing grows). The risk stage alone starts each pass
 *       afresh (initial cash, no positions): drummond-mtf loses money on this data (about 17% per
 *       pass with the venue's fees and slippage), so a portfolio carried across passes is broke after
 *       some 30 passes and then stops trading, which would measure a backtest that no longer does
 *       the risk work. The fresh risk stages come from a pool built at trial setup
 *       ({@value ChainState#RISK_POOL}, one per pass), so neither their construction time nor their
 *       bytes count per tick; if a fast run ever exhausts the pool, the rest are built in the timed
 *       loop and the iteration log says how many. The last pass's summary (signals, orders, equity,
 *       drawdown level) is printed after every iteration.</li>
 *   <li>{@link #backtestRunner}: end to end, {@code BacktestRunner} (what {@code scripts/engine
 *       backtest} runs) over the imported journal with the shared layout (one business thread
 *       beside the journal reader): read the journal, ring, candles, analytics, decision, risk,
 *       journal the outputs to Chronicle, collect trades and the equity curve, compute the metrics.
 *       One op = one whole backtest; ticks/s = ops/s × 99,982.</li>
 *   <li>{@link #emaCrossRun}: the ta4j comparison. One op = one whole ema-cross 9/21 backtest on
 *       1-minute closes, built fresh (stages, instruments, collector: their construction is timed),
 *       over the 99,982 ticks held in memory, with the trades and equity curve collected by a
 *       {@code BacktestCollector} as {@code BacktestRunner} would. Compare with
 *       {@link Ta4jEmaCrossBenchmark}: {@code buildMinuteBars} (trades already parsed into ta4j
 *       numbers → 1m bars) + {@code emaCrossBacktest} (indicators and rules over those bars,
 *       {@code BarSeriesManager.run}). {@code analytics=on} is the full chain; {@code off} leaves
 *       out the analytics ema-cross does not read, the closest match to ta4j's work.</li>
 * </ul>
 * {@code BenchMain} prints ticks/s, B/tick and the ours/ta4j time ratio when both ran.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class BacktestThroughputBenchmark
{
    /** Trades in the journal: the ticks of one pass. */
    public static final int TICKS = 99_982;

    /** State of {@link #chain}: trial-wide data and stages; a fresh portfolio per pass. */
    @State(Scope.Thread)
    public static class ChainState
    {
        /**
         * Fresh risk stages made at trial setup, one per pass: enough for 150 M ticks per trial (6 M ticks/s over
         * the default 25 s of warm-up and measurement); ~78 KB each.
         */
        static final int RISK_POOL = 1500;

        /** See {@link BacktestChain.Kind}. */
        @Param({"candles", "candles+A", "candles+A+D", "drummond-mtf", "ema-cross"})
        public String chain;

        BitstampJournal data;
        TickRecords ticks;
        BacktestChain fused;
        RiskStage[] riskPool;
        long passes;
        long poolMisses;
        /** Pool size (the smoke test makes it small). */
        int riskPoolSize = RISK_POOL;

        /** Imports the journal, loads its ticks, builds the stages and the pool of fresh risk stages. */
        @Setup(Level.Trial)
        public void setUpTrial()
        {
            data = BitstampJournal.create("backtest-chain");
            ticks = new TickRecords(data);
            if (ticks.count != TICKS)
            {
                throw new IllegalStateException("expected " + TICKS + " trades, journal has " + ticks.count);
            }
            fused = new BacktestChain(BacktestChain.Kind.of(chain), data.config, OutputListener.NONE);
            riskPool = new RiskStage[fused.risk == null ? 0 : riskPoolSize];
            for (int i = 0; i < riskPool.length; i++)
            {
                riskPool[i] = fused.newRiskStage();
            }
        }

        /** Shows where the last pass's backtest got to. */
        @TearDown(Level.Iteration)
        public void tearDownIteration()
        {
            System.out.println("  [" + passes + " passes" + (poolMisses > 0 ? ", " + poolMisses + " risk stages built in the timed loop" : "") +
                "] last pass " + fused.summary());
        }

        /** Deletes the journal. */
        @TearDown(Level.Trial)
        public void tearDownTrial()
        {
            data.delete();
        }

        long pass()
        {
            final long n = passes++;
            if (fused.risk != null && n > 0)
            {
                if (n < riskPool.length)
                {
                    fused.risk = riskPool[(int)n];
                    riskPool[(int)n] = null;
                }
                else
                {
                    poolMisses++;
                    fused.risk = fused.newRiskStage();
                }
            }
            return fused.pass(ticks, n * ticks.passSpan(BacktestChain.DAY_NANOS), n * ticks.count);
        }
    }

    /** State of {@link #backtestRunner}. */
    @State(Scope.Thread)
    public static class RunnerState
    {
        /** drummond-mtf (the default config) or ema-cross (9/21 on 1m). */
        @Param({"drummond-mtf", "ema-cross"})
        public String strategy;

        BitstampJournal data;
        BacktestRunner runner;
        Path out;

        /** Imports the journal; shared layout, the config's wait strategy. */
        @Setup(Level.Trial)
        public void setUp()
        {
            data = BitstampJournal.create("backtest-runner");
            final EngineConfig config = BacktestChain.Kind.of(strategy).config(data.config)
                .withThreading(EngineConfig.Threading.SHARED);
            runner = new BacktestRunner(config, BacktestRunner.DEFAULT_SAMPLE_PERIOD_NANOS);
            out = data.root.resolve("backtest");
        }

        /** Deletes the journal and the outputs. */
        @TearDown(Level.Trial)
        public void tearDown()
        {
            data.delete();
        }
    }

    /** State of {@link #emaCrossRun}. */
    @State(Scope.Thread)
    public static class FreshRunState
    {
        /** "on": all analytics (the full chain); "off": candles, ema-cross, risk. */
        @Param({"on", "off"})
        public String analytics;

        BitstampJournal data;
        TickRecords ticks;
        BacktestChain.Kind kind;

        /** Imports the journal and loads its ticks. */
        @Setup(Level.Trial)
        public void setUp()
        {
            data = BitstampJournal.create("backtest-ema");
            ticks = new TickRecords(data);
            kind = analytics.equals("on") ? BacktestChain.Kind.EMA_CROSS : BacktestChain.Kind.EMA_CROSS_NO_ANALYTICS;
        }

        /** Deletes the journal. */
        @TearDown(Level.Trial)
        public void tearDown()
        {
            data.delete();
        }
    }

    /**
     * One pass of all ticks through the fused chain (ops = ticks).
     *
     * @param state the chain.
     * @return output records of the pass.
     */
    @Benchmark
    @OperationsPerInvocation(TICKS)
    public long chain(final ChainState state)
    {
        return state.pass();
    }

    /**
     * One whole backtest through {@code BacktestRunner}, shared layout.
     *
     * @param state runner and journal.
     * @return the outcome.
     */
    @Benchmark
    public BacktestOutcome backtestRunner(final RunnerState state)
    {
        return state.runner.run(state.data.journal, EventTimeWindow.ALL, state.out, ProgressListener.NONE);
    }

    /**
     * One whole ema-cross backtest from scratch over the ticks in memory, trades collected.
     *
     * @param state ticks and chain kind.
     * @return the collector (trades, equity curve).
     */
    @Benchmark
    public BacktestCollector emaCrossRun(final FreshRunState state)
    {
        final EngineConfig config = state.data.config;
        final BacktestCollector collector =
            new BacktestCollector(config.registry(), BacktestRunner.DEFAULT_SAMPLE_PERIOD_NANOS);
        new BacktestChain(state.kind, config, collector).pass(state.ticks, 0, 0);
        return collector.finish();
    }
}
