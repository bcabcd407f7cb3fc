package io.pldot.engine.backtest.crosscheck;

import io.pldot.engine.TestEngine;
import io.pldot.engine.app.EventTimeWindow;
import io.pldot.engine.app.ProgressListener;
import io.pldot.engine.backtest.BacktestOutcome;
import io.pldot.engine.backtest.BacktestRunner;
import io.pldot.engine.backtest.metrics.ClosedTrade;
import io.pldot.engine.backtest.metrics.TradeSide;
import io.pldot.engine.config.ConfigLoader;
import io.pldot.engine.config.EngineConfig;
import io.pldot.journal.chronicle.JournalDirectory;
import io.pldot.journal.JournalReader;
import io.pldot.journal.schema.CandleClosedDescriptor;
import io.pldot.journal.schema.PortfolioEventDescriptor;
import io.pldot.journal.schema.PositionEventDescriptor;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.SignalDescriptor;
import io.pldot.journal.schema.TradingCodes;
import org.agrona.DirectBuffer;
import org.agrona.collections.Long2LongHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.ta4j.core.Bar;
import org.ta4j.core.BarSeries;
import org.ta4j.core.Strategy;
import org.ta4j.core.TradingRecord;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4 point 9: the engine's backtest of {@code ema-cross} gives the same trades as ta4j-core 0.22.2 on the same
 * bars. Our side runs the full pipeline ({@link BacktestRunner}: candles, analytics, decision, risk with the simulated
 * venue) over the journal of the 99,982 real Bitstamp trades; ta4j's side is {@link Ta4jEmaCrossReference}: its own
 * bar builder, EMAs, cross rules and backtest loop over 1-minute bars built from the same CSV. Golden values come
 * from ta4j only.
 * <p>
 * The engine is configured to trade as ta4j's reference does: EMA 9/21 seeded as ta4j seeds
 * ({@code ta4jSeed=true}), long only, on 1m candles, no signal de-duplication; {@code venue.fillModel:
 * signal-close} (fill at the signal bar's close) with zero slippage and fees; exactly one unit per entry
 * ({@code risk.fixedQuantity: 1}); no trailing stops, no dump detection, no max hold, no correlated exits, and drawdown
 * levels at 96-99 % (the test checks that none was reached). What is compared:
 * <ul>
 *   <li>the bars: our 1m candles are ta4j's closed bars one for one (open time, OHLC, volume exact; empty minutes
 *       have no bar on either side);</li>
 *   <li>the signals: a LONG on every bar where ta4j's entry rule holds and an EXIT_LONG on every bar where its exit
 *       rule holds, identified by the signal's bar (open) time;</li>
 *   <li>the trades: same count, entry and exit prices equal as decimals, the same signal bars, the fill at the event
 *       time of the input that closed the bar (the first trade of a later minute), i.e. in
 *       [ta4j bar end, end of ta4j's next bar); one unit each, no fees;</li>
 *   <li>the net P&amp;L: the sum of the positions' realized P&amp;L (fixed point, cents) equals ta4j's sum of
 *       {@code Position.getProfit()} exactly.</li>
 * </ul>
 * The only behavioural difference is harmless: the engine's strategy also emits the signals ta4j's loop never asks
 * for (an exit cross while flat), which the risk stage refuses (NO_POSITION); here that is the first cross only.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class EmaCrossTa4jCrossCheckIT
{
    /** What the reference's javadoc and README report for ta4j on these bars (ta4j's own numbers). */
    private static final int TA4J_ROUND_TRIPS = 306;
    private static final BigDecimal TA4J_NET_PNL_PER_UNIT = new BigDecimal("-946.70");
    private static final int PRICE_SCALE = 2;
    private static final int QUANTITY_SCALE = 8;
    private static final long ONE_UNIT = 100_000_000L;
    private static final long MINUTE_NANOS = 60_000_000_000L;

    private static final String CONFIG = """
        instruments:
          - { symbol: BTCUSD,  id: 1, venue: BITSTAMP, priceScale: 2, quantityScale: 8 }
        candles:
          timeframes: [1m, 5m, 15m, 1h]
        pipeline:
          threading: shared
        strategy:
          name: ema-cross
          timeframes: { trading: 1m, higher: 5m, lower: 1m }
          dedupWindow: 0
          params: { fast: 9, slow: 21, allowShort: false, ta4jSeed: true }
        risk:
          fixedQuantity: 1
          allowShort: false
          maxHoldTime: 0
          drawdown: { alertPct: 96, warningPct: 97, criticalPct: 98, circuitBreakerPct: 99 }
          dumpDetection: { enabled: false }
          trailingStop: { enabled: false }
        venue:
          latency: 0ms
          slippageBps: 0
          makerFeeBps: 0
          takerFeeBps: 0
          fillModel: signal-close
        """;

    @TempDir
    static Path dir;

    private static BarSeries allBars;
    private static BarSeries closedBars;
    private static Strategy ta4jStrategy;
    private static TradingRecord ta4j;
    private static BacktestOutcome outcome;
    private static Outputs ours;

    @BeforeAll
    static void runBoth()
    {
        allBars = Ta4jEmaCrossReference.bitstampMinuteBars();
        closedBars = Ta4jEmaCrossReference.closedBarsOf(allBars);
        final Ta4jEmaCrossReference reference = new Ta4jEmaCrossReference();
        ta4jStrategy = reference.strategy(closedBars);
        ta4j = reference.backtest(closedBars);

        final EngineConfig config = new ConfigLoader(Map.of()).parse(CONFIG, "crosscheck.yaml");
        final JournalDirectory journal = TestEngine.bitstampJournal(dir.resolve("journal"), config);
        final Path outputs = dir.resolve("backtest");
        outcome = new BacktestRunner(config, BacktestRunner.DEFAULT_SAMPLE_PERIOD_NANOS)
            .run(journal, EventTimeWindow.ALL, outputs, ProgressListener.NONE);
        ours = Outputs.read(new JournalDirectory(outputs));
    }

    @Test
    void shouldReproduceTheReferenceNumbersOnTa4jSide()
    {
        assertThat(closedBars.getBarCount()).isEqualTo(9_398);
        assertThat(ta4j.getPositions()).hasSize(TA4J_ROUND_TRIPS);
        assertThat(ta4jNetPnl()).isEqualByComparingTo(TA4J_NET_PNL_PER_UNIT);
        assertThat(ta4j.getCurrentPosition().isOpened()).isFalse();
    }

    @Test
    void shouldBuildTheSameOneMinuteBarsAsTa4j()
    {
        // Both skip empty minutes: no trade, no bar; ta4j's last bar (the minute still open) is not closed here either.
        assertThat(ours.candles).hasSize(closedBars.getBarCount());
        for (int i = 0; i < ours.candles.size(); i++)
        {
            final long[] c = ours.candles.get(i);
            final Bar bar = closedBars.getBar(i);
            assertThat(c[0]).as("open time of bar %d", i).isEqualTo(nanos(bar.getBeginTime()));
            assertThat(price(c[1])).as("open of bar %d", i).isEqualByComparingTo(bar.getOpenPrice().bigDecimalValue());
            assertThat(price(c[2])).as("high of bar %d", i).isEqualByComparingTo(bar.getHighPrice().bigDecimalValue());
            assertThat(price(c[3])).as("low of bar %d", i).isEqualByComparingTo(bar.getLowPrice().bigDecimalValue());
            assertThat(price(c[4])).as("close of bar %d", i).isEqualByComparingTo(bar.getClosePrice().bigDecimalValue());
            assertThat(BigDecimal.valueOf(c[5], QUANTITY_SCALE)).as("volume of bar %d", i)
                .isEqualByComparingTo(bar.getVolume().bigDecimalValue());
        }
    }

    @Test
    void shouldSignalOnExactlyTheBarsWhereTa4jsRulesHold()
    {
        final List<String> expected = new ArrayList<>();
        for (int i = closedBars.getBeginIndex(); i <= closedBars.getEndIndex(); i++)
        {
            final long begin = nanos(closedBars.getBar(i).getBeginTime());
            if (ta4jStrategy.shouldEnter(i))
            {
                expected.add(begin + " LONG");
            }
            if (ta4jStrategy.shouldExit(i))
            {
                expected.add(begin + " EXIT_LONG");
            }
        }
        assertThat(ours.signals).hasSize(expected.size()).containsExactlyElementsOf(expected);
    }

    @Test
    void shouldTradeLikeTa4jPriceForPriceAndBarForBar()
    {
        final List<org.ta4j.core.Position> theirs = ta4j.getPositions();
        assertThat(ours.trades).hasSize(theirs.size());
        assertThat(outcome.results().trades()).hasSize(theirs.size());
        assertThat(outcome.openPositions()).isZero();
        for (int i = 0; i < theirs.size(); i++)
        {
            final org.ta4j.core.Position p = theirs.get(i);
            final Trade t = ours.trades.get(i);
            final int in = p.getEntry().getIndex();
            final int out = p.getExit().getIndex();
            assertThat(price(t.entryPrice)).as("entry price of trade %d", i)
                .isEqualByComparingTo(p.getEntry().getPricePerAsset().bigDecimalValue());
            assertThat(price(t.exitPrice)).as("exit price of trade %d", i)
                .isEqualByComparingTo(p.getExit().getPricePerAsset().bigDecimalValue());
            assertThat(t.entryBar).as("entry signal bar of trade %d", i).isEqualTo(nanos(closedBars.getBar(in).getBeginTime()));
            assertThat(t.exitBar).as("exit signal bar of trade %d", i).isEqualTo(nanos(closedBars.getBar(out).getBeginTime()));
            // ta4j fills at its bar's end; ours when the bar closes: the first trade after it, in the next bar.
            assertThat(t.entryTime).as("entry time of trade %d", i)
                .isGreaterThanOrEqualTo(nanos(allBars.getBar(in).getEndTime()))
                .isLessThan(nanos(allBars.getBar(in + 1).getEndTime()));
            assertThat(t.exitTime).as("exit time of trade %d", i)
                .isGreaterThanOrEqualTo(nanos(allBars.getBar(out).getEndTime()))
                .isLessThan(nanos(allBars.getBar(out + 1).getEndTime()));
            assertThat(t.quantity).as("units of trade %d", i).isEqualTo(ONE_UNIT);
            assertThat(price(t.pnl)).as("P&L of trade %d", i).isEqualByComparingTo(p.getProfit().bigDecimalValue());
            assertThat(t.fees).isZero();
            assertThat(t.reason).isEqualTo(TradingCodes.OrderReason.SIGNAL_EXIT.code());

            // The collector's trade is the same one, as doubles.
            final ClosedTrade c = outcome.results().trades().get(i);
            assertThat(c.side()).isEqualTo(TradeSide.LONG);
            assertThat(c.entryPrice()).isEqualTo(p.getEntry().getPricePerAsset().doubleValue());
            assertThat(c.exitPrice()).isEqualTo(p.getExit().getPricePerAsset().doubleValue());
            assertThat(c.entryTimeNs()).isEqualTo(t.entryTime);
            assertThat(c.exitTimeNs()).isEqualTo(t.exitTime);
            assertThat(c.quantity()).isEqualTo(1.0);
            assertThat(c.fees()).isZero();
            assertThat(c.exitReason()).isEqualTo("SIGNAL_EXIT");
        }
    }

    @Test
    void shouldMakeTheSameNetPnlPerUnitAsTa4j()
    {
        long net = 0;
        for (final Trade t : ours.trades)
        {
            net += t.pnl;
        }
        assertThat(price(net)).isEqualByComparingTo(ta4jNetPnl()).isEqualByComparingTo(TA4J_NET_PNL_PER_UNIT);
        assertThat(outcome.results().portfolio().trades().netPnl())
            .isCloseTo(ta4jNetPnl().doubleValue(), org.assertj.core.api.Assertions.offset(1e-6));
    }

    @Test
    void shouldLetNothingButTheSignalsDecide()
    {
        // No drawdown level reached, no halt: the only portfolio events are the equity marks.
        assertThat(ours.otherPortfolioEvents).isZero();
        assertThat(ours.equityMarks).isEqualTo(closedBars.getBarCount());
        // Every signal became an order except the exit cross that came while flat (ta4j never asks for it).
        assertThat(outcome.riskRejects()).containsOnlyKeys("NO_POSITION");
        assertThat(outcome.riskRejects().get("NO_POSITION") + 2L * ta4j.getPositions().size())
            .isEqualTo(ours.signals.size());
        assertThat(outcome.fills()).isEqualTo(2L * ta4j.getPositions().size());
    }

    private static BigDecimal ta4jNetPnl()
    {
        BigDecimal net = BigDecimal.ZERO;
        for (final org.ta4j.core.Position p : ta4j.getPositions())
        {
            net = net.add(p.getProfit().bigDecimalValue());
        }
        return net;
    }

    private static BigDecimal price(final long fixedPoint)
    {
        return BigDecimal.valueOf(fixedPoint, PRICE_SCALE);
    }

    private static long nanos(final Instant instant)
    {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    /**
     * One closed position as the risk stage journaled it, fixed point, with the bar times of the signals that opened
     * and closed it.
     */
    private record Trade(
        long entryBar, long entryTime, long entryPrice, long exitBar, long exitTime, long exitPrice, long quantity,
        long pnl, long fees, int reason)
    {
    }

    /**
     * What the backtest journaled, read back from its output directory.
     */
    private static final class Outputs
    {
        final List<long[]> candles = new ArrayList<>();
        final List<String> signals = new ArrayList<>();
        final List<Trade> trades = new ArrayList<>();
        long equityMarks;
        long otherPortfolioEvents;

        static Outputs read(final JournalDirectory journal)
        {
            final Outputs o = new Outputs();
            // Signal bar time per input sequence: with signal-close fills, a position event shares its signal's input.
            final Long2LongHashMap signalBarBySequence = new Long2LongHashMap(Long.MIN_VALUE);
            final Long2LongHashMap entryBarByPosition = new Long2LongHashMap(Long.MIN_VALUE);
            final Long2LongHashMap enteredByPosition = new Long2LongHashMap(0);
            try (JournalReader reader = journal.openOutputReader())
            {
                while (reader.next() > 0)
                {
                    final DirectBuffer b = reader.buffer();
                    final int type = RecordHeaderDescriptor.typeId(b, 0);
                    final long sequence = RecordHeaderDescriptor.sequence(b, 0);
                    if (type == RecordType.CANDLE_CLOSED.typeId() && CandleClosedDescriptor.TIMEFRAME_SECONDS.get(b, 0) == 60)
                    {
                        o.candles.add(new long[] {CandleClosedDescriptor.OPEN_TIME.get(b, 0), CandleClosedDescriptor.OPEN.get(b, 0),
                            CandleClosedDescriptor.HIGH.get(b, 0), CandleClosedDescriptor.LOW.get(b, 0),
                            CandleClosedDescriptor.CLOSE.get(b, 0), CandleClosedDescriptor.VOLUME.get(b, 0)});
                    }
                    else if (type == RecordType.SIGNAL.typeId())
                    {
                        assertThat(SignalDescriptor.TIMEFRAME_SECONDS.get(b, 0)).isEqualTo(60);
                        o.signals.add(SignalDescriptor.BAR_TIME.get(b, 0) + " " +
                            TradingCodes.SignalType.of(SignalDescriptor.TYPE.get(b, 0)).name());
                        signalBarBySequence.put(sequence, SignalDescriptor.BAR_TIME.get(b, 0));
                    }
                    else if (type == RecordType.POSITION_EVENT.typeId())
                    {
                        o.onPosition(b, sequence, signalBarBySequence, entryBarByPosition, enteredByPosition);
                    }
                    else if (type == RecordType.PORTFOLIO_EVENT.typeId())
                    {
                        if (PortfolioEventDescriptor.EVENT.get(b, 0) == TradingCodes.PortfolioEventType.EQUITY_MARK.code())
                        {
                            o.equityMarks++;
                        }
                        else
                        {
                            o.otherPortfolioEvents++;
                        }
                    }
                }
            }
            return o;
        }

        private void onPosition(
            final DirectBuffer b, final long sequence, final Long2LongHashMap signalBarBySequence,
            final Long2LongHashMap entryBarByPosition, final Long2LongHashMap enteredByPosition)
        {
            final int event = PositionEventDescriptor.EVENT.get(b, 0);
            final long id = PositionEventDescriptor.POSITION_ID.get(b, 0);
            if (event == TradingCodes.PositionEventType.OPENED.code())
            {
                entryBarByPosition.put(id, signalBarBySequence.get(sequence));
                enteredByPosition.put(id, PositionEventDescriptor.CHANGE.get(b, 0));
            }
            else if (event == TradingCodes.PositionEventType.INCREASED.code())
            {
                enteredByPosition.put(id, enteredByPosition.get(id) + PositionEventDescriptor.CHANGE.get(b, 0));
            }
            else if (event == TradingCodes.PositionEventType.CLOSED.code())
            {
                assertThat(PositionEventDescriptor.SIDE.get(b, 0)).isEqualTo(TradingCodes.PositionSide.LONG.code());
                trades.add(new Trade(
                    entryBarByPosition.remove(id), PositionEventDescriptor.ENTRY_TIME.get(b, 0),
                    PositionEventDescriptor.AVERAGE_ENTRY.get(b, 0),
                    signalBarBySequence.get(sequence), RecordHeaderDescriptor.tsEvent(b, 0),
                    PositionEventDescriptor.EXIT_PRICE.get(b, 0),
                    enteredByPosition.remove(id), PositionEventDescriptor.REALIZED_PNL.get(b, 0),
                    PositionEventDescriptor.FEES.get(b, 0), PositionEventDescriptor.REASON.get(b, 0)));
            }
        }
    }
}
