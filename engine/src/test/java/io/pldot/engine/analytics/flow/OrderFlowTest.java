package io.pldot.engine.analytics.flow;

import com.sun.management.ThreadMXBean;
import io.pldot.engine.analytics.bar.Bar;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Order flow on hand-computed sequences. Quantities use scale 2 (150 = 1.50) unless stated; every
 * expected value is worked out in the comments from the inputs.
 */
class OrderFlowTest
{
    private static final double EPS = 1e-12;
    private static final int BUY = OrderFlow.SIDE_BUY;
    private static final int SELL = OrderFlow.SIDE_SELL;
    private static final int UNKNOWN = OrderFlow.SIDE_UNKNOWN;

    private static long[] sink;

    @Test
    void shouldBeUndefinedBeforeFirstCandle()
    {
        final OrderFlow flow = new OrderFlow(OrderFlowSettings.defaults(), 2);
        flow.onTrade(100, BUY);
        assertThat(flow.defined()).isFalse();
        assertThat(flow.delta()).isNaN();
        assertThat(flow.cumulativeDelta()).isNaN();
        assertThat(flow.imbalance()).isNaN();
        assertThat(flow.aggressiveBuys()).isNaN();
        assertThat(flow.averageSellSize()).isNaN();
        assertThat(flow.rollingDelta()).isNaN();
        assertThat(flow.rollingImbalance()).isNaN();
    }

    @Test
    void shouldComputeCandleValuesCvdAndRollingWindowByHand()
    {
        final OrderFlow flow = new OrderFlow(new OrderFlowSettings(2, 100.0), 2);

        // Candle 1: buys 1.50 + 2.50 = 4.00 (2 trades), sell 1.00 (1 trade), unknown 0.50.
        // delta 3.00, CVD 3.00, imbalance 4.00/1.00 = 4, avg buy 4.00/2 = 2.00, avg sell 1.00.
        flow.onTrade(150, BUY);
        flow.onTrade(100, SELL);
        flow.onTrade(50, UNKNOWN);
        flow.onTrade(250, BUY);
        flow.closeBar();
        assertThat(flow.defined()).isTrue();
        assertThat(flow.buyVolume()).isEqualTo(4.0);
        assertThat(flow.sellVolume()).isEqualTo(1.0);
        assertThat(flow.unknownVolume()).isEqualTo(0.5);
        assertThat(flow.delta()).isEqualTo(3.0);
        assertThat(flow.cumulativeDelta()).isEqualTo(3.0);
        assertThat(flow.imbalance()).isEqualTo(4.0);
        assertThat(flow.aggressiveBuys()).isEqualTo(2.0);
        assertThat(flow.aggressiveSells()).isEqualTo(1.0);
        assertThat(flow.averageBuySize()).isEqualTo(2.0);
        assertThat(flow.averageSellSize()).isEqualTo(1.0);
        assertThat(flow.rollingDelta()).isEqualTo(3.0);
        assertThat(flow.rollingImbalance()).isEqualTo(4.0);
        assertThat(flow.rollingCount()).isEqualTo(1);

        // Candle 2: sells 3.00 + 3.00, no buy. delta -6.00, CVD 3 - 6 = -3.00, imbalance 0/6 = 0,
        // avg buy 0 (no buys), avg sell 3.00. Rolling (1, 2): buy 4, sell 7: delta -3, imbalance 4/7.
        flow.onTrade(300, SELL);
        flow.onTrade(300, SELL);
        flow.closeBar();
        assertThat(flow.delta()).isEqualTo(-6.0);
        assertThat(flow.cumulativeDelta()).isEqualTo(-3.0);
        assertThat(flow.imbalance()).isEqualTo(0.0);
        assertThat(flow.averageBuySize()).isEqualTo(0.0);
        assertThat(flow.averageSellSize()).isEqualTo(3.0);
        assertThat(flow.aggressiveBuys()).isEqualTo(0.0);
        assertThat(flow.aggressiveSells()).isEqualTo(2.0);
        assertThat(flow.rollingDelta()).isEqualTo(-3.0);
        assertThat(flow.rollingImbalance()).isCloseTo(4.0 / 7.0, within(EPS));

        // Candle 3: one buy 2.00, no sell. delta 2, CVD -1.00, imbalance: sell side zero -> cap 100.
        // Rolling (2, 3) after candle 1 left: buy 2, sell 6: delta -4, imbalance 1/3.
        flow.onTrade(200, BUY);
        flow.closeBar();
        assertThat(flow.delta()).isEqualTo(2.0);
        assertThat(flow.cumulativeDelta()).isEqualTo(-1.0);
        assertThat(flow.imbalance()).isEqualTo(100.0);
        assertThat(flow.rollingDelta()).isEqualTo(-4.0);
        assertThat(flow.rollingImbalance()).isCloseTo(1.0 / 3.0, within(EPS));
        assertThat(flow.rollingCount()).isEqualTo(2);

        // Candle 4: no trade at all. delta 0, imbalance 1.0 (both sides zero), counts and sizes 0,
        // CVD unchanged -1.00. Rolling (3, 4): buy 2, sell 0: delta 2, imbalance -> cap 100.
        flow.closeBar();
        assertThat(flow.defined()).isTrue();
        assertThat(flow.delta()).isEqualTo(0.0);
        assertThat(flow.imbalance()).isEqualTo(1.0);
        assertThat(flow.aggressiveBuys()).isEqualTo(0.0);
        assertThat(flow.averageBuySize()).isEqualTo(0.0);
        assertThat(flow.averageSellSize()).isEqualTo(0.0);
        assertThat(flow.cumulativeDelta()).isEqualTo(-1.0);
        assertThat(flow.rollingDelta()).isEqualTo(2.0);
        assertThat(flow.rollingImbalance()).isEqualTo(100.0);

        // Candle 5: empty too. Rolling (4, 5): nothing on either side: delta 0, imbalance 1.0.
        flow.closeBar();
        assertThat(flow.rollingDelta()).isEqualTo(0.0);
        assertThat(flow.rollingImbalance()).isEqualTo(1.0);
        assertThat(flow.closedBars()).isEqualTo(5);
    }

    @Test
    void shouldCapImbalanceAndGiveZeroWhenBuySideIsEmpty()
    {
        assertThat(OrderFlow.imbalance(1000, 1, 100.0)).isEqualTo(100.0);
        assertThat(OrderFlow.imbalance(99, 1, 100.0)).isEqualTo(99.0);
        assertThat(OrderFlow.imbalance(5, 0, 100.0)).isEqualTo(100.0);
        assertThat(OrderFlow.imbalance(0, 0, 100.0)).isEqualTo(1.0);
        assertThat(OrderFlow.imbalance(0, 7, 100.0)).isEqualTo(0.0);
        assertThat(OrderFlow.imbalance(3, 2, 100.0)).isEqualTo(1.5);
    }

    @Test
    void shouldTakeBarsWithAggressorSplitAndGoUndefinedWithoutIt()
    {
        // Quantity scale 0 (whole units).
        final OrderFlow flow = new OrderFlow(OrderFlowSettings.defaults(), 0);
        final Bar bar = new Bar();

        // Bar 1: buy 30 over 3 trades, sell 10 over 2 trades, volume 45 (5 unknown).
        // delta 20, CVD 20, imbalance 3, avg buy 10, avg sell 5.
        flow.update(bar.set(0, 60, 10, 12, 9, 11, 45).aggressor(30, 10, 6, 3, 2));
        assertThat(flow.delta()).isEqualTo(20.0);
        assertThat(flow.cumulativeDelta()).isEqualTo(20.0);
        assertThat(flow.imbalance()).isEqualTo(3.0);
        assertThat(flow.averageBuySize()).isEqualTo(10.0);
        assertThat(flow.averageSellSize()).isEqualTo(5.0);
        assertThat(flow.unknownVolume()).isEqualTo(5.0);

        // Bar 2 from a bars file: no split -> every value undefined.
        flow.update(bar.set(60, 120, 11, 13, 10, 12, 80));
        assertThat(flow.defined()).isFalse();
        assertThat(flow.delta()).isNaN();
        assertThat(flow.cumulativeDelta()).isNaN();
        assertThat(flow.rollingImbalance()).isNaN();
        assertThat(flow.unsplitBars()).isEqualTo(1);

        // Bar 3: buy 4, sell 24 -> delta -20; CVD resumes from 20: 0. Rolling holds bars 1 and 3:
        // buy 34, sell 34 -> delta 0, imbalance 1.
        flow.update(bar.set(120, 180, 12, 12, 11, 11, 28).aggressor(4, 24, 5, 1, 4));
        assertThat(flow.delta()).isEqualTo(-20.0);
        assertThat(flow.cumulativeDelta()).isEqualTo(0.0);
        assertThat(flow.rollingDelta()).isEqualTo(0.0);
        assertThat(flow.rollingImbalance()).isEqualTo(1.0);
        assertThat(flow.rollingCount()).isEqualTo(2);
    }

    @Test
    void shouldMatchTradePathAndBarPathForSameCandle()
    {
        final OrderFlow byTrades = new OrderFlow(OrderFlowSettings.defaults(), 3);
        final OrderFlow byBar = new OrderFlow(OrderFlowSettings.defaults(), 3);
        // 0.125 + 0.250 bought, 0.333 sold.
        byTrades.onTrade(125, BUY);
        byTrades.onTrade(333, SELL);
        byTrades.onTrade(250, BUY);
        byTrades.closeBar();
        byBar.update(new Bar().set(0, 1, 1, 1, 1, 1, 0.708).aggressor(0.375, 0.333, 3, 2, 1));
        assertThat(byBar.delta()).isEqualTo(byTrades.delta()).isCloseTo(0.042, within(EPS));
        assertThat(byBar.imbalance()).isEqualTo(byTrades.imbalance()).isEqualTo(375.0 / 333.0);
        assertThat(byBar.averageBuySize()).isEqualTo(byTrades.averageBuySize());
        assertThat(byBar.unknownVolume()).isEqualTo(0.0);
    }

    @Test
    void shouldRejectInvalidSettingsAndVolumes()
    {
        assertThatThrownBy(() -> new OrderFlowSettings(0, 100.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderFlowSettings(20, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderFlowSettings(20, Double.POSITIVE_INFINITY))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderFlowSettings(20, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        final OrderFlow flow = new OrderFlow(OrderFlowSettings.defaults(), 0);
        assertThatThrownBy(() -> flow.update(new Bar().set(0, 1, 1, 1, 1, 1, 1).aggressor(-1, 0, 1, 1, 0)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> flow.update(new Bar().set(0, 1, 1, 1, 1, 1, 1).aggressor(Double.NaN, 0, 1, 1, 0)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> flow.onTrade(1, 3)).isInstanceOf(ArrayIndexOutOfBoundsException.class);
    }

    @Test
    void shouldNotAllocateAfterWarmUp()
    {
        final OrderFlow flow = new OrderFlow(OrderFlowSettings.defaults(), 8);
        final Bar bar = new Bar();
        final ThreadMXBean threads = (ThreadMXBean)ManagementFactory.getThreadMXBean();
        assertThat(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()).isTrue();
        // The meter itself must see an allocation, or a zero below would prove nothing.
        final long meterBefore = threads.getThreadAllocatedBytes(Thread.currentThread().threadId());
        sink = new long[1024];
        assertThat(threads.getThreadAllocatedBytes(Thread.currentThread().threadId()) - meterBefore)
            .isGreaterThanOrEqualTo(8 * 1024);
        run(flow, bar, 50_000);
        long least = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++)
        {
            final long before = threads.getThreadAllocatedBytes(Thread.currentThread().threadId());
            run(flow, bar, 20_000);
            final long after = threads.getThreadAllocatedBytes(Thread.currentThread().threadId());
            least = Math.min(least, after - before);
        }
        assertThat(least).as("bytes allocated over 20,000 candles").isZero();
        assertThat(flow.defined()).isTrue();
    }

    private static void run(final OrderFlow flow, final Bar bar, final int candles)
    {
        for (int i = 0; i < candles; i++)
        {
            for (int t = 0; t < 8; t++)
            {
                flow.onTrade(1_000 + t * 37L + i % 11, (i + t) % 3);
            }
            flow.closeBar();
            if ((i & 7) == 0)
            {
                flow.update(bar.set(i, i + 1L, 1, 2, 0.5, 1.5, 3.0).aggressor(1.25, 1.75, 4, 2, 2));
            }
            if ((i & 15) == 1)
            {
                flow.update(bar.set(i, i + 1L, 1, 2, 0.5, 1.5, 3.0));
            }
        }
    }
}
