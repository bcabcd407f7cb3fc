package io.pldot.journal.instrument;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Random;

import static io.pldot.journal.instrument.FixedPoint.MALFORMED;
import static io.pldot.journal.instrument.FixedPoint.NON_FINITE;
import static io.pldot.journal.instrument.FixedPoint.OVERFLOW;
import static io.pldot.journal.instrument.FixedPoint.TOO_PRECISE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FixedPointTest
{
    private static final long SEED = 0x5EED_F1EDL;
    private static final long MAX_LONG = Long.MAX_VALUE; // 9,223,372,036,854,775,807

    @Test
    void shouldParseDecimalsExactly()
    {
        assertThat(FixedPoint.parse("9682.19", 2)).isEqualTo(968_219L);
        assertThat(FixedPoint.parse("800.010000000000", 2)).isEqualTo(80_001L);
        assertThat(FixedPoint.parse("0.278380490000", 8)).isEqualTo(27_838_049L);
        assertThat(FixedPoint.parse("7", 3)).isEqualTo(7_000L);
        assertThat(FixedPoint.parse(".5", 1)).isEqualTo(5L);
        assertThat(FixedPoint.parse("-12.3400", 2)).isEqualTo(-1_234L);
        assertThat(FixedPoint.parse("+12.34", 2)).isEqualTo(1_234L);
        assertThat(FixedPoint.parse("1.", 0)).isEqualTo(1L);
        assertThat(FixedPoint.parse("0", 12)).isZero();
        assertThat(FixedPoint.parse("-0.000", 2)).isZero();
        assertThat(FixedPoint.parse("  42.1  ", 1)).isEqualTo(421L);
        assertThat(FixedPoint.parse("000000000000000000000000001.5", 1)).isEqualTo(15L);
    }

    @Test
    void shouldParseExponentForm()
    {
        assertThat(FixedPoint.parse("1.5e3", 2)).isEqualTo(150_000L);
        assertThat(FixedPoint.parse("1.5E+3", 2)).isEqualTo(150_000L);
        assertThat(FixedPoint.parse("1e-3", 3)).isEqualTo(1L);
        assertThat(FixedPoint.parse("-2.50e-1", 3)).isEqualTo(-250L);
        assertThat(FixedPoint.parse("0.001e3", 0)).isEqualTo(1L);
        assertThat(FixedPoint.parse("1e-3", 2)).isEqualTo(TOO_PRECISE);
        assertThat(FixedPoint.parse("1e999", 0)).isEqualTo(OVERFLOW);
        assertThat(FixedPoint.parse("0e999", 0)).isZero();
        assertThat(FixedPoint.parse("1e", 0)).isEqualTo(MALFORMED);
        assertThat(FixedPoint.parse("1e+", 0)).isEqualTo(MALFORMED);
        assertThat(FixedPoint.parse("e5", 0)).isEqualTo(MALFORMED);
        assertThat(FixedPoint.parse("1e1.5", 0)).isEqualTo(MALFORMED);
        assertThat(FixedPoint.parse("1e3e4", 0)).isEqualTo(MALFORMED);
    }

    @Test
    void shouldRefuseTooPreciseInsteadOfRounding()
    {
        assertThat(FixedPoint.parse("1.005", 2)).isEqualTo(TOO_PRECISE);
        assertThat(FixedPoint.parse("0.0000000000000000000001", 2)).isEqualTo(TOO_PRECISE);
        assertThat(FixedPoint.parse("-0.1", 0)).isEqualTo(TOO_PRECISE);
        assertThat(FixedPoint.isError(TOO_PRECISE)).isTrue();
    }

    @Test
    void shouldReportNonFinite()
    {
        for (final String text : new String[] {"NaN", "nan", "Infinity", "-inf", "inf", "+Infinity", "-Infinity",
            "INF", "∞", "-∞"})
        {
            assertThat(FixedPoint.parse(text, 2)).as(text).isEqualTo(NON_FINITE);
        }
    }

    @Test
    void shouldReportMalformed()
    {
        for (final String text : new String[] {"", "   ", "abc", "1.2.3", "1,5", "--1", "-", "+", ".", "-.", "1 2",
            "0x10", "12a", "nanx", "infinityy", "1_000"})
        {
            assertThat(FixedPoint.parse(text, 2)).as("'%s'", text).isEqualTo(MALFORMED);
        }
    }

    @Test
    void shouldReportOverflow()
    {
        assertThat(FixedPoint.parse("99999999999999999999", 0)).isEqualTo(OVERFLOW);
        assertThat(FixedPoint.parse("99999999999999999999", 2)).isEqualTo(OVERFLOW);
        assertThat(FixedPoint.parse(Long.toString(Long.MAX_VALUE), 0)).isEqualTo(Long.MAX_VALUE);
        assertThat(FixedPoint.parse(Long.toString(-Long.MAX_VALUE), 0)).isEqualTo(-Long.MAX_VALUE);
        assertThat(FixedPoint.parse(Long.toString(Long.MAX_VALUE), 1)).isEqualTo(OVERFLOW);
        assertThat(FixedPoint.parse("9223372036854775808", 0)).isEqualTo(OVERFLOW);
        assertThat(FixedPoint.parse("922337203685477580.7", 1)).isEqualTo(Long.MAX_VALUE);
        assertThat(FixedPoint.parse("922337203685477580.8", 1)).isEqualTo(OVERFLOW);
        assertThat(FixedPoint.parse("9223372036854775807.000000000000000000000", 0)).isEqualTo(Long.MAX_VALUE);
        assertThat(FixedPoint.parse("9223372.036854775807", 12)).isEqualTo(Long.MAX_VALUE);
        assertThat(FixedPoint.parse("9223372.036854775808", 12)).isEqualTo(OVERFLOW);
        assertThat(FixedPoint.parse("9223372.036854", 12)).isEqualTo(9_223_372_036_854_000_000L);
        assertThat(FixedPoint.parse("9223373", 12)).isEqualTo(OVERFLOW);
    }

    @Test
    void shouldParseSubRange()
    {
        final String line = "BTCUSDT,9682.19,0.5";
        assertThat(FixedPoint.parse(line, 8, 15, 2)).isEqualTo(968_219L);
        assertThat(FixedPoint.parse(line, 16, line.length(), 8)).isEqualTo(50_000_000L);
        assertThat(FixedPoint.parse(line, 8, 8, 2)).isEqualTo(MALFORMED);
    }

    @Test
    void shouldAgreeWithBigDecimalOnRandomText()
    {
        final Random random = new Random(SEED);
        for (int n = 0; n < 200_000; n++)
        {
            final StringBuilder sb = new StringBuilder();
            if (random.nextInt(4) == 0)
            {
                sb.append(random.nextBoolean() ? '-' : '+');
            }
            // At most 18 digits in total, so the mantissa itself never overflows.
            final int intDigits = random.nextInt(10);
            final int fracDigits = random.nextInt(19 - intDigits);
            for (int k = 0; k < intDigits; k++)
            {
                sb.append((char)('0' + random.nextInt(10)));
            }
            if (fracDigits > 0 || intDigits == 0)
            {
                sb.append('.');
                for (int k = 0; k < Math.max(1, fracDigits); k++)
                {
                    sb.append(random.nextInt(3) == 0 ? '0' : (char)('0' + random.nextInt(10)));
                }
            }
            if (random.nextInt(5) == 0)
            {
                sb.append('e').append(random.nextInt(41) - 20);
            }
            final String text = sb.toString();
            final int scale = random.nextInt(13);
            final long expected = viaBigDecimal(text, scale);
            assertThat(FixedPoint.parse(text, scale)).as("parse(\"%s\", %d)", text, scale).isEqualTo(expected);
        }
    }

    private static long viaBigDecimal(final String text, final int scale)
    {
        final BigDecimal scaled = new BigDecimal(text).movePointRight(scale);
        if (scaled.signum() != 0 && scaled.stripTrailingZeros().scale() > 0)
        {
            return TOO_PRECISE;
        }
        final BigInteger exact = scaled.toBigInteger();
        if (exact.abs().bitLength() > 63)
        {
            return OVERFLOW;
        }
        return exact.longValueExact();
    }

    @Test
    void shouldFormatWithoutTrailingZeros()
    {
        assertThat(FixedPoint.toString(968_219L, 2)).isEqualTo("9682.19");
        assertThat(FixedPoint.toString(100L, 2)).isEqualTo("1");
        assertThat(FixedPoint.toString(5L, 3)).isEqualTo("0.005");
        assertThat(FixedPoint.toString(-5L, 3)).isEqualTo("-0.005");
        assertThat(FixedPoint.toString(0L, 8)).isEqualTo("0");
        assertThat(FixedPoint.toString(-1_234L, 2)).isEqualTo("-12.34");
        assertThat(FixedPoint.toString(1_230L, 3)).isEqualTo("1.23");
        assertThat(FixedPoint.toString(80_001L, 2)).isEqualTo("800.01");
        assertThat(FixedPoint.toString(27_838_049L, 8)).isEqualTo("0.27838049");
        assertThat(FixedPoint.toString(Long.MIN_VALUE, 0)).isEqualTo("-9223372036854775808");
        assertThat(FixedPoint.toString(Long.MAX_VALUE, 0)).isEqualTo("9223372036854775807");
        assertThat(FixedPoint.toString(Long.MIN_VALUE, 2)).isEqualTo("-92233720368547758.08");
        assertThat(FixedPoint.toString(Long.MAX_VALUE, 12)).isEqualTo("9223372.036854775807");
        assertThat(FixedPoint.toString(Long.MIN_VALUE, 18)).isEqualTo("-9.223372036854775808");
        assertThat(FixedPoint.toString(1L, 18)).isEqualTo("0.000000000000000001");
        assertThat(FixedPoint.append(968_219L, 2, new StringBuilder("p=")).toString()).isEqualTo("p=9682.19");
    }

    @Test
    void shouldRoundTripRandomLongsThroughText()
    {
        final Random random = new Random(SEED);
        for (int n = 0; n < 500_000; n++)
        {
            final long raw = random.nextLong();
            final long value = switch (n % 4)
            {
                case 0 -> raw;
                case 1 -> raw >> random.nextInt(64);
                case 2 -> random.nextInt(2_000_001) - 1_000_000;
                default -> n % 8 == 3 ? Long.MAX_VALUE - random.nextInt(1000) : Long.MIN_VALUE + 4 + random.nextInt(1000);
            };
            if (FixedPoint.isError(value))
            {
                continue; // the four sentinels at Long.MIN_VALUE.. cannot be values
            }
            final int scale = random.nextInt(13);
            final String text = FixedPoint.toString(value, scale);
            assertThat(text).as("toString(%d, %d)", value, scale)
                .isEqualTo(BigDecimal.valueOf(value, scale).stripTrailingZeros().toPlainString());
            assertThat(FixedPoint.parse(text, scale)).as("parse(\"%s\", %d)", text, scale).isEqualTo(value);
        }
    }

    @Test
    void shouldGivePowersOfTen()
    {
        long p = 1;
        for (int k = 0; k <= 18; k++)
        {
            assertThat(FixedPoint.powerOfTen(k)).isEqualTo(p);
            p *= 10;
        }
        assertThat(FixedPoint.toDouble(968_219L, 2)).isEqualTo(9682.19);
    }

    @Test
    void shouldFlagOnlySentinelsAsErrors()
    {
        assertThat(FixedPoint.isError(MALFORMED)).isTrue();
        assertThat(FixedPoint.isError(TOO_PRECISE)).isTrue();
        assertThat(FixedPoint.isError(OVERFLOW)).isTrue();
        assertThat(FixedPoint.isError(NON_FINITE)).isTrue();
        assertThat(FixedPoint.isError(NON_FINITE + 1)).isFalse();
        assertThat(FixedPoint.isError(0)).isFalse();
        assertThat(FixedPoint.isError(-1)).isFalse();
        assertThat(FixedPoint.isError(Long.MAX_VALUE)).isFalse();
        assertThat(new long[] {MALFORMED, TOO_PRECISE, OVERFLOW, NON_FINITE}).doesNotHaveDuplicates();
    }

    @Test
    void shouldMultiplyPriceByQuantityBeyondSixtyFourBits()
    {
        final long e12 = 1_000_000_000_000L;
        assertThat(Math.multiplyHigh(e12, e12)).as("product overflows 64 bits").isNotZero();
        assertThat(FixedPoint.multiplyDivide(e12, e12, 100_000_000L)).isEqualTo(10_000_000_000_000_000L);
        assertThat(FixedPoint.multiplyDivide(-e12, e12, 100_000_000L)).isEqualTo(-10_000_000_000_000_000L);
        assertThat(FixedPoint.multiplyDivide(e12, -e12, 100_000_000L)).isEqualTo(-10_000_000_000_000_000L);
        assertThat(FixedPoint.multiplyDivide(-e12, -e12, 100_000_000L)).isEqualTo(10_000_000_000_000_000L);
        // 90,000 with 12 price decimals x 100 units at 8 quantity decimals: notional 9,000,000 at price scale.
        final long price = 90_000L * e12;
        final long quantity = 100L * 100_000_000L;
        assertThat(FixedPoint.multiplyDivide(price, quantity, 100_000_000L)).isEqualTo(9_000_000L * e12);
        assertThat(FixedPoint.multiplyDivide(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
        assertThat(FixedPoint.multiplyDivide(Long.MIN_VALUE, 1, 1)).isEqualTo(Long.MIN_VALUE);
        assertThat(FixedPoint.multiplyDivide(Long.MIN_VALUE, 10, 10)).isEqualTo(Long.MIN_VALUE);
        assertThat(FixedPoint.multiplyDivide(Long.MIN_VALUE, -1, 10)).isEqualTo(922_337_203_685_477_580L);
        assertThat(FixedPoint.multiplyDivide(0, Long.MIN_VALUE, 1)).isZero();
        assertThat(FixedPoint.multiplyDivide(968_219L, 50_000_000L, 100_000_000L)).isEqualTo(484_109L);
    }

    @Test
    void shouldTruncateTowardZero()
    {
        assertThat(FixedPoint.multiplyDivide(7, 3, 2)).isEqualTo(10);
        assertThat(FixedPoint.multiplyDivide(-7, 3, 2)).isEqualTo(-10);
        assertThat(FixedPoint.multiplyDivide(7, -3, 2)).isEqualTo(-10);
        final long big = 3_000_000_000_000L;
        // wide path, -9e24 / 7 truncated toward zero
        assertThat(FixedPoint.multiplyDivide(-big, big * 1000, 7_000_000_000L))
            .isEqualTo(expected(-big, big * 1000, 7_000_000_000L).longValueExact());
    }

    @Test
    void shouldThrowWhenProductDoesNotFit()
    {
        assertThatThrownBy(() -> FixedPoint.multiplyDivide(Long.MAX_VALUE, Long.MAX_VALUE, 1))
            .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> FixedPoint.multiplyDivide(Long.MIN_VALUE, -1, 1))
            .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> FixedPoint.multiplyDivide(Long.MIN_VALUE, Long.MIN_VALUE, 100_000_000L))
            .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> FixedPoint.multiplyDivide(1_000_000_000_000L, -1_000_000_000_000L, 10))
            .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void shouldMatchBigIntegerOnRandomFactors()
    {
        final Random random = new Random(SEED);
        int wide = 0;
        int thrown = 0;
        for (int n = 0; n < 200_000; n++)
        {
            final long a = random.nextLong() >> random.nextInt(64);
            final long b = random.nextLong() >> random.nextInt(64);
            final long divisor = FixedPoint.powerOfTen(random.nextInt(19));
            final BigInteger exact = expected(a, b, divisor);
            if (Math.multiplyHigh(a, b) != (a * b) >> 63)
            {
                wide++;
            }
            if (exact.bitLength() <= 63)
            {
                assertThat(FixedPoint.multiplyDivide(a, b, divisor)).as("%d * %d / %d", a, b, divisor)
                    .isEqualTo(exact.longValueExact());
            }
            else
            {
                thrown++;
                assertThatThrownBy(() -> FixedPoint.multiplyDivide(a, b, divisor))
                    .as("%d * %d / %d", a, b, divisor)
                    .isInstanceOf(ArithmeticException.class);
            }
        }
        assertThat(wide).as("cases whose product needs more than 64 bits").isGreaterThan(10_000);
        assertThat(thrown).as("cases whose result does not fit").isGreaterThan(1_000);
    }

    private static BigInteger expected(final long a, final long b, final long divisor)
    {
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(divisor));
    }

    // ---------------------------------------------------------------- mulDivFloor / mulDivCeil

    @Test
    void shouldRoundNarrowProductsDownOrUp()
    {
        assertThat(FixedPoint.mulDivFloor(7, 3, 2)).isEqualTo(10); // 21 / 2 = 10.5
        assertThat(FixedPoint.mulDivCeil(7, 3, 2)).isEqualTo(11);
        assertThat(FixedPoint.mulDivFloor(8, 3, 2)).isEqualTo(12); // exact
        assertThat(FixedPoint.mulDivCeil(8, 3, 2)).isEqualTo(12);
        assertThat(FixedPoint.mulDivFloor(0, MAX_LONG, 7)).isZero();
        assertThat(FixedPoint.mulDivCeil(5, 7, 11, 1_000)).isEqualTo(1); // 385 / 1000 = 0.385
    }

    @Test
    void shouldDivideWideProductsExactly()
    {
        // max x max / max = max, through a 126-bit product.
        assertThat(FixedPoint.mulDivFloor(MAX_LONG, MAX_LONG, MAX_LONG)).isEqualTo(MAX_LONG);
        assertThat(FixedPoint.mulDivCeil(MAX_LONG, MAX_LONG, MAX_LONG)).isEqualTo(MAX_LONG);
        // max x 50 / 10,000 = 46,116,860,184,273,879.035 (the product 4.6e20 exceeds 2^63).
        assertThat(FixedPoint.mulDivFloor(MAX_LONG, 50, 10_000)).isEqualTo(46_116_860_184_273_879L);
        assertThat(FixedPoint.mulDivCeil(MAX_LONG, 50, 10_000)).isEqualTo(46_116_860_184_273_880L);
        // (2^62 + 1) x 4 / 8 = 2^61 + 0.5
        assertThat(FixedPoint.mulDivFloor((1L << 62) + 1, 4, 8)).isEqualTo(1L << 61);
        assertThat(FixedPoint.mulDivCeil((1L << 62) + 1, 4, 8)).isEqualTo((1L << 61) + 1);
        // Three factors: max x 7 x 10^8 / 10^12 = max x 7 / 10^4 = 6,456,360,425,798,343.0649 -> ceil ...344
        assertThat(FixedPoint.mulDivCeil(MAX_LONG, 100_000_000, 7, 1_000_000_000_000L)).isEqualTo(6_456_360_425_798_344L);
        // max x max x 1 / max = max; max x 10,000 x 3 / 10,000 = 3 x max does not fit.
        assertThat(FixedPoint.mulDivCeil(MAX_LONG, MAX_LONG, 1, MAX_LONG)).isEqualTo(MAX_LONG);
        assertThat(FixedPoint.mulDivCeil(MAX_LONG, 10_000, 3, 10_000)).isEqualTo(FixedPoint.OUT_OF_RANGE);
        // max x max x 10,000 / max = 10,000 x max (a 140-bit numerator) does not fit either.
        assertThat(FixedPoint.mulDivCeil(MAX_LONG, MAX_LONG, 10_000, MAX_LONG)).isEqualTo(FixedPoint.OUT_OF_RANGE);
        // 2^62 x 2^62 x 2 / 2^62 = 2^63, one past max; with x 1 instead, 2^62 fits.
        assertThat(FixedPoint.mulDivCeil(1L << 62, 1L << 62, 2, 1L << 62)).isEqualTo(FixedPoint.OUT_OF_RANGE);
        assertThat(FixedPoint.mulDivCeil(1L << 62, 1L << 62, 1, 1L << 62)).isEqualTo(1L << 62);
    }

    @Test
    void shouldReportResultsThatDoNotFitOrBadInputAsOutOfRange()
    {
        assertThat(FixedPoint.mulDivFloor(MAX_LONG, 2, 1)).isEqualTo(FixedPoint.OUT_OF_RANGE);
        assertThat(FixedPoint.mulDivFloor(MAX_LONG, MAX_LONG, 1)).isEqualTo(FixedPoint.OUT_OF_RANGE);
        assertThat(FixedPoint.mulDivFloor(MAX_LONG, 1, 1)).isEqualTo(MAX_LONG);
        // max x 3 / 2 = 1.5 x max: does not fit, although the divisor is above 1.
        assertThat(FixedPoint.mulDivFloor(MAX_LONG, 3, 2)).isEqualTo(FixedPoint.OUT_OF_RANGE);
        // 3 x 6,148,914,691,236,517,205 = 2^64 - 1 = 2 x max + 1; / 2 = max + 0.5: floor fits, ceil does not.
        assertThat(FixedPoint.mulDivFloor(3, 6_148_914_691_236_517_205L, 2)).isEqualTo(MAX_LONG);
        assertThat(FixedPoint.mulDivCeil(3, 6_148_914_691_236_517_205L, 2)).isEqualTo(FixedPoint.OUT_OF_RANGE);
        assertThat(FixedPoint.mulDivCeil(3, 6_148_914_691_236_517_205L, 1, 2)).isEqualTo(FixedPoint.OUT_OF_RANGE);
        assertThat(FixedPoint.mulDivCeil(MAX_LONG, 3, 3)).isEqualTo(MAX_LONG);
        assertThat(FixedPoint.mulDivFloor(-1, 2, 3)).isEqualTo(FixedPoint.OUT_OF_RANGE);
        assertThat(FixedPoint.mulDivFloor(1, -2, 3)).isEqualTo(FixedPoint.OUT_OF_RANGE);
        assertThat(FixedPoint.mulDivFloor(1, 2, 0)).isEqualTo(FixedPoint.OUT_OF_RANGE);
        assertThat(FixedPoint.mulDivCeil(1, 2, 3, -1)).isEqualTo(FixedPoint.OUT_OF_RANGE);
        assertThat(FixedPoint.mulDivCeil(1, 2, -3, 1)).isEqualTo(FixedPoint.OUT_OF_RANGE);
    }

    @Test
    void shouldAgreeWithBigIntegerOnRandomInputsOfEveryMagnitude()
    {
        final Random random = new Random(42);
        for (int i = 0; i < 200_000; i++)
        {
            final long a = randomMagnitude(random);
            final long b = randomMagnitude(random);
            final long c = random.nextInt(10_001);
            final long d = Math.max(1, randomMagnitude(random));
            final BigInteger ab = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
            assertThat(FixedPoint.mulDivFloor(a, b, d)).isEqualTo(wideExpected(ab, d, RoundingMode.FLOOR));
            assertThat(FixedPoint.mulDivCeil(a, b, d)).isEqualTo(wideExpected(ab, d, RoundingMode.CEILING));
            assertThat(FixedPoint.mulDivCeil(a, b, c, d))
                .isEqualTo(wideExpected(ab.multiply(BigInteger.valueOf(c)), d, RoundingMode.CEILING));
        }
    }

    private static long randomMagnitude(final Random random)
    {
        final int bits = random.nextInt(64); // 0..63 significant bits
        return bits == 0 ? 0 : random.nextLong() >>> (64 - bits);
    }

    private static long wideExpected(final BigInteger numerator, final long divisor, final RoundingMode mode)
    {
        final BigInteger q = new BigDecimal(numerator)
            .divide(new BigDecimal(divisor), 0, mode).toBigIntegerExact();
        return q.bitLength() < 64 ? q.longValueExact() : FixedPoint.OUT_OF_RANGE;
    }
}
