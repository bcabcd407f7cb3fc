package io.pldot.feeds.importer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TradeFileFormatsTest
{
    @Test
    void shouldDetectEachFormatFromItsHeader()
    {
        assertThat(TradeFileFormats.detect("timestamp,price,amount", "a.csv").name()).isEqualTo("bitstamp");
        assertThat(TradeFileFormats.detect(TardisFormat.HEADER, "b.csv").name()).isEqualTo("tardis");
        assertThat(TradeFileFormats.detect("id,price,qty,quote_qty,time,is_buyer_maker", "c.csv").name())
            .isEqualTo("binance");
    }

    @Test
    void shouldDetectAHeaderlessBinanceDumpFromItsFirstRow()
    {
        assertThat(TradeFileFormats.detect("3359015858,42283.58,0.00053,22.4102974,1704067200223,true,true", "d.csv")
            .name()).isEqualTo("binance");
        assertThat(TradeFileFormats.detect("3359015858,42283.58,0.00053,22.4102974,1704067200223,true", "d.csv")
            .name()).isEqualTo("binance");
    }

    @Test
    void shouldNameTheFileAndTheKnownFormatsWhenDetectionFails()
    {
        assertThatThrownBy(() -> TradeFileFormats.detect("date,open,high,low,close", "bars.csv"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("bars.csv")
            .hasMessageContaining("\"date,open,high,low,close\"")
            .hasMessageContaining("bitstamp").hasMessageContaining("tardis").hasMessageContaining("binance");
    }

    @Test
    void shouldCreateFormatsByNameAndRefuseUnknownNames()
    {
        assertThat(TradeFileFormats.create("Binance")).isInstanceOf(BinanceFormat.class);
        assertThat(TradeFileFormats.names()).containsExactly("bitstamp", "tardis", "binance");
        assertThatThrownBy(() -> TradeFileFormats.create("kraken"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("kraken").hasMessageContaining("bitstamp");
    }
}
