package io.pldot.feeds.binance;

import io.pldot.journal.schema.Side;

/**
 * Parses one Binance {@code @trade} or {@code @aggTrade} frame, raw or wrapped as a combined-stream
 * {@code {"stream":...,"data":{...}}}, into its own reusable fields, without allocating.
 * <p>
 * Unknown fields are skipped. The symbol, price and quantity are kept as ranges of the message so the caller can
 * resolve the instrument first and then ask for the fixed-point values at that instrument's scales
 * ({@link #price(int)}, {@link #quantity(int)}). The decimal parsing is done here rather than through the
 * importer's FieldParsers because that class is package-private to the importer and reports import reasons.
 * <p>
 * Thread-safety: not thread-safe; one instance per feed thread. The message must not change until the caller is
 * done with the parsed values.
 */
public final class BinanceTradeParser
{
    /** Returned by {@link #price(int)} / {@link #quantity(int)} when the decimal is not valid at that scale. */
    public static final long INVALID = -1;

    private CharSequence msg;
    private int pos;
    private int end;
    private int errorOffset;

    private boolean aggregate;
    private boolean tradeEvent;
    private boolean haveMaker;
    private boolean buyerIsMaker;
    private long eventTimeMillis;
    private long tradeTimeMillis;
    private long tradeId;
    private int symbolStart = -1;
    private int symbolEnd;
    private int priceStart = -1;
    private int priceEnd;
    private int quantityStart = -1;
    private int quantityEnd;

    /**
     * Parses the whole message; returns null when it is a trade, else the reason.
     */
    public BinanceRejectReason parse(final CharSequence message)
    {
        reset(message);
        try
        {
            skipSpace();
            final BinanceRejectReason reason = object(0);
            if (reason != null)
            {
                return reason;
            }
            skipSpace();
            if (pos != end)
            {
                return malformed();
            }
        }
        catch (final IndexOutOfBoundsException truncated)
        {
            // a truncated frame runs off the end; no allocation on the good path, so catching here is fine
            errorOffset = end;
            return BinanceRejectReason.MALFORMED_JSON;
        }
        if (!tradeEvent)
        {
            return BinanceRejectReason.NOT_A_TRADE;
        }
        if (symbolStart < 0 || priceStart < 0 || quantityStart < 0 || !haveMaker || tradeId == Long.MIN_VALUE ||
            tradeTimeMillis == Long.MIN_VALUE)
        {
            return BinanceRejectReason.MISSING_FIELD;
        }
        return null;
    }

    private void reset(final CharSequence message)
    {
        msg = message;
        pos = 0;
        end = message.length();
        errorOffset = -1;
        aggregate = false;
        tradeEvent = false;
        haveMaker = false;
        buyerIsMaker = false;
        eventTimeMillis = Long.MIN_VALUE;
        tradeTimeMillis = Long.MIN_VALUE;
        tradeId = Long.MIN_VALUE;
        symbolStart = -1;
        priceStart = -1;
        quantityStart = -1;
    }

    /** depth 0 = outer object (may hold "stream"/"data"), depth 1 = the "data" object of a combined frame. */
    private BinanceRejectReason object(final int depth)
    {
        if (msg.charAt(pos) != '{')
        {
            return malformed();
        }
        pos++;
        skipSpace();
        if (msg.charAt(pos) == '}')
        {
            pos++;
            return null;
        }
        while (true)
        {
            skipSpace();
            if (msg.charAt(pos) != '"')
            {
                return malformed();
            }
            final int keyStart = pos + 1;
            if (!skipString())
            {
                return malformed();
            }
            final int keyEnd = pos - 1;
            skipSpace();
            if (msg.charAt(pos) != ':')
            {
                return malformed();
            }
            pos++;
            skipSpace();
            final BinanceRejectReason reason = value(depth, keyStart, keyEnd);
            if (reason != null)
            {
                return reason;
            }
            skipSpace();
            final char c = msg.charAt(pos++);
            if (c == '}')
            {
                return null;
            }
            if (c != ',')
            {
                pos--;
                return malformed();
            }
        }
    }

    private BinanceRejectReason value(final int depth, final int keyStart, final int keyEnd)
    {
        final int keyLength = keyEnd - keyStart;
        final char c = msg.charAt(pos);
        if (depth == 0 && keyLength == 4 && c == '{' && regionIs(keyStart, "data"))
        {
            return object(1);
        }
        if (keyLength == 1)
        {
            final char key = msg.charAt(keyStart);
            switch (key)
            {
                case 'e':
                    return eventType();
                case 's':
                    return stringRange('s');
                case 'p':
                    return stringRange('p');
                case 'q':
                    return stringRange('q');
                case 'E':
                    eventTimeMillis = wholeNumber();
                    return eventTimeMillis < 0 ? BinanceRejectReason.BAD_NUMBER : null;
                case 'T':
                    tradeTimeMillis = wholeNumber();
                    return tradeTimeMillis < 0 ? BinanceRejectReason.BAD_NUMBER : null;
                case 't':
                case 'a':
                    tradeId = wholeNumber();
                    return tradeId < 0 ? BinanceRejectReason.BAD_NUMBER : null;
                case 'm':
                    return maker();
                default:
                    break;
            }
        }
        return skipValue(depth);
    }

    private BinanceRejectReason eventType()
    {
        if (msg.charAt(pos) != '"')
        {
            return malformed();
        }
        final int start = pos + 1;
        if (!skipString())
        {
            return malformed();
        }
        final int length = pos - 1 - start;
        if (length == 5 && regionIs(start, "trade"))
        {
            tradeEvent = true;
            aggregate = false;
        }
        else if (length == 8 && regionIs(start, "aggTrade"))
        {
            tradeEvent = true;
            aggregate = true;
        }
        return null;
    }

    private BinanceRejectReason stringRange(final char key)
    {
        if (msg.charAt(pos) != '"')
        {
            return malformed();
        }
        final int start = pos + 1;
        if (!skipString())
        {
            return malformed();
        }
        final int stop = pos - 1;
        switch (key)
        {
            case 's' -> { symbolStart = start; symbolEnd = stop; }
            case 'p' -> { priceStart = start; priceEnd = stop; }
            default -> { quantityStart = start; quantityEnd = stop; }
        }
        return null;
    }

    private BinanceRejectReason maker()
    {
        if (regionIs(pos, "true"))
        {
            pos += 4;
            buyerIsMaker = true;
        }
        else if (regionIs(pos, "false"))
        {
            pos += 5;
            buyerIsMaker = false;
        }
        else
        {
            return malformed();
        }
        haveMaker = true;
        return null;
    }

    /** Reads a non-negative JSON integer; returns -1 when it is not one (sign, fraction, exponent, overflow). */
    private long wholeNumber()
    {
        long value = 0;
        final int start = pos;
        while (pos < end)
        {
            final char c = msg.charAt(pos);
            if (c < '0' || c > '9')
            {
                break;
            }
            if (value > (Long.MAX_VALUE - (c - '0')) / 10)
            {
                skipNumberTail();
                return -1;
            }
            value = value * 10 + (c - '0');
            pos++;
        }
        if (pos == start || (pos < end && isNumberTail(msg.charAt(pos))))
        {
            skipNumberTail();
            return -1;
        }
        return value;
    }

    private static boolean isNumberTail(final char c)
    {
        return c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+' || (c >= '0' && c <= '9');
    }

    private void skipNumberTail()
    {
        while (pos < end && isNumberTail(msg.charAt(pos)))
        {
            pos++;
        }
    }

    private BinanceRejectReason skipValue(final int depth)
    {
        final char c = msg.charAt(pos);
        if (c == '"')
        {
            return skipString() ? null : malformed();
        }
        if (c == '{' || c == '[')
        {
            return skipNested();
        }
        if (regionIs(pos, "true"))
        {
            pos += 4;
            return null;
        }
        if (regionIs(pos, "false"))
        {
            pos += 5;
            return null;
        }
        if (regionIs(pos, "null"))
        {
            pos += 4;
            return null;
        }
        if (c == '-' || (c >= '0' && c <= '9'))
        {
            pos++;
            skipNumberTail();
            return null;
        }
        return malformed();
    }

    /** Skips an unknown object or array by bracket counting, honouring strings. */
    private BinanceRejectReason skipNested()
    {
        int nesting = 0;
        do
        {
            final char c = msg.charAt(pos);
            if (c == '"')
            {
                if (!skipString())
                {
                    return malformed();
                }
                continue;
            }
            if (c == '{' || c == '[')
            {
                nesting++;
            }
            else if (c == '}' || c == ']')
            {
                nesting--;
            }
            pos++;
        }
        while (nesting > 0);
        return null;
    }

    /** At an opening quote: moves past the closing quote; false when the string is not terminated. */
    private boolean skipString()
    {
        pos++;
        while (pos < end)
        {
            final char c = msg.charAt(pos++);
            if (c == '"')
            {
                return true;
            }
            if (c == '\\')
            {
                pos++;
            }
            else if (c < 0x20)
            {
                return false;
            }
        }
        return false;
    }

    private void skipSpace()
    {
        while (pos < end)
        {
            final char c = msg.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            {
                return;
            }
            pos++;
        }
    }

    private boolean regionIs(final int start, final String text)
    {
        if (start + text.length() > end)
        {
            return false;
        }
        for (int i = 0; i < text.length(); i++)
        {
            if (msg.charAt(start + i) != text.charAt(i))
            {
                return false;
            }
        }
        return true;
    }

    private BinanceRejectReason malformed()
    {
        errorOffset = Math.min(pos, end);
        return BinanceRejectReason.MALFORMED_JSON;
    }

    /** Offset in the message where malformed JSON was detected, or -1. */
    public int errorOffset()
    {
        return errorOffset;
    }

    /** True when the last trade was an aggTrade (its id is the aggregate id "a"). */
    public boolean aggregate()
    {
        return aggregate;
    }

    /** "t" for @trade, "a" for @aggTrade. */
    public long tradeId()
    {
        return tradeId;
    }

    /** "T" in ms. */
    public long tradeTimeMillis()
    {
        return tradeTimeMillis;
    }

    /** "E" in ms, or Long.MIN_VALUE when absent. */
    public long eventTimeMillis()
    {
        return eventTimeMillis;
    }

    /** Aggressor side: m=true means the buyer is the maker, so the aggressor sold. */
    public Side aggressor()
    {
        return buyerIsMaker ? Side.SELL : Side.BUY;
    }

    /** Compares the parsed symbol, case-insensitively (streams are lower case, "s" is upper case). */
    public boolean symbolEquals(final CharSequence symbol)
    {
        final int length = symbolEnd - symbolStart;
        if (symbolStart < 0 || symbol.length() != length)
        {
            return false;
        }
        for (int i = 0; i < length; i++)
        {
            if (Character.toUpperCase(msg.charAt(symbolStart + i)) != Character.toUpperCase(symbol.charAt(i)))
            {
                return false;
            }
        }
        return true;
    }

    /** The price as fixed point at scale, or {@link #INVALID} (not a positive decimal, too many digits, overflow). */
    public long price(final int scale)
    {
        return fixedPoint(priceStart, priceEnd, scale);
    }

    /** The quantity as fixed point at scale, or {@link #INVALID}. */
    public long quantity(final int scale)
    {
        return fixedPoint(quantityStart, quantityEnd, scale);
    }

    private long fixedPoint(final int start, final int stop, final int scale)
    {
        if (start < 0 || start == stop)
        {
            return INVALID;
        }
        long value = 0;
        int fractionDigits = -1;
        boolean anyDigit = false;
        for (int i = start; i < stop; i++)
        {
            final char c = msg.charAt(i);
            if (c == '.')
            {
                if (fractionDigits >= 0)
                {
                    return INVALID;
                }
                fractionDigits = 0;
                continue;
            }
            if (c < '0' || c > '9')
            {
                return INVALID;
            }
            anyDigit = true;
            if (fractionDigits >= 0)
            {
                fractionDigits++;
                if (fractionDigits > scale)
                {
                    if (c != '0')
                    {
                        return INVALID; // more precision than the instrument carries: reject, never round
                    }
                    continue;
                }
            }
            if (value > (Long.MAX_VALUE - (c - '0')) / 10)
            {
                return INVALID;
            }
            value = value * 10 + (c - '0');
        }
        if (!anyDigit)
        {
            return INVALID;
        }
        for (int digits = Math.max(fractionDigits, 0); digits < scale; digits++)
        {
            if (value > Long.MAX_VALUE / 10)
            {
                return INVALID;
            }
            value *= 10;
        }
        return value > 0 ? value : INVALID;
    }
}
