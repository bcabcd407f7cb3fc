package io.pldot.engine.app;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventTimeWindowTest
{
    /** 2013-09-01T00:00:00Z in epoch seconds (date -u -d 2013-09-01 +%s). */
    private static final long SEP_1_2013 = 1_377_993_600L;

    @Test
    void shouldParseInstantsLocalTimesAndDatesInTheZone()
    {
        final EventTimeWindow utc = EventTimeWindow.parse("2013-09-01", "2013-09-01T12:30:00Z", ZoneOffset.UTC);
        assertThat(utc.fromNanos()).isEqualTo(SEP_1_2013 * 1_000_000_000L);
        assertThat(utc.toNanos()).isEqualTo((SEP_1_2013 + 12 * 3600 + 30 * 60) * 1_000_000_000L);

        // Local times are read in the zone: 02:00 in Paris (CEST, UTC+2) is midnight UTC.
        final EventTimeWindow paris = EventTimeWindow.parse("2013-09-01T02:00", null, ZoneId.of("Europe/Paris"));
        assertThat(paris.fromNanos()).isEqualTo(SEP_1_2013 * 1_000_000_000L);
        assertThat(paris.toNanos()).isEqualTo(Long.MAX_VALUE);
        assertThat(EventTimeWindow.parse("2013-09-01T00:00:00+02:00", "", ZoneOffset.UTC).fromNanos())
            .isEqualTo((SEP_1_2013 - 7200) * 1_000_000_000L);
        assertThat(EventTimeWindow.parse(null, " ", ZoneOffset.UTC).unbounded()).isTrue();
    }

    @Test
    void shouldIncludeFromAndExcludeTo()
    {
        final EventTimeWindow window = new EventTimeWindow(10, 20);
        assertThat(window.contains(9)).isFalse();
        assertThat(window.contains(10)).isTrue();
        assertThat(window.contains(19)).isTrue();
        assertThat(window.contains(20)).isFalse();
        assertThat(EventTimeWindow.ALL.contains(Long.MIN_VALUE)).isTrue();
        assertThat(EventTimeWindow.ALL.unbounded()).isTrue();
        assertThat(window.unbounded()).isFalse();
    }

    @Test
    void shouldRejectEmptyWindowsAndBadTextNamingTheOption()
    {
        assertThatThrownBy(() -> EventTimeWindow.parse("2013-09-02", "2013-09-01", ZoneOffset.UTC))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty time window")
            .hasMessageContaining("2013-09-02T00:00:00Z");
        assertThatThrownBy(() -> EventTimeWindow.parse("yesterday", null, ZoneOffset.UTC))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--from 'yesterday'");
        assertThatThrownBy(() -> EventTimeWindow.parse(null, "2013-13-01", ZoneOffset.UTC))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--to '2013-13-01'");
    }
}
