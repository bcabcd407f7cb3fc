package io.pldot.feeds.importer;

import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.Side;

/**
 * Tardis.dev normalised trades CSV: header
 * {@code exchange,symbol,timestamp,local_timestamp,id,side,price,amount}, times in epoch
 * microseconds ({@code timestamp} is the venue's event time, {@code local_timestamp} when Tardis
 * received it; both become epoch nanoseconds), side {@code buy}/{@code sell}, or {@code unknown}
 * (Tardis' word when the venue did not say: kept as UNKNOWN, never guessed; anything else is
 * MALFORMED), numeric trade id.
 * <p>
 * The symbol is read per row, so one file may hold several instruments. A symbol the registry does
 * not know rejects that row as {@link ImportRejectReason#UNKNOWN_SYMBOL} (counted and reported) and
 * the import carries on, because a multi-symbol file may legitimately hold instruments the user
 * does not trade. An explicit {@code --symbol} overrides the column for every row.
 * <p>
 * Not thread-safe: one instance per importing thread.
 */
public final class TardisFormat implements TradeFileFormat
{
    /** Format name. */
    public static final String NAME = "tardis";
    /** The header line. */
    public static final String HEADER = "exchange,symbol,timestamp,local_timestamp,id,side,price,amount";

    private static final int FIELDS = 8;
    private static final int SYMBOL = 1;
    private static final int TIMESTAMP = 2;
    private static final int LOCAL_TIMESTAMP = 3;
    private static final int ID = 4;
    private static final int SIDE = 5;
    private static final int PRICE = 6;
    private static final int AMOUNT = 7;

    private final CsvFields fields = new CsvFields(FIELDS);
    private InstrumentRegistry registry;
    private Instrument override;
    // Last symbol text seen and its instrument (null when unknown): rows of one symbol come in
    // runs, so the String for the registry lookup is only built when the symbol changes.
    private String cachedSymbol;
    private Instrument cachedInstrument;

    /**
     * Creates an unbound format; call {@link #begin} before parsing.
     */
    public TardisFormat()
    {
    }

    @Override
    public String name()
    {
        return NAME;
    }

    @Override
    public String shape()
    {
        return "header " + HEADER + " (epoch microseconds, side buy/sell/unknown)";
    }

    @Override
    public boolean matchesHeader(final String headerLine)
    {
        return HEADER.equalsIgnoreCase(headerLine.replace(" ", ""));
    }

    @Override
    public void begin(final String sourceName, final InstrumentRegistry registry, final ImportOptions options)
    {
        this.registry = registry;
        this.override = options.symbol() == null ? null : Symbols.require(registry, options.symbol(), sourceName);
        this.cachedSymbol = null;
        this.cachedInstrument = null;
    }

    @Override
    public ImportRejectReason parse(final CharSequence line, final long lineNumber, final ParsedTrade out)
    {
        final int count = fields.split(line);
        if (count != FIELDS)
        {
            return out.reject(ImportRejectReason.MALFORMED,
                "expected " + FIELDS + " fields (" + HEADER + "), found " + count);
        }
        final Instrument instrument = override != null ? override : lookup(line);
        if (instrument == null)
        {
            return out.reject(ImportRejectReason.UNKNOWN_SYMBOL, "symbol " + fields.quoted(line, SYMBOL) +
                " is not in the instrument registry");
        }
        final ImportRejectReason badTimes = times(line, out);
        if (badTimes != null)
        {
            return badTimes;
        }
        final long id = FieldParsers.wholeNumber(line, fields.start(ID), fields.end(ID));
        final ImportRejectReason badId =
            FieldParsers.checkWholeNumber(id, "id", line, fields.start(ID), fields.end(ID), out);
        if (badId != null)
        {
            return badId;
        }
        final Side side;
        if (fields.equalsIgnoreCase(line, SIDE, "buy"))
        {
            side = Side.BUY;
        }
        else if (fields.equalsIgnoreCase(line, SIDE, "sell"))
        {
            side = Side.SELL;
        }
        else if (fields.equalsIgnoreCase(line, SIDE, "unknown"))
        {
            // Tardis' word for a trade whose venue did not say which side took liquidity.
            side = Side.UNKNOWN;
        }
        else
        {
            return out.reject(
                ImportRejectReason.MALFORMED, "side " + fields.quoted(line, SIDE) + " is not buy, sell or unknown");
        }
        final ImportRejectReason badPrice =
            FieldParsers.price(line, fields.start(PRICE), fields.end(PRICE), instrument, out);
        if (badPrice != null)
        {
            return badPrice;
        }
        final ImportRejectReason badQuantity =
            FieldParsers.quantity(line, fields.start(AMOUNT), fields.end(AMOUNT), instrument, out);
        if (badQuantity != null)
        {
            return badQuantity;
        }
        out.instrument(instrument);
        out.venueTradeId(id);
        out.side(side);
        return null;
    }

    private ImportRejectReason times(final CharSequence line, final ParsedTrade out)
    {
        final long eventMicros = FieldParsers.wholeNumber(line, fields.start(TIMESTAMP), fields.end(TIMESTAMP));
        final ImportRejectReason badEvent = FieldParsers.checkWholeNumber(
            eventMicros, "timestamp", line, fields.start(TIMESTAMP), fields.end(TIMESTAMP), out);
        if (badEvent != null)
        {
            return badEvent;
        }
        final long recvMicros =
            FieldParsers.wholeNumber(line, fields.start(LOCAL_TIMESTAMP), fields.end(LOCAL_TIMESTAMP));
        final ImportRejectReason badRecv = FieldParsers.checkWholeNumber(
            recvMicros, "local_timestamp", line, fields.start(LOCAL_TIMESTAMP), fields.end(LOCAL_TIMESTAMP), out);
        if (badRecv != null)
        {
            return badRecv;
        }
        final long tsEvent = FieldParsers.toEpochNanos(eventMicros, FieldParsers.NANOS_PER_MICRO);
        final long tsRecv = FieldParsers.toEpochNanos(recvMicros, FieldParsers.NANOS_PER_MICRO);
        if (tsEvent < 0 || tsRecv < 0)
        {
            return out.reject(ImportRejectReason.OVERFLOW, "timestamp " + fields.quoted(line, TIMESTAMP) +
                " or local_timestamp " + fields.quoted(line, LOCAL_TIMESTAMP) +
                " microseconds do not fit in epoch nanoseconds");
        }
        out.tsEvent(tsEvent);
        out.tsRecv(tsRecv);
        return null;
    }

    private Instrument lookup(final CharSequence line)
    {
        final int start = fields.start(SYMBOL);
        final int end = fields.end(SYMBOL);
        if (cachedSymbol != null && cachedSymbol.length() == end - start)
        {
            boolean same = true;
            for (int i = 0; i < cachedSymbol.length() && same; i++)
            {
                same = cachedSymbol.charAt(i) == line.charAt(start + i);
            }
            if (same)
            {
                return cachedInstrument;
            }
        }
        cachedSymbol = line.subSequence(start, end).toString();
        cachedInstrument = cachedSymbol.isBlank() ? null : registry.bySymbol(cachedSymbol.trim());
        return cachedInstrument;
    }
}
