package io.pldot.bench;

import io.pldot.engine.config.ConfigLoader;
import io.pldot.engine.config.EngineConfig;
import io.pldot.feeds.importer.ImportOptions;
import io.pldot.feeds.importer.ImportReport;
import io.pldot.feeds.importer.TradeImporter;
import io.pldot.journal.chronicle.JournalDirectory;
import io.pldot.journal.OwnedFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A benchmark data set imported into a fresh temporary journal, with the bundled engine
 * configuration: by default the 99,982 valid real Bitstamp trades bundled with the engine; any
 * {@link BenchDataset} with {@link #create(String, BenchDataset)}.
 */
final class BitstampJournal
{
    /** The temporary folder of one data set (journal and benchmark outputs), marked {@code .pldot-bench}. */
    private static final OwnedFolder FOLDER = new OwnedFolder(".pldot-bench", "bench data folder", dir -> false);

    final EngineConfig config;
    final JournalDirectory journal;
    final long trades;
    final Path root;

    private BitstampJournal(final EngineConfig config, final JournalDirectory journal, final long trades,
        final Path root)
    {
        this.config = config;
        this.journal = journal;
        this.trades = trades;
        this.root = root;
    }

    static BitstampJournal create(final String name)
    {
        return create(name, BenchDataset.BITSTAMP);
    }

    static BitstampJournal create(final String name, final BenchDataset dataset)
    {
        try
        {
            final Path root = Files.createTempDirectory("pldot-bench-" + name);
            FOLDER.claim(root);
            final EngineConfig config = new ConfigLoader().loadBundledDefault();
            final JournalDirectory journal = new JournalDirectory(root.resolve("journal"));
            final ImportReport report = new TradeImporter(journal, config.registry()).importSources(
                List.of(dataset.source()),
                new ImportOptions(ImportOptions.AUTO, null, config.imports().bitstampSymbol()));
            if (report.accepted() != dataset.trades())
            {
                throw new IllegalStateException("data set " + dataset.id() + ": expected " + dataset.trades()
                    + " valid trades, the import accepted " + report.accepted());
            }
            return new BitstampJournal(config, journal, report.accepted(), root);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    void delete()
    {
        FOLDER.delete(root, "bench data folder");
    }
}
