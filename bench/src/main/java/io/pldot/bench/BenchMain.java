package io.pldot.bench;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the engine's benchmarks with the GC profiler, writes JMH's JSON, and prints the figures the
 * README quotes: replay records/s beside the raw Chronicle read and the bare Disruptor baseline
 * (same run), the replay/read ratio, and bytes allocated per tick.
 * <p>
 * Usage: {@code scripts/bench [--quick] [JMH include regex] [JMH options, e.g. -p threading=SHARED]}, e.g.
 * {@code scripts/bench 'ReplayThroughput|ChronicleRawRead' -p dataset=binance-futures -p threading=SHARED}.
 */
public final class BenchMain
{
    private BenchMain()
    {
    }

    /**
     * @param args [--quick] [include regex] [JMH command-line options].
     * @throws Exception when JMH fails (or its options do not parse).
     */
    public static void main(final String[] args) throws Exception
    {
        boolean quick = false;
        final List<String> jmhArgs = new ArrayList<>();
        for (final String arg : args)
        {
            if (arg.equals("--quick"))
            {
                quick = true;
            }
            else
            {
                jmhArgs.add(arg);
            }
        }
        // JMH's own command line (e.g. "-p threading=SHARED -wi 3"); its positional arguments are the include regexes.
        final CommandLineOptions commandLine = new CommandLineOptions(jmhArgs.toArray(String[]::new));
        final List<String> includes = commandLine.getIncludes(); // inherited through parent()
        final ChainedOptionsBuilder options = new OptionsBuilder()
            .parent(commandLine)
            .addProfiler(GCProfiler.class)
            .resultFormat(ResultFormatType.JSON)
            .result(System.getProperty("pldot.bench.result", "bench/target/jmh-result.json"))
            .jvmArgsAppend(jvmArgs())
            .shouldFailOnError(true);
        if (includes.isEmpty())
        {
            options.include(ReplayThroughputBenchmark.class.getSimpleName())
                .include(BinanceParseBenchmark.class.getSimpleName())
                .include(ChronicleRawReadBenchmark.class.getSimpleName())
                .include(DisruptorBaselineBenchmark.class.getSimpleName())
                .include(StageChainPerTickBenchmark.class.getSimpleName())
                .include(AnalyticsUpdateBenchmark.class.getSimpleName())
                .include(BacktestThroughputBenchmark.class.getSimpleName())
                .include(Ta4jEmaCrossBenchmark.class.getSimpleName());
        }
        if (quick)
        {
            options.warmupIterations(1).warmupTime(TimeValue.seconds(1))
                .measurementIterations(2).measurementTime(TimeValue.seconds(1));
        }
        final Collection<RunResult> results = new Runner(options.build()).run();
        System.out.println(report(results));
    }

    private static String[] jvmArgs()
    {
        final String flags = System.getProperty("pldot.jvm.flags", "");
        final List<String> args = new ArrayList<>(List.of("-Xms2g", "-Xmx2g"));
        for (final String flag : flags.trim().split("\\s+"))
        {
            if (!flag.isEmpty())
            {
                args.add(flag);
            }
        }
        return args.toArray(String[]::new);
    }

    private static Result<?> allocNorm(final RunResult r)
    {
        for (final var e : r.getSecondaryResults().entrySet())
        {
            if (e.getKey().endsWith("gc.alloc.rate.norm"))
            {
                return e.getValue();
            }
        }
        return null;
    }

    /** @return the records one op of {@code r} passes over: by its {@code dataset} parameter, Bitstamp without one. */
    private static long recordsPerOp(final RunResult r)
    {
        final String dataset = r.getParams().getParam("dataset");
        return dataset == null ? BenchDataset.BITSTAMP.trades() : BenchDataset.of(dataset).trades();
    }

    private static String datasetOf(final RunResult r)
    {
        final String dataset = r.getParams().getParam("dataset");
        return dataset == null ? BenchDataset.BITSTAMP.id() : dataset;
    }

    static String report(final Collection<RunResult> results)
    {
        final StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%n=== PLdot engine benchmarks (real trades: %s; %s, %d cores, %s) ===%n",
            "bitstamp = 99,982 Bitstamp BTCUSD 2013, binance-futures = 9,999 Binance BTCUSDT 2020",
            System.getProperty("java.vm.name") + " " + Runtime.version(),
            Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch")));
        sb.append(String.format(Locale.ROOT, "%-70s %16s %14s%n", "benchmark", "records/s", "B/record"));
        final Map<String, Double> rawRead = new HashMap<>();
        for (final RunResult r : results)
        {
            if (r.getParams().getBenchmark().endsWith("readAllRecords"))
            {
                rawRead.merge(datasetOf(r), r.getPrimaryResult().getScore(), Math::max);
            }
        }
        for (final RunResult r : results)
        {
            final String name = r.getParams().getBenchmark().replace("io.pldot.bench.", "");
            final StringBuilder params = new StringBuilder();
            for (final String key : r.getParams().getParamsKeys())
            {
                params.append(params.length() == 0 ? " " : ",").append(r.getParams().getParam(key).toLowerCase(Locale.ROOT));
            }
            final Result<?> primary = r.getPrimaryResult();
            final Result<?> alloc = allocNorm(r);
            final double perRecordAlloc;
            final double perSecond;
            if (name.startsWith("StageChainPerTick") || name.startsWith("AnalyticsUpdateBenchmark"))
            {
                // One tick, one update or one trade per op: ns/op (sample mode: its mean) as ops/s.
                perSecond = 1e9 / primary.getScore();
                perRecordAlloc = alloc == null ? Double.NaN : alloc.getScore();
            }
            else if (name.equals("BacktestThroughputBenchmark.chain"))
            {
                // @OperationsPerInvocation(ticks): the score is already ticks/s, the norm bytes per tick.
                perSecond = primary.getScore();
                perRecordAlloc = alloc == null ? Double.NaN : alloc.getScore();
            }
            else
            {
                final long records = recordsPerOp(r);
                perSecond = primary.getScore() * records;
                perRecordAlloc = alloc == null ? Double.NaN : alloc.getScore() / records;
            }
            sb.append(String.format(Locale.ROOT, "%-70s %,16.0f %14.3f", name + params, perSecond, perRecordAlloc));
            final Double read = rawRead.get(datasetOf(r));
            if (name.endsWith(".replay") && read != null)
            {
                sb.append(String.format(Locale.ROOT, "   %.0f%% of raw read", 100 * primary.getScore() / read));
            }
            sb.append('\n');
        }
        sb.append("Whole-pass benchmarks: one op = one pass over all records in steady state (ring and reader built\n");
        sb.append("once per trial). StageChainPerTick and AnalyticsUpdate: one tick, update or trade per op (ns/op shown\n");
        sb.append("as records/s).\n");
        analyticsUpdateSummary(results, sb);
        analyticsRatios(results, sb);
        backtestSummary(results, sb);
        return sb.toString();
    }

    /**
     * Issue 3 point 10: replay throughput with all analytics on as a share of the same replay with
     * candles only (same data set, threading and wait strategy, same run); target >= 70%.
     */
    static void analyticsRatios(final Collection<RunResult> results, final StringBuilder sb)
    {
        boolean header = false;
        for (final RunResult on : results)
        {
            if (!on.getParams().getBenchmark().endsWith("ReplayThroughputBenchmark.replay")
                || !"on".equals(on.getParams().getParam("analytics")))
            {
                continue;
            }
            for (final RunResult off : results)
            {
                if (off.getParams().getBenchmark().equals(on.getParams().getBenchmark())
                    && "off".equals(off.getParams().getParam("analytics"))
                    && sameParamsExcept(on, off, "analytics"))
                {
                    if (!header)
                    {
                        sb.append(String.format(Locale.ROOT, "%nReplay with all analytics on vs candles only (same run; target >= 70%%):%n"));
                        header = true;
                    }
                    final double ratio = on.getPrimaryResult().getScore() / off.getPrimaryResult().getScore();
                    sb.append(String.format(Locale.ROOT, "  %-16s %-10s %-9s on/off = %3.0f%%  %s", datasetOf(on),
                        on.getParams().getParam("threading").toLowerCase(Locale.ROOT),
                        on.getParams().getParam("waitStrategy").toLowerCase(Locale.ROOT),
                        100 * ratio, ratio >= 0.70 ? "met" : "NOT met")
                        + ("discard".equals(on.getParams().getParam("outputs")) ? "  (outputs not journaled)" : "")).append(System.lineSeparator());
                }
            }
        }
    }

    /** True when the two results have the same value for every parameter except {@code key}. */
    static boolean sameParamsExcept(final RunResult a, final RunResult b, final String key)
    {
        for (final String param : a.getParams().getParamsKeys())
        {
            if (!param.equals(key) && !String.valueOf(a.getParams().getParam(param)).equals(b.getParams().getParam(param)))
            {
                return false;
            }
        }
        return true;
    }

    /** Time of one op, seconds, of the result whose benchmark name ends with {@code method} and whose params match. */
    private static double secondsPerOp(final Collection<RunResult> results, final String method, final String key,
        final String value)
    {
        for (final RunResult r : results)
        {
            if (r.getParams().getBenchmark().endsWith(method) &&
                (key == null || value.equals(r.getParams().getParam(key))) && r.getPrimaryResult().getScore() > 0)
            {
                return 1.0 / r.getPrimaryResult().getScore();
            }
        }
        return Double.NaN;
    }

    /**
     * Issue 4 point 11: the business-thread target and the ta4j comparison, printed when their
     * benchmarks ran in this invocation.
     */
    /**
     * Issue 3's latency target for one full indicator update: the median of the sample-mode run.
     */
    static void analyticsUpdateSummary(final Collection<RunResult> results, final StringBuilder sb)
    {
        for (final RunResult r : results)
        {
            if (r.getParams().getBenchmark().endsWith("AnalyticsUpdateBenchmark.fullIndicatorUpdate")
                && r.getParams().getMode() == org.openjdk.jmh.annotations.Mode.SampleTime)
            {
                final double median = r.getPrimaryResult().getStatistics().getPercentile(50);
                final double target = 1_000;
                sb.append(String.format(Locale.ROOT,
                    "%nFull indicator update (one 1m close, one symbol x timeframe): median %,.0f ns; target <= %,.0f ns: %s%n",
                    median, target, median <= target ? "met" : "NOT met"));
            }
        }
    }

    static void backtestSummary(final Collection<RunResult> results, final StringBuilder sb)
    {
        final double chainSeconds = secondsPerOp(results, "BacktestThroughputBenchmark.chain", "chain", "drummond-mtf");
        if (!Double.isNaN(chainSeconds))
        {
            final double ticksPerSecond = 1 / chainSeconds; // @OperationsPerInvocation: ops are ticks
            final double target = 3_000_000;
            sb.append(String.format(Locale.ROOT,
                "%nBacktest business thread (candles+analytics+drummond-mtf+risk, one thread): %,.0f ticks/s = %.0f ns/tick;"
                    + " target >= %,.0f ticks/s: %s%n",
                ticksPerSecond, 1e9 * chainSeconds, target, ticksPerSecond >= target ? "met" : "NOT met"));
        }
        final String[][] ours = {
            {"BacktestThroughputBenchmark.emaCrossRun", "analytics", "on", "ours ema-cross tick-level, full chain (fresh run)"},
            {"BacktestThroughputBenchmark.emaCrossRun", "analytics", "off", "ours ema-cross tick-level, analytics off (fresh run)"},
            {"BacktestThroughputBenchmark.backtestRunner", "strategy", "ema-cross", "ours ema-cross BacktestRunner end to end"},
        };
        boolean header = false;
        for (final String numType : new String[] {"decimal", "double"})
        {
            final double build = secondsPerOp(results, "Ta4jEmaCrossBenchmark.buildMinuteBars", "numType", numType);
            final double run = secondsPerOp(results, "Ta4jEmaCrossBenchmark.emaCrossBacktest", "numType", numType);
            if (Double.isNaN(build) || Double.isNaN(run))
            {
                continue;
            }
            final double ta4j = build + run;
            for (final String[] o : ours)
            {
                final double mine = secondsPerOp(results, o[0], o[1], o[2]);
                if (Double.isNaN(mine))
                {
                    continue;
                }
                if (!header)
                {
                    sb.append(String.format(Locale.ROOT, "%nta4j comparison (same %d trades; time per whole backtest; target ours/ta4j <= 1):%n",
                        BenchDataset.BITSTAMP.trades()));
                    header = true;
                }
                final double ratio = mine / ta4j;
                sb.append(String.format(Locale.ROOT,
                    "  %-54s %8.2f ms  vs ta4j %-7s bars %.2f + backtest %.2f = %8.2f ms   ours/ta4j = %.2f  %s%n",
                    o[3], 1e3 * mine, numType, 1e3 * build, 1e3 * run, 1e3 * ta4j, ratio, ratio <= 1 ? "met" : "NOT met"));
            }
        }
    }
}
