package io.pldot.engine.cli;

import io.pldot.engine.app.EventTimeWindow;
import io.pldot.engine.app.JournalTail;
import io.pldot.engine.app.ProgressListener;
import io.pldot.engine.app.ReplayResult;
import io.pldot.engine.app.ReplayRunner;
import io.pldot.engine.backtest.BacktestOutcome;
import io.pldot.engine.backtest.BacktestRunner;
import io.pldot.engine.backtest.metrics.MetricsReport;
import io.pldot.engine.backtest.metrics.SampleCaveat;
import io.pldot.engine.backtest.metrics.TradeStats;
import io.pldot.engine.backtest.report.ReportWriter;
import io.pldot.engine.config.EngineConfig;
import io.pldot.feeds.importer.BundledData;
import io.pldot.feeds.importer.ImportOptions;
import io.pldot.feeds.importer.ImportReport;
import io.pldot.feeds.importer.RejectListener;
import io.pldot.feeds.importer.TradeImporter;
import io.pldot.journal.chronicle.JournalDirectory;
import io.pldot.journal.OwnedFolder;
import io.pldot.journal.format.RecordFormatter;
import io.pldot.journal.schema.CandleClosedDescriptor;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code engine demo}: the whole spine on real data, explained. Imports the 100,000 Bitstamp
 * trades bundled with the engine into a fresh journal, replays them through the pipeline,
 * backtests the configured strategy on them (simulated venue, shared capital) with a report, and
 * prints what happened and what to try next. Runs once per command on the main thread.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Import the bundled real Bitstamp trades, replay them, and explain what happened.",
        "",
        "Imports the 100,000 rows of Bitstamp BTC/USD trades bundled with the engine (ta4j-examples)",
        "into a fresh journal (deleted and recreated each run), replays them through the pipeline,",
        "and prints trades, candles per timeframe, rejects, throughput and the output hash. Then it backtests",
        "the configured strategy on the same trades (simulated fills, fees, one cash balance), explains the",
        "result and writes report.html (charts, every trade), report.md and report.json next to the journal."})
final class DemoCommand implements Callable<Integer>
{
    @picocli.CommandLine.Mixin
    private ConfigOptions options;

    @Option(names = "--demo-journal", paramLabel = "DIR", description = "Journal to (re)create; a non-empty folder the " +
        "engine did not create is refused. Default: demo-journal")
    private Path demoJournal = Path.of("demo-journal");

    @Option(names = "--demo-report", paramLabel = "DIR",
        description = "Where the backtest report goes (replaced; a non-empty folder the engine did not create is " +
            "refused). Default: demo-report beside the journal.")
    private Path demoReport;

    @Option(names = "--threading", paramLabel = "LAYOUT", converter = ReplayCommand.ThreadingConverter.class,
        description = "dedicated or shared. Default: from config.")
    private EngineConfig.Threading threading;

    @Override
    public Integer call() throws IOException
    {
        EngineConfig config = options.config();
        if (threading != null)
        {
            config = config.withThreading(threading);
        }
        final JournalDirectory journal = new JournalDirectory(demoJournal);
        final Path reportDir = demoReport != null ? demoReport : demoJournal.resolveSibling("demo-report");
        // Both folders are deleted and recreated: refuse, before any work, folders that are not ours.
        OwnedFolder.JOURNAL.requireDeletable(journal.root(), "--demo-journal");
        if (config.strategyEnabled())
        {
            ReportWriter.FOLDER.requireDeletable(reportDir.toAbsolutePath(), "--demo-report");
            ReportWriter.requireWritable(reportDir, "--demo-report");
        }
        OwnedFolder.JOURNAL.delete(journal.root(), "--demo-journal");

        System.out.println("PLdot engine demo: real trades -> journal -> Disruptor pipeline -> candles -> journal");
        System.out.println();
        System.out.println("1. Import: " + BundledData.ARTIFACT + " ships " + BundledData.BITSTAMP_TRADES);
        System.out.println("   (Bitstamp BTC/USD, no aggressor side in the file: inferred with the tick rule)");
        final TradeImporter importer = new TradeImporter(journal, config.registry(),
            Duration.ofNanos(config.imports().backwardsToleranceNanos()),
                Duration.ofNanos(config.imports().maxForwardJumpNanos()), 5, RejectListener.NONE);
        final ImportReport report = importer.importSources(List.of(BundledData.bitstampTrades()),
            new ImportOptions(ImportOptions.AUTO, null, config.imports().bitstampSymbol()));
        System.out.printf(Locale.ROOT, "   %,d rows read, %,d trades journaled, %,d refused%s%n",
            report.rowsRead(), report.accepted(), report.rejected(),
            report.rejected() == 0 ? "" : " (" + nonZero(report.rejectedByReason()) + ")");
        if (report.rejected() > 0)
        {
            report.files().get(0).rejectionMessages().stream().limit(3)
                .forEach(m -> System.out.println("     e.g. " + m));
        }
        System.out.println("   journal: " + journal.inputsPath());
        System.out.println();

        System.out.println("2. Replay: every journaled trade goes through the ring; the candle stage builds " +
            String.join(", ", config.candles().timeframes()) + " candles;");
        System.out.println("   the analytics stage updates Drummond Geometry, regime, order flow, market profile, zones and");
        System.out.println("   gaps on each closed candle and adds an indicator snapshot (and pattern/zone/gap events);");
        System.out.println("   the output stage journals them all, each tagged with the trade that caused it.");
        final ReplayResult result;
        try (ProgressListener progress = ConsoleProgress.create("replay", report.accepted(), false))
        {
            result = new ReplayRunner(config, config.registry()).replay(journal, null, progress);
        }
        System.out.print(Summaries.replay(result, config.display().timeZone()).replaceAll("(?m)^", "   "));
        System.out.println();

        final int longest = config.candles().timeframeSeconds()[config.candles().timeframeSeconds().length - 1];
        System.out.println("3. The last three " + RecordFormatter.timeframeLabel(longest) + " candles, as the journal " +
            "holds them:");
        final RecordFormatter formatter = new RecordFormatter(config.registry(), ZoneId.of(config.display().timeZone()));
        final ArrayDeque<String> last = new ArrayDeque<>();
        try (JournalTail tail = new JournalTail(journal, false, true))
        {
            while (tail.next() > 0)
            {
                if (RecordHeaderDescriptor.typeId(tail.buffer(), 0) == RecordType.CANDLE_CLOSED.typeId() &&
                    CandleClosedDescriptor.TIMEFRAME_SECONDS.get(tail.buffer(), 0) == longest)
                {
                    last.addLast(formatter.toText(tail.buffer(), 0));
                    if (last.size() > 3)
                    {
                        last.removeFirst();
                    }
                }
            }
        }
        last.forEach(line -> System.out.println("   " + line));
        System.out.println();

        final boolean backtested = config.strategyEnabled() && backtest(config, journal, reportDir);
        System.out.println("Replays are deterministic: run 'scripts/engine replay --journal " + demoJournal +
            "' again and it writes to " + demoJournal + "/replay and");
        System.out.println("confirms it reproduced these outputs bit for bit (same output hash).");
        System.out.println("Next:");
        System.out.println("  scripts/engine tail --journal " + demoJournal + " --type candle-closed -n 10");
        System.out.println("  scripts/engine tail --journal " + demoJournal + " --json -n 5 | jq .");
        System.out.println("  scripts/engine replay --journal " + demoJournal + " --threading shared");
        if (backtested)
        {
            System.out.println("  scripts/engine tail --journal " + demoJournal + "/backtest --type position-event -n 6");
            System.out.println("  scripts/engine backtest --journal " + demoJournal + " --strategy ema-cross --param fast=9 " +
                "--param slow=30");
            System.out.println("  scripts/engine sweep --journal " + demoJournal + " --strategy ema-cross --grid fast=5,9 " +
                "--grid slow=21,30");
        }
        return 0;
    }

    /**
     * Step 4: the configured strategy trades the journal on the simulated venue; explains the
     * result in plain words and writes the reports.
     *
     * @return true (the backtest ran and the report was written).
     * @throws IOException when the report cannot be written.
     */
    private static boolean backtest(final EngineConfig config, final JournalDirectory journal, final Path reportDir)
        throws IOException
    {
        final String strategy = config.strategySettings().definition().name();
        System.out.println("4. Backtest: the strategy in the config (" + strategy + ") trades the same trades on the " +
            "simulated venue:");
        System.out.println("   an order decided on one trade fills on later trades, paying slippage and fees; " +
            "every symbol shares");
        System.out.println("   one cash balance; the risk stage sizes each entry and can refuse it.");
        final BacktestOutcome outcome;
        try (ProgressListener progress = ConsoleProgress.create("backtest", -1, false))
        {
            outcome = new BacktestRunner(config, BacktestRunner.DEFAULT_SAMPLE_PERIOD_NANOS)
                .run(journal, EventTimeWindow.ALL, null, progress);
        }
        ReportWriter.FOLDER.delete(reportDir.toAbsolutePath(), "--demo-report");
        final List<Path> written = new ReportWriter().writeAll(outcome.results(), reportDir);
        final MetricsReport p = outcome.results().portfolio();
        final TradeStats t = p.trades();
        final Map<String, Long> outputs = outcome.replay().outputsByType();
        System.out.printf(Locale.ROOT, "   %,d signals from the strategy -> %,d orders past the risk checks -> %,d fills " +
                "(an order can fill in parts)%n",
            outputs.getOrDefault("signal", 0L), outputs.getOrDefault("order-intent", 0L), outcome.fills());
        System.out.printf(Locale.ROOT, "   %,d trades closed (entry and exit): %,d won, %,d lost; %,d position%s still open " +
                "at the end%n",
            t.tradeCount(), t.winCount(), t.lossCount(), outcome.openPositions(), outcome.openPositions() == 1 ? "" : "s");
        System.out.printf(Locale.ROOT, "   net P&L      %,.2f (gross %,.2f minus fees %,.2f)%n",
            t.netPnl(), t.grossPnl(), t.fees());
        if (p.returns() != null)
        {
            System.out.printf(Locale.ROOT, "   return       %.2f%% (equity %,.2f -> %,.2f)%n",
                p.returns().totalReturn() * 100, p.returns().startEquity(), p.returns().endEquity());
        }
        if (p.drawdown() != null)
        {
            System.out.printf(Locale.ROOT, "   max drawdown %.2f%% (the deepest fall of equity from its running peak)%n",
                p.drawdown().fraction() * 100);
        }
        if (p.returns() != null && p.returns().sharpe() != null)
        {
            System.out.printf(Locale.ROOT, "   Sharpe       %.2f (mean hourly return / its standard deviation, annualised; " +
                "below 0: it lost money)%n", p.returns().sharpe());
        }
        final String caveat = p.returns() == null ? null : SampleCaveat.note(p.returns());
        if (caveat != null)
        {
            System.out.print(Summaries.wrap("   caveat       ", caveat));
        }
        System.out.println("   The orders, fills and positions are journaled in " + outcome.replay().outputsPath());
        System.out.println("   Report: open " + written.stream().filter(f -> f.toString().endsWith(".html")).findFirst()
            .orElse(reportDir.resolve("report.html")) + "  (equity and drawdown charts, every trade; also report.md, " +
            "report.json)");
        System.out.println("   A backtest is a replay: the same trades and config give the same trades and numbers every time.");
        System.out.println();
        return true;
    }

    private static String nonZero(final Map<?, Long> counts)
    {
        final java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        counts.forEach((k, v) ->
        {
            if (v > 0)
            {
                out.put(String.valueOf(k), v);
            }
        });
        return Summaries.counts(out);
    }
}
