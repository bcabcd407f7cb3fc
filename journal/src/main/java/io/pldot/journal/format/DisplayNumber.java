package io.pldot.journal.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How a {@code double} reads for people (tail's text lines, analyze's CSV, the Markdown and HTML
 * reports): rounded half-even to {@value #SIGNIFICANT_DIGITS} significant digits, trailing zeros
 * dropped, written without an exponent from 10^-8 (the smallest 8-decimal quantity) up to 10^15, and as
 * {@code 1.5E-9} outside that range.
 * <p>
 * Why: a value computed in binary floating point, such as a confidence of 3 × 0.2, is the
 * double just above 0.6, whose shortest round-trip decimal is {@code 0.6000000000000001}. Twelve
 * significant digits hide that binary noise (a double holds almost 16) while keeping every digit
 * of a price, or of an 8-decimal quantity below 10,000. JSON keeps the exact double (shortest
 * round-trip decimal), so a program reads back the bits the journal holds; the text is that value
 * rounded. Off the hot path; stateless, thread-safe.
 */
public final class DisplayNumber
{
    /** Significant digits a displayed value keeps. */
    public static final int SIGNIFICANT_DIGITS = 12;

    private static final MathContext ROUNDING = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);
    private static final double PLAIN_FROM = 1e-8;
    private static final double PLAIN_BELOW = 1e15;

    private DisplayNumber()
    {
    }

    /**
     * Appends a value rounded for display (a non-finite value as Java spells it).
     *
     * @param sb    to append to.
     * @param value the value.
     */
    public static void append(final StringBuilder sb, final double value)
    {
        final double magnitude = Math.abs(value);
        if (!Double.isFinite(value))
        {
            sb.append(value);
            return;
        }
        if (value == Math.rint(value) && magnitude < PLAIN_BELOW)
        {
            // Also turns -0.0 into 0.
            sb.append((long)value);
            return;
        }
        final BigDecimal rounded = new BigDecimal(value).round(ROUNDING).stripTrailingZeros();
        if (magnitude >= PLAIN_FROM && magnitude < PLAIN_BELOW)
        {
            sb.append(rounded.toPlainString());
        }
        else
        {
            sb.append(rounded.doubleValue());
        }
    }

    /**
     * @param value the value.
     * @return the value rounded for display, as text.
     */
    public static String toText(final double value)
    {
        final StringBuilder sb = new StringBuilder(24);
        append(sb, value);
        return sb.toString();
    }
}
