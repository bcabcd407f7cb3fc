package io.pldot.engine.backtest.crosscheck;

import io.pldot.engine.backtest.crosscheck.Ta4jEmaCrossReference.Position;
import io.pldot.engine.backtest.crosscheck.Ta4jEmaCrossReference.Result;
import io.pldot.engine.backtest.crosscheck.Ta4jEmaCrossReference.TradeRow;
import org.junit.jupiter.api.Test;
import org.ta4j.core.Bar;
import org.ta4j.core.BarSeries;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DecimalNumFactory;
import org.ta4j.core.num.DoubleNumFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class Ta4jEmaCrossReferenceTest
{
    /** 2013-11-25T00:00:00Z, the first minute of the Bitstamp file. */
    private static final long T0 = 1_385_337_600L;
    private static final double EXACT = 1e-12;

    /**
     * Twelve closes, one trade per minute (at second 30), EMA 2 / EMA 3. ta4j 0.22.2 seeds each EMA with the close
     * at index n (NaN before), then {@code EMA += (close − EMA) × 2 / (n + 1)}:
     * <pre>
     * i      0   1   2    3      4      5       6       7         8         9           10          11
     * close 12   8  10   11      9      8       9      11        12        11            9           8
     * ema2   -   -  10  32/3   86/9  230/27  716/81  2498/243  8330/729  24368/2187  63734/6561  168710/19683
     *                   10.667  9.556  8.519   8.840   10.280    11.427    11.142       9.714       8.571
     * ema3   -   -   -   11     10      9       9      10        11        11           10           9
     * </pre>
     * Signals can start at index 4 (unstable boundary U = 3, rule true only for i &gt; U). Crossed up at 7: ema2 &gt;
     * ema3 (10.280 &gt; 10) and at 6 ema2 &lt; ema3 (8.840 &lt; 9): buy at close[7] = 11. Crossed down at 10: ema2
     * 9.714 &lt; 10 and at 9 ema2 11.142 &gt; 11: sell at close[10] = 9. P&amp;L −2. At 11 ema2 &lt; ema3: no entry.
     * With TA-Lib's SMA seed ema3 would start at index 2 with (12 + 8 + 10) / 3 = 10; with old ta4j's close[0] seed
     * at index 0 with 12: both give other values, so this series pins the seeding.
     */
    @Test
    void shouldMatchHandComputedEmasAndCrossesOnTwelveBars()
    {
        final double[] closes = {12, 8, 10, 11, 9, 8, 9, 11, 12, 11, 9, 8};
        final List<TradeRow> trades = new ArrayList<>();
        for (int i = 0; i < closes.length; i++)
        {
            trades.add(new TradeRow(Instant.ofEpochSecond(T0 + 60L * i + 30), Double.toString(closes[i]), "1"));
        }
        final BarSeries series = Ta4jEmaCrossReference.minuteBars(trades, DecimalNumFactory.getInstance());

        final ClosePriceIndicator close = new ClosePriceIndicator(series);
        final EMAIndicator ema2 = new EMAIndicator(close, 2);
        final EMAIndicator ema3 = new EMAIndicator(close, 3);
        assertThat(ema2.getValue(1).isNaN()).isTrue();
        assertThat(ema3.getValue(2).isNaN()).isTrue();
        final double[] expected2 = {10, 32.0 / 3, 86.0 / 9, 230.0 / 27, 716.0 / 81, 2498.0 / 243, 8330.0 / 729,
            24368.0 / 2187, 63734.0 / 6561, 168710.0 / 19683};
        final double[] expected3 = {11, 10, 9, 9, 10, 11, 11, 10, 9};
        for (int i = 0; i < expected2.length; i++)
        {
            assertThat(ema2.getValue(i + 2).doubleValue()).as("ema2[%d]", i + 2).isCloseTo(expected2[i], offset(EXACT));
        }
        for (int i = 0; i < expected3.length; i++)
        {
            assertThat(ema3.getValue(i + 3).doubleValue()).as("ema3[%d]", i + 3).isCloseTo(expected3[i], offset(EXACT));
        }

        final Result result = new Ta4jEmaCrossReference(2, 3).run(series);

        assertThat(result.barCount()).isEqualTo(12);
        assertThat(result.positions()).containsExactly(new Position(
            7, Instant.ofEpochSecond(T0 + 7 * 60), Instant.ofEpochSecond(T0 + 8 * 60), 11,
            10, Instant.ofEpochSecond(T0 + 10 * 60), Instant.ofEpochSecond(T0 + 11 * 60), 9,
            1));
        assertThat(result.openEntry()).isEqualTo(-1);
        assertThat(result.netPnlPerUnit()).isEqualTo(-2.0);
        assertThat(new Ta4jEmaCrossReference(2, 3).run(
            Ta4jEmaCrossReference.minuteBars(trades, DoubleNumFactory.getInstance())).positions())
            .isEqualTo(result.positions());
    }

    /**
     * Trades at 00:00:10 (100), 00:00:50 (103), 00:01:00 (99, exactly on the boundary: opens the next bar),
     * 00:01:59 (101), then nothing until 00:04:00 (102): minutes 2 and 3 have no bar.
     */
    @Test
    void shouldBuildMinuteBarsAlignedToUtcWithOpenTimeInclusive()
    {
        final List<TradeRow> trades = List.of(
            new TradeRow(Instant.ofEpochSecond(T0 + 10), "100", "1"),
            new TradeRow(Instant.ofEpochSecond(T0 + 50), "103", "2"),
            new TradeRow(Instant.ofEpochSecond(T0 + 60), "99", "0.5"),
            new TradeRow(Instant.ofEpochSecond(T0 + 119), "101", "0.25"),
            new TradeRow(Instant.ofEpochSecond(T0 + 240), "102", "1"));

        final BarSeries series = Ta4jEmaCrossReference.minuteBars(trades, DecimalNumFactory.getInstance());

        assertThat(series.getBarCount()).isEqualTo(3);
        assertBar(series.getBar(0), T0, 100, 103, 100, 103, 3, 2);
        assertBar(series.getBar(1), T0 + 60, 99, 101, 99, 101, 0.75, 2);
        assertBar(series.getBar(2), T0 + 240, 102, 102, 102, 102, 1, 1);
        assertThat(Ta4jEmaCrossReference.closedBarsOf(series).getBarCount()).isEqualTo(2);
    }

    /**
     * The real data: 99,982 trades with a positive amount over 2013-11-25T00:00:00Z .. 2013-12-01T16:02:05Z fall in
     * 9,399 distinct minutes (counted with awk: {@code int(ts / 60)} of the rows with amount &gt; 0, uniq); the first
     * minute has 11 trades, O 800.01 H 807.47 L 800.01 C 807.47, volume 2.85664446 (awk over the same rows).
     */
    @Test
    void shouldRunOnBitstampMinuteBars()
    {
        final List<TradeRow> trades = Ta4jEmaCrossReference.bitstampTrades();
        assertThat(trades).hasSize(99_982);
        final BarSeries all = Ta4jEmaCrossReference.minuteBars(trades, DecimalNumFactory.getInstance());
        assertThat(all.getBarCount()).isEqualTo(9_399);
        assertBar(all.getBar(0), T0, 800.01, 807.47, 800.01, 807.47, 2.85664446, 11);
        assertThat(all.getLastBar().getBeginTime()).isEqualTo(Instant.parse("2013-12-01T16:02:00Z"));
        final BarSeries closed = Ta4jEmaCrossReference.closedBarsOf(all);
        assertThat(closed.getBarCount()).isEqualTo(9_398);

        final Result result = new Ta4jEmaCrossReference().run(closed);

        assertThat(result.positions()).isNotEmpty();
        double sum = 0;
        int previousExit = -1;
        for (final Position p : result.positions())
        {
            // The first bar that can signal is U + 1 = 22; positions do not overlap; fills are bar closes.
            assertThat(p.entryIndex()).isGreaterThan(Math.max(21, previousExit));
            assertThat(p.exitIndex()).isGreaterThan(p.entryIndex());
            assertThat(p.entryPrice()).isEqualTo(closed.getBar(p.entryIndex()).getClosePrice().doubleValue());
            assertThat(p.exitPrice()).isEqualTo(closed.getBar(p.exitIndex()).getClosePrice().doubleValue());
            assertThat(p.entryTime()).isEqualTo(p.entryBarBegin().plusSeconds(60));
            assertThat(p.amount()).isEqualTo(1.0);
            sum += p.pnl();
            previousExit = p.exitIndex();
        }
        assertThat(result.netPnlPerUnit()).isCloseTo(sum, offset(1e-6));
    }

    private static void assertBar(final Bar bar, final long beginSeconds, final double open, final double high,
        final double low, final double close, final double volume, final long trades)
    {
        assertThat(bar.getBeginTime()).isEqualTo(Instant.ofEpochSecond(beginSeconds));
        assertThat(bar.getEndTime()).isEqualTo(Instant.ofEpochSecond(beginSeconds + 60));
        assertThat(bar.getOpenPrice().doubleValue()).isEqualTo(open);
        assertThat(bar.getHighPrice().doubleValue()).isEqualTo(high);
        assertThat(bar.getLowPrice().doubleValue()).isEqualTo(low);
        assertThat(bar.getClosePrice().doubleValue()).isEqualTo(close);
        assertThat(bar.getVolume().doubleValue()).isCloseTo(volume, offset(EXACT));
        assertThat(bar.getTrades()).isEqualTo(trades);
    }
}
