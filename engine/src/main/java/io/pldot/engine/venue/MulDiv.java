package io.pldot.engine.venue;

/**
 * Overflow-safe {@code a * b / d} (and {@code a * b * c / d}) on non-negative fixed-point
 * {@code long}s, with the rounding direction chosen by the caller. The product is formed exactly in
 * 128 bits ({@link Math#multiplyHigh}) or 192 bits, then divided by long division, so nothing
 * overflows on the way and nothing allocates (unlike a {@code BigInteger} wide path).
 * <p>
 * Every input must be {@code >= 0} and every divisor {@code > 0}; a result that does not fit in a
 * {@code long}, or an input outside that contract, gives {@link #OUT_OF_RANGE} instead of an
 * exception, so callers on the hot path turn it into a rejection with a reason.
 * <p>
 * Used by the simulated venue (slippage, notional, fees) and by the trailing stops (distance from
 * the mark); it lives here until the engine has a shared domain-math package.
 * <p>
 * Stateless; safe from any thread. Does not allocate.
 */
public final class MulDiv
{
    /** Returned when the result does not fit in a long or an input breaks the contract. */
    public static final long OUT_OF_RANGE = Long.MIN_VALUE;

    private MulDiv()
    {
    }

    /**
     * @param a non-negative factor.
     * @param b non-negative factor.
     * @param d positive divisor.
     * @return {@code floor(a * b / d)}, or {@link #OUT_OF_RANGE}.
     */
    public static long floor(final long a, final long b, final long d)
    {
        return mulDiv(a, b, d, false);
    }

    /**
     * @param a non-negative factor.
     * @param b non-negative factor.
     * @param d positive divisor.
     * @return {@code ceil(a * b / d)}, or {@link #OUT_OF_RANGE}.
     */
    public static long ceil(final long a, final long b, final long d)
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
    public static long ceil(final long a, final long b, final long c, final long d)
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
}
