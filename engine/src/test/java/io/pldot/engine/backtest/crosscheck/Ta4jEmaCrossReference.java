package io.pldot.engine.backtest.crosscheck;

import ch.qos.logback.classic.Level;
import io.pldot.feeds.importer.BundledData;
import org.slf4j.LoggerFactory;
import org.ta4j.core.BarBuilder;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Strategy;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.analysis.cost.ZeroCostModel;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.backtest.TradeOnCurrentCloseModel;
import org.ta4j.core.bars.TimeBarBuilder;
import org.ta4j.core.bars.TimeBarBuilderFactory;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DecimalNumFactory;
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

/**
 * The independent reference for the EMA-cross cross-check (issue 4 point 9): ta4j-core 0.22.2 runs a long-only EMA
 * crossover on 1-minute bars of the 100,000 Bitstamp trades bundled in {@code org.ta4j:ta4j-examples:0.18}, using
 * ta4j's own bar building, indicators, rules and backtest loop. Nothing here uses engine code except
 * {@link BundledData}, which only locates the CSV on the classpath.
 *
 * <h2>What it runs</h2>
 * <ul>
 *   <li>Bars: {@link org.ta4j.core.bars.TimeBarBuilder#addTrade} with a 1-minute period; bars are aligned to UTC
 *       epoch minutes, {@code [begin, end)}: a trade exactly on a minute boundary opens the next bar. A minute with no
 *       trade has no bar (ta4j skips the gap, as the engine's candles do). Trades with a zero amount (18 rows of the
 *       file) are skipped, as the engine's importer refuses them.</li>
 *   <li>Strategy: fast {@link EMAIndicator} (default 9) and slow (default 21) on {@link ClosePriceIndicator}; enter
 *       on {@code CrossedUpIndicatorRule(fast, slow)}, exit on {@code CrossedDownIndicatorRule(fast, slow)}; long
 *       only; one unit per position ({@code amount = 1}).</li>
 *   <li>Execution: {@link BarSeriesManager} with {@link TradeOnCurrentCloseModel} (fill at the close of the bar whose
 *       close triggered the rule) and {@link ZeroCostModel} for both transaction and holding costs.</li>
 * </ul>
 *
 * <h2>ta4j 0.22.2 definitions, read from its sources (ta4j-core-0.22.2-sources.jar)</h2>
 * <ul>
 *   <li><b>EMA seeding.</b> {@code EMAIndicator(indicator, n)} has multiplier {@code k = 2 / (n + 1)} and
 *       {@code getCountOfUnstableBars() = n}. {@code AbstractEMAIndicator.calculate(i)} returns NaN for
 *       {@code i < beginIndex + n}; at {@code i = n} the previous value is NaN, so the EMA "recovers" to the current
 *       input: <b>{@code EMA[n] = close[n]}</b> (the {@code (n+1)}-th close, 0-based index n); after that
 *       {@code EMA[i] = EMA[i-1] + (close[i] − EMA[i-1]) × k}. This is neither TA-Lib's seed (the SMA of the first n
 *       closes, first value at index n − 1) nor older ta4j's (EMA[0] = close[0], no unstable period). An engine EMA
 *       must seed the same way, and start at the same bar, to reproduce these trades.</li>
 *   <li><b>Crossed up.</b> {@code CrossedUpIndicatorRule(fast, slow)} is {@code CrossIndicator(up = slow,
 *       low = fast)}; with {@code U = max(unstable(fast), unstable(slow)) = slow n}, it is true at bar {@code i} iff
 *       {@code i > U}, {@code fast[i] > slow[i]} (strictly), and at the latest bar {@code j < i} with
 *       {@code fast[j] != slow[j]} (walking back no further than {@code U}) {@code fast[j] < slow[j]}. Bars where the
 *       two are equal are skipped over, so "touch then cross" counts as one cross; if they were equal all the way back
 *       to {@code U}, it is no cross. The first bar that can signal is {@code U + 1} (index 22 for 9/21).
 *       {@code CrossedDownIndicatorRule(fast, slow)} is the mirror
 *       ({@code CrossIndicator(up = fast, low = slow)}).</li>
 *   <li><b>Bar times.</b> {@code Bar.getBeginTime()} is the aligned minute (inclusive), {@code getEndTime()} is
 *       {@code begin + 1 min} (exclusive; {@code Bar.inPeriod(t)} is {@code begin <= t < end}); both UTC instants. A
 *       bar is added to the series at its first trade and replaced on every later trade of the same minute, so the
 *       <b>last bar of the series is the still-open last minute</b> (2013-12-01T16:02Z here: 9,399 bars, where the
 *       engine has closed 9,398 1m candles). {@link #closedBarsOf} drops it.</li>
 *   <li><b>Backtest loop.</b> {@code BarSeriesManager.run} asks the strategy at every index (enter when flat, exit
 *       when long) and fills at that bar's close; a position still open after the last bar stays open (it is not
 *       closed at the end and is not in {@code getPositions()}): {@link Result#openEntry()}.</li>
 * </ul>
 * <p>
 * Stateless; thread-safe (each {@link #run} builds its own indicators).
 */
public final class Ta4jEmaCrossReference
{
    /** Default fast EMA length. */
    public static final int DEFAULT_FAST = 9;
    /** Default slow EMA length. */
    public static final int DEFAULT_SLOW = 21;
    /** Bar length. */
    public static final Duration BAR = Duration.ofMinutes(1);

    /**
     * One round trip. Prices are the bar closes at which ta4j filled.
     *
     * @param entryIndex    index of the entry bar in the series.
     * @param entryBarBegin begin (open) time of the entry bar: the engine's candle open time.
     * @param entryTime     end time of the entry bar: when its close is final and the fill happens.
     * @param entryPrice    entry price (that bar's close).
     * @param exitIndex     index of the exit bar.
     * @param exitBarBegin  begin time of the exit bar.
     * @param exitTime      end time of the exit bar.
     * @param exitPrice     exit price.
     * @param amount        units bought (1).
     */
    public record Position(
        int entryIndex, Instant entryBarBegin, Instant entryTime, double entryPrice,
        int exitIndex, Instant exitBarBegin, Instant exitTime, double exitPrice, double amount)
    {
        /**
         * @return {@code (exitPrice − entryPrice) × amount}.
         */
        public double pnl()
        {
            return (exitPrice - entryPrice) * amount;
        }
    }

    /**
     * The outcome of a run.
     *
     * @param barCount      bars in the series.
     * @param positions     closed positions, in order.
     * @param openEntry     index of the entry bar of a position still open at the end, or -1.
     * @param netPnlPerUnit sum over closed positions of ta4j's {@code Position.getProfit()} (zero costs, amount 1):
     *                      the net P&amp;L of trading one unit.
     */
    public record Result(int barCount, List<Position> positions, int openEntry, double netPnlPerUnit)
    {
        /**
         * Copies the list.
         */
        public Result
        {
            positions = List.copyOf(positions);
        }
    }

    /**
     * One trade of the input, as the bar builder takes it.
     *
     * @param time   trade time.
     * @param price  price, as written in the file.
     * @param amount quantity, as written.
     */
    public record TradeRow(Instant time, String price, String amount)
    {
    }

    static
    {
        quietGapWarnings();
    }

    private final int fast;
    private final int slow;

    /**
     * The 9/21 reference.
     */
    public Ta4jEmaCrossReference()
    {
        this(DEFAULT_FAST, DEFAULT_SLOW);
    }

    /**
     * @param fast fast EMA length.
     * @param slow slow EMA length.
     */
    public Ta4jEmaCrossReference(final int fast, final int slow)
    {
        if (fast < 1 || slow < 1)
        {
            throw new IllegalArgumentException("EMA lengths must be positive: fast " + fast + ", slow " + slow);
        }
        this.fast = fast;
        this.slow = slow;
    }

    /**
     * ta4j's {@code TimeBarBuilder} logs a WARN for every gap of one or more empty minutes (about 160 in this file).
     * Gaps are expected here (no trade, no bar, as in the engine), so that logger is set to ERROR.
     */
    public static void quietGapWarnings()
    {
        ((ch.qos.logback.classic.Logger)LoggerFactory.getLogger(TimeBarBuilder.class)).setLevel(Level.ERROR);
    }

    /**
     * @return the bundled Bitstamp trades with a positive amount, in file order.
     */
    public static List<TradeRow> bitstampTrades()
    {
        try (Reader reader = BundledData.bitstampTrades().open();
            BufferedReader lines = new BufferedReader(reader))
        {
            final String header = lines.readLine();
            if (!"timestamp,price,amount".equals(header))
            {
                throw new IllegalStateException("unexpected header in " + BundledData.BITSTAMP_TRADES + ": " + header);
            }
            final List<TradeRow> rows = new ArrayList<>(100_000);
            String line;
            while ((line = lines.readLine()) != null)
            {
                if (line.isBlank())
                {
                    continue;
                }
                final String[] f = line.split(",");
                // The engine refuses the file's 18 zero-amount rows (NON_POSITIVE_QUANTITY); so does the reference.
                if (new BigDecimal(f[2]).signum() > 0)
                {
                    rows.add(new TradeRow(Instant.ofEpochSecond(Long.parseLong(f[0])), f[1], f[2]));
                }
            }
            return rows;
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds 1-minute bars with ta4j's {@code TimeBarBuilder.addTrade}.
     *
     * @param trades     trades in time order.
     * @param numFactory number type of the series ({@link DecimalNumFactory} is ta4j's default).
     * @return the series; its last bar is the minute of the last trade, still open.
     */
    public static BarSeries minuteBars(final List<TradeRow> trades, final NumFactory numFactory)
    {
        final BarSeries series = new BaseBarSeriesBuilder()
            .withName("BTCUSD 1m")
            .withNumFactory(numFactory)
            .withBarBuilderFactory(new TimeBarBuilderFactory(BAR))
            .build();
        // series.barBuilder() makes a new builder on every call, and the builder holds the bar being built: keep one.
        final BarBuilder builder = series.barBuilder();
        for (final TradeRow t : trades)
        {
            // Note the argument order: volume before price.
            builder.addTrade(t.time(), numFactory.numOf(t.amount()), numFactory.numOf(t.price()));
        }
        return series;
    }

    /**
     * @return {@link #minuteBars} of {@link #bitstampTrades}, decimal numbers.
     */
    public static BarSeries bitstampMinuteBars()
    {
        return minuteBars(bitstampTrades(), DecimalNumFactory.getInstance());
    }

    /**
     * @param series a series built by {@link #minuteBars}.
     * @return the series without its last (still open) bar, as the engine sees closed candles.
     */
    public static BarSeries closedBarsOf(final BarSeries series)
    {
        return series.getSubSeries(series.getBeginIndex(), series.getEndIndex());
    }

    /**
     * Runs the strategy over a whole series.
     *
     * @param series bars.
     * @return positions and net P&amp;L.
     */
    public Result run(final BarSeries series)
    {
        final TradingRecord record = backtest(series);
        final List<Position> positions = new ArrayList<>(record.getPositions().size());
        Num net = series.numFactory().zero();
        for (final org.ta4j.core.Position p : record.getPositions())
        {
            final int in = p.getEntry().getIndex();
            final int out = p.getExit().getIndex();
            positions.add(new Position(
                in, series.getBar(in).getBeginTime(), series.getBar(in).getEndTime(),
                p.getEntry().getPricePerAsset().doubleValue(),
                out, series.getBar(out).getBeginTime(), series.getBar(out).getEndTime(),
                p.getExit().getPricePerAsset().doubleValue(),
                p.getEntry().getAmount().doubleValue()));
            net = net.plus(p.getProfit());
        }
        final int openEntry = record.getCurrentPosition().isOpened() ? record.getCurrentPosition().getEntry().getIndex()
            : -1;
        return new Result(series.getBarCount(), positions, openEntry, net.doubleValue());
    }

    /**
     * The ta4j backtest alone, for benchmarks: strategy built and run over the series.
     *
     * @param series bars.
     * @return ta4j's trading record.
     */
    public TradingRecord backtest(final BarSeries series)
    {
        return new BarSeriesManager(series, new ZeroCostModel(), new ZeroCostModel(), new TradeOnCurrentCloseModel())
            .run(strategy(series));
    }

    /**
     * @param series bars.
     * @return the long-only EMA-cross strategy over them.
     */
    public Strategy strategy(final BarSeries series)
    {
        final ClosePriceIndicator close = new ClosePriceIndicator(series);
        final EMAIndicator fastEma = new EMAIndicator(close, fast);
        final EMAIndicator slowEma = new EMAIndicator(close, slow);
        return new BaseStrategy("ema-cross " + fast + "/" + slow,
            new CrossedUpIndicatorRule(fastEma, slowEma), new CrossedDownIndicatorRule(fastEma, slowEma));
    }
}
