package io.pldot.feeds.importer;

import io.pldot.feeds.PrintableText;

import io.pldot.journal.instrument.FixedPoint;
import io.pldot.journal.instrument.Instrument;

/**
 * Field-level conversions shared by the formats: decimal text to fixed point (never through
 * {@code double}), whole numbers, and time units to epoch nanoseconds, each mapped to an
 * {@link ImportRejectReason} with a message that quotes the offending text.
 * <p>
 * Stateless; safe from any thread. Does not allocate unless a field is rejected.
 */
final class FieldParsers
{
    /** Returned by {@link #wholeNumber} when the text is not a plain non-negative integer. */
    static final long NOT_A_NUMBER = -1;
    /** Returned by {@link #wholeNumber} when the integer does not fit in a long. */
    static final long TOO_LARGE = -2;

    /** Nanoseconds per second. */
    static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** Nanoseconds per millisecond. */
    static final long NANOS_PER_MILLI = 1_000_000L;
    /** Nanoseconds per microsecond. */
    static final long NANOS_PER_MICRO = 1_000L;

    private static final int MAX_QUOTED = 40;

    private FieldParsers()
    {
    }

    /**
     * Parses a price at the instrument's price scale into {@code out}.
     *
     * @param line       holding the field.
     * @param start      of the field.
     * @param end        of the field.
     * @param instrument whose price scale applies.
     * @param out        receives the price, or the reject detail.
     * @return null when the price is valid and positive, otherwise the reject reason.
     */
    static ImportRejectReason price(
        final CharSequence line, final int start, final int end, final Instrument instrument, final ParsedTrade out)
    {
        final long value = FixedPoint.parse(line, start, end, instrument.priceScale());
        final ImportRejectReason reason = check(
            value, "price", line, start, end, instrument, instrument.priceScale(),
            ImportRejectReason.NON_POSITIVE_PRICE, out);
        if (reason == null)
        {
            out.price(value);
        }
        return reason;
    }

    /**
     * Parses a quantity at the instrument's quantity scale into {@code out}.
     *
     * @param line       holding the field.
     * @param start      of the field.
     * @param end        of the field.
     * @param instrument whose quantity scale applies.
     * @param out        receives the quantity, or the reject detail.
     * @return null when the quantity is valid and positive, otherwise the reject reason.
     */
    static ImportRejectReason quantity(
        final CharSequence line, final int start, final int end, final Instrument instrument, final ParsedTrade out)
    {
        final long value = FixedPoint.parse(line, start, end, instrument.quantityScale());
        final ImportRejectReason reason = check(
            value, "quantity", line, start, end, instrument, instrument.quantityScale(),
            ImportRejectReason.NON_POSITIVE_QUANTITY, out);
        if (reason == null)
        {
            out.quantity(value);
        }
        return reason;
    }

    /**
     * Parses a plain non-negative integer (digits only, surrounding spaces allowed): trade ids and
     * timestamps. Stricter than {@link FixedPoint#parse} on purpose: "1.5e9" is not an id.
     *
     * @param line  holding the field.
     * @param start of the field.
     * @param end   of the field.
     * @return the value, {@link #NOT_A_NUMBER} or {@link #TOO_LARGE}.
     */
    static long wholeNumber(final CharSequence line, final int start, final int end)
    {
        int s = start;
        int e = end;
        while (s < e && line.charAt(s) == ' ')
        {
            s++;
        }
        while (e > s && line.charAt(e - 1) == ' ')
        {
            e--;
        }
        if (s == e)
        {
            return NOT_A_NUMBER;
        }
        long value = 0;
        for (int i = s; i < e; i++)
        {
            final char c = line.charAt(i);
            if (c < '0' || c > '9')
            {
                return NOT_A_NUMBER;
            }
            final int digit = c - '0';
            if (value > (Long.MAX_VALUE - digit) / 10)
            {
                return TOO_LARGE;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /**
     * Maps a {@link #wholeNumber} error to a rejection.
     *
     * @param value returned by {@link #wholeNumber}.
     * @param what  field name for the message, e.g. "timestamp".
     * @param line  holding the field.
     * @param start of the field.
     * @param end   of the field.
     * @param out   receives the reject detail.
     * @return null when {@code value} is a number, otherwise MALFORMED or OVERFLOW.
     */
    static ImportRejectReason checkWholeNumber(
        final long value, final String what, final CharSequence line, final int start, final int end,
        final ParsedTrade out)
    {
        if (value == NOT_A_NUMBER)
        {
            return out.reject(ImportRejectReason.MALFORMED,
                what + " " + quoted(line, start, end) + " is not a whole number");
        }
        if (value == TOO_LARGE)
        {
            return out.reject(ImportRejectReason.OVERFLOW,
                what + " " + quoted(line, start, end) + " does not fit in a long");
        }
        return null;
    }

    /**
     * @param value        in some time unit since the epoch.
     * @param nanosPerUnit nanoseconds in that unit.
     * @return epoch nanoseconds, or -1 when they do not fit in a long (year 2262 and beyond).
     */
    static long toEpochNanos(final long value, final long nanosPerUnit)
    {
        return value > Long.MAX_VALUE / nanosPerUnit ? -1 : value * nanosPerUnit;
    }

    /**
     * @param line  holding the text.
     * @param start of the text.
     * @param end   of the text.
     * @return the text in double quotes, cut to a readable length (allocates: rejection path only).
     */
    static String quoted(final CharSequence line, final int start, final int end)
    {
        final boolean cut = end - start > MAX_QUOTED;
        final StringBuilder sb = new StringBuilder(Math.min(end - start, MAX_QUOTED) + 8).append('"');
        PrintableText.append(line, start, cut ? start + MAX_QUOTED : end, sb);
        return sb.append(cut ? "...\"" : "\"").toString();
    }

    private static ImportRejectReason check(
        final long value,
        final String what,
        final CharSequence line,
        final int start,
        final int end,
        final Instrument instrument,
        final int scale,
        final ImportRejectReason nonPositive,
        final ParsedTrade out)
    {
        if (value == FixedPoint.MALFORMED)
        {
            return out.reject(ImportRejectReason.MALFORMED, what + " " + quoted(line, start, end) + " is not a number");
        }
        if (value == FixedPoint.NON_FINITE)
        {
            return out.reject(ImportRejectReason.NON_FINITE, what + " " + quoted(line, start, end) + " is not finite");
        }
        if (value == FixedPoint.TOO_PRECISE)
        {
            return out.reject(ImportRejectReason.TOO_PRECISE, what + " " + quoted(line, start, end) +
                " has more than " + scale + " decimals (" + what + " scale of " + instrument.symbol() + ")");
        }
        if (value == FixedPoint.OVERFLOW)
        {
            return out.reject(ImportRejectReason.OVERFLOW, what + " " + quoted(line, start, end) +
                " does not fit in a long at scale " + scale);
        }
        if (value <= 0)
        {
            return out.reject(nonPositive, what + " " + quoted(line, start, end) + " must be > 0");
        }
        return null;
    }
}
