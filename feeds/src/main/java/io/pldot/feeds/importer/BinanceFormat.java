package io.pldot.feeds.importer;

import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.Side;

import java.util.Locale;

/**
 * Binance public trade dump ({@code BTCUSDT-trades-YYYY-MM-DD.csv} from data.binance.vision):
 * {@code id,price,qty,quote_qty,time,is_buyer_maker[,is_best_match]}, with or without a header line
 * (spot dumps come without, futures dumps with).
 * <ul>
 *   <li>{@code time} is epoch milliseconds, except in spot dumps since 2025, which use epoch
 *       microseconds; values above {@link #MICROS_THRESHOLD} (1e14, which as milliseconds would be
 *       the year 5138 and as microseconds is 1973) are taken as microseconds.</li>
 *   <li>{@code is_buyer_maker} true means the buyer's order rested, so the aggressor sold: SELL;
 *       false: BUY. Anything else is MALFORMED.</li>
 *   <li>{@code quote_qty} and {@code is_best_match} are not imported: quote quantity is derived
 *       from price and quantity.</li>
 *   <li>The file has no receive time; tsRecv = tsEvent.</li>
 *   <li>The symbol comes from {@code --symbol}, else from the file name before {@code -trades-}.
 *       A configured default symbol is not used: it names another venue's instrument.</li>
 * </ul>
 * Not thread-safe: one instance per importing thread.
 */
public final class BinanceFormat implements TradeFileFormat
{
    /** Format name. */
    public static final String NAME = "binance";
    /** Start of the header line (futures dumps add nothing; spot dumps may add is_best_match). */
    public static final String HEADER = "id,price,qty,quote_qty,time,is_buyer_maker";
    /** Times above this are microseconds, below it milliseconds. */
    public static final long MICROS_THRESHOLD = 100_000_000_000_000L;

    private static final String FILE_NAME_MARKER = "-trades-";
    private static final int MIN_FIELDS = 6;
    private static final int MAX_FIELDS = 7;
    private static final int ID = 0;
    private static final int PRICE = 1;
    private static final int QTY = 2;
    private static final int TIME = 4;
    private static final int IS_BUYER_MAKER = 5;

    private final CsvFields fields = new CsvFields(MAX_FIELDS);
    private Instrument instrument;

    /**
     * Creates an unbound format; call {@link #begin} before parsing.
     */
    public BinanceFormat()
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
        return HEADER + "[,is_best_match], header optional (time in ms, or µs in newer spot dumps)";
    }

    @Override
    public boolean matchesHeader(final String headerLine)
    {
        final String compact = headerLine.replace(" ", "").toLowerCase(Locale.ROOT);
        return compact.equals(HEADER) || compact.equals(HEADER + ",is_best_match");
    }

    @Override
    public boolean matchesHeaderlessRow(final String firstLine)
    {
        final CsvFields probe = new CsvFields(MAX_FIELDS);
        final int count = probe.split(firstLine);
        return count >= MIN_FIELDS && count <= MAX_FIELDS &&
            FieldParsers.wholeNumber(firstLine, probe.start(ID), probe.end(ID)) >= 0;
    }

    @Override
    public void begin(final String sourceName, final InstrumentRegistry registry, final ImportOptions options)
    {
        String symbol = options.symbol();
        if (symbol == null)
        {
            symbol = symbolFromFileName(sourceName);
        }
        if (symbol == null)
        {
            throw new IllegalArgumentException(sourceName + ": cannot tell the symbol of a Binance trade dump;" +
                " pass --symbol or keep the data.binance.vision name SYMBOL-trades-YYYY-MM-DD.csv");
        }
        instrument = Symbols.require(registry, symbol, sourceName);
    }

    /**
     * @param sourceName path or display name of a dump, e.g. ".../BTCUSDT-trades-2024-01-01.csv".
     * @return the symbol before {@code -trades-} in the file name, or null when the name has none.
     */
    public static String symbolFromFileName(final String sourceName)
    {
        final String fileName = Symbols.fileName(sourceName);
        final int marker = fileName.indexOf(FILE_NAME_MARKER);
        return marker > 0 ? fileName.substring(0, marker) : null;
    }

    @Override
    public ImportRejectReason parse(final CharSequence line, final long lineNumber, final ParsedTrade out)
    {
        final int count = fields.split(line);
        if (count < MIN_FIELDS || count > MAX_FIELDS)
        {
            return out.reject(ImportRejectReason.MALFORMED,
                "expected " + MIN_FIELDS + " or " + MAX_FIELDS + " fields (" + HEADER + "[,is_best_match]), found " +
                count);
        }
        final long id = FieldParsers.wholeNumber(line, fields.start(ID), fields.end(ID));
        final ImportRejectReason badId =
            FieldParsers.checkWholeNumber(id, "id", line, fields.start(ID), fields.end(ID), out);
        if (badId != null)
        {
            return badId;
        }
        final long time = FieldParsers.wholeNumber(line, fields.start(TIME), fields.end(TIME));
        final ImportRejectReason badTime =
            FieldParsers.checkWholeNumber(time, "time", line, fields.start(TIME), fields.end(TIME), out);
        if (badTime != null)
        {
            return badTime;
        }
        final long tsEvent = FieldParsers.toEpochNanos(
            time, time > MICROS_THRESHOLD ? FieldParsers.NANOS_PER_MICRO : FieldParsers.NANOS_PER_MILLI);
        if (tsEvent < 0)
        {
            return out.reject(ImportRejectReason.OVERFLOW,
                "time " + fields.quoted(line, TIME) + " does not fit in epoch nanoseconds");
        }
        final Side side;
        if (fields.equalsIgnoreCase(line, IS_BUYER_MAKER, "true"))
        {
            side = Side.SELL;
        }
        else if (fields.equalsIgnoreCase(line, IS_BUYER_MAKER, "false"))
        {
            side = Side.BUY;
        }
        else
        {
            return out.reject(ImportRejectReason.MALFORMED,
                "is_buyer_maker " + fields.quoted(line, IS_BUYER_MAKER) + " is not true or false");
        }
        if (count == MAX_FIELDS && !fields.equalsIgnoreCase(line, MAX_FIELDS - 1, "true") &&
            !fields.equalsIgnoreCase(line, MAX_FIELDS - 1, "false"))
        {
            // Not used, but a column that is not what the dump says it is means the row is not a trade of it.
            return out.reject(ImportRejectReason.MALFORMED,
                "is_best_match " + fields.quoted(line, MAX_FIELDS - 1) + " is not true or false");
        }
        final ImportRejectReason badPrice =
            FieldParsers.price(line, fields.start(PRICE), fields.end(PRICE), instrument, out);
        if (badPrice != null)
        {
            return badPrice;
        }
        final ImportRejectReason badQuantity =
            FieldParsers.quantity(line, fields.start(QTY), fields.end(QTY), instrument, out);
        if (badQuantity != null)
        {
            return badQuantity;
        }
        out.instrument(instrument);
        out.tsEvent(tsEvent);
        out.tsRecv(tsEvent);
        out.venueTradeId(id);
        out.side(side);
        return null;
    }
}
