package io.pldot.engine;

import io.pldot.engine.config.ConfigLoader;
import io.pldot.engine.config.EngineConfig;
import io.pldot.feeds.importer.BundledData;
import io.pldot.feeds.importer.ImportOptions;
import io.pldot.feeds.importer.ImportReport;
import io.pldot.feeds.importer.TradeImporter;
import io.pldot.journal.chronicle.JournalDirectory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Shared fixtures: the shipped configuration and a journal of the real bundled Bitstamp trades.
 */
public final class TestEngine
{
    /** Rows in bitstamp_trades_from_20131125_usd.csv (counted with awk on the file, header excluded). */
    public static final long BITSTAMP_ROWS = 100_000;
    /** Rows whose amount is 0.000000000000 (awk -F, '$3+0&lt;=0'): refused as NON_POSITIVE_QUANTITY. */
    public static final long BITSTAMP_ZERO_AMOUNT_ROWS = 18;
    /** Trades a clean import journals. */
    public static final long BITSTAMP_TRADES = BITSTAMP_ROWS - BITSTAMP_ZERO_AMOUNT_ROWS;

    private TestEngine()
    {
    }

    /**
     * @return the shipped config/engine.yaml, with no environment.
     */
    public static EngineConfig shippedConfig()
    {
        return new ConfigLoader(Map.of()).load(Path.of("../config/engine.yaml"));
    }

    /**
     * @param root   directory for the journal.
     * @param config engine settings.
     * @return a journal holding the 100,000 real Bitstamp trades.
     */
    public static JournalDirectory bitstampJournal(final Path root, final EngineConfig config)
    {
        final JournalDirectory journal = new JournalDirectory(root);
        final ImportReport report = new TradeImporter(journal, config.registry())
            .importSources(List.of(BundledData.bitstampTrades()),
                new ImportOptions(ImportOptions.AUTO, null, config.imports().bitstampSymbol()));
        if (report.rowsRead() != BITSTAMP_ROWS || report.accepted() != BITSTAMP_TRADES ||
            report.rejected() != BITSTAMP_ZERO_AMOUNT_ROWS)
        {
            throw new IllegalStateException("unexpected Bitstamp import: " + report.summary());
        }
        return journal;
    }
}
