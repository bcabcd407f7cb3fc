package io.pldot.engine.cli;

import io.pldot.engine.config.ConfigLoader;
import io.pldot.engine.config.EngineConfig;
import io.pldot.journal.chronicle.JournalDirectory;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code --config} and {@code --journal} options every command shares (a picocli mixin).
 */
public final class ConfigOptions
{
    /** System property the launcher sets to the shipped config file. */
    public static final String CONFIG_PROPERTY = "pldot.config";

    @Option(names = "--config", paramLabel = "FILE",
        description = "Engine configuration (YAML). Default: the shipped config/engine.yaml.")
    private Path config;

    @Option(names = "--journal", paramLabel = "DIR",
        description = "Journal directory. Default: journal.directory from the config (journal-data).")
    private Path journal;

    private EngineConfig loaded;

    /**
     * @return the configuration, loaded once.
     */
    public EngineConfig config()
    {
        if (loaded == null)
        {
            loaded = load(config);
        }
        return loaded;
    }

    /**
     * @param file a config file, or {@code null} for the shipped one (system property
     *             {@value #CONFIG_PROPERTY}, else the copy bundled in the jar).
     * @return the loaded, validated configuration.
     */
    static EngineConfig load(final Path file)
    {
        final ConfigLoader loader = new ConfigLoader();
        if (file != null)
        {
            return loader.load(file);
        }
        final String shipped = System.getProperty(CONFIG_PROPERTY);
        return shipped != null && Files.isRegularFile(Path.of(shipped)) ?
            loader.load(Path.of(shipped)) : loader.loadBundledDefault();
    }

    /**
     * @return the journal: --journal, else the config's directory.
     * @throws IllegalArgumentException when the path is a file, or a directory whose queues are not a journal's.
     */
    public JournalDirectory journal()
    {
        return journal != null ? JournalPathCheck.check("--journal", journal) :
            JournalPathCheck.check("journal.directory", Path.of(config().journal().directory()));
    }
}
