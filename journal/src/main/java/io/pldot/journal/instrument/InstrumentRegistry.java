package io.pldot.journal.instrument;

import org.agrona.collections.Int2ObjectHashMap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps symbols to instruments and ids to instruments, and gives each instrument a dense index
 * (0..size-1) that stages use to address per-instrument state in arrays.
 * <p>
 * Immutable after construction; safe to share between threads. Lookups by id do not allocate.
 */
public final class InstrumentRegistry
{
    /** Returned by {@link #indexOf(int)} for an unknown id. */
    public static final int MISSING_INDEX = -1;

    private final List<Instrument> instruments;
    private final Map<String, Instrument> bySymbol = new HashMap<>();
    private final Int2ObjectHashMap<Instrument> byId = new Int2ObjectHashMap<>();
    private final int[] indexById;

    /**
     * @param instruments to register; symbols and ids must be unique.
     * @throws IllegalArgumentException naming a duplicate symbol or id.
     */
    public InstrumentRegistry(final List<Instrument> instruments)
    {
        this.instruments = Collections.unmodifiableList(new ArrayList<>(instruments));
        int maxId = 0;
        for (final Instrument instrument : instruments)
        {
            final String key = instrument.symbol().toUpperCase(Locale.ROOT);
            if (bySymbol.put(key, instrument) != null)
            {
                throw new IllegalArgumentException("duplicate instrument symbol " + instrument.symbol());
            }
            if (byId.put(instrument.id(), instrument) != null)
            {
                throw new IllegalArgumentException(
                    "duplicate instrument id " + instrument.id() + " (" + instrument.symbol() + ")");
            }
            maxId = Math.max(maxId, instrument.id());
        }
        // Ids are small in practice; a direct table keeps the hot-path lookup a single array read.
        indexById = new int[(int)Math.min(maxId + 1L, 1 << 16)]; // long: maxId may be Integer.MAX_VALUE
        java.util.Arrays.fill(indexById, MISSING_INDEX);
        for (int i = 0; i < this.instruments.size(); i++)
        {
            final int id = this.instruments.get(i).id();
            if (id < indexById.length)
            {
                indexById[id] = i;
            }
        }
    }

    /**
     * @return number of instruments.
     */
    public int size()
    {
        return instruments.size();
    }

    /**
     * @return all instruments in dense-index order.
     */
    public List<Instrument> instruments()
    {
        return instruments;
    }

    /**
     * @param symbol case-insensitive.
     * @return the instrument, or {@code null}.
     */
    public Instrument bySymbol(final String symbol)
    {
        return bySymbol.get(symbol.toUpperCase(Locale.ROOT));
    }

    /**
     * @param id from a record.
     * @return the instrument, or {@code null}.
     */
    public Instrument byId(final int id)
    {
        return byId.get(id);
    }

    /**
     * @param id from a record.
     * @return the dense index 0..size-1, or {@link #MISSING_INDEX}. Does not allocate.
     */
    public int indexOf(final int id)
    {
        if (id >= 0 && id < indexById.length)
        {
            return indexById[id];
        }
        final Instrument instrument = byId.get(id);
        return instrument == null ? MISSING_INDEX : instruments.indexOf(instrument);
    }

    /**
     * @param symbol that was not found.
     * @return an error message that says how to declare it.
     */
    public String unknownSymbolMessage(final String symbol)
    {
        final StringBuilder known = new StringBuilder();
        for (final Instrument instrument : instruments)
        {
            known.append(known.length() == 0 ? "" : ", ").append(instrument.symbol());
        }
        return "unknown symbol '" + symbol + "' (known: " + known + "). Declare it under 'instruments:' in the" +
            " config, e.g.\n  - { symbol: " + symbol.toUpperCase(Locale.ROOT) +
            ", id: <unused positive id>, venue: <VENUE>, priceScale: 2, quantityScale: 8 }";
    }
}
