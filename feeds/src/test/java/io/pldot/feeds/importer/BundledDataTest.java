package io.pldot.feeds.importer;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BundledDataTest
{
    @Test
    void shouldOpenTheBitstampTradesFromTheClasspath() throws IOException
    {
        final TradeSource source = BundledData.bitstampTrades();
        assertThat(source.displayName()).isEqualTo(BundledData.BITSTAMP_TRADES);
        try (BufferedReader reader = new BufferedReader(source.open()))
        {
            assertThat(reader.readLine()).isEqualTo("timestamp,price,amount");
            assertThat(reader.readLine()).isEqualTo("1385337600,800.010000000000,0.100000000000");
        }
    }

    @Test
    void shouldFailClearlyWhenTheResourceIsAbsent()
    {
        assertThat(BundledData.isPresent("no_such_trades.csv")).isFalse();
        assertThatThrownBy(() -> BundledData.resource("no_such_trades.csv"))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("no_such_trades.csv")
            .hasMessageContaining("org.ta4j:ta4j-examples:0.18");
    }
}
