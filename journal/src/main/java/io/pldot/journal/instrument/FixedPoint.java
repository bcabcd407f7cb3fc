package io.pldot.journal.instrument;

/**
 * Fixed-point {@code long}s at a given scale (the value 9682.19 at scale 2 is 968219): conversions
 * from and to decimal text, and overflow-safe products.
 * <ul>
 *   <li><b>Text</b> ({@link #parse}, {@link #append}, ...): used only at the edges (importers, feeds,
 *       reports, the tail viewer). Parsing is exact (no {@code double} on the way) and never rounds:
 *       digits beyond the scale must be zeros, otherwise the text is refused, because rounding would
 *       invent a price the venue never printed.</li>
 *   <li><b>Products</b> ({@link #mulDivFloor}, {@link #mulDivCeil}): {@code a * b / d} with the
 *       rounding chosen by the caller, exact in 128/192 bits, allocation-free; the engine's hot path
 *       (venue, stops, portfolio) uses these.</li>
 * </ul>
 * Stateless; safe from any thread. {@link #parse} and the products do not allocate.
 */
public final class FixedPoint
{
    /** Returned by {@link #parse} when the text is not a plain decimal number. */
    public static final long MALFORMED = Long.MIN_VALUE;
    /** Returned by {@link #parse} when non-zero digits go beyond the scale. */
    public static final long TOO_PRECISE = Long.MIN_VALUE + 1;
    /** Returned by {@link #parse} when the value does not fit in a long at this scale. */
    public static final long OVERFLOW = Long.MIN_VALUE + 2;
    /** Returned by {@link #parse} for NaN or infinities, in any spelling Java or Python prints. */
    public static final long NON_FINITE = Long.MIN_VALUE + 3;
    /**
     * Returned by {@link #mulDivFloor} and {@link #mulDivCeil} when the result does not fit in a long or an input
     * breaks their contract (the same value as {@link #MALFORMED}; the two never meet).
     */
    public static final long OUT_OF_RANGE = Long.MIN_VALUE;

    private static final long[] POWERS_OF_TEN = new long[19];

    static
    {
        long p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++)
        {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    private FixedPoint()
    {
    }

    /**
     * @param value to test.
     * @return true when {@code value} is one of the parse error sentinels.
     */
    public static boolean isError(final long value)
    {
        return value <= NON_FINITE;
    }

    /**
     * @param scale 0..18.
     * @return 10^scale.
     */
    public static long powerOfTen(final int scale)
    {
        return POWERS_OF_TEN[scale];
    }

    /**
     * Parses decimal text such as "-12.3400", "7", ".5" or "1e-3" (exponent form, as some dumps print).
     *
     * @param text  holding the number.
     * @param start index of the first character.
     * @param end   index after the last character.
     * @param scale decimal places of the result.
     * @return the fixed-point value, or one of the error sentinels.
     */
    public static long parse(final CharSequence text, final int start, final int end, final int scale)
    {
        int i = start;
        int last = end;
        while (i < last && text.charAt(i) == ' ')
        {
            i++;
        }
        while (last > i && text.charAt(last - 1) == ' ')
        {
            last--;
        }
        if (i >= last)
        {
            return MALFORMED;
        }
        boolean negative = false;
        final char first = text.charAt(i);
        if (first == '-' || first == '+')
        {
            negative = first == '-';
            i++;
        }
        if (i < last && isNonFiniteWord(text, i, last))
        {
            return NON_FINITE;
        }
        // Split off an exponent, if any.
        int exponent = 0;
        int mantissaEnd = last;
        for (int k = i; k < last; k++)
        {
            final char c = text.charAt(k);
            if (c == 'e' || c == 'E')
            {
                mantissaEnd = k;
                final long e = parseExponent(text, k + 1, last);
                if (e == Long.MIN_VALUE)
                {
                    return MALFORMED;
                }
                exponent = (int)e;
                break;
            }
        }
        long value = 0;
        int fractionDigits = 0;
        int pendingZeros = 0; // fraction zeros not yet multiplied in, so "800.010000000000" cannot overflow
        boolean seenPoint = false;
        boolean seenDigit = false;
        for (int k = i; k < mantissaEnd; k++)
        {
            final char c = text.charAt(k);
            if (c == '.')
            {
                if (seenPoint)
                {
                    return MALFORMED;
                }
                seenPoint = true;
                continue;
            }
            if (c < '0' || c > '9')
            {
                return MALFORMED;
            }
            seenDigit = true;
            final int digit = c - '0';
            if (seenPoint)
            {
                if (digit == 0)
                {
                    pendingZeros++;
                    continue;
                }
                for (; pendingZeros > 0; pendingZeros--)
                {
                    if (value > Long.MAX_VALUE / 10)
                    {
                        return OVERFLOW;
                    }
                    value *= 10;
                    fractionDigits++;
                }
                fractionDigits++;
            }
            if (value > (Long.MAX_VALUE - digit) / 10)
            {
                return OVERFLOW;
            }
            value = value * 10 + digit;
        }
        if (!seenDigit)
        {
            return MALFORMED;
        }
        // value holds the number with (fractionDigits - exponent) decimals; bring it to scale.
        int shift = scale - (fractionDigits - exponent);
        while (shift < 0)
        {
            if (value % 10 != 0)
            {
                return TOO_PRECISE;
            }
            value /= 10;
            shift++;
        }
        while (shift > 0)
        {
            if (value > Long.MAX_VALUE / 10)
            {
                return value == 0 ? 0 : OVERFLOW;
            }
            value *= 10;
            shift--;
        }
        return negative ? -value : value;
    }

    /**
     * Parses a whole string.
     *
     * @param text  holding the number.
     * @param scale decimal places of the result.
     * @return the fixed-point value, or one of the error sentinels.
     */
    public static long parse(final CharSequence text, final int scale)
    {
        return parse(text, 0, text.length(), scale);
    }

    /**
     * Appends {@code value} at {@code scale} as plain decimal text, without trailing zeros beyond
     * the point (968219 at scale 2 is "9682.19", 100 at scale 2 is "1").
     *
     * @param value fixed-point value.
     * @param scale of the value.
     * @param out   to append to.
     * @return {@code out}.
     */
    public static StringBuilder append(final long value, final int scale, final StringBuilder out)
    {
        if (scale == 0)
        {
            return out.append(value);
        }
        final long unit = POWERS_OF_TEN[scale];
        long integer = value / unit;
        long fraction = Math.abs(value % unit);
        if (value < 0)
        {
            out.append('-');
            integer = -integer;
        }
        out.append(integer);
        if (fraction != 0)
        {
            int digits = scale;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }
            out.append('.');
            final String f = Long.toString(fraction);
            for (int pad = f.length(); pad < digits; pad++)
            {
                out.append('0');
            }
            out.append(f);
        }
        return out;
    }

    /**
     * @param value fixed-point value.
     * @param scale of the value.
     * @return plain decimal text.
     */
    public static String toString(final long value, final int scale)
    {
        return append(value, scale, new StringBuilder(24)).toString();
    }

    /**
     * @param value fixed-point value.
     * @param scale of the value.
     * @return the nearest double (for indicators and display, never for money arithmetic).
     */
    public static double toDouble(final long value, final int scale)
    {
        return value / (double)POWERS_OF_TEN[scale];
    }

    /**
     * Multiplies two fixed-point values and rescales, without overflow in the intermediate
     * product (128-bit via {@link Math#multiplyHigh}). Used for notional = price x quantity.
     *
     * @param a        first factor.
     * @param b        second factor.
     * @param divisor  power of ten to divide the 128-bit product by (e.g. 10^quantityScale).
     * @return {@code a * b / divisor}, truncated toward zero.
     * @throws ArithmeticException when the result does not fit in a long.
     */
    public static long multiplyDivide(final long a, final long b, final long divisor)
    {
        final long high = Math.multiplyHigh(a, b);
        final long low = a * b;
        if ((high == 0 && low >= 0) || (high == -1 && low < 0))
        {
            return low / divisor;
        }
        // Wide path: exact 128-bit division through BigInteger; rare (only for huge notionals).
        final java.math.BigInteger product = java.math.BigInteger.valueOf(high).shiftLeft(64)
            .add(new java.math.BigInteger(Long.toUnsignedString(low)));
        final java.math.BigInteger result = product.divide(java.math.BigInteger.valueOf(divisor));
        return result.longValueExact();
    }

    // ---------------------------------------------------------------- overflow-safe products (engine hot path)
    //
    // a * b / d (and a * b * c / d) on non-negative fixed-point longs, rounding chosen by the caller. The product is
    // formed exactly in 128 bits (Math.multiplyHigh) or 192 bits, then divided by long division, so nothing overflows
    // on the way and nothing allocates (unlike multiplyDivide's BigInteger wide path). Every input must be >= 0 and
    // every divisor > 0; a result that does not fit in a long, or an input outside that contract, gives OUT_OF_RANGE
    // instead of an exception, so callers on the hot path turn it into a rejection with a reason. Used by the
    // simulated venue (slippage, notional, fees), the trailing stops and the portfolio (cash, sizing).

    /**
     * @param a non-negative factor.
     * @param b non-negative factor.
     * @param d positive divisor.
     * @return {@code floor(a * b / d)}, or {@link #OUT_OF_RANGE}.
     */
    public static long mulDivFloor(final long a, final long b, final long d)
    {
        return mulDiv(a, b, d, false);
    }

    /**
     * @param a non-negative factor.
     * @param b non-negative factor.
     * @param d positive divisor.
     * @return {@code ceil(a * b / d)}, or {@link #OUT_OF_RANGE}.
     */
    public static long mulDivCeil(final long a, final long b, final long d)
    {
        return mulDiv(a, b, d, true);
    }

    /**
     * Three factors, one rounding: used for fee = price x quantity x bps / (10^quantityScale x 10^4),
     * where rounding the notional first and the fee second would round twice.
     *
     * @param a non-negative factor.
     * @param b non-negative factor.
     * @param c non-negative factor.
     * @param d positive divisor.
     * @return {@code ceil(a * b * c / d)}, or {@link #OUT_OF_RANGE}.
     */
    public static long mulDivCeil(final long a, final long b, final long c, final long d)
    {
        if (a < 0 || b < 0 || c < 0 || d <= 0)
        {
            return OUT_OF_RANGE;
        }
        // a * b = (h : l), both < 2^126 in total since a, b < 2^63.
        final long h = Math.multiplyHigh(a, b);
        final long l = a * b;
        // (h : l) * c = (w2 : w1 : w0).
        final long w0 = l * c;
        final long lc = Math.unsignedMultiplyHigh(l, c);
        final long hcLow = h * c;
        final long hcHigh = Math.unsignedMultiplyHigh(h, c);
        final long w1 = lc + hcLow;
        final long w2 = hcHigh + (Long.compareUnsigned(w1, lc) < 0 ? 1 : 0);
        if (w2 == 0 && w1 == 0 && w0 >= 0)
        {
            return roundUp(w0 / d, w0 % d != 0);
        }
        if (Long.compareUnsigned(w2, d) >= 0)
        {
            return OUT_OF_RANGE; // quotient >= 2^128
        }
        final long q1 = divide(w2, w1, d);
        if (q1 != 0)
        {
            return OUT_OF_RANGE; // quotient >= 2^64
        }
        final long r1 = w1 - q1 * d;
        final long q0 = divide(r1, w0, d);
        if (q0 < 0)
        {
            return OUT_OF_RANGE; // quotient >= 2^63
        }
        return roundUp(q0, w0 - q0 * d != 0);
    }

    private static long mulDiv(final long a, final long b, final long d, final boolean up)
    {
        if (a < 0 || b < 0 || d <= 0)
        {
            return OUT_OF_RANGE;
        }
        final long high = Math.multiplyHigh(a, b);
        final long low = a * b;
        if (high == 0 && low >= 0)
        {
            return up ? roundUp(low / d, low % d != 0) : low / d;
        }
        if (Long.compareUnsigned(high, d) >= 0)
        {
            return OUT_OF_RANGE; // quotient >= 2^64
        }
        final long q = divide(high, low, d);
        if (q < 0)
        {
            return OUT_OF_RANGE; // quotient >= 2^63
        }
        return up ? roundUp(q, low - q * d != 0) : q;
    }

    private static long roundUp(final long quotient, final boolean inexact)
    {
        if (!inexact)
        {
            return quotient;
        }
        return quotient == Long.MAX_VALUE ? OUT_OF_RANGE : quotient + 1;
    }

    /**
     * Unsigned (high : low) / d for high < d (so the quotient fits in 64 unsigned bits) and
     * 0 < d < 2^63 (so the running remainder, below 2d, fits in 64 unsigned bits). Restoring long
     * division, one bit per step; the remainder is low - q * d (mod 2^64) and is left to the caller.
     */
    private static long divide(final long high, final long low, final long d)
    {
        long r = high;
        long q = 0;
        for (int i = 63; i >= 0; i--)
        {
            r = (r << 1) | ((low >>> i) & 1L);
            q <<= 1;
            if (Long.compareUnsigned(r, d) >= 0)
            {
                r -= d;
                q |= 1L;
            }
        }
        return q;
    }

    private static boolean isNonFiniteWord(final CharSequence text, final int start, final int end)
    {
        final char c = text.charAt(start);
        if (c != 'n' && c != 'N' && c != 'i' && c != 'I' && c != '∞')
        {
            return false;
        }
        final String word = text.subSequence(start, end).toString().toLowerCase(java.util.Locale.ROOT);
        return word.equals("nan") || word.equals("inf") || word.equals("infinity") || word.equals("∞");
    }

    private static long parseExponent(final CharSequence text, final int start, final int end)
    {
        int i = start;
        boolean negative = false;
        if (i < end && (text.charAt(i) == '-' || text.charAt(i) == '+'))
        {
            negative = text.charAt(i) == '-';
            i++;
        }
        if (i >= end || end - i > 3)
        {
            return Long.MIN_VALUE;
        }
        int e = 0;
        for (; i < end; i++)
        {
            final char c = text.charAt(i);
            if (c < '0' || c > '9')
            {
                return Long.MIN_VALUE;
            }
            e = e * 10 + (c - '0');
        }
        return negative ? -e : e;
    }
}
