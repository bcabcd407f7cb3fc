package io.pldot.engine.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pldot.engine.app.EventTimeWindow;
import io.pldot.engine.app.ProgressListener;
import io.pldot.engine.backtest.BacktestOutcome;
import io.pldot.engine.backtest.BacktestRunner;
import io.pldot.engine.backtest.report.ReportWriter;
import io.pldot.engine.config.EngineConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code engine backtest}: runs a strategy over a journal on the simulated venue and reports the
 * metrics (text, or one JSON object), optionally writing report.json / report.md / report.html.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Backtest a strategy on a journal: its trades go through the same pipeline the live engine",
        "runs (candles, analytics, decision, risk with the simulated venue) and the fills, equity",
        "marks and closed trades become the metrics. Every symbol shares one cash balance.",
        "",
        "The outputs (signals, orders, fills, positions...) are journaled to DIR/backtest/outputs",
        "(replaced each run; --out to choose), so 'engine tail --journal DIR/backtest' shows them.",
        "The same journal, config and options always give the same results and output hash."},
    footer = {"", "Examples:",
        "  engine backtest --journal demo-journal",
        "  engine backtest --journal demo-journal --strategy ema-cross --param fast=12 --param slow=26 --report report",
        "  engine backtest --journal demo-journal --from 2013-11-27 --to 2013-11-30 --json | jq .portfolio"})
final class BacktestCommand implements Callable<Integer>
{
    @Mixin
    private ConfigOptions options;

    @Mixin
    private TornTailOption tornTail;

    @Mixin
    private StrategyOptions strategy;

    @Option(names = "--from", paramLabel = "TIME",
        description = "First event time included: 2013-11-27, 2013-11-27T12:00 (display zone) or an ISO instant.")
    private String from;

    @Option(names = "--to", paramLabel = "TIME", description = "First event time excluded (same spellings).")
    private String to;

    @Option(names = "--report", paramLabel = "DIR",
        description = "Write report.json, report.md and a self-contained report.html (charts inline) into DIR.")
    private Path report;

    @Option(names = "--out", paramLabel = "DIR", description = "Journal the outputs to DIR/outputs instead of " +
        "JOURNAL/backtest/outputs (replaced).")
    private Path out;

    @Option(names = "--sample-period", paramLabel = "DURATION", defaultValue = "1h",
        description = "Event time between equity-curve points; Sharpe and Sortino are annualised from it " +
            "(365 days a year). Default: ${DEFAULT-VALUE}.")
    private String samplePeriod;

    @Option(names = "--analytics", paramLabel = "MODE", defaultValue = "auto",
        description = "auto (default): analytics only if the strategy reads them (ema-cross does not: same " +
            "trades, much faster); on: always (their snapshots are journaled too); off.")
    private String analytics;

    @Option(names = "--threading", paramLabel = "LAYOUT", converter = ReplayCommand.ThreadingConverter.class,
        description = "dedicated or shared. Default: from config (results are identical either way).")
    private EngineConfig.Threading threading;

    @Option(names = "--json", description = "Print one JSON object (run, portfolio, perSymbol, signalAccuracy, " +
        "trades, equityCurve): no timing in it, so two runs print identical JSON.")
    private boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    private boolean quiet;

    @Override
    public Integer call() throws Exception
    {
        EngineConfig config = io.pldot.engine.backtest.AnalyticsMode.parse(analytics).apply(strategy.apply(options.config()));
        if (threading != null)
        {
            config = config.withThreading(threading);
        }
        final EventTimeWindow window = EventTimeWindow.parse(from, to, java.time.ZoneId.of(config.display().timeZone()));
        final long period = OptionConverters.duration("--sample-period", samplePeriod);
        if (report != null)
        {
            // Before the run, not after it: a report path that cannot be written fails in a second, with the reason.
            ReportWriter.requireWritable(report, "--report");
        }
        final BacktestOutcome outcome;
        try (ProgressListener progress = ConsoleProgress.create("backtest", -1, quiet || json))
        {
            outcome = new BacktestRunner(config, period).run(tornTail.apply(options.journal()), window, out, progress);
        }
        List<Path> written = List.of();
        if (report != null)
        {
            written = new ReportWriter().writeAll(outcome.results(), report);
        }
        if (json)
        {
            System.out.println(new ObjectMapper().writeValueAsString(outcome.toJson()));
        }
        else
        {
            System.out.print(Summaries.backtest(outcome, written, config.display().timeZone()));
        }
        return 0;
    }
}
