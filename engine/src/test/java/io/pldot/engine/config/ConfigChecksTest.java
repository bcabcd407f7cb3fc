package io.pldot.engine.config;

import io.pldot.engine.risk.RiskSettings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigChecksTest
{
    private static final InstrumentSettings BTC = new InstrumentSettings("BTCUSDT", 1, "BINANCE", 2, 8);
    private static final InstrumentSettings DOGE = new InstrumentSettings("DOGEUSDT", 2, "BINANCE", 5, 0);
    private static final CandleSettings CANDLES = new CandleSettings(List.of("1m", "5m", "15m", "1h"), null);

    private static StrategyConfig strategy(final String name, final String trading)
    {
        return new StrategyConfig(null, name, new StrategyConfig.Timeframes(trading, null, null), null, null);
    }

    private static final String BTC_YAML =
        "  - { symbol: BTCUSDT, id: 1, venue: BINANCE, priceScale: 2, quantityScale: 8 }\n";
    private static final String DOGE_YAML =
        "  - { symbol: DOGEUSDT, id: 2, venue: BINANCE, priceScale: 5, quantityScale: 0 }\n";

    /** Risk settings as the loader builds them, from a config with these instruments. */
    private static RiskSettings risk(final String instruments, final String yaml)
    {
        return new ConfigLoader(Map.of()).parse("instruments:\n" + instruments + yaml, "t.yaml").riskSettings();
    }

    enum Colour
    {
        DARK_RED, BLUE
    }

    @Test
    void shouldParseAnEnumNameInAnyCaseWithDashes()
    {
        assertThat(ConfigChecks.parseEnum(Colour.class, " dark-red ")).isEqualTo(Colour.DARK_RED);
        assertThat(ConfigChecks.parseEnum(Colour.class, "Blue")).isEqualTo(Colour.BLUE);
    }

    @Test
    void shouldListTheKnownNamesWhenAnEnumNameIsUnknown()
    {
        assertThatThrownBy(() -> ConfigChecks.parseEnum(Colour.class, "green"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("'green' is not one of: dark-red, blue");
        assertThatThrownBy(() -> ConfigChecks.parseEnum(Colour.class, null))
            .hasMessage("'null' is not one of: dark-red, blue");
    }

    @Test
    void shouldReadADurationAndNameTheKeyWhenItIsBad()
    {
        // 250ms is 250 x 10^6 ns
        assertThat(ConfigChecks.duration("timerGrace", "250ms")).isEqualTo(250_000_000L);
        assertThatThrownBy(() -> ConfigChecks.duration("timerGrace", null))
            .hasMessage("timerGrace: a duration is required (e.g. 500ms, 1s, 1m, 1h)");
    }

    @Test
    void shouldRequireAtLeastOneInstrumentAndCopyTheList()
    {
        assertThatThrownBy(() -> ConfigChecks.instruments(null))
            .hasMessage("at least one instrument is required under 'instruments'");
        assertThatThrownBy(() -> ConfigChecks.instruments(List.of()))
            .hasMessage("at least one instrument is required under 'instruments'");
        final java.util.ArrayList<InstrumentSettings> given = new java.util.ArrayList<>(List.of(BTC));
        final List<InstrumentSettings> copy = ConfigChecks.instruments(given);
        given.add(DOGE);
        assertThat(copy).containsExactly(BTC);
    }

    @Test
    void shouldHoldAWrittenStrategysTimeframeToTheCandles()
    {
        // 2m lies between the default lower 1m and higher 1h, so only the candle rule refuses it
        assertThatThrownBy(() -> ConfigChecks.crossSections(
            strategy("ema-cross", "2m"), CANDLES, List.of(BTC), RiskSettings.defaults()))
            .hasMessage("strategy.timeframes.trading 2m is not one of candles.timeframes");
    }

    @Test
    void shouldHoldAMultiTimeframeStrategysHigherAndLowerTimeframesToTheCandles()
    {
        // drummond-mtf reads 5m, 1h and 1m by default; candles [1m, 5m] lack 1h
        final CandleSettings short2 = new CandleSettings(List.of("1m", "5m"), null);
        assertThatThrownBy(() -> ConfigChecks.crossSections(
            strategy("drummond-mtf", null), short2, List.of(BTC), RiskSettings.defaults()))
            .hasMessage("strategy.timeframes.higher 1h is not one of candles.timeframes");
        // ema-cross reads only its trading timeframe, 5m: accepted
        ConfigChecks.crossSections(strategy("ema-cross", null), short2, List.of(BTC), RiskSettings.defaults());
    }

    @Test
    void shouldNotHoldAnAbsentStrategyToTheCandles()
    {
        // the defaults (drummond-mtf at 5m/1h/1m) would not fit [15m]; an absent section is not checked
        ConfigChecks.crossSections(null, new CandleSettings(List.of("15m"), null), List.of(BTC), RiskSettings.defaults());
    }

    @Test
    void shouldRequireTheLeaderSymbolAmongTheInstruments()
    {
        final RiskSettings leader = risk(BTC_YAML + DOGE_YAML, "risk:\n  correlation: { leaderSymbol: BTCUSDT }\n");

        ConfigChecks.crossSections(null, CANDLES, List.of(BTC), leader);
        assertThatThrownBy(() -> ConfigChecks.crossSections(null, CANDLES, List.of(DOGE), leader))
            .hasMessage("risk.correlation.leaderSymbol 'BTCUSDT' is not one of the instruments [DOGEUSDT]");
    }

    @Test
    void shouldRequireTheVolatileSymbolsAmongTheInstruments()
    {
        final RiskSettings stops = risk(BTC_YAML + DOGE_YAML, "risk:\n  trailingStop: { volatileSymbols: [DOGEUSDT] }\n");

        assertThatThrownBy(() -> ConfigChecks.crossSections(null, CANDLES, List.of(BTC), stops))
            .hasMessage("risk.trailingStop.volatileSymbols: 'DOGEUSDT' is not one of the instruments [BTCUSDT]");
    }

    @Test
    void shouldNameTheInstrumentWhoseScaleTheFixedQuantityDoesNotFit()
    {
        // 0.5 is a whole number of units at scale 8 (50_000_000) but not at scale 0
        final RiskSettings half = risk(BTC_YAML, "risk:\n  fixedQuantity: 0.5\n");

        ConfigChecks.crossSections(null, CANDLES, List.of(BTC), half);
        assertThatThrownBy(() -> ConfigChecks.crossSections(null, CANDLES, List.of(BTC, DOGE), half))
            .hasMessage("risk.fixedQuantity 0.5 is not a whole number of units at quantity scale 0 or is too large" +
                " (DOGEUSDT)");
    }
}
