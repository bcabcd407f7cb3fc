package io.pldot.journal.instrument;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstrumentRegistryTest
{
    private static final Instrument BTC = new Instrument("BTCUSDT", 1, "BINANCE", 2, 8);
    private static final Instrument ETH = new Instrument("ETHUSDT", 7, "BINANCE", 2, 4);
    private static final Instrument AAPL = new Instrument("aapl", 3, "NASDAQ", 4, 0);

    private final InstrumentRegistry registry = new InstrumentRegistry(List.of(BTC, ETH, AAPL));

    @Test
    void shouldLookUpBySymbolCaseInsensitively()
    {
        assertThat(registry.bySymbol("BTCUSDT")).isSameAs(BTC);
        assertThat(registry.bySymbol("btcusdt")).isSameAs(BTC);
        assertThat(registry.bySymbol("EthUsdt")).isSameAs(ETH);
        assertThat(registry.bySymbol("AAPL")).isSameAs(AAPL);
        assertThat(registry.bySymbol("aapl")).isSameAs(AAPL);
        assertThat(registry.bySymbol("SOLUSDT")).isNull();
        assertThat(registry.bySymbol("")).isNull();
    }

    @Test
    void shouldLookUpById()
    {
        assertThat(registry.byId(1)).isSameAs(BTC);
        assertThat(registry.byId(7)).isSameAs(ETH);
        assertThat(registry.byId(3)).isSameAs(AAPL);
        assertThat(registry.byId(2)).isNull();
        assertThat(registry.byId(0)).isNull();
        assertThat(registry.byId(-1)).isNull();
        assertThat(registry.byId(Integer.MAX_VALUE)).isNull();
    }

    @Test
    void shouldGiveDenseIndexesInDeclarationOrder()
    {
        assertThat(registry.size()).isEqualTo(3);
        assertThat(registry.instruments()).containsExactly(BTC, ETH, AAPL);
        assertThat(registry.indexOf(1)).isZero();
        assertThat(registry.indexOf(7)).isEqualTo(1);
        assertThat(registry.indexOf(3)).isEqualTo(2);
        for (int i = 0; i < registry.size(); i++)
        {
            assertThat(registry.indexOf(registry.instruments().get(i).id())).isEqualTo(i);
        }
    }

    @Test
    void shouldReturnMissingIndexForUnknownIds()
    {
        assertThat(registry.indexOf(2)).isEqualTo(InstrumentRegistry.MISSING_INDEX);
        assertThat(registry.indexOf(0)).isEqualTo(InstrumentRegistry.MISSING_INDEX);
        assertThat(registry.indexOf(8)).isEqualTo(InstrumentRegistry.MISSING_INDEX);
        assertThat(registry.indexOf(-1)).isEqualTo(InstrumentRegistry.MISSING_INDEX);
        assertThat(registry.indexOf(Integer.MIN_VALUE)).isEqualTo(InstrumentRegistry.MISSING_INDEX);
        assertThat(registry.indexOf(Integer.MAX_VALUE)).isEqualTo(InstrumentRegistry.MISSING_INDEX);
        assertThat(registry.indexOf(1 << 16)).isEqualTo(InstrumentRegistry.MISSING_INDEX);
    }

    @Test
    void shouldIndexLargeIdsUpToIntegerMax()
    {
        final Instrument small = new Instrument("SMALL", 5, "X", 0, 0);
        final Instrument edge = new Instrument("EDGE", (1 << 16) - 1, "X", 0, 0);
        final Instrument beyond = new Instrument("BEYOND", 1 << 16, "X", 0, 0);
        final Instrument large = new Instrument("LARGE", 100_000, "X", 0, 0);
        final Instrument max = new Instrument("MAX", Integer.MAX_VALUE, "X", 0, 0);
        final InstrumentRegistry wide = new InstrumentRegistry(List.of(small, edge, beyond, large, max));
        assertThat(wide.indexOf(5)).isZero();
        assertThat(wide.indexOf((1 << 16) - 1)).isEqualTo(1);
        assertThat(wide.indexOf(1 << 16)).isEqualTo(2);
        assertThat(wide.indexOf(100_000)).isEqualTo(3);
        assertThat(wide.indexOf(Integer.MAX_VALUE)).isEqualTo(4);
        assertThat(wide.byId(Integer.MAX_VALUE)).isSameAs(max);
        assertThat(wide.indexOf(100_001)).isEqualTo(InstrumentRegistry.MISSING_INDEX);
        assertThat(wide.indexOf(Integer.MAX_VALUE - 1)).isEqualTo(InstrumentRegistry.MISSING_INDEX);
    }

    @Test
    void shouldAcceptAnEmptyRegistry()
    {
        final InstrumentRegistry empty = new InstrumentRegistry(List.of());
        assertThat(empty.size()).isZero();
        assertThat(empty.byId(1)).isNull();
        assertThat(empty.bySymbol("BTCUSDT")).isNull();
        assertThat(empty.indexOf(1)).isEqualTo(InstrumentRegistry.MISSING_INDEX);
    }

    @Test
    void shouldRejectDuplicateSymbolNamingIt()
    {
        assertThatThrownBy(() -> new InstrumentRegistry(List.of(BTC, new Instrument("BTCUSDT", 2, "OTHER", 2, 8))))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("duplicate")
            .hasMessageContaining("symbol")
            .hasMessageContaining("BTCUSDT");
        assertThatThrownBy(() -> new InstrumentRegistry(List.of(BTC, new Instrument("btcusdt", 2, "OTHER", 2, 8))))
            .as("symbols differing only in case")
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("btcusdt");
    }

    @Test
    void shouldRejectDuplicateIdNamingIt()
    {
        assertThatThrownBy(() -> new InstrumentRegistry(List.of(BTC, new Instrument("SOLUSDT", 1, "BINANCE", 2, 8))))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("duplicate")
            .hasMessageContaining("id 1")
            .hasMessageContaining("SOLUSDT");
    }

    @Test
    void shouldNotBeAffectedByChangesToTheSourceList()
    {
        final java.util.ArrayList<Instrument> source = new java.util.ArrayList<>(List.of(BTC));
        final InstrumentRegistry copy = new InstrumentRegistry(source);
        source.add(ETH);
        assertThat(copy.size()).isEqualTo(1);
        assertThatThrownBy(() -> copy.instruments().add(ETH)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldValidateInstrumentFieldsNamingThem()
    {
        assertThatThrownBy(() -> new Instrument(" ", 1, "X", 2, 8))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("symbol");
        assertThatThrownBy(() -> new Instrument(null, 1, "X", 2, 8))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("symbol");
        assertThatThrownBy(() -> new Instrument("BTCUSDT", 0, "X", 2, 8))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id").hasMessageContaining("BTCUSDT")
            .hasMessageContaining("was 0");
        assertThatThrownBy(() -> new Instrument("BTCUSDT", Integer.MIN_VALUE, "X", 2, 8))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> new Instrument("BTCUSDT", 1, "X", -1, 8))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("priceScale").hasMessageContaining("-1");
        assertThatThrownBy(() -> new Instrument("BTCUSDT", 1, "X", 13, 8))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("priceScale").hasMessageContaining("13");
        assertThatThrownBy(() -> new Instrument("BTCUSDT", 1, "X", 2, -1))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quantityScale");
        assertThatThrownBy(() -> new Instrument("BTCUSDT", 1, "X", 2, 13))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quantityScale").hasMessageContaining("13");
    }

    @Test
    void shouldAcceptScaleBoundsAndDefaultVenue()
    {
        assertThat(new Instrument("A", 1, "X", 0, Instrument.MAX_SCALE).quantityScale()).isEqualTo(12);
        assertThat(new Instrument("A", 1, "X", Instrument.MAX_SCALE, 0).priceScale()).isEqualTo(12);
        assertThat(new Instrument("A", 1, null, 2, 2).venue()).isEmpty();
    }

    @Test
    void shouldExplainUnknownSymbolAndHowToDeclareIt()
    {
        final String message = registry.unknownSymbolMessage("solusdt");
        assertThat(message)
            .contains("'solusdt'")
            .contains("BTCUSDT, ETHUSDT, aapl")
            .contains("instruments:")
            .contains("symbol: SOLUSDT")
            .contains("id:")
            .contains("priceScale")
            .contains("quantityScale");
    }
}
