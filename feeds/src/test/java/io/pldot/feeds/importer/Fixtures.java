package io.pldot.feeds.importer;

import io.pldot.journal.chronicle.JournalDirectory;
import io.pldot.journal.JournalReader;
import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.Side;
import io.pldot.journal.schema.TradeTickDescriptor;
import org.agrona.DirectBuffer;

import java.util.ArrayList;
import java.util.List;

/**
 * Shared test fixtures: the registry the brief prescribes and a journal read-back helper.
 */
final class Fixtures
{
    static final Instrument BTCUSD = new Instrument("BTCUSD", 1, "BITSTAMP", 2, 8);
    static final Instrument BTCUSDT = new Instrument("BTCUSDT", 2, "BINANCE", 2, 8);

    private Fixtures()
    {
    }

    static InstrumentRegistry registry()
    {
        return new InstrumentRegistry(List.of(BTCUSD, BTCUSDT));
    }

    /** A decoded TradeTick, for assertions. */
    record Tick(long sequence, long tsEvent, long tsRecv, int instrumentId, Side side, long price, long quantity,
        long venueTradeId)
    {
    }

    static List<Tick> readTicks(final JournalDirectory journal)
    {
        final List<Tick> ticks = new ArrayList<>();
        if (!journal.hasInputs())
        {
            return ticks;
        }
        try (JournalReader reader = journal.openInputReader())
        {
            final DirectBuffer b = reader.buffer();
            while (reader.next() > 0)
            {
                if (RecordHeaderDescriptor.typeId(b, 0) == RecordType.TRADE_TICK.typeId())
                {
                    ticks.add(new Tick(
                        RecordHeaderDescriptor.sequence(b, 0),
                        RecordHeaderDescriptor.tsEvent(b, 0),
                        RecordHeaderDescriptor.tsRecv(b, 0),
                        TradeTickDescriptor.INSTRUMENT_ID.get(b, 0),
                        Side.of(TradeTickDescriptor.SIDE.get(b, 0)),
                        TradeTickDescriptor.PRICE.get(b, 0),
                        TradeTickDescriptor.QUANTITY.get(b, 0),
                        TradeTickDescriptor.VENUE_TRADE_ID.get(b, 0)));
                }
            }
        }
        return ticks;
    }
}
