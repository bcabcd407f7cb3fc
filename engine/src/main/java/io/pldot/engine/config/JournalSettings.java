package io.pldot.engine.config;

/**
 * The {@code journal} section of {@code config/engine.yaml}: where the journal lives. Immutable; safe
 * from any thread.
 *
 * @param directory journal directory, relative to the working directory; default "journal-data".
 */
public record JournalSettings(String directory)
{
    /** Fills the default. */
    public JournalSettings
    {
        directory = directory == null || directory.isBlank() ? "journal-data" : directory;
    }
}
