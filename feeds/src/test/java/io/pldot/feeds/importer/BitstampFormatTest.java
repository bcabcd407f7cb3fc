package io.pldot.feeds.importer;

import io.pldot.journal.schema.Side;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BitstampFormatTest
{
    private final BitstampFormat format = new BitstampFormat();
    private final ParsedTrade out = new ParsedTrade();

    @BeforeEach
    void bind()
    {
        format.begin("t.csv", Fixtures.registry(), ImportOptions.auto().withDefaultSymbol("BTCUSD"));
    }

    @Test
    void shouldMatchItsHeader()
    {
        assertThat(format.matchesHeader("timestamp,price,amount")).isTrue();
        assertThat(format.matchesHeader("Timestamp, Price, Amount")).isTrue();
        assertThat(format.matchesHeader("1385337600,800.01,0.1")).isFalse();
    }

    @Test
    void shouldMarkTheFirstTradeUnknownAndZeroTicksBeforeAnyChange()
    {
        assertThat(sides("100", "100", "100")).containsExactly(Side.UNKNOWN, Side.UNKNOWN, Side.UNKNOWN);
    }

    @Test
    void shouldApplyTickRuleUpDownAndCarryOnZeroTicks()
    {
        assertThat(sides("100", "101", "101", "100.5", "100.5", "100.5", "102", "102"))
            .containsExactly(Side.UNKNOWN, Side.BUY, Side.BUY, Side.SELL, Side.SELL, Side.SELL, Side.BUY, Side.BUY);
    }

    @Test
    void shouldNotLetARejectedRowBeThePreviousTradeOfTheTickRule()
    {
        assertThat(parse("10,100,1", 2)).isNull();
        assertThat(parse("10,200,0", 3)).isEqualTo(ImportRejectReason.NON_POSITIVE_QUANTITY);
        assertThat(parse("10,150,1", 4)).isNull();
        assertThat(out.side()).isEqualTo(Side.BUY); // compared with 100, not with the rejected 200
    }

    @Test
    void shouldSynthesizeIdsFromTheSecondAndTheIndexWithinIt()
    {
        final long[] ids = ids("1385337613,800.05,0.1", "1385337613,800.05,0.2", "1385337613,800.05,0.3",
            "1385337620,807.47,0.1", "1385337613,800.05,0.4");
        assertThat(ids).containsExactly(1385337613_000000L, 1385337613_000001L, 1385337613_000002L,
            1385337620_000000L, 1385337613_000003L);
    }

    @Test
    void shouldCountRowsRejectedForPriceOrQuantityInTheIdIndexSoIdsDependOnTheFileAlone()
    {
        assertThat(parse("20,1,1", 2)).isNull();
        assertThat(parse("20,-1,1", 3)).isEqualTo(ImportRejectReason.NON_POSITIVE_PRICE);
        assertThat(parse("20,1,1", 4)).isNull();
        assertThat(out.venueTradeId()).isEqualTo(20_000_002L);
    }

    @Test
    void shouldGiveTheSameIdsWhenTheSameFileIsParsedAgain()
    {
        final String[] rows = {"5,1,1", "5,1,1", "6,1,1"};
        final long[] first = ids(rows);
        format.begin("t.csv", Fixtures.registry(), ImportOptions.auto().withDefaultSymbol("BTCUSD"));
        assertThat(ids(rows)).containsExactly(first);
    }

    @Test
    void shouldConvertSecondsToNanosAndScaleWithoutRounding()
    {
        assertThat(parse("1385337613,800.050000000000,0.278380490000", 3)).isNull();
        assertThat(out.tsEvent()).isEqualTo(1_385_337_613_000_000_000L);
        assertThat(out.tsRecv()).isEqualTo(out.tsEvent());
        assertThat(out.price()).isEqualTo(80005L);
        assertThat(out.quantity()).isEqualTo(27838049L);
        assertThat(out.instrument()).isEqualTo(Fixtures.BTCUSD);
    }

    @Test
    void shouldRejectWrongFieldCountAsMalformed()
    {
        assertThat(parse("1385337613,800.05", 7)).isEqualTo(ImportRejectReason.MALFORMED);
        assertThat(out.rejectDetail()).contains("expected 3 fields").contains("found 2");
    }

    @Test
    void shouldPreferTheSymbolOptionOverTheDefault()
    {
        format.begin("t.csv", Fixtures.registry(), new ImportOptions("bitstamp", "BTCUSDT", "BTCUSD"));
        assertThat(parse("1,1,1", 2)).isNull();
        assertThat(out.instrument()).isEqualTo(Fixtures.BTCUSDT);
    }

    @Test
    void shouldFailTheFileWithoutAnySymbolOrWithAnUnknownOne()
    {
        assertThatThrownBy(() -> format.begin("t.csv", Fixtures.registry(), ImportOptions.auto()))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("t.csv").hasMessageContaining("--symbol");
        assertThatThrownBy(() -> format.begin("t.csv", Fixtures.registry(), ImportOptions.auto().withSymbol("ETHUSD")))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t.csv").hasMessageContaining("ETHUSD")
            .hasMessageContaining("BTCUSD");
    }

    private ImportRejectReason parse(final String line, final long lineNumber)
    {
        out.reset();
        return format.parse(line, lineNumber, out);
    }

    private List<Side> sides(final String... prices)
    {
        final List<Side> sides = new ArrayList<>();
        for (int i = 0; i < prices.length; i++)
        {
            assertThat(parse("1000," + prices[i] + ",1", i + 2)).isNull();
            sides.add(out.side());
        }
        return sides;
    }

    private long[] ids(final String... rows)
    {
        final long[] ids = new long[rows.length];
        for (int i = 0; i < rows.length; i++)
        {
            assertThat(parse(rows[i], i + 2)).isNull();
            ids[i] = out.venueTradeId();
        }
        return ids;
    }
}
