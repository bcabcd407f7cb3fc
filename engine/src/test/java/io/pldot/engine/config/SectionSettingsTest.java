package io.pldot.engine.config;

import io.pldot.journal.instrument.Instrument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The small section records of {@code engine.yaml} built directly: journal, instruments, candles, import
 * and display (defaults, conversions and their messages).
 */
class SectionSettingsTest
{
    @Test
    void shouldDefaultTheJournalDirectory()
    {
        assertThat(new JournalSettings(null).directory()).isEqualTo("journal-data");
        assertThat(new JournalSettings("  ").directory()).isEqualTo("journal-data");
        assertThat(new JournalSettings("data/j").directory()).isEqualTo("data/j");
    }

    @Test
    void shouldTurnAnInstrumentIntoItsRegistryEntry()
    {
        final Instrument instrument = new InstrumentSettings("BTCUSDT", 1, "BINANCE", 2, 8).toInstrument();

        assertThat(instrument).isEqualTo(new Instrument("BTCUSDT", 1, "BINANCE", 2, 8));
    }

    @Test
    void shouldRequireAnInstrumentsIdAndScales()
    {
        assertThatThrownBy(() -> new InstrumentSettings("BTCUSDT", 1, "BINANCE", null, 8))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("instrument BTCUSDT needs id, priceScale and quantityScale");
    }

    @Test
    void shouldDefaultTheCandlesAndConvertThem()
    {
        final CandleSettings candles = new CandleSettings(null, null);

        // 1m, 5m, 15m, 1h = 60, 300, 900, 3600 s; grace 1s = 10^9 ns
        assertThat(candles.timeframeSeconds()).containsExactly(60, 300, 900, 3600);
        assertThat(candles.timerGraceNanos()).isEqualTo(1_000_000_000L);
        assertThat(new CandleSettings(List.of("30s", "2m"), "250ms").timeframeSeconds()).containsExactly(30, 120);
    }

    @Test
    void shouldRefuseACandleChainThatDoesNotRollUp()
    {
        // 5m = 300 s is not a multiple of 2m = 120 s
        assertThatThrownBy(() -> new CandleSettings(List.of("2m", "5m"), null))
            .hasMessage("timeframes: '5m' must be a larger multiple of '2m' (timeframes ascend and roll up exactly, "
                + "e.g. [1m, 5m, 15m, 1h])");
        assertThatThrownBy(() -> new CandleSettings(List.of("1500ms"), null))
            .hasMessage("timeframes: '1500ms' must be whole seconds, from 1s to 68 years");
        assertThatThrownBy(() -> new CandleSettings(List.of(), null))
            .hasMessageStartingWith("timeframes: the list is empty;");
    }

    @Test
    void shouldDefaultTheImporterAndConvertItsDurations()
    {
        final ImportSettings imports = new ImportSettings(null, null, null);

        // 1s = 10^9 ns; 1h = 3600 x 10^9 ns
        assertThat(imports.backwardsToleranceNanos()).isEqualTo(1_000_000_000L);
        assertThat(imports.maxForwardJumpNanos()).isEqualTo(3_600_000_000_000L);
        assertThat(imports.bitstampSymbol()).isEqualTo("BTCUSD");
    }

    @Test
    void shouldRefuseAZeroForwardJump()
    {
        assertThatThrownBy(() -> new ImportSettings(null, "0s", null))
            .hasMessage("maxForwardJump must be more than 0, was 0s");
    }

    @Test
    void shouldDefaultTheTimeZoneAndRefuseAnUnknownOne()
    {
        assertThat(new DisplaySettings(null).timeZone()).isEqualTo("UTC");
        assertThat(new DisplaySettings("Europe/Berlin").timeZone()).isEqualTo("Europe/Berlin");
        assertThatThrownBy(() -> new DisplaySettings("Mars/Olympus"))
            .hasMessage("timeZone: 'Mars/Olympus' is not a time zone; use e.g. UTC, Europe/Berlin, "
                + "America/New_York or +02:00");
    }
}
