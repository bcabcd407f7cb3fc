package io.pldot.feeds.importer;

import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.Side;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;

/**
 * Bitstamp trade CSV as bundled in ta4j-examples: header {@code timestamp,price,amount}, epoch
 * seconds, no side and no trade id. The file never names its instrument, so it comes from
 * {@code --symbol} or the caller's default.
 * <p>
 * <b>Aggressor side, by the tick rule.</b> A trade above the previous trade's price is a BUY,
 * below it a SELL, and at the same price it carries the last direction. The first trade of the
 * file has no previous direction and is {@link Side#UNKNOWN}, as are zero ticks before the first
 * price change. The previous trade is the previous row whose price and quantity parsed, whatever
 * the importer later decides about it (duplicate, time backwards), so the sides depend on the file
 * alone and a re-import infers the same sides.
 * <p>
 * <b>Synthesized trade id</b> = {@code epochSeconds * 1_000_000 + k}, where k is the index of the
 * row among the rows of the file with the same second (0 for the first trade of that second).
 * Rows count towards k as soon as their timestamp parses, even if they are rejected for another
 * reason, so ids depend on the file alone: re-importing the same file yields the same ids, which
 * is what the importer's duplicate check needs. A second that returns later in the file continues
 * its count. Limits: the ids assume each second's trades are all in one file (two files that split
 * a second would restart k), and a second with more than 999,999 trades is rejected as OVERFLOW.
 * <p>
 * Not thread-safe: one instance per importing thread.
 */
public final class BitstampFormat implements TradeFileFormat
{
    /** Format name. */
    public static final String NAME = "bitstamp";
    /** The header line. */
    public static final String HEADER = "timestamp,price,amount";
    /** Ids per second: k must stay below this. */
    public static final long IDS_PER_SECOND = 1_000_000L;

    private static final int FIELDS = 3;

    private final CsvFields fields = new CsvFields(FIELDS);
    private final LongIntHashMap tradesPerSecond = new LongIntHashMap();
    private Instrument instrument;
    private boolean hasPrevious;
    private long previousPrice;
    private Side direction = Side.UNKNOWN;

    /**
     * Creates an unbound format; call {@link #begin} before parsing.
     */
    public BitstampFormat()
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
        return "header " + HEADER + " (epoch seconds, no side, no trade id)";
    }

    @Override
    public boolean matchesHeader(final String headerLine)
    {
        return HEADER.equalsIgnoreCase(headerLine.replace(" ", ""));
    }

    @Override
    public void begin(final String sourceName, final InstrumentRegistry registry, final ImportOptions options)
    {
        final String symbol = options.symbol() != null ? options.symbol() : options.defaultSymbol();
        if (symbol == null)
        {
            throw new IllegalArgumentException(sourceName + ": Bitstamp files do not name their instrument;" +
                " pass --symbol (or configure a default symbol)");
        }
        instrument = Symbols.require(registry, symbol, sourceName);
        tradesPerSecond.clear();
        hasPrevious = false;
        previousPrice = 0;
        direction = Side.UNKNOWN;
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
        final long seconds = FieldParsers.wholeNumber(line, fields.start(0), fields.end(0));
        final ImportRejectReason badTime = FieldParsers.checkWholeNumber(
            seconds, "timestamp", line, fields.start(0), fields.end(0), out);
        if (badTime != null)
        {
            return badTime;
        }
        final long tsEvent = FieldParsers.toEpochNanos(seconds, FieldParsers.NANOS_PER_SECOND);
        if (tsEvent < 0)
        {
            return out.reject(ImportRejectReason.OVERFLOW,
                "timestamp " + fields.quoted(line, 0) + " seconds do not fit in epoch nanoseconds");
        }
        // Count the row in its second before any other check, so ids depend on the file alone.
        final long k = tradesPerSecond.addToValue(seconds, 1) - 1L;
        if (k >= IDS_PER_SECOND)
        {
            return out.reject(ImportRejectReason.OVERFLOW,
                "more than " + (IDS_PER_SECOND - 1) + " trades in second " + seconds +
                "; synthesized ids would collide");
        }
        final ImportRejectReason badPrice = FieldParsers.price(line, fields.start(1), fields.end(1), instrument, out);
        if (badPrice != null)
        {
            return badPrice;
        }
        final ImportRejectReason badQuantity =
            FieldParsers.quantity(line, fields.start(2), fields.end(2), instrument, out);
        if (badQuantity != null)
        {
            return badQuantity;
        }
        out.instrument(instrument);
        out.tsEvent(tsEvent);
        out.tsRecv(tsEvent);
        out.venueTradeId(seconds * IDS_PER_SECOND + k);
        out.side(tickRule(out.price()));
        return null;
    }

    private Side tickRule(final long price)
    {
        if (hasPrevious)
        {
            if (price > previousPrice)
            {
                direction = Side.BUY;
            }
            else if (price < previousPrice)
            {
                direction = Side.SELL;
            }
        }
        hasPrevious = true;
        previousPrice = price;
        return direction;
    }
}
