package io.pldot.engine.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pldot.engine.app.EventTimeWindow;
import io.pldot.engine.backtest.BacktestSweepJob;
import io.pldot.engine.backtest.metrics.MetricsReport;
import io.pldot.engine.backtest.metrics.SampleCaveat;
import io.pldot.engine.backtest.sweep.ParameterGrid;
import io.pldot.engine.backtest.sweep.SweepJob;
import io.pldot.engine.backtest.sweep.SweepMetric;
import io.pldot.engine.backtest.sweep.SweepRun;
import io.pldot.engine.backtest.sweep.SweepRunner;
import io.pldot.engine.backtest.sweep.SweepTable;
import io.pldot.engine.backtest.sweep.WalkForwardResult;
import io.pldot.engine.backtest.sweep.WalkForwardSplit;
import io.pldot.engine.config.EngineConfig;
import io.pldot.journal.chronicle.JournalDirectory;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code engine sweep}: backtests one strategy over a grid of parameter points on one journal, in parallel, and
 * prints the runs ranked by a metric; with {@code --walk-forward N} chooses a point per fold on in-sample data and
 * reports how it did out of sample. Runs once per command on the main thread (the backtests run on the sweep's
 * worker threads); not thread-safe.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Backtest a strategy once per point of a parameter grid over the same journal, in parallel, and rank the runs.",
        "",
        "Each run is a full backtest (the same pipeline as 'engine backtest', stages fused on one thread) with the",
        "grid point's parameters applied over --param and the config; its outputs go to a temporary journal under",
        "JOURNAL/sweep/ that is deleted when the run ends. Results are collected in grid order and ranked with ties",
        "broken by grid order, so --threads 1 and --threads 8 print the same table. A point the strategy refuses",
        "(e.g. ema-cross with fast >= slow) is skipped and listed with the reason; if every point is refused, nothing runs.",
        "",
        "--walk-forward N cuts the journal's time range (within --from/--to) into N + 1 equal segments; fold i picks",
        "the best point by --rank on in-sample data (the segment before: --rolling; everything before: --anchored) and",
        "runs it on segment i + 1 (out of sample). Each run starts from the initial capital."},
    footer = {"", "Examples:",
        "  engine sweep --journal demo-journal --strategy ema-cross --grid fast=5,9 --grid slow=21,30",
        "  engine sweep --journal demo-journal --strategy ema-cross --grid fast=4..12:4 --grid slow=20..40:10 \\",
        "      --rank net-pnl",
        "  engine sweep --journal demo-journal --strategy ema-cross --param allowShort=true \\",
        "      --grid fast=5,9 --grid slow=21,30 --walk-forward 2 --anchored --json | jq '.folds[].outOfSample'",
        "  engine sweep --journal demo-journal --grid stopAtr=1..2:0.5 --from 2013-11-26 --to 2013-12-01 --threads 2"})
final class SweepCommand implements Callable<Integer>
{
    /** Sub-folder of the journal where the runs' temporary output journals go. */
    static final String SWEEP_FOLDER = "sweep";
    /** Layout of the walk-forward JSON; the plain sweep's is {@link SweepTable#SCHEMA}. */
    static final String WALK_FORWARD_SCHEMA = "pldot.walk-forward/1";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");
    /** Laid out as {@link SweepTable#toJson()} is, so both documents read alike. */
    private static final ObjectWriter WRITER = new ObjectMapper()
        .writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")))
        .with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    @Mixin
    private ConfigOptions options;

    @Mixin
    private TornTailOption tornTail;

    @Mixin
    private StrategyOptions strategy;

    @Option(names = "--grid", paramLabel = "KEY=VALUES", required = true,
        description = {"A strategy parameter and its values (repeatable, one key each): key=v1,v2,... or " +
            "key=from..to:step (both ends inclusive, exact decimals). The points are every combination, the last " +
            "--grid varying fastest; that order breaks ranking ties."})
    private List<String> grid;

    @Option(names = "--from", paramLabel = "TIME",
        description = "First event time included: 2013-11-27, 2013-11-27T12:00 (display zone) or an ISO instant.")
    private String from;

    @Option(names = "--to", paramLabel = "TIME", description = "First event time excluded (same spellings).")
    private String to;

    @Option(names = "--walk-forward", paramLabel = "N",
        description = "Walk-forward with N folds instead of one sweep over the whole range.")
    private Integer walkForward;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private Mode mode;

    @Option(names = "--threads", paramLabel = "N",
        description = "Backtests run at once, each on one thread. Default: one per core.")
    private Integer threads;

    @Option(names = "--rank", paramLabel = "METRIC", defaultValue = "sharpe",
        description = "What ranks the runs (and picks the walk-forward point): sharpe, net-pnl, profit-factor " +
            "(higher first) or max-drawdown (lower first). Default: ${DEFAULT-VALUE}.")
    private String rank;

    @Option(names = "--analytics", paramLabel = "MODE", defaultValue = "auto",
        description = "auto (default): analytics only if the strategy reads them; on; off (as backtest).")
    private String analytics;

    @Option(names = "--sample-period", paramLabel = "DURATION", defaultValue = "1h",
        description = "Event time between equity-curve points; Sharpe is annualised from it (365 days a year). " +
            "Default: ${DEFAULT-VALUE}.")
    private String samplePeriod;

    @Option(names = "--json", description = "Print JSON (pldot.sweep/1, or pldot.walk-forward/1 with " +
        "--walk-forward) instead of the table; no timing in it, so two sweeps print identical JSON.")
    private boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on standard error.")
    private boolean quiet;

    /** --anchored or --rolling. */
    static final class Mode
    {
        @Option(names = "--anchored", required = true,
            description = "Walk-forward in-sample windows all start at the beginning and grow.")
        boolean anchored;

        @Option(names = "--rolling", required = true,
            description = "Walk-forward in-sample window = the one segment before the out-of-sample one (default).")
        boolean rolling;
    }

    @Override
    public Integer call() throws IOException
    {
        final EngineConfig config = io.pldot.engine.backtest.AnalyticsMode.parse(analytics)
            .apply(strategy.apply(options.config()));
        final ZoneId zone = ZoneId.of(config.display().timeZone());
        final SweepMetric metric = SweepMetric.parse(rank);
        final ParameterGrid fullGrid = ParameterGrid.parse(grid);
        final int workers = threads == null ? SweepRunner.defaultThreads() : threads;
        if (workers < 1)
        {
            throw new IllegalArgumentException("--threads must be at least 1, was " + workers);
        }
        if (walkForward == null && mode != null)
        {
            throw new IllegalArgumentException((mode.anchored ? "--anchored" : "--rolling") +
                " needs --walk-forward N");
        }
        if (walkForward != null && walkForward < 1)
        {
            throw new IllegalArgumentException("--walk-forward must be at least 1 fold, was " + walkForward);
        }
        final JournalDirectory journal = tornTail.apply(options.journal());
        final Path workDir = journal.root().resolve(SWEEP_FOLDER);
        final BacktestSweepJob job = new BacktestSweepJob(config, journal, workDir,
            OptionConverters.duration("--sample-period", samplePeriod));
        final BacktestSweepJob.Validation validation = job.validate(fullGrid);
        final ParameterGrid points = validation.valid();
        final EventTimeWindow range = BacktestSweepJob.dataRange(journal, EventTimeWindow.parse(from, to, zone));
        final WalkForwardSplit split = walkForward == null ? null : WalkForwardSplit.of(range.fromNanos(),
            range.toNanos(), walkForward, mode != null && mode.anchored ?
                WalkForwardSplit.Mode.ANCHORED : WalkForwardSplit.Mode.ROLLING);
        final int total = split == null ? points.size() : (points.size() + 1) * split.folds().size();
        final boolean progress = !quiet && !json;
        if (progress)
        {
            System.err.printf(Locale.ROOT, "sweep: %s on %s, %d point%s, %d run%s on %d thread%s%n",
                job.strategy().name(), journal.root(), points.size(), points.size() == 1 ? "" : "s",
                total, total == 1 ? "" : "s", workers, workers == 1 ? "" : "s");
        }
        BacktestSweepJob.WORK_FOLDER.delete(workDir, "the journal's sweep work folder");
        BacktestSweepJob.WORK_FOLDER.claim(workDir);
        final SweepJob watched = progress ? new ProgressJob(job, total) : job;
        try (SweepRunner runner = new SweepRunner(workers))
        {
            if (split == null)
            {
                final SweepTable table = new SweepTable(
                    runner.run(points, range.fromNanos(), range.toNanos(), watched), metric);
                System.out.print(json ? sweepJson(job, range, table, validation.skipped()) :
                    sweepText(job, journal, range, table, zone, validation.skipped()));
            }
            else
            {
                final WalkForwardResult result = runner.walkForward(points, split, metric, watched);
                System.out.print(json ? walkForwardJson(job, range, result, validation.skipped()) :
                    walkForwardText(job, journal, result, zone, validation.skipped()));
            }
        }
        finally
        {
            removeIfEmpty(workDir);
        }
        return 0;
    }

    private static String sweepText(final BacktestSweepJob job, final JournalDirectory journal,
        final EventTimeWindow range, final SweepTable table, final ZoneId zone,
        final List<BacktestSweepJob.SkippedPoint> skipped)
    {
        final StringBuilder sb = new StringBuilder();
        sb.append("Sweep of ").append(job.strategy().name()).append(" on ").append(journal.root()).append('\n');
        sb.append("  event time  ").append(span(range.fromNanos(), range.toNanos(), zone)).append('\n');
        sb.append("  base        ").append(job.baseParameters()).append('\n');
        caveatText(sb, range.fromNanos(), range.toNanos());
        skippedText(sb, job, skipped);
        sb.append(table.toText());
        return sb.toString();
    }

    private static String walkForwardText(final BacktestSweepJob job, final JournalDirectory journal,
        final WalkForwardResult result, final ZoneId zone, final List<BacktestSweepJob.SkippedPoint> skipped)
    {
        final WalkForwardSplit split = result.split();
        final StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Walk-forward of %s on %s: %d fold%s, %s, best %s in-sample%n",
            job.strategy().name(), journal.root(), split.folds().size(), split.folds().size() == 1 ? "" : "s",
            split.mode().name().toLowerCase(Locale.ROOT), result.metric().option()));
        sb.append("  event time  ").append(span(split.from(), split.to(), zone)).append('\n');
        sb.append("  base        ").append(job.baseParameters()).append('\n');
        caveatText(sb, split.from(), split.to());
        skippedText(sb, job, skipped);
        int trades = 0;
        double net = 0;
        for (final WalkForwardResult.FoldResult fold : result.folds())
        {
            final WalkForwardSplit.Fold f = fold.fold();
            sb.append('\n').append("fold ").append(f.index()).append('\n');
            sb.append("  in-sample      ").append(span(f.inSampleFrom(), f.inSampleTo(), zone)).append('\n');
            sb.append("  out-of-sample  ").append(span(f.outOfSampleFrom(), f.outOfSampleTo(), zone)).append('\n');
            sb.append(new SweepTable(fold.inSample(), result.metric()).toText().replaceAll("(?m)^", "  "));
            sb.append("  chosen: ").append(params(fold.chosen().params())).append('\n');
            sb.append("    in-sample      ").append(metrics(fold.chosen().metrics())).append('\n');
            sb.append("    out-of-sample  ").append(metrics(fold.outOfSample().metrics())).append('\n');
            trades += fold.outOfSample().metrics().trades().tradeCount();
            net += fold.outOfSample().metrics().trades().netPnl();
        }
        sb.append('\n').append(String.format(Locale.ROOT,
            "Out of sample, all folds: %d trades, net P&L %.2f (each fold starts from the initial capital)%n",
            trades, net));
        return sb.toString();
    }

    /** The short-sample caveat, when the range is short (a walk-forward's folds are shorter still). */
    private static void caveatText(final StringBuilder sb, final long fromNanos, final long toNanos)
    {
        final String caveat = SampleCaveat.rangeNote(fromNanos, toNanos);
        if (caveat != null)
        {
            sb.append(Summaries.wrap("  caveat      ", caveat));
        }
    }

    /** One line per grid point the strategy refused: the run table's indices then have gaps, and this says why. */
    private static void skippedText(final StringBuilder sb, final BacktestSweepJob job,
        final List<BacktestSweepJob.SkippedPoint> skipped)
    {
        if (skipped.isEmpty())
        {
            return;
        }
        sb.append(String.format(Locale.ROOT, "  skipped     %d grid point%s not valid for %s:%n", skipped.size(),
            skipped.size() == 1 ? "" : "s", job.strategy().name()));
        for (final BacktestSweepJob.SkippedPoint point : skipped)
        {
            sb.append("              #").append(point.gridIndex()).append(' ').append(params(point.params()))
                .append(": ").append(point.reason()).append('\n');
        }
    }

    private static void skippedJson(final ObjectNode root, final List<BacktestSweepJob.SkippedPoint> skipped)
    {
        final ArrayNode array = root.putArray("skipped");
        for (final BacktestSweepJob.SkippedPoint point : skipped)
        {
            final ObjectNode node = array.addObject();
            node.put("gridIndex", point.gridIndex());
            final ObjectNode params = node.putObject("params");
            point.params().forEach(params::put);
            node.put("reason", point.reason());
        }
    }

    private static String sweepJson(final BacktestSweepJob job, final EventTimeWindow range, final SweepTable table,
        final List<BacktestSweepJob.SkippedPoint> skipped) throws IOException
    {
        final ObjectNode tree = table.toTree();
        final ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set("schema", tree.get("schema"));
        root.put("strategy", job.strategy().name());
        root.put("baseParameters", job.baseParameters());
        root.put("fromNs", range.fromNanos());
        root.put("toNs", range.toNanos());
        tree.remove("schema");
        skippedJson(root, skipped);
        root.setAll(tree);
        return write(root);
    }

    private static String walkForwardJson(final BacktestSweepJob job, final EventTimeWindow range,
        final WalkForwardResult result, final List<BacktestSweepJob.SkippedPoint> skipped) throws IOException
    {
        final ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schema", WALK_FORWARD_SCHEMA);
        root.put("strategy", job.strategy().name());
        root.put("baseParameters", job.baseParameters());
        root.put("fromNs", range.fromNanos());
        root.put("toNs", range.toNanos());
        root.put("mode", result.split().mode().name().toLowerCase(Locale.ROOT));
        root.put("rankedBy", result.metric().option());
        root.put("higherIsBetter", result.metric().higherIsBetter());
        skippedJson(root, skipped);
        final ArrayNode folds = root.putArray("folds");
        for (final WalkForwardResult.FoldResult fold : result.folds())
        {
            final ObjectNode node = folds.addObject();
            node.put("fold", fold.fold().index());
            node.set("inSample", new SweepTable(fold.inSample(), result.metric()).toTree().get("runs"));
            node.set("chosen", run(fold.chosen(), result.metric()));
            node.set("outOfSample", run(fold.outOfSample(), result.metric()));
        }
        return write(root);
    }

    /** One run as SweepTable writes it, without the rank (a single run has none). */
    private static ObjectNode run(final SweepRun run, final SweepMetric metric)
    {
        final ObjectNode node = (ObjectNode) new SweepTable(List.of(run), metric).toTree().get("runs").get(0);
        node.remove("rank");
        return node;
    }

    private static String write(final ObjectNode root) throws IOException
    {
        return WRITER.writeValueAsString(root) + "\n";
    }

    private static String metrics(final MetricsReport m)
    {
        // The same columns as the sweep table, in words.
        final String sharpe = m.returns() == null || m.returns().sharpe() == null ? "n/a" :
            String.format(Locale.ROOT, "%.4f", m.returns().sharpe());
        final String pf = m.trades().profitFactor() != null ?
            String.format(Locale.ROOT, "%.4f", m.trades().profitFactor()) :
            m.trades().profitFactorInfinite() ? "∞" : "n/a";
        final String dd = m.drawdown() == null ? "n/a" :
            String.format(Locale.ROOT, "%.2f %%", m.drawdown().fraction() * 100);
        return String.format(Locale.ROOT, "%d trades, net P&L %.2f, profit factor %s, Sharpe %s, max DD %s",
            m.trades().tradeCount(), m.trades().netPnl(), pf, sharpe, dd);
    }

    private static String params(final Map<String, String> params)
    {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String span(final long fromNanos, final long toNanos, final ZoneId zone)
    {
        final DateTimeFormatter time = TIME.withZone(zone);
        return time.format(instant(fromNanos)) + "  ->  " + time.format(instant(toNanos));
    }

    private static Instant instant(final long epochNanos)
    {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L));
    }

    /** Removes the work folder when the runs left nothing in it but its marker. */
    private static void removeIfEmpty(final Path dir) throws IOException
    {
        if (Files.isDirectory(dir))
        {
            final Path marker = dir.resolve(BacktestSweepJob.WORK_FOLDER.markerName());
            try (Stream<Path> entries = Files.list(dir))
            {
                if (entries.allMatch(marker::equals))
                {
                    Files.deleteIfExists(marker);
                    Files.delete(dir);
                }
            }
        }
    }

    /**
     * Prints one line per finished run on standard error. Called from the sweep's workers: the counter is atomic and
     * each line is printed whole (PrintStream locks per call).
     */
    private static final class ProgressJob implements SweepJob
    {
        private final SweepJob job;
        private final int total;
        private final AtomicInteger done = new AtomicInteger();

        ProgressJob(final SweepJob job, final int total)
        {
            this.job = job;
            this.total = total;
        }

        @Override
        public MetricsReport run(final Map<String, String> params, final long fromNanos, final long toNanos)
            throws Exception
        {
            final long start = System.nanoTime();
            final MetricsReport report = job.run(params, fromNanos, toNanos);
            System.err.printf(Locale.ROOT, "sweep: run %d/%d done in %.1f s: %s: %s%n", done.incrementAndGet(), total,
                (System.nanoTime() - start) / 1e9, params(params), metrics(report));
            return report;
        }
    }
}
