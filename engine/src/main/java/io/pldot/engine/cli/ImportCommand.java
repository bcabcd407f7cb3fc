package io.pldot.engine.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pldot.engine.config.EngineConfig;
import io.pldot.feeds.importer.BundledData;
import io.pldot.feeds.importer.FileImportReport;
import io.pldot.feeds.importer.ImportOptions;
import io.pldot.feeds.importer.ImportReport;
import io.pldot.feeds.importer.RejectListener;
import io.pldot.feeds.importer.TradeImportException;
import io.pldot.feeds.importer.TradeImporter;
import io.pldot.feeds.importer.TradeSource;
import io.pldot.journal.chronicle.JournalDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code engine import}: trade files into a journal's inputs queue.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {
        "Import trade files (Bitstamp, Tardis, Binance CSV) into a journal.",
        "",
        "Rows become TradeTick records in DIR/inputs.",
        "",
        "Formats (detected from the header with --format auto):",
        "  bitstamp  timestamp,price,amount (epoch seconds; no side: the aggressor is inferred with",
        "            the tick rule; symbol from --symbol, else import.bitstampSymbol in the config)",
        "  tardis    exchange,symbol,timestamp,local_timestamp,id,side,price,amount (microseconds)",
        "  binance   Binance public trade dumps: id,price,qty,quote_qty,time,is_buyer_maker[,...],",
        "            with or without header; symbol from --symbol or the file name (BTCUSDT-trades-...)",
        "",
        "Bad rows (malformed, NaN/Infinity, price or size <= 0, more decimals than the instrument's",
        "scale, time going backwards beyond import.backwardsTolerance, duplicate trade id) are",
        "refused with file and line, counted by reason, and do not stop the import. Importing the",
        "same file twice adds nothing: its trade ids are already in the journal."},
    footer = {"", "FILE may be '" + ImportCommand.BUNDLED_BITSTAMP + "' for the 100,000 real Bitstamp trades " +
        "bundled with the engine.", "",
        "Examples:",
        "  engine import " + ImportCommand.BUNDLED_BITSTAMP + " --journal journal-data",
        "  engine import ../shared/data/binance_futures_btcusdt_trades_2020-02-22.csv --journal j",
        "  engine import BTCUSDT-trades-2024-01-01.csv --format binance --journal j"})
final class ImportCommand implements Callable<Integer>
{
    /** Pseudo file name of the bundled Bitstamp sample. */
    static final String BUNDLED_BITSTAMP = "bundled:bitstamp";

    @Mixin
    private ConfigOptions options;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Trade files to import, in order.")
    private List<String> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "auto (default), bitstamp, tardis or binance.")
    private String format = ImportOptions.AUTO;

    @Option(names = "--symbol", paramLabel = "S", description = "Symbol of the trades (for files that carry none, " +
        "or to override the file's).")
    private String symbol;

    @Option(names = "--rejects", paramLabel = "FILE", description = "Also write every rejected row (file:line: " +
        "reason: detail) to FILE.")
    private Path rejectsFile;

    @Option(names = "--json", description = "Print the report as one JSON object.")
    private boolean json;

    @Override
    public Integer call() throws Exception
    {
        final EngineConfig config = options.config();
        final JournalDirectory journal = options.journal();
        final List<TradeSource> sources = new ArrayList<>();
        for (final String file : files)
        {
            sources.add(source(file));
        }
        // Only now, with every input known to exist, may the rejects file be created (or truncated).
        requireRejectsIsNoInput();
        final ImportOptions importOptions = new ImportOptions(format, symbol, config.imports().bitstampSymbol());
        final ImportReport report;
        try (PrintWriter rejects = rejectsFile == null ? null :
            new PrintWriter(Files.newBufferedWriter(rejectsFile, StandardCharsets.UTF_8)))
        {
            final RejectListener listener = rejects == null ? RejectListener.NONE : rejection ->
                rejects.println(rejection.source() + ":" + rejection.lineNumber() + ": " + rejection.reason() + ": " +
                    rejection.detail());
            final TradeImporter importer = new TradeImporter(journal, config.registry(),
                Duration.ofNanos(config.imports().backwardsToleranceNanos()),
                Duration.ofNanos(config.imports().maxForwardJumpNanos()),
                TradeImporter.DEFAULT_MAX_MESSAGES_PER_FILE, listener);
            try
            {
                report = importer.importSources(sources, importOptions);
            }
            catch (final TradeImportException ex)
            {
                // Files before the failing one are journaled; re-running after a fix is safe (dedup).
                System.err.println("error: " + ex.getMessage());
                System.err.print(ex.partialReport().summary());
                return 1;
            }
        }
        if (json)
        {
            System.out.println(new ObjectMapper().writeValueAsString(toMap(journal, report)));
        }
        else
        {
            System.out.print(report.summary());
            System.out.println("journal: " + journal.inputsPath());
        }
        for (final FileImportReport file : report.files())
        {
            if (file.rowsRead() == 0)
            {
                System.err.println("warning: " + file.source() + " holds no rows (it is empty, blank or only a " +
                    "header)");
            }
        }
        if (report.rowsRead() == 0)
        {
            // A scheduled import of an empty file usually means the download failed upstream: say so by exit code.
            System.err.println("error: nothing imported: " + (report.files().size() == 1 ? "the input holds no row" :
                "none of the " + report.files().size() + " inputs holds any row"));
            return 1;
        }
        return 0;
    }

    /**
     * Refuses a rejects path that is one of the inputs (by path, or by file identity through a link or another
     * spelling), or a folder: opening it for writing would empty it before a row is read.
     */
    private void requireRejectsIsNoInput() throws IOException
    {
        if (rejectsFile == null)
        {
            return;
        }
        if (Files.isDirectory(rejectsFile))
        {
            throw new IllegalArgumentException("--rejects " + rejectsFile + " is a folder; give a file to write " +
                "the rejected rows to");
        }
        final Path rejects = rejectsFile.toAbsolutePath().normalize();
        for (final String file : files)
        {
            if (file.equalsIgnoreCase(BUNDLED_BITSTAMP))
            {
                continue;
            }
            final Path input = Path.of(file);
            if (input.toAbsolutePath().normalize().equals(rejects) ||
                Files.exists(rejectsFile) && Files.isSameFile(input, rejectsFile))
            {
                throw new IllegalArgumentException("--rejects " + rejectsFile + " is the input " + file +
                    ": writing the rejects there would destroy it; give another file");
            }
        }
    }

    private static TradeSource source(final String file)
    {
        if (file.equalsIgnoreCase(BUNDLED_BITSTAMP))
        {
            return BundledData.bitstampTrades();
        }
        final Path path = Path.of(file);
        if (!Files.isRegularFile(path))
        {
            throw new IllegalArgumentException("no such file: " + file +
                (file.startsWith("bundled:") ? " (the bundled sample is '" + BUNDLED_BITSTAMP + "')" : ""));
        }
        return TradeSource.of(path);
    }

    private static Map<String, Object> toMap(final JournalDirectory journal, final ImportReport report)
    {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("journal", journal.root().toString());
        m.put("rows", report.rowsRead());
        m.put("accepted", report.accepted());
        m.put("rejected", report.rejected());
        m.put("rejectedByReason", stringKeys(report.rejectedByReason()));
        final List<Map<String, Object>> perFile = new ArrayList<>();
        for (final FileImportReport file : report.files())
        {
            final Map<String, Object> f = new LinkedHashMap<>();
            f.put("source", file.source());
            f.put("format", file.format());
            f.put("rows", file.rowsRead());
            f.put("accepted", file.accepted());
            f.put("rejectedByReason", stringKeys(file.rejectedByReason()));
            f.put("firstSequence", file.firstSequence());
            f.put("lastSequence", file.lastSequence());
            f.put("rejections", file.rejectionMessages());
            perFile.add(f);
        }
        m.put("files", perFile);
        return m;
    }

    private static Map<String, Long> stringKeys(final Map<?, Long> counts)
    {
        final Map<String, Long> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }
}
