package io.pldot.engine.backtest.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputsTest
{
    @Test
    void shouldGrowEquityCurveAndKeepPoints()
    {
        final EquityCurve curve = new EquityCurve(1);
        for (int i = 0; i < 1000; i++)
        {
            curve.append(i, 100 + i);
        }

        assertThat(curve.size()).isEqualTo(1000);
        assertThat(curve.timeNs(999)).isEqualTo(999);
        assertThat(curve.equity(999)).isEqualTo(1099);
        final EquityCurve copy = curve.copy();
        curve.append(1000, 1);
        assertThat(copy.size()).isEqualTo(1000);
    }

    @Test
    void shouldRefuseBadEquitySamples()
    {
        final EquityCurve curve = new EquityCurve().append(10, 100);

        assertThatThrownBy(() -> curve.append(9, 100)).hasMessageContaining("backwards");
        assertThatThrownBy(() -> curve.append(11, Double.NaN)).hasMessageContaining("finite and positive");
        assertThatThrownBy(() -> curve.append(11, 0)).hasMessageContaining("finite and positive");
        assertThatThrownBy(() -> curve.append(11, Double.POSITIVE_INFINITY))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> curve.equity(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> EquityCurve.of(new long[2], new double[1]))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(curve.append(10, 101).size()).isEqualTo(2); // same time twice is allowed (per-event sampling)
    }

    @Test
    void shouldRefuseMalformedTrades()
    {
        assertThatThrownBy(() -> ClosedTrade.of("X", TradeSide.LONG, 10, 1, 9, 1, 1, 0, 0, "T", 0.5, "S"))
            .hasMessageContaining("before entryTimeNs");
        assertThatThrownBy(() -> ClosedTrade.of("X", TradeSide.LONG, 1, 1, 2, 1, 0, 0, 0, "T", 0.5, "S"))
            .hasMessageContaining("quantity");
        assertThatThrownBy(() -> ClosedTrade.of("X", TradeSide.LONG, 1, 1, 2, 1, 1, 0, -1, "T", 0.5, "S"))
            .hasMessageContaining("fees");
        assertThatThrownBy(() -> ClosedTrade.of("X", TradeSide.LONG, 1, 1, 2, 1, 1, 0, 0, "T", 1.5, "S"))
            .hasMessageContaining("confidence");
        assertThatThrownBy(() -> ClosedTrade.of("X", TradeSide.LONG, 1, Double.NaN, 2, 1, 1, 0, 0, "T", 0.5, "S"))
            .hasMessageContaining("entryPrice");
        assertThatThrownBy(() -> new ClosedTrade("X", TradeSide.LONG, 1, 1, 2, 1, 1, 10, 1, 10, "T", 0.5, "S"))
            .hasMessageContaining("grossPnl - fees");
        assertThatThrownBy(() -> ClosedTrade.of(" ", TradeSide.LONG, 1, 1, 2, 1, 1, 0, 0, "T", 0.5, "S"))
            .hasMessageContaining("blank");
    }

    @Test
    void shouldClassifyWinLossAndBreakEven()
    {
        assertThat(ClosedTrade.of("X", TradeSide.SHORT, 1, 1, 2, 1, 1, 5, 1, "T", 0.5, "S").isWin()).isTrue();
        assertThat(ClosedTrade.of("X", TradeSide.SHORT, 1, 1, 2, 1, 1, 1, 1, "T", 0.5, "S").isWin()).isFalse();
        assertThat(ClosedTrade.of("X", TradeSide.SHORT, 1, 1, 2, 1, 1, 1, 1, "T", 0.5, "S").isLoss()).isFalse();
        assertThat(ClosedTrade.of("X", TradeSide.SHORT, 1, 1, 2, 1, 1, 1, 2, "T", 0.5, "S").isLoss()).isTrue();
    }
}
