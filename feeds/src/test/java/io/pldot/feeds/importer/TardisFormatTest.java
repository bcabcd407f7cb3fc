package io.pldot.feeds.importer;

import io.pldot.journal.schema.Side;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TardisFormatTest
{
    // Lines 2 and 10000 of binance_futures_btcusdt_trades_2020-02-22.csv.
    private static final String FIRST_ROW =
        "binance-futures,BTCUSDT,1582329602111000,1582329602418379,42377944,buy,9682,0.132";
    private static final String LAST_ROW =
        "binance-futures,BTCUSDT,1582337147728000,1582337147852384,42387942,sell,9666.84,0.07";

    private final TardisFormat format = new TardisFormat();
    private final ParsedTrade out = new ParsedTrade();

    @BeforeEach
    void bind()
    {
        format.begin("tardis.csv", Fixtures.registry(), ImportOptions.auto().withDefaultSymbol("BTCUSD"));
    }

    @Test
    void shouldMatchItsHeader()
    {
        assertThat(format.matchesHeader(TardisFormat.HEADER)).isTrue();
        assertThat(format.matchesHeader("timestamp,price,amount")).isFalse();
    }

    @Test
    void shouldConvertMicrosecondsToNanosecondsForEventAndReceiveTime()
    {
        assertThat(parse(FIRST_ROW)).isNull();
        assertThat(out.tsEvent()).isEqualTo(1_582_329_602_111_000_000L);
        assertThat(out.tsRecv()).isEqualTo(1_582_329_602_418_379_000L);
        assertThat(out.venueTradeId()).isEqualTo(42377944L);
        assertThat(out.price()).isEqualTo(968200L);
        assertThat(out.quantity()).isEqualTo(13_200_000L);
        assertThat(out.instrument()).isEqualTo(Fixtures.BTCUSDT);
    }

    @Test
    void shouldMapBuySellAndUnknownAndRejectAnyOtherSide()
    {
        assertThat(parse(FIRST_ROW)).isNull();
        assertThat(out.side()).isEqualTo(Side.BUY);
        assertThat(parse(LAST_ROW)).isNull();
        assertThat(out.side()).isEqualTo(Side.SELL);
        assertThat(parse(FIRST_ROW.replace(",buy,", ",SELL,"))).isNull();
        assertThat(out.side()).isEqualTo(Side.SELL);
        // Tardis writes "unknown" when the venue did not say which side took liquidity: kept, not guessed.
        assertThat(parse(FIRST_ROW.replace(",buy,", ",unknown,"))).isNull();
        assertThat(out.side()).isEqualTo(Side.UNKNOWN);
        assertThat(parse(FIRST_ROW.replace(",buy,", ",bid,"))).isEqualTo(ImportRejectReason.MALFORMED);
        assertThat(out.rejectDetail()).isEqualTo("side \"bid\" is not buy, sell or unknown");
    }

    @Test
    void shouldRejectAnUnknownSymbolPerRowAndStillParseTheNextRow()
    {
        assertThat(parse(FIRST_ROW.replace("BTCUSDT", "ETHUSDT"))).isEqualTo(ImportRejectReason.UNKNOWN_SYMBOL);
        assertThat(out.rejectDetail()).contains("\"ETHUSDT\"");
        assertThat(parse(FIRST_ROW)).isNull();
        assertThat(out.instrument()).isEqualTo(Fixtures.BTCUSDT);
    }

    @Test
    void shouldLetTheSymbolOptionOverrideTheColumn()
    {
        format.begin("tardis.csv", Fixtures.registry(), ImportOptions.auto().withSymbol("btcusd"));
        assertThat(parse(FIRST_ROW.replace("BTCUSDT", "ETHUSDT"))).isNull();
        assertThat(out.instrument()).isEqualTo(Fixtures.BTCUSD);
    }

    @Test
    void shouldFailTheFileWhenTheSymbolOptionIsUnknown()
    {
        assertThatThrownBy(() -> format.begin("tardis.csv", Fixtures.registry(), ImportOptions.auto().withSymbol("X")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("tardis.csv").hasMessageContaining("'X'");
    }

    @Test
    void shouldRejectNonNumericIdsAndTimestampsAsMalformed()
    {
        assertThat(parse(FIRST_ROW.replace("42377944", "a1b2"))).isEqualTo(ImportRejectReason.MALFORMED);
        assertThat(out.rejectDetail()).isEqualTo("id \"a1b2\" is not a whole number");
        assertThat(parse(FIRST_ROW.replace("1582329602111000", "1.5e15"))).isEqualTo(ImportRejectReason.MALFORMED);
        assertThat(parse(FIRST_ROW + ",extra")).isEqualTo(ImportRejectReason.MALFORMED);
        assertThat(out.rejectDetail()).contains("found 9");
    }

    @Test
    void shouldRejectTimestampsBeyondEpochNanosecondsAsOverflow()
    {
        assertThat(parse(FIRST_ROW.replace("1582329602111000", "99999999999999999")))
            .isEqualTo(ImportRejectReason.OVERFLOW);
    }

    private ImportRejectReason parse(final String line)
    {
        out.reset();
        return format.parse(line, 2, out);
    }
}
