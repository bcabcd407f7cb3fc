package io.pldot.engine.analytics.drummond;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class EnvelopeTest
{
    private static final double EPS = 1e-12;

    private final PlDot pldot = new PlDot();

    private void feed(final Envelope envelope, final double high, final double low, final double close)
    {
        pldot.update(high, low, close);
        envelope.update(high, low, close, pldot);
    }

    @Test
    void shouldUseTheSampleStdOfTheLastThreePldotsFromTheFifthBar()
    {
        final Envelope envelope = new Envelope(EnvelopeMethod.PLDOT_RANGE, 1.5, 0.02, 3);
        // closes 10, 11, 12, 14, 16 with high = low = close
        feed(envelope, 10, 10, 10);
        feed(envelope, 11, 11, 11);
        feed(envelope, 12, 12, 12);
        assertThat(envelope.hasValue()).as("bar 3: one PLdot").isFalse();
        feed(envelope, 14, 14, 14);
        assertThat(envelope.hasValue()).as("bar 4: two PLdots").isFalse();
        assertThat(envelope.upper()).isNaN();
        assertThat(envelope.position()).isNaN();
        feed(envelope, 16, 16, 16);
        // PLdots 11, 37/3, 14; mean 112/9; deviations -13/9, -1/9, 14/9;
        // squares (169 + 1 + 196) / 81 = 366/81; / (n - 1 = 2) = 61/27; std = sqrt(61/27) = 1.503083...
        final double offset = 1.5 * Math.sqrt(61.0 / 27.0);
        assertThat(envelope.hasValue()).isTrue();
        assertThat(envelope.center()).isCloseTo(14.0, within(EPS));
        assertThat(envelope.upper()).isCloseTo(14.0 + offset, within(EPS));
        assertThat(envelope.lower()).isCloseTo(14.0 - offset, within(EPS));
        assertThat(envelope.width()).isCloseTo(2 * offset, within(EPS));
        // (16 - lower) / width = (2 + offset) / (2 * offset) = 0.9435...
        assertThat(envelope.position()).isCloseTo((2 + offset) / (2 * offset), within(EPS));
    }

    @Test
    void shouldUseHalfTheThreeBarRangeFromTheThirdBar()
    {
        final Envelope envelope = new Envelope(EnvelopeMethod.HLC_RANGE, 1.5, 0.02, 3);
        feed(envelope, 12, 8, 10);
        feed(envelope, 13, 9, 11);
        assertThat(envelope.hasValue()).isFalse();
        feed(envelope, 15, 9, 12);
        // PLdot (10 + 11 + 12) / 3 = 11; range 15 - 8 = 7; offset 7 / 2 * 1.5 = 5.25
        assertThat(envelope.upper()).isCloseTo(16.25, within(EPS));
        assertThat(envelope.lower()).isCloseTo(5.75, within(EPS));
        assertThat(envelope.width()).isCloseTo(10.5, within(EPS));
        // (12 - 5.75) / 10.5 = 0.595238...
        assertThat(envelope.position()).isCloseTo(6.25 / 10.5, within(EPS));
    }

    @Test
    void shouldUseAWilderAtrSeededByTheAverageOfTheFirstTrueRanges()
    {
        final Envelope envelope = new Envelope(EnvelopeMethod.ATR, 1.5, 0.02, 3);
        feed(envelope, 12, 8, 10);
        // TR2 = max(13 - 9, |13 - 10|, |9 - 10|) = 4
        feed(envelope, 13, 9, 11);
        // TR3 = max(15 - 9, |15 - 11|, |9 - 11|) = 6
        feed(envelope, 15, 9, 12);
        assertThat(envelope.atr()).isNaN();
        assertThat(envelope.hasValue()).as("PLdot exists but the ATR needs 3 true ranges").isFalse();
        // TR4 = max(14 - 10, |14 - 12|, |10 - 12|) = 4; ATR = (4 + 6 + 4) / 3 = 14/3
        feed(envelope, 14, 10, 15);
        assertThat(envelope.atr()).isCloseTo(14.0 / 3, within(EPS));
        // PLdot (11 + 12 + 13) / 3 = 12; offset 1.5 * 14/3 = 7
        assertThat(envelope.upper()).isCloseTo(19.0, within(EPS));
        assertThat(envelope.lower()).isCloseTo(5.0, within(EPS));
        assertThat(envelope.position()).isCloseTo(10.0 / 14.0, within(EPS));
        // A gap up: TR5 = max(30 - 28, |30 - 15|, |28 - 15|) = 15; ATR = (14/3 * 2 + 15) / 3 = 73/9
        feed(envelope, 30, 28, 29);
        assertThat(envelope.atr()).isCloseTo(73.0 / 9, within(EPS));
        // PLdot (12 + 13 + 29) / 3 = 18; offset 1.5 * 73/9 = 73/6; position (29 - 18 + 73/6) / (73/3) = 139/146
        assertThat(envelope.center()).isCloseTo(18.0, within(EPS));
        assertThat(envelope.width()).isCloseTo(73.0 / 3, within(EPS));
        assertThat(envelope.position()).isCloseTo(139.0 / 146, within(EPS));
    }

    @Test
    void shouldUseAPercentageOfThePldot()
    {
        final Envelope envelope = new Envelope(EnvelopeMethod.PERCENTAGE, 1.5, 0.02, 3);
        feed(envelope, 100, 100, 100);
        feed(envelope, 100, 100, 100);
        feed(envelope, 103, 103, 103);
        // PLdot 101; offset 2 % = 2.02; position (103 - 98.98) / 4.04 = 4.02 / 4.04
        assertThat(envelope.upper()).isCloseTo(103.02, within(1e-9));
        assertThat(envelope.lower()).isCloseTo(98.98, within(1e-9));
        assertThat(envelope.position()).isCloseTo(4.02 / 4.04, within(1e-9));
    }

    @Test
    void shouldKeepThePercentageWidthPositiveForANegativePldot()
    {
        final Envelope envelope = new Envelope(EnvelopeMethod.PERCENTAGE, 1.5, 0.02, 3);
        feed(envelope, -100, -100, -100);
        feed(envelope, -100, -100, -100);
        feed(envelope, -100, -100, -100);
        // |-100| * 2 % = 2 each side
        assertThat(envelope.width()).isCloseTo(4.0, within(EPS));
        assertThat(envelope.upper()).isCloseTo(-98.0, within(EPS));
        assertThat(envelope.position()).isCloseTo(0.5, within(EPS));
    }

    @Test
    void shouldGiveAZeroWidthAndAMiddlePositionForFlatPrices()
    {
        final Envelope envelope = new Envelope(EnvelopeMethod.PLDOT_RANGE, 1.5, 0.02, 3);
        for (int n = 0; n < 6; n++)
        {
            feed(envelope, 0.1, 0.1, 0.1);
        }
        assertThat(envelope.width()).isEqualTo(0.0);
        assertThat(envelope.upper()).isEqualTo(0.1);
        assertThat(envelope.lower()).isEqualTo(0.1);
        assertThat(envelope.position()).isEqualTo(0.5);
    }

    @Test
    void shouldPlaceACloseOffAZeroWidthEnvelopeAtAnEnd()
    {
        // PLdot of closes -1, 0, 1 is 0, so the percentage envelope has zero width; the close 1 is above it.
        final Envelope envelope = new Envelope(EnvelopeMethod.PERCENTAGE, 1.5, 0.02, 3);
        feed(envelope, -1, -1, -1);
        feed(envelope, 0, 0, 0);
        feed(envelope, 1, 1, 1);
        assertThat(envelope.width()).isEqualTo(0.0);
        assertThat(envelope.position()).isEqualTo(1.0);

        assertThat(Envelope.position(5, 5, 5, 0)).isEqualTo(0.5);
        assertThat(Envelope.position(6, 5, 5, 0)).isEqualTo(1.0);
        assertThat(Envelope.position(4, 5, 5, 0)).isEqualTo(0.0);
    }

    @Test
    void shouldClampThePositionOutsideTheEnvelope()
    {
        assertThat(Envelope.position(12, 8, 10, 2)).isEqualTo(1.0);
        assertThat(Envelope.position(10, 8, 10, 2)).isEqualTo(1.0);
        assertThat(Envelope.position(8, 8, 10, 2)).isEqualTo(0.0);
        assertThat(Envelope.position(7, 8, 10, 2)).isEqualTo(0.0);
        assertThat(Envelope.position(8.5, 8, 10, 2)).isEqualTo(0.25);
    }

    @Test
    void shouldRefuseInvalidSettings()
    {
        assertThatThrownBy(() -> new Envelope(EnvelopeMethod.ATR, 0, 0.02, 3))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Envelope(EnvelopeMethod.ATR, 1.5, 0.02, 0))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Envelope(null, 1.5, 0.02, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
