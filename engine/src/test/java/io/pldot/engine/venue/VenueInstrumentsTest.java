package io.pldot.engine.venue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VenueInstrumentsTest
{
    private final VenueInstruments instruments = new VenueInstruments();

    @Test
    void shouldKnowOnlyDefinedInstruments()
    {
        instruments.define(7, 8);

        assertThat(instruments.isDefined(7)).isTrue();
        assertThat(instruments.isDefined(8)).isFalse();
        assertThat(instruments.isDefined(0)).isFalse();
        assertThat(instruments.isDefined(-1)).isFalse();
        assertThat(instruments.isDefined(65_536)).isFalse();
    }

    @Test
    void shouldKeepEachInstrumentsQuantityScale()
    {
        instruments.define(1, 0);
        instruments.define(65_535, 12);
        instruments.define(2, 8);
        instruments.define(2, 3); // redefined: the last scale counts

        assertThat(instruments.quantityScale(1)).isZero();
        assertThat(instruments.quantityScale(65_535)).isEqualTo(12);
        assertThat(instruments.quantityScale(2)).isEqualTo(3);
    }

    @Test
    void shouldRefuseAnInstrumentIdOutOfRange()
    {
        assertThatThrownBy(() -> instruments.define(0, 8))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("instrumentId must be 1..65535, was 0");
        assertThatThrownBy(() -> instruments.define(65_536, 8))
            .hasMessage("instrumentId must be 1..65535, was 65536");
    }

    @Test
    void shouldRefuseAQuantityScaleOutOfRange()
    {
        assertThatThrownBy(() -> instruments.define(1, 13))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("quantityScale must be 0..12, was 13");
        assertThatThrownBy(() -> instruments.define(1, -1))
            .hasMessage("quantityScale must be 0..12, was -1");
        assertThat(instruments.isDefined(1)).isFalse();
    }
}
