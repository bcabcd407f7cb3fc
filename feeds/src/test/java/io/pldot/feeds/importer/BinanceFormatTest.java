package io.pldot.feeds.importer;

import io.pldot.journal.schema.Side;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BinanceFormatTest
{
    private static final String FILE = "/data/BTCUSDT-trades-2024-01-01.csv";

    private final BinanceFormat format = new BinanceFormat();
    private final ParsedTrade out = new ParsedTrade();

    @BeforeEach
    void bind()
    {
        format.begin(FILE, Fixtures.registry(), ImportOptions.auto().withDefaultSymbol("BTCUSD"));
    }

    @Test
    void shouldTakeTheSymbolFromTheFileNameAndIgnoreTheDefault()
    {
        assertThat(parse("3359015858,42283.58,0.00053,22.4102974,1704067200223,true,true")).isNull();
        assertThat(out.instrument()).isEqualTo(Fixtures.BTCUSDT);
        assertThat(BinanceFormat.symbolFromFileName("C:\\x\\ETHBTC-trades-2020-02-02.zip")).isEqualTo("ETHBTC");
        assertThat(BinanceFormat.symbolFromFileName("trades.csv")).isNull();
    }

    @Test
    void shouldFailAFileWhoseSymbolCannotBeTold()
    {
        final ImportOptions withDefault = ImportOptions.auto().withDefaultSymbol("BTCUSD");
        assertThatThrownBy(() -> format.begin("dump.csv", Fixtures.registry(), withDefault))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dump.csv")
            .hasMessageContaining("--symbol");
        format.begin("dump.csv", Fixtures.registry(), ImportOptions.auto().withSymbol("BTCUSDT"));
        assertThat(parse("1,1,1,1,1704067200223,false")).isNull();
    }

    @Test
    void shouldMapBuyerMakerToAnAggressiveSellAndTakerBuyerToABuy()
    {
        assertThat(parse("1,42283.58,0.00053,22.41,1704067200223,true,true")).isNull();
        assertThat(out.side()).isEqualTo(Side.SELL);
        assertThat(parse("2,42283.59,0.001,42.28,1704067200224,false,true")).isNull();
        assertThat(out.side()).isEqualTo(Side.BUY);
        assertThat(parse("3,42283.59,0.001,42.28,1704067200224,False")).isNull();
        assertThat(out.side()).isEqualTo(Side.BUY);
        assertThat(parse("4,42283.59,0.001,42.28,1704067200224,yes,true")).isEqualTo(ImportRejectReason.MALFORMED);
        assertThat(out.rejectDetail()).isEqualTo("is_buyer_maker \"yes\" is not true or false");
    }

    @Test
    void shouldReadMillisecondsAndMicrosecondsByMagnitude()
    {
        assertThat(parse("1,1,1,1,1704067200223,true")).isNull();
        assertThat(out.tsEvent()).isEqualTo(1_704_067_200_223_000_000L);
        assertThat(parse("2,1,1,1,1735689600123456,true,true")).isNull();
        assertThat(out.tsEvent()).isEqualTo(1_735_689_600_123_456_000L);
        assertThat(out.tsRecv()).isEqualTo(out.tsEvent());
        assertThat(out.venueTradeId()).isEqualTo(2L);
    }

    @Test
    void shouldParseAtTheInstrumentScales()
    {
        assertThat(parse("3359015858,42283.58,0.00053,22.4102974,1704067200223,true,true")).isNull();
        assertThat(out.price()).isEqualTo(4228358L);
        assertThat(out.quantity()).isEqualTo(53_000L);
        assertThat(out.venueTradeId()).isEqualTo(3359015858L);
    }

    @Test
    void shouldMatchTheHeaderWithOrWithoutBestMatchAndHeaderlessRows()
    {
        assertThat(format.matchesHeader("id,price,qty,quote_qty,time,is_buyer_maker")).isTrue();
        assertThat(format.matchesHeader("id,price,qty,quote_qty,time,is_buyer_maker,is_best_match")).isTrue();
        assertThat(format.matchesHeader("3359015858,42283.58,0.00053,22.4102974,1704067200223,true,true")).isFalse();
        assertThat(format.matchesHeaderlessRow("3359015858,42283.58,0.00053,22.4102974,1704067200223,true,true"))
            .isTrue();
        assertThat(format.matchesHeaderlessRow("3359015858,42283.58,0.00053,22.4102974,1704067200223,true")).isTrue();
        assertThat(format.matchesHeaderlessRow("x,42283.58,0.00053,22.4102974,1704067200223,true")).isFalse();
        assertThat(format.matchesHeaderlessRow("1385337600,800.01,0.1")).isFalse();
    }

    @Test
    void shouldRejectWrongFieldCounts()
    {
        assertThat(parse("1,1,1,1,1704067200223")).isEqualTo(ImportRejectReason.MALFORMED);
        assertThat(parse("1,1,1,1,1704067200223,true,true,x")).isEqualTo(ImportRejectReason.MALFORMED);
        assertThat(out.rejectDetail()).contains("found 8");
    }

    @Test
    void shouldRejectAnIsBestMatchColumnThatIsNotTrueOrFalse()
    {
        assertThat(parse("1,42283.58,0.1,4228.358,1704067200223,true,True")).isNull();
        assertThat(parse("1,42283.58,0.1,4228.358,1704067200223,true,extra")).isEqualTo(ImportRejectReason.MALFORMED);
        assertThat(out.rejectDetail()).isEqualTo("is_best_match \"extra\" is not true or false");
    }

    private ImportRejectReason parse(final String line)
    {
        out.reset();
        return format.parse(line, 2, out);
    }
}
