package io.pldot.feeds.importer;

import java.util.Locale;

/**
 * What the user chose for one import run.
 * <p>
 * Immutable; safe from any thread.
 *
 * @param format        a format name from {@link TradeFileFormats#names()}, or {@code "auto"} to detect it
 *                      from each file's first line.
 * @param symbol        instrument for every row of every file ({@code --symbol}), overriding what the file says;
 *                      {@code null} when not given.
 * @param defaultSymbol instrument for files that never name one (Bitstamp CSVs) when {@code --symbol} is not
 *                      given, usually from config; {@code null} when there is none. It is deliberately not
 *                      used for Binance files, whose name says the symbol: a Bitstamp default must not turn
 *                      Binance trades into Bitstamp ones.
 */
public record ImportOptions(String format, String symbol, String defaultSymbol)
{
    /** Format name that asks for detection from the first line. */
    public static final String AUTO = "auto";

    /**
     * Normalises the format name and blank symbols.
     */
    public ImportOptions
    {
        format = format == null || format.isBlank() ? AUTO : format.trim().toLowerCase(Locale.ROOT);
        symbol = symbol == null || symbol.isBlank() ? null : symbol.trim();
        defaultSymbol = defaultSymbol == null || defaultSymbol.isBlank() ? null : defaultSymbol.trim();
    }

    /**
     * @return automatic format detection, no symbol override, no default symbol.
     */
    public static ImportOptions auto()
    {
        return new ImportOptions(AUTO, null, null);
    }

    /**
     * @param newFormat format name or "auto".
     * @return a copy with that format.
     */
    public ImportOptions withFormat(final String newFormat)
    {
        return new ImportOptions(newFormat, symbol, defaultSymbol);
    }

    /**
     * @param newSymbol symbol override, or null for none.
     * @return a copy with that override.
     */
    public ImportOptions withSymbol(final String newSymbol)
    {
        return new ImportOptions(format, newSymbol, defaultSymbol);
    }

    /**
     * @param newDefaultSymbol default symbol, or null for none.
     * @return a copy with that default.
     */
    public ImportOptions withDefaultSymbol(final String newDefaultSymbol)
    {
        return new ImportOptions(format, symbol, newDefaultSymbol);
    }

    /**
     * @return true when the format is to be detected per file.
     */
    public boolean autoDetect()
    {
        return AUTO.equals(format);
    }
}
