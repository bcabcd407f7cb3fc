package io.pldot.feeds.importer;

import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.instrument.InstrumentRegistry;

/**
 * Resolves the instrument of a whole file (from {@code --symbol}, a default, or the file name)
 * and fails the file before any row is read when the registry does not know it: a wrong symbol for
 * a whole file is a configuration mistake, not a bad row.
 * <p>
 * Stateless; safe from any thread.
 */
final class Symbols
{
    private Symbols()
    {
    }

    /**
     * @param registry   to look the symbol up in.
     * @param symbol     to look up.
     * @param sourceName file being imported, for the message.
     * @return the instrument.
     * @throws IllegalArgumentException naming the file, the symbol and the known symbols.
     */
    static Instrument require(final InstrumentRegistry registry, final String symbol, final String sourceName)
    {
        final Instrument instrument = registry.bySymbol(symbol);
        if (instrument == null)
        {
            throw new IllegalArgumentException(sourceName + ": " + registry.unknownSymbolMessage(symbol));
        }
        return instrument;
    }

    /**
     * @param sourceName a path or display name.
     * @return its last path segment.
     */
    static String fileName(final String sourceName)
    {
        final int slash = Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\'));
        return sourceName.substring(slash + 1);
    }
}
