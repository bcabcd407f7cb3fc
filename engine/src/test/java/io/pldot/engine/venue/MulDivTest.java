package io.pldot.engine.venue;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class MulDivTest
{
    private static final long MAX = Long.MAX_VALUE; // 9,223,372,036,854,775,807

    @Test
    void shouldRoundNarrowProductsDownOrUp()
    {
        assertThat(MulDiv.floor(7, 3, 2)).isEqualTo(10); // 21 / 2 = 10.5
        assertThat(MulDiv.ceil(7, 3, 2)).isEqualTo(11);
        assertThat(MulDiv.floor(8, 3, 2)).isEqualTo(12); // exact
        assertThat(MulDiv.ceil(8, 3, 2)).isEqualTo(12);
        assertThat(MulDiv.floor(0, MAX, 7)).isZero();
        assertThat(MulDiv.ceil(5, 7, 11, 1_000)).isEqualTo(1); // 385 / 1000 = 0.385
    }

    @Test
    void shouldDivideWideProductsExactly()
    {
        // max x max / max = max, through a 126-bit product.
        assertThat(MulDiv.floor(MAX, MAX, MAX)).isEqualTo(MAX);
        assertThat(MulDiv.ceil(MAX, MAX, MAX)).isEqualTo(MAX);
        // max x 50 / 10,000 = 46,116,860,184,273,879.035 (the product 4.6e20 exceeds 2^63).
        assertThat(MulDiv.floor(MAX, 50, 10_000)).isEqualTo(46_116_860_184_273_879L);
        assertThat(MulDiv.ceil(MAX, 50, 10_000)).isEqualTo(46_116_860_184_273_880L);
        // (2^62 + 1) x 4 / 8 = 2^61 + 0.5
        assertThat(MulDiv.floor((1L << 62) + 1, 4, 8)).isEqualTo(1L << 61);
        assertThat(MulDiv.ceil((1L << 62) + 1, 4, 8)).isEqualTo((1L << 61) + 1);
        // Three factors: max x 7 x 10^8 / 10^12 = max x 7 / 10^4 = 6,456,360,425,798,343.0649 -> ceil ...344
        assertThat(MulDiv.ceil(MAX, 100_000_000, 7, 1_000_000_000_000L)).isEqualTo(6_456_360_425_798_344L);
        // max x max x 1 / max = max; max x 10,000 x 3 / 10,000 = 3 x max does not fit.
        assertThat(MulDiv.ceil(MAX, MAX, 1, MAX)).isEqualTo(MAX);
        assertThat(MulDiv.ceil(MAX, 10_000, 3, 10_000)).isEqualTo(MulDiv.OUT_OF_RANGE);
        // max x max x 10,000 / max = 10,000 x max (a 140-bit numerator) does not fit either.
        assertThat(MulDiv.ceil(MAX, MAX, 10_000, MAX)).isEqualTo(MulDiv.OUT_OF_RANGE);
        // 2^62 x 2^62 x 2 / 2^62 = 2^63, one past max; with x 1 instead, 2^62 fits.
        assertThat(MulDiv.ceil(1L << 62, 1L << 62, 2, 1L << 62)).isEqualTo(MulDiv.OUT_OF_RANGE);
        assertThat(MulDiv.ceil(1L << 62, 1L << 62, 1, 1L << 62)).isEqualTo(1L << 62);
    }

    @Test
    void shouldReportResultsThatDoNotFitOrBadInputAsOutOfRange()
    {
        assertThat(MulDiv.floor(MAX, 2, 1)).isEqualTo(MulDiv.OUT_OF_RANGE);
        assertThat(MulDiv.floor(MAX, MAX, 1)).isEqualTo(MulDiv.OUT_OF_RANGE);
        assertThat(MulDiv.floor(MAX, 1, 1)).isEqualTo(MAX);
        // max x 3 / 2 = 1.5 x max: does not fit, although the divisor is above 1.
        assertThat(MulDiv.floor(MAX, 3, 2)).isEqualTo(MulDiv.OUT_OF_RANGE);
        // 3 x 6,148,914,691,236,517,205 = 2^64 - 1 = 2 x max + 1; / 2 = max + 0.5: floor fits, ceil does not.
        assertThat(MulDiv.floor(3, 6_148_914_691_236_517_205L, 2)).isEqualTo(MAX);
        assertThat(MulDiv.ceil(3, 6_148_914_691_236_517_205L, 2)).isEqualTo(MulDiv.OUT_OF_RANGE);
        assertThat(MulDiv.ceil(3, 6_148_914_691_236_517_205L, 1, 2)).isEqualTo(MulDiv.OUT_OF_RANGE);
        assertThat(MulDiv.ceil(MAX, 3, 3)).isEqualTo(MAX);
        assertThat(MulDiv.floor(-1, 2, 3)).isEqualTo(MulDiv.OUT_OF_RANGE);
        assertThat(MulDiv.floor(1, -2, 3)).isEqualTo(MulDiv.OUT_OF_RANGE);
        assertThat(MulDiv.floor(1, 2, 0)).isEqualTo(MulDiv.OUT_OF_RANGE);
        assertThat(MulDiv.ceil(1, 2, 3, -1)).isEqualTo(MulDiv.OUT_OF_RANGE);
        assertThat(MulDiv.ceil(1, 2, -3, 1)).isEqualTo(MulDiv.OUT_OF_RANGE);
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
            assertThat(MulDiv.floor(a, b, d)).isEqualTo(expected(ab, d, RoundingMode.FLOOR));
            assertThat(MulDiv.ceil(a, b, d)).isEqualTo(expected(ab, d, RoundingMode.CEILING));
            assertThat(MulDiv.ceil(a, b, c, d))
                .isEqualTo(expected(ab.multiply(BigInteger.valueOf(c)), d, RoundingMode.CEILING));
        }
    }

    private static long randomMagnitude(final Random random)
    {
        final int bits = random.nextInt(64); // 0..63 significant bits
        return bits == 0 ? 0 : random.nextLong() >>> (64 - bits);
    }

    private static long expected(final BigInteger numerator, final long divisor, final RoundingMode mode)
    {
        final BigInteger q = new java.math.BigDecimal(numerator)
            .divide(new java.math.BigDecimal(divisor), 0, mode).toBigIntegerExact();
        return q.bitLength() < 64 ? q.longValueExact() : MulDiv.OUT_OF_RANGE;
    }
}
