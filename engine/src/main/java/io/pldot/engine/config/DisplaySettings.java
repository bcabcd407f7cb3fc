package io.pldot.engine.config;

/**
 * The {@code display} section of {@code config/engine.yaml}: how text output shows times. Immutable;
 * safe from any thread.
 *
 * @param timeZone zone in which text output shows times; default UTC.
 */
public record DisplaySettings(String timeZone)
{
    /** Fills the default and checks the zone exists. */
    public DisplaySettings
    {
        timeZone = timeZone == null ? "UTC" : timeZone;
        try
        {
            java.time.ZoneId.of(timeZone);
        }
        catch (final java.time.DateTimeException ex)
        {
            throw new IllegalArgumentException("timeZone: '" + timeZone +
                "' is not a time zone; use e.g. UTC, Europe/Berlin, America/New_York or +02:00");
        }
    }
}
