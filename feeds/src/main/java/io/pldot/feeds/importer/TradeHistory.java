package io.pldot.feeds.importer;

import io.pldot.journal.chronicle.JournalDirectory;
import io.pldot.journal.JournalReader;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.TradeTickDescriptor;
import org.agrona.DirectBuffer;
import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;

import java.util.Arrays;

/**
 * What the journal already holds, per instrument: the trade ids of its TradeTicks (for the
 * duplicate check that makes re-imports harmless) and the latest tsEvent (for the time-backwards
 * check). Built by scanning the inputs queue once before an import, then kept up to date as the
 * import accepts rows, so duplicates within one import are caught as well.
 * <p>
 * The time check compares against the <em>latest</em> accepted tsEvent (a high-water mark), not
 * the previous row's: otherwise a run of small steps back, each within the tolerance, could walk
 * the event time back without limit.
 * <p>
 * Mutable and not thread-safe: owned by the importing thread.
 */
public final class TradeHistory
{
    /** {@link #latestTsEvent} of an instrument with no trade yet. */
    public static final long NO_TRADE = Long.MIN_VALUE;

    private final LongHashSet[] tradeIds;
    private final long[] latestTsEvent;
    private long journalTradeTicks;
    private long journalTradeTicksOfUnknownInstruments;

    private TradeHistory(final InstrumentRegistry registry)
    {
        tradeIds = new LongHashSet[registry.size()];
        for (int i = 0; i < tradeIds.length; i++)
        {
            tradeIds[i] = new LongHashSet();
        }
        latestTsEvent = new long[registry.size()];
        Arrays.fill(latestTsEvent, NO_TRADE);
    }

    /**
     * @param registry whose instruments are tracked.
     * @return a history with no trades.
     */
    public static TradeHistory empty(final InstrumentRegistry registry)
    {
        return new TradeHistory(registry);
    }

    /**
     * Scans every TradeTick in the journal's inputs queue. Records of other types are skipped;
     * TradeTicks of instruments the registry does not know are counted but cannot be imported into.
     *
     * @param journal  to scan; a journal without inputs gives an empty history.
     * @param registry to map instrument ids to dense indices.
     * @return the history.
     * @throws IllegalStateException when a TradeTick has a schema version this build does not read.
     */
    public static TradeHistory load(final JournalDirectory journal, final InstrumentRegistry registry)
    {
        final TradeHistory history = new TradeHistory(registry);
        if (!journal.hasInputs())
        {
            return history;
        }
        final int tradeTickId = RecordType.TRADE_TICK.typeId();
        try (JournalReader reader = journal.openInputReader())
        {
            final DirectBuffer buffer = reader.buffer();
            while (reader.next() > 0)
            {
                if (RecordHeaderDescriptor.typeId(buffer, 0) != tradeTickId)
                {
                    continue;
                }
                final int version = RecordHeaderDescriptor.version(buffer, 0);
                if (version != RecordType.TRADE_TICK.schemaVersion())
                {
                    throw new IllegalStateException("journal " + journal.root() +
                        " holds a TradeTick of schema version " + version + " (sequence " +
                        RecordHeaderDescriptor.sequence(buffer, 0) + "); this build reads " +
                        RecordType.TRADE_TICK.schemaVersion());
                }
                final int index = registry.indexOf(TradeTickDescriptor.INSTRUMENT_ID.get(buffer, 0));
                if (index == InstrumentRegistry.MISSING_INDEX)
                {
                    history.journalTradeTicksOfUnknownInstruments++;
                    continue;
                }
                history.journalTradeTicks++;
                history.add(
                    index, TradeTickDescriptor.VENUE_TRADE_ID.get(buffer, 0), RecordHeaderDescriptor.tsEvent(buffer, 0));
            }
        }
        return history;
    }

    /**
     * @param index   dense instrument index.
     * @param tradeId venue trade id.
     * @return true when the instrument already has a trade with that id.
     */
    public boolean contains(final int index, final long tradeId)
    {
        return tradeIds[index].contains(tradeId);
    }

    /**
     * @param index dense instrument index.
     * @return the latest tsEvent of the instrument, or {@link #NO_TRADE}.
     */
    public long latestTsEvent(final int index)
    {
        return latestTsEvent[index];
    }

    /**
     * Records an accepted trade.
     *
     * @param index   dense instrument index.
     * @param tradeId venue trade id.
     * @param tsEvent epoch nanoseconds of the trade.
     */
    public void add(final int index, final long tradeId, final long tsEvent)
    {
        tradeIds[index].add(tradeId);
        if (tsEvent > latestTsEvent[index])
        {
            latestTsEvent[index] = tsEvent;
        }
    }

    /**
     * @param index dense instrument index.
     * @return number of distinct trade ids known for the instrument.
     */
    public int tradeCount(final int index)
    {
        return tradeIds[index].size();
    }

    /**
     * @return TradeTicks of registered instruments found in the journal by {@link #load}.
     */
    public long journalTradeTicks()
    {
        return journalTradeTicks;
    }

    /**
     * @return TradeTicks found by {@link #load} whose instrument id is not in the registry.
     */
    public long journalTradeTicksOfUnknownInstruments()
    {
        return journalTradeTicksOfUnknownInstruments;
    }
}
