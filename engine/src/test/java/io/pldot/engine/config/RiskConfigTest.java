package io.pldot.engine.config;

import io.pldot.engine.risk.EntryOrder;
import io.pldot.engine.risk.ProtectiveStop;
import io.pldot.engine.risk.RiskSettings;
import io.pldot.engine.risk.stop.AssetClass;
import io.pldot.engine.risk.stop.TrailingStopSettings;
import io.pldot.engine.venue.FillModel;
import io.pldot.engine.venue.VenueSettings;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code risk:} and {@code venue:} sections: defaults, values, and errors that name the key and the
 * section's line (values are checked once the whole config is bound, as for analytics).
 */
class RiskConfigTest
{
    private static final String MINIMAL = """
        instruments:
          - { symbol: BTCUSDT, id: 1, venue: BINANCE, priceScale: 2, quantityScale: 8 }
          - { symbol: DOGEUSDT, id: 2, venue: BINANCE, priceScale: 5, quantityScale: 0 }
        """;

    private final ConfigLoader loader = new ConfigLoader(Map.of());

    @Test
    void shouldTakeTheSpecDefaultsWhenTheSectionsAreAbsentAndShipThemInTheConfig()
    {
        final EngineConfig config = loader.parse(MINIMAL, "min.yaml");
        assertThat(config.riskSettings()).isEqualTo(RiskSettings.defaults());
        assertThat(config.venueSettings()).isEqualTo(VenueSettings.defaults());
        assertThat(config.trailingStopSettings()).isEqualTo(TrailingStopSettings.defaults());
        final EngineConfig shipped = loader.load(Path.of("../config/engine.yaml"));
        assertThat(shipped.riskSettings()).isEqualTo(RiskSettings.defaults());
        assertThat(shipped.venueSettings()).isEqualTo(VenueSettings.defaults());
        assertThat(shipped.trailingStopSettings()).isEqualTo(TrailingStopSettings.defaults());
    }

    @Test
    void shouldReadEveryKey()
    {
        final EngineConfig config = loader.parse(MINIMAL + """
            risk:
              initialCash: 2500.50
              riskPerTradePct: 0.5
              maxPositions: 3
              maxPortfolioRiskPct: 2.5
              maxExposurePct: 200
              confidenceScaling: true
              allowShort: false
              allowReversal: false
              maxHoldTime: 4h
              drawdown: { alertPct: 1, warningPct: 1.5, criticalPct: 2, circuitBreakerPct: 3, warningStopPct: 0.2,
                          criticalCloseCount: 1 }
              dumpDetection: { enabled: false, volumeReversalCandles: 4, volumeReversalRatio: 2,
                               flowFlipRatio: 3, momentumEmaPeriod: 10 }
              correlation: { leaderSymbol: BTCUSDT, leaderDumpPct: 2, windowCandles: 10 }
              trailingStop: { regularPct: 0.75, volatilePct: 17.5, volatileSymbols: [DOGEUSDT] }
            venue:
              latency: 50ms
              slippageBps: 3
              makerFeeBps: 1
              takerFeeBps: 4
              realistic: false
              fillModel: signal-close
            """, "all.yaml");
        assertThat(config.riskSettings()).isEqualTo(new RiskSettings(new BigDecimal("2500.50"), 50, 3, 250, 20_000, true,
            false, false, 100, 150, 200, 300, 20, 1, 4 * 3_600_000_000_000L, false, 4, 2.0, 3.0, 10, "BTCUSDT", 200, 10,
            Set.of("DOGEUSDT")));
        assertThat(config.trailingStopSettings().distanceBps(AssetClass.REGULAR)).isEqualTo(75);
        assertThat(config.trailingStopSettings().distanceBps(AssetClass.VOLATILE)).isEqualTo(1_750);
        assertThat(config.venueSettings()).isEqualTo(new VenueSettings(50_000_000L, 3, 1, 4, false, FillModel.SIGNAL_CLOSE));
    }

    @Test
    void shouldReadTheFixedQuantityAndTrailingStopSwitchAndKeepTheDefaultsWithoutThem()
    {
        final EngineConfig config = loader.parse(MINIMAL + """
            risk:
              fixedQuantity: 2
              trailingStop: { enabled: false }
            """, "fixed.yaml");
        assertThat(config.riskSettings().fixedQuantity()).isEqualByComparingTo("2");
        assertThat(config.riskSettings().fixedQuantityUnits(8)).isEqualTo(200_000_000L);
        assertThat(config.riskSettings().fixedQuantityUnits(0)).isEqualTo(2L);
        assertThat(config.riskSettings().trailingStops()).isFalse();
        // Only those two differ from the defaults; the trailing distances keep theirs.
        assertThat(config.riskSettings()).isEqualTo(new RiskSettings(RiskSettings.defaults().initialCash(), 100, 5, 500,
            10_000, false, true, true, 200, 300, 400, 500, 30, 2, 0, true, 3, 1.5, 2.5, 20, null, 150, 5, Set.of(),
            new BigDecimal("2"), false));
        assertThat(config.trailingStopSettings()).isEqualTo(TrailingStopSettings.defaults());
        assertThat(RiskSettings.defaults().fixedQuantity()).isNull();
        assertThat(RiskSettings.defaults().trailingStops()).isTrue();
        assertThat(RiskSettings.defaults().fixedQuantityUnits(8)).isZero();
    }

    @Test
    void shouldReadTheOrderTypeKeysAndRefuseBadValuesNamingTheKey()
    {
        assertThat(RiskSettings.defaults().entryOrder()).isEqualTo(EntryOrder.MARKET);
        assertThat(RiskSettings.defaults().entryTimeoutNanos()).isEqualTo(300_000_000_000L);
        assertThat(RiskSettings.defaults().protectiveStop()).isEqualTo(ProtectiveStop.NONE);
        final RiskSettings settings = loader.parse(MINIMAL + """
            risk:
              entryOrder: limit
              entryTimeout: 90s
              protectiveStop: venue
            """, "orders.yaml").riskSettings();
        assertThat(settings.entryOrder()).isEqualTo(EntryOrder.LIMIT);
        assertThat(settings.entryTimeoutNanos()).isEqualTo(90_000_000_000L);
        assertThat(settings.protectiveStop()).isEqualTo(ProtectiveStop.VENUE);
        assertThat(loader.parse(MINIMAL + """
            risk:
              entryTimeout: 0
            """, "gtc.yaml").riskSettings().entryTimeoutNanos()).as("0 = good till cancelled").isZero();
        assertThatThrownBy(() -> loader.parse(MINIMAL + """
            risk:
              entryOrder: stop
            """, "bad.yaml"))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("risk.entryOrder 'stop' is not one of: market, limit");
        assertThatThrownBy(() -> loader.parse(MINIMAL + """
            risk:
              protectiveStop: stage
            """, "bad.yaml"))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("risk.protectiveStop 'stage' is not one of: none, venue");
        assertThatThrownBy(() -> loader.parse(MINIMAL + """
            risk:
              entryTimeout: soon
            """, "bad.yaml"))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("risk.entryTimeout: 'soon' is not a duration");
    }

    @Test
    void shouldRefuseAFixedQuantityThatIsNotPositiveOrFinerThanAnInstrumentsQuantityScale()
    {
        assertThatThrownBy(() -> loader.parse(MINIMAL + """
            risk:
              fixedQuantity: 0
            """, "bad.yaml"))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("line 5")
            .hasMessageContaining("risk.fixedQuantity must be > 0, was 0");
        // DOGEUSDT trades whole units (quantityScale 0): half a unit cannot be ordered.
        assertThatThrownBy(() -> loader.parse(MINIMAL + """
            risk:
              fixedQuantity: 0.5
            """, "bad.yaml"))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("line 5")
            .hasMessageContaining("risk.fixedQuantity 0.5 is not a whole number of units at quantity scale 0")
            .hasMessageContaining("DOGEUSDT");
    }

    @Test
    void shouldNameABadValueWithItsKeyAndLine()
    {
        assertThatThrownBy(() -> loader.parse(MINIMAL + """
            risk:
              riskPerTradePct: 1
              maxPositions: 40
            """, "bad.yaml"))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("bad.yaml line 6")
            .hasMessageContaining("risk.maxPositions must be 1..32, was 40");
        assertThatThrownBy(() -> loader.parse(MINIMAL + """
            risk:
              drawdown:
                alertPct: 2
                warningPct: 1
            """, "bad.yaml"))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("line 7")
            .hasMessageContaining("risk.drawdown.warningPct must be 2..99.99%, was 1%");
    }

    @Test
    void shouldNameUnknownKeysAndBadVenueValues()
    {
        assertThatThrownBy(() -> loader.parse(MINIMAL + """
            risk:
              dumpDetection:
                volumeRatio: 2
            """, "bad.yaml"))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("line 6")
            .hasMessageContaining("risk.dumpDetection.volumeRatio")
            .hasMessageContaining("volumeReversalRatio");
        assertThatThrownBy(() -> loader.parse(MINIMAL + """
            venue:
              slippageBps: 2
              fillModel: bar-open
            """, "bad.yaml"))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("line 6")
            .hasMessageContaining("venue.fillModel 'bar-open' is not one of: next-tick, signal-close");
        assertThatThrownBy(() -> loader.parse(MINIMAL + """
            venue:
              latency: soon
            """, "bad.yaml"))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("line 5")
            .hasMessageContaining("venue.latency: 'soon' is not a duration");
    }

    @Test
    void shouldRejectALeaderOrVolatileSymbolThatIsNotAnInstrument()
    {
        assertThatThrownBy(() -> loader.parse(MINIMAL + """
            risk:
              correlation: { leaderSymbol: ETHUSDT }
            """, "bad.yaml"))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("risk.correlation.leaderSymbol 'ETHUSDT' is not one of the instruments");
        assertThatThrownBy(() -> loader.parse(MINIMAL + """
            risk:
              trailingStop: { volatileSymbols: [PEPEUSDT] }
            """, "bad.yaml"))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("'PEPEUSDT' is not one of the instruments");
    }
}
