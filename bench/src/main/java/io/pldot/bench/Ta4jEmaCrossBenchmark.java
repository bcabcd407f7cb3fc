package io.pldot.bench;

import io.pldot.feeds.importer.BundledData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.LoggerFactory;
import org.ta4j.core.BarBuilder;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.analysis.cost.ZeroCostModel;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.backtest.TradeOnCurrentCloseModel;
import org.ta4j.core.bars.TimeBarBuilder;
import org.ta4j.core.bars.TimeBarBuilderFactory;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DecimalNumFactory;
import org.ta4j.core.num.DoubleNumFactory;
import org.ta4j.core.num.Num;
import org.ta4j.core.num.NumFactory;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Peer comparison: ta4j-core 0.22.2's bar-level backtest of a long-only EMA 9/21 crossover on 1-minute bars of the
 * real Bitstamp trades, the same set-up as the engine's cross-check reference ({@code Ta4jEmaCrossReference} in the
 * engine's tests: {@code TimeBarBuilder.addTrade}, {@code EMAIndicator} on closes, {@code CrossedUp/Down} rules,
 * {@code BarSeriesManager} with {@code TradeOnCurrentCloseModel} and zero costs). Bench cannot see engine test
 * classes, so those few ta4j calls are repeated here.
 * <ul>
 *   <li>{@link #buildMinuteBars}: one op builds the 9,399 one-minute bars from all 99,982 trades (prices and amounts
 *       already converted to ta4j numbers in setup, so CSV parsing is not timed).</li>
 *   <li>{@link #emaCrossBacktest}: one op builds fresh indicators and runs the backtest over those bars (fresh
 *       indicators, so no value cached by an earlier op is reused).</li>
 * </ul>
 * Throughput in ops/s; {@code BenchMain} multiplies by the 99,982 trades per op, so both read as trades of data per
 * second, the unit of the engine's replay figures. {@code numType} is ta4j's number type: {@code decimal} (its
 * default, BigDecimal-backed) or {@code double}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Thread)
public class Ta4jEmaCrossBenchmark
{
    private static final Duration BAR = Duration.ofMinutes(1);

    @Param({"decimal", "double"})
    public String numType;

    private NumFactory numFactory;
    private Instant[] times;
    private Num[] prices;
    private Num[] amounts;
    private BarSeries bars;

    @Setup(Level.Trial)
    public void setUp()
    {
        // ta4j logs a WARN per gap of empty minutes (~160 per build here): expected gaps, and logging is not what
        // this benchmark measures.
        final ch.qos.logback.classic.Logger gapLog =
            (ch.qos.logback.classic.Logger)LoggerFactory.getLogger(TimeBarBuilder.class);
        gapLog.setLevel(ch.qos.logback.classic.Level.ERROR);
        numFactory = "double".equals(numType) ? DoubleNumFactory.getInstance() : DecimalNumFactory.getInstance();
        final List<String[]> rows = readTrades();
        times = new Instant[rows.size()];
        prices = new Num[rows.size()];
        amounts = new Num[rows.size()];
        for (int i = 0; i < rows.size(); i++)
        {
            times[i] = Instant.ofEpochSecond(Long.parseLong(rows.get(i)[0]));
            prices[i] = numFactory.numOf(rows.get(i)[1]);
            amounts[i] = numFactory.numOf(rows.get(i)[2]);
        }
        bars = buildMinuteBars();
        if (bars.getBarCount() != 9_399)
        {
            throw new IllegalStateException("expected 9,399 one-minute bars, built " + bars.getBarCount());
        }
    }

    @Benchmark
    public BarSeries buildMinuteBars()
    {
        final BarSeries series = new BaseBarSeriesBuilder()
            .withName("BTCUSD 1m")
            .withNumFactory(numFactory)
            .withBarBuilderFactory(new TimeBarBuilderFactory(BAR))
            .build();
        final BarBuilder builder = series.barBuilder();
        for (int i = 0; i < times.length; i++)
        {
            builder.addTrade(times[i], amounts[i], prices[i]);
        }
        return series;
    }

    @Benchmark
    public TradingRecord emaCrossBacktest()
    {
        final ClosePriceIndicator close = new ClosePriceIndicator(bars);
        final EMAIndicator fast = new EMAIndicator(close, 9);
        final EMAIndicator slow = new EMAIndicator(close, 21);
        final BaseStrategy strategy = new BaseStrategy("ema-cross 9/21",
            new CrossedUpIndicatorRule(fast, slow), new CrossedDownIndicatorRule(fast, slow));
        return new BarSeriesManager(bars, new ZeroCostModel(), new ZeroCostModel(), new TradeOnCurrentCloseModel())
            .run(strategy);
    }

    private static List<String[]> readTrades()
    {
        try (Reader reader = BundledData.bitstampTrades().open();
            BufferedReader lines = new BufferedReader(reader))
        {
            lines.readLine();
            final List<String[]> rows = new ArrayList<>(100_000);
            String line;
            while ((line = lines.readLine()) != null)
            {
                final String[] f = line.split(",");
                // The 18 zero-amount rows are refused by the engine's importer; left out here too.
                if (f.length == 3 && new BigDecimal(f[2]).signum() > 0)
                {
                    rows.add(f);
                }
            }
            return rows;
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }
}
