package io.pldot.journal.format;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayNumberTest
{
    @Test
    void shouldHideTheBinaryNoiseOfComputedValues()
    {
        // Each of these is a value the engine printed before (tail, analyze, report), as computed.
        assertThat(DisplayNumber.toText(3 * 0.2)).isEqualTo("0.6");
        assertThat(3 * 0.2).hasToString("0.6000000000000001");
        assertThat(DisplayNumber.toText(0.7000000000000001)).isEqualTo("0.7");
        assertThat(DisplayNumber.toText(0.7999999999999999)).isEqualTo("0.8");
        assertThat(DisplayNumber.toText(796.1199999999999)).isEqualTo("796.12");
        assertThat(DisplayNumber.toText(808.6400000000001)).isEqualTo("808.64");
        assertThat(DisplayNumber.toText(2.1299999999999955)).isEqualTo("2.13");
        assertThat(DisplayNumber.toText(0.35000000000002274)).isEqualTo("0.35");
        assertThat(DisplayNumber.toText(0.36467921000000003)).isEqualTo("0.36467921");
        assertThat(DisplayNumber.toText(0.09999999999999964)).isEqualTo("0.1");
        assertThat(DisplayNumber.toText(2.9999999999999996)).isEqualTo("3");
    }

    @Test
    void shouldKeepTwelveSignificantDigitsOfValuesThatHaveMore()
    {
        assertThat(DisplayNumber.toText(804.9366666666667)).isEqualTo("804.936666667");
        assertThat(DisplayNumber.toText(-0.013333333333321207)).isEqualTo("-0.0133333333333");
        assertThat(DisplayNumber.toText(1.0 / 3)).isEqualTo("0.333333333333");
    }

    @Test
    void shouldPrintIntegersSmallValuesAndSignsPlainly()
    {
        assertThat(DisplayNumber.toText(0)).isEqualTo("0");
        assertThat(DisplayNumber.toText(-0.0)).isEqualTo("0");
        assertThat(DisplayNumber.toText(9650)).isEqualTo("9650");
        assertThat(DisplayNumber.toText(-2.5)).isEqualTo("-2.5");
        assertThat(DisplayNumber.toText(0.00012345)).isEqualTo("0.00012345");
        assertThat(DisplayNumber.toText(0.00000001)).isEqualTo("0.00000001");
        assertThat(DisplayNumber.toText(9999.12345678)).isEqualTo("9999.12345678");
        assertThat(DisplayNumber.toText(-1.5e-9)).isEqualTo("-1.5E-9");
        assertThat(DisplayNumber.toText(Double.NaN)).isEqualTo("NaN");
    }

    /**
     * Any decimal of at most 12 significant digits, once a double, reads back as itself; and
     * whatever the double, the text is within half a unit of the 12th digit of it.
     */
    @Test
    void shouldPrintEveryShortDecimalAsItselfAndStayWithinTheTwelfthDigit()
    {
        final SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < 200_000; i++)
        {
            final long unscaled = random.nextLong(-999_999_999_999L, 1_000_000_000_000L);
            final BigDecimal decimal = BigDecimal.valueOf(unscaled, random.nextInt(0, 16));
            final double value = decimal.doubleValue();
            assertThat(new BigDecimal(DisplayNumber.toText(value))).as("%s", decimal).isEqualByComparingTo(decimal);

            final double any = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(any) && any != 0)
            {
                final double printed = Double.parseDouble(DisplayNumber.toText(any));
                assertThat(Math.abs(printed - any)).as("%s", any).isLessThanOrEqualTo(Math.abs(any) * 5e-12);
            }
        }
    }
}
