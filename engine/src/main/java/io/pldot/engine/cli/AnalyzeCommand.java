package io.pldot.engine.cli;

import io.pldot.engine.analytics.AnalyticsSettings;
import io.pldot.engine.app.AnalysisRowWriter;
import io.pldot.engine.app.BarAnalysis;
import io.pldot.engine.app.BarRollup;
import io.pldot.engine.config.EngineConfig;
import io.pldot.feeds.bars.BarFileReader;
import io.pldot.feeds.bars.BarFileReport;
import io.pldot.journal.chronicle.JournalDirectory;
import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.instrument.InstrumentRegistry;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code engine analyze}: one row per bar with every indicator the pipeline computes, from a bars
 * CSV or from a journal's trades, as CSV or JSON lines.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {
        "Print the analytics of every bar: PLdot, envelopes, market state, EMAs, ATR, ADX, order flow,",
        "market profile, regime and more, computed by the same code the pipeline runs.",
        "",
        "From a bars CSV (--bars: a header with date|time|timestamp, open, high, low, close, volume in any",
        "order; other columns ignored) or from a journal's trades (--journal: candles are built as replay",
        "builds them). A value not defined yet (e.g. ema200 before 200 bars) is an empty cell / null.",
        "Bars files carry no aggressor side, so delta and cvd stay empty for them."},
    footer = {"", "Examples:",
        "  engine analyze --bars aapl.csv",
        "  engine analyze --bars google_30min_bars.csv --timeframe 1h --zone America/New_York --format json",
        "  engine analyze --journal demo-journal --symbol BTCUSD --timeframe 15m --ema 9,21 > btc15m.csv",
        "",
        "Analytics parameters (envelope, regime thresholds, profile rows, ...) come from the config's",
        "'analytics' section. Bars-file profile rows are profile.rowTicks x 0.01 in price."})
final class AnalyzeCommand implements Callable<Integer>
{
    @ArgGroup(multiplicity = "1")
    private Source source;

    @Option(names = "--config", paramLabel = "FILE",
        description = "Engine configuration (YAML). Default: the shipped config/engine.yaml.")
    private Path config;

    @Option(names = "--timeframe", paramLabel = "TF",
        description = "Bar length, e.g. 1m, 15m, 1h, 1d. Bars file: roll its bars up to TF (default: as in the " +
            "file). Journal: candle length (default: the first configured timeframe).")
    private String timeframe;

    @Option(names = "--symbol", paramLabel = "S",
        description = "Journal: the instrument to analyse (default: the only/first configured one with trades). " +
            "Bars file: a configured symbol whose price scale sets the profile rows (optional).")
    private String symbol;

    @Option(names = "--ema", paramLabel = "N,N,...", split = ",",
        description = "EMA periods, ascending, up to 8. Default: analytics.regime.emaPeriods (20,50,200).")
    private List<Integer> ema = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FMT", description = "csv (default) or json (one object per line).")
    private String format = "csv";

    @Option(names = "--zone", paramLabel = "ZONE",
        description = "Time zone of local times in a bars file. Default: UTC.")
    private ZoneId zone = ZoneId.of("UTC");

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write rows here instead of stdout.")
    private Path output;

    static final class Source
    {
        @Option(names = "--bars", paramLabel = "FILE", required = true, description = "Bars CSV (.csv or .csv.gz).")
        Path bars;

        @Option(names = "--journal", paramLabel = "DIR", required = true, description = "Journal with trades.")
        Path journal;
    }

    @Override
    public Integer call() throws Exception
    {
        final EngineConfig engineConfig = ConfigOptions.load(config);
        AnalyticsSettings settings = engineConfig.analyticsSettings();
        if (!ema.isEmpty())
        {
            settings = settings.withRegime(settings.regime().withEmaPeriods(ema));
        }
        final AnalysisRowWriter.Format rowFormat = parseFormat(format);
        final long timeframeNanos = timeframe == null ? 0 : OptionConverters.duration("--timeframe", timeframe);
        if (timeframe != null && (timeframeNanos <= 0 || timeframeNanos % 1_000_000_000L != 0))
        {
            throw new IllegalArgumentException("--timeframe '" + timeframe + "' must be whole seconds, e.g. 1m or 1h");
        }
        try (PrintWriter out = output == null ?
            new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)), false) :
            new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8)))
        {
            final AnalysisRowWriter writer = new AnalysisRowWriter(out, rowFormat, settings.emaPeriods());
            writer.header();
            final BarAnalysis analysis = new BarAnalysis(settings, writer);
            if (source.bars != null)
            {
                analyzeBars(engineConfig, analysis, timeframeNanos, writer);
            }
            else
            {
                analyzeJournal(engineConfig, analysis, timeframeNanos, writer);
            }
            out.flush();
        }
        return 0;
    }

    private void analyzeBars(
        final EngineConfig engineConfig, final BarAnalysis analysis, final long timeframeNanos, final AnalysisRowWriter writer)
        throws java.io.IOException
    {
        if (!Files.isRegularFile(source.bars))
        {
            throw new IllegalArgumentException("--bars " + source.bars + ": no such file");
        }
        final Instrument instrument = symbol == null ? new Instrument("BARS", 1, "FILE", 2, 8) :
            instrument(engineConfig.registry(), symbol);
        final BarAnalysis.BarSink sink = analysis.bars(instrument,
            timeframeNanos == 0 ? 0 : (int)(timeframeNanos / 1_000_000_000L));
        final BarRollup rollup = new BarRollup(timeframeNanos, sink::onBar);
        final BarFileReport report = new BarFileReader(zone).read(source.bars, rollup);
        rollup.finish();
        System.err.printf(Locale.ROOT, "analyze: %s: %,d bars read, %,d refused, %,d rows written%n",
            source.bars, report.accepted(), report.rejectedTotal(), writer.rows());
        report.rejected().forEach((reason, count) ->
            System.err.printf(Locale.ROOT, "  refused %s: %,d (%s)%n", reason, count, reason.description()));
        report.examples().forEach(example -> System.err.println("  e.g. " + example));
    }

    private void analyzeJournal(
        final EngineConfig engineConfig, final BarAnalysis analysis, final long timeframeNanos, final AnalysisRowWriter writer)
    {
        final JournalDirectory journal = JournalPathCheck.check("--journal", source.journal);
        if (!journal.hasInputs())
        {
            throw new IllegalArgumentException("--journal " + source.journal + ": no inputs queue (import trades first: " +
                "engine import FILE --journal " + source.journal + ")");
        }
        final InstrumentRegistry registry = engineConfig.registry();
        final Instrument instrument = symbol == null ? registry.instruments().get(0) : instrument(registry, symbol);
        final int seconds = timeframeNanos == 0 ? engineConfig.candles().timeframeSeconds()[0] :
            (int)(timeframeNanos / 1_000_000_000L);
        final long inputs = analysis.journal(journal, registry, instrument, seconds,
            engineConfig.candles().timerGraceNanos());
        System.err.printf(Locale.ROOT, "analyze: %s: %,d inputs read, %,d %s rows of %s written%n",
            source.journal, inputs, writer.rows(), io.pldot.journal.format.RecordFormatter.timeframeLabel(seconds),
            instrument.symbol());
    }

    private static Instrument instrument(final InstrumentRegistry registry, final String symbol)
    {
        final Instrument instrument = registry.bySymbol(symbol);
        if (instrument == null)
        {
            throw new IllegalArgumentException(registry.unknownSymbolMessage(symbol));
        }
        return instrument;
    }

    private static AnalysisRowWriter.Format parseFormat(final String text)
    {
        return switch (text.toLowerCase(Locale.ROOT))
        {
            case "csv" -> AnalysisRowWriter.Format.CSV;
            case "json" -> AnalysisRowWriter.Format.JSON;
            default -> throw new IllegalArgumentException("--format '" + text + "' is not csv or json");
        };
    }
}
