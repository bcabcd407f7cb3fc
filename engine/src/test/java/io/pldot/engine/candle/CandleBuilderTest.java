package io.pldot.engine.candle;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class CandleBuilderTest
{
    private static final long S = 1_000_000_000L;
    private static final long M = 60 * S;
    private static final long T0 = 1_600_000_000L * S - Math.floorMod(1_600_000_000L * S, 3600 * S); // hour-aligned

    private final List<long[]> closed = new ArrayList<>();
    private final CandleListener listener = (id, c, at) -> closed.add(new long[]{
        c.timeframeSeconds(), c.openTime(), c.open(), c.high(), c.low(), c.close(), c.volume(), c.buyVolume(),
        c.sellVolume(), c.tradeCount(), c.buyCount(), c.sellCount(), at});

    @Test
    void shouldCloseCandleWhenTradeReachesBoundaryExactly()
    {
        final CandleBuilder builder = new CandleBuilder(1, new int[]{60});
        builder.onTrade(T0 + 59 * S, 100, 1, 1, listener);
        assertThat(closed).isEmpty();
        builder.onTrade(T0 + M, 101, 2, 2, listener); // exactly on the boundary: belongs to the next candle
        assertThat(closed).hasSize(1);
        assertThat(closed.get(0)[1]).isEqualTo(T0);
        assertThat(closed.get(0)[5]).isEqualTo(100);
        assertThat(closed.get(0)[12]).isEqualTo(T0 + M);
        assertThat(builder.current(0).openTime()).isEqualTo(T0 + M);
    }

    @Test
    void shouldBuildOneTickCandleWithEqualOhlc()
    {
        final CandleBuilder builder = new CandleBuilder(1, new int[]{60});
        builder.onTrade(T0 + 5 * S, 250, 7, 1, listener);
        builder.onTime(T0 + M, T0 + M, listener);
        assertThat(closed).hasSize(1);
        final long[] c = closed.get(0);
        assertThat(new long[]{c[2], c[3], c[4], c[5]}).containsOnly(250);
        assertThat(c[6]).isEqualTo(7);
        assertThat(c[7]).isEqualTo(7);
        assertThat(c[8]).isZero();
        assertThat(c[9]).isEqualTo(1);
        assertThat(c[10]).isEqualTo(1);
        assertThat(c[11]).isZero();
    }

    @Test
    void shouldEmitNoCandleForEmptyIntervals()
    {
        final CandleBuilder builder = new CandleBuilder(1, new int[]{60});
        builder.onTrade(T0 + S, 100, 1, 1, listener);
        builder.onTrade(T0 + 10 * M + S, 105, 1, 2, listener); // nine empty minutes in between
        assertThat(closed).hasSize(1);
        assertThat(closed.get(0)[1]).isEqualTo(T0);
        builder.onTime(T0 + 11 * M, T0 + 11 * M, listener);
        assertThat(closed).hasSize(2);
        assertThat(closed.get(1)[1]).isEqualTo(T0 + 10 * M);
        assertThat(closed.get(1)[2]).isEqualTo(105); // opens at its own first trade, not the previous close
    }

    @Test
    void shouldCountUnknownSideInVolumeOnly()
    {
        final CandleBuilder builder = new CandleBuilder(1, new int[]{60});
        builder.onTrade(T0, 100, 3, 0, listener);
        builder.onTrade(T0 + S, 100, 4, 1, listener);
        builder.onTrade(T0 + 2 * S, 100, 5, 2, listener);
        builder.onTime(T0 + M, T0 + M, listener);
        final long[] c = closed.get(0);
        assertThat(c[6]).isEqualTo(12);
        assertThat(c[7]).isEqualTo(4);
        assertThat(c[8]).isEqualTo(5);
        assertThat(c[9]).isEqualTo(3);
        assertThat(c[10]).isEqualTo(1);
        assertThat(c[11]).isEqualTo(1);
    }

    @Test
    void shouldRefuseLateTradeAndLeaveStateUntouched()
    {
        final CandleBuilder builder = new CandleBuilder(1, new int[]{60});
        builder.onTrade(T0 + M + S, 100, 1, 1, listener);
        assertThat(builder.onTrade(T0 + 30 * S, 90, 1, 1, listener)).isFalse(); // before the open candle
        builder.onTrade(T0 + 2 * M, 101, 1, 1, listener); // closes the T0+1m candle
        assertThat(builder.onTrade(T0 + M + 59 * S, 80, 1, 1, listener)).isFalse(); // inside the closed candle
        builder.onTime(T0 + 3 * M, T0 + 3 * M, listener);
        assertThat(closed).hasSize(2);
        assertThat(closed.get(0)[4]).isEqualTo(100); // low never saw 90 or 80
        assertThat(closed.get(1)[4]).isEqualTo(101);
    }

    @Test
    void shouldRefuseTradeInsideHigherCandleClosedByTimerWhileLowerWasIdle()
    {
        final CandleBuilder builder = new CandleBuilder(1, new int[]{60, 300});
        builder.onTrade(T0 + S, 100, 1, 1, listener);
        builder.onTime(T0 + 5 * M, T0 + 5 * M, listener); // closes 1m [T0] and 5m [T0]
        assertThat(closed).hasSize(2);
        assertThat(builder.onTrade(T0 + 4 * M + 30 * S, 100, 1, 1, listener)).isFalse();
    }

    @Test
    void shouldCascadeClosesLowestTimeframeFirst()
    {
        final CandleBuilder builder = new CandleBuilder(1, new int[]{60, 300, 900});
        builder.onTrade(T0 + S, 100, 1, 1, listener);
        builder.onTrade(T0 + 16 * M, 100, 1, 1, listener);
        assertThat(closed).extracting(c -> c[0]).containsExactly(60L, 300L, 900L);
    }

    @Test
    void shouldRollUpHigherTimeframesExactlyAsNaiveAggregationOfTicks()
    {
        final int[] timeframes = {60, 300, 900, 3600};
        final CandleBuilder builder = new CandleBuilder(7, timeframes);
        final Random random = new Random(42);
        final List<long[]> ticks = new ArrayList<>();
        long ts = T0 + 17 * S;
        long price = 50_000_00;
        for (int i = 0; i < 20_000; i++)
        {
            // Mostly dense, sometimes gaps of several minutes or hours (empty intervals).
            ts += random.nextInt(10) < 9 ? random.nextLong(3 * S) : (long)random.nextInt(3 * 3600) * S;
            price = Math.max(1, price + random.nextInt(201) - 100);
            final long qty = 1 + random.nextInt(1_000_000);
            final int side = random.nextInt(3);
            ticks.add(new long[]{ts, price, qty, side});
            assertThat(builder.onTrade(ts, price, qty, side, listener)).isTrue();
        }
        builder.onTime(ts + 2 * 3600 * S, ts + 2 * 3600 * S, listener);

        for (final int tf : timeframes)
        {
            final Map<Long, long[]> oracle = naive(ticks, tf);
            final List<long[]> ours = closed.stream().filter(c -> c[0] == tf).toList();
            assertThat(ours).as("candles of %ss", tf).hasSize(oracle.size());
            int i = 0;
            for (final Map.Entry<Long, long[]> e : oracle.entrySet())
            {
                final long[] c = ours.get(i++);
                assertThat(c[1]).isEqualTo(e.getKey());
                assertThat(new long[]{c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11]})
                    .as("candle %s of %ss", e.getKey(), tf).containsExactly(e.getValue());
            }
        }
    }

    /** Independent oracle: bucket every tick straight into its interval (no roll-up). */
    private static Map<Long, long[]> naive(final List<long[]> ticks, final int tfSeconds)
    {
        final long tf = tfSeconds * S;
        final TreeMap<Long, long[]> out = new TreeMap<>();
        for (final long[] t : ticks)
        {
            final long open = Math.floorDiv(t[0], tf) * tf;
            final long[] c = out.computeIfAbsent(open, k -> new long[]{t[1], t[1], t[1], t[1], 0, 0, 0, 0, 0, 0});
            c[1] = Math.max(c[1], t[1]);
            c[2] = Math.min(c[2], t[1]);
            c[3] = t[1];
            c[4] += t[2];
            c[7]++;
            if (t[3] == 1)
            {
                c[5] += t[2];
                c[8]++;
            }
            else if (t[3] == 2)
            {
                c[6] += t[2];
                c[9]++;
            }
        }
        return out;
    }
}
