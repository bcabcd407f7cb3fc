package io.pldot.feeds.binance;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BinanceFeedSettingsTest
{
    private final BinanceFeedSettings defaults = BinanceFeedSettings.defaults(BinanceStreamKind.TRADE, List.of("BTCUSDT"));

    @Test
    void shouldDefaultToTheProductionEndpoints()
    {
        assertThat(defaults.wsBaseUrl()).isEqualTo("wss://stream.binance.com:9443");
        assertThat(defaults.restBaseUrl()).isEqualTo("https://api.binance.com");
        assertThat(defaults.backfillPageLimit()).isEqualTo(1000);
        assertThat(BinanceStreamKind.AGG_TRADE.streamName("BTCUSDT")).isEqualTo("btcusdt@aggTrade");
    }

    @Test
    void shouldNameTheBadField()
    {
        assertThatThrownBy(() -> defaults.withEndpoints("http://x", "http://y"))
            .hasMessageContaining("wsBaseUrl");
        assertThatThrownBy(() -> new BinanceFeedSettings("ws://x", "http://y", BinanceStreamKind.TRADE, true,
            List.of("BTC-USD"), Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1),
            Duration.ofSeconds(1), 0, 1, 1024, 10, Duration.ofSeconds(1)))
            .hasMessageContaining("symbols");
        assertThatThrownBy(() -> new BinanceFeedSettings("ws://x", "http://y", BinanceStreamKind.TRADE, true,
            List.of(), Duration.ofSeconds(1), Duration.ZERO, Duration.ofSeconds(1),
            Duration.ofSeconds(1), 0, 1, 1024, 10, Duration.ofSeconds(1)))
            .hasMessageContaining("staleTimeout");
        assertThatThrownBy(() -> new BinanceFeedSettings("ws://x", "http://y", BinanceStreamKind.TRADE, true,
            List.of(), Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(1), 0, 1, 1024, 10, Duration.ofSeconds(1)))
            .hasMessageContaining("backoffMax");
        assertThatThrownBy(() -> new BinanceFeedSettings("ws://x", "http://y", BinanceStreamKind.TRADE, true,
            List.of(), Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1),
            Duration.ofSeconds(1), 0, 1, 1024, 1001, Duration.ofSeconds(1)))
            .hasMessageContaining("backfillPageLimit");
    }
}
