package io.pldot.engine.backtest;

import io.pldot.engine.backtest.metrics.ClosedTrade;
import io.pldot.engine.backtest.metrics.EquityCurve;
import io.pldot.engine.backtest.metrics.TradeSide;
import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.CandleClosedDescriptor;
import io.pldot.journal.schema.OrderEventDescriptor;
import io.pldot.journal.schema.PortfolioEventDescriptor;
import io.pldot.journal.schema.PositionEventDescriptor;
import io.pldot.journal.schema.RiskRejectDescriptor;
import io.pldot.journal.schema.SignalDescriptor;
import io.pldot.journal.schema.TradingCodes;
import io.pldot.journal.schema.TradingCodes.OrderEventType;
import io.pldot.journal.schema.TradingCodes.OrderReason;
import io.pldot.journal.schema.TradingCodes.PortfolioEventType;
import io.pldot.journal.schema.TradingCodes.PositionEventType;
import io.pldot.journal.schema.TradingCodes.RiskRejectReason;
import io.pldot.journal.schema.TradingCodes.SignalType;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link BacktestCollector} on hand-built output records, encoded with the journal's descriptors as the risk stage
 * writes them. Two instruments with different scales: BTCUSDT (id 1, prices 2 dp, quantities 8 dp) and DOGEUSDT
 * (id 2, prices 5 dp, whole units), so a value read at the wrong scale shows.
 */
class BacktestCollectorTest
{
    private static final int BTC = 1;
    private static final int DOGE = 2;
    private static final long HOUR = 3_600_000_000_000L;
    private static final long SECOND = 1_000_000_000L;
    /** 2024-01-01T10:00:00Z. */
    private static final long T10 = Instant.parse("2024-01-01T10:00:00Z").getEpochSecond() * SECOND;
    private static final double EXACT = 1e-9;

    private final InstrumentRegistry registry = new InstrumentRegistry(List.of(
        new Instrument("BTCUSDT", BTC, "BINANCE", 2, 8),
        new Instrument("DOGEUSDT", DOGE, "BINANCE", 5, 0)));
    private final BacktestCollector collector = new BacktestCollector(registry, HOUR);
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[1024]);
    private long sequence;

    @Test
    void shouldBuildOneTradePerClosedEventWithTheSumOfEntryFillsAsQuantityAtTheInstrumentsScales()
    {
        // BTC long: 0.10 then 0.15 in, 0.05 out (REDUCED), the stop moves, the last 0.20 out (CLOSED, quantity 0).
        position(T10, BTC, PositionEventType.OPENED, 1, OrderReason.ENTRY, 128, 10_000_000, 10_000_000, 2_000_000, 0,
            0, 0, T10, SignalType.LONG, 0.8);
        position(T10 + SECOND, BTC, PositionEventType.INCREASED, 1, OrderReason.ENTRY, 128, 25_000_000, 15_000_000,
            2_004_000, 0, 0, 0, T10, SignalType.LONG, 0.8);
        position(T10 + 2 * SECOND, BTC, PositionEventType.REDUCED, 1, OrderReason.TRAILING_STOP, 128, 20_000_000,
            5_000_000, 2_004_000, 2_010_000, 300, 50, T10, SignalType.LONG, 0.8);
        position(T10 + 3 * SECOND, BTC, PositionEventType.STOP_MOVED, 1, OrderReason.ENTRY, 128, 20_000_000, 0,
            2_004_000, 0, 300, 50, T10, SignalType.LONG, 0.8);
        assertThat(collector.trades()).isEmpty();
        assertThat(collector.openPositions()).isEqualTo(1);
        position(T10 + 4 * SECOND, BTC, PositionEventType.CLOSED, 1, OrderReason.TRAILING_STOP, 128, 0, 20_000_000,
            2_004_000, 2_010_050, 1_490, 123, T10, SignalType.LONG, 0.8);

        // DOGE short of 1,000 units at 0.08123, bought back at 0.08000 on a reversal: +1.23 gross, 0.005 fees.
        position(T10 + 5 * SECOND, DOGE, PositionEventType.OPENED, 2, OrderReason.ENTRY, 320, 1_000, 1_000, 8_123, 0, 0,
            250, T10 + 5 * SECOND, SignalType.SHORT, 0.4);
        position(T10 + HOUR, DOGE, PositionEventType.CLOSED, 2, OrderReason.REVERSAL, 320, 0, 1_000, 8_123, 8_000,
            123_000, 500, T10 + 5 * SECOND, SignalType.SHORT, 0.4);

        // Still open at the end: counted, not a trade.
        position(T10 + HOUR + SECOND, BTC, PositionEventType.OPENED, 1, OrderReason.ENTRY, 640, 1, 1, 2_000_000, 0, 0,
            0, T10 + HOUR + SECOND, SignalType.LONG, 0.5);

        final List<ClosedTrade> trades = collector.trades();
        assertThat(trades).hasSize(2);
        final ClosedTrade btc = trades.get(0);
        assertThat(btc.symbol()).isEqualTo("BTCUSDT");
        assertThat(btc.side()).isEqualTo(TradeSide.LONG);
        assertThat(btc.entryTimeNs()).isEqualTo(T10);
        assertThat(btc.exitTimeNs()).isEqualTo(T10 + 4 * SECOND);
        assertThat(btc.entryPrice()).isEqualTo(20_040.00);
        assertThat(btc.exitPrice()).isEqualTo(20_100.50);
        assertThat(btc.quantity()).isEqualTo(0.25);
        assertThat(btc.grossPnl()).isEqualTo(14.90);
        assertThat(btc.fees()).isEqualTo(1.23);
        assertThat(btc.netPnl()).isCloseTo(13.67, org.assertj.core.api.Assertions.offset(EXACT));
        assertThat(btc.signalType()).isEqualTo("LONG");
        assertThat(btc.confidence()).isEqualTo(0.8);
        assertThat(btc.exitReason()).isEqualTo("TRAILING_STOP");

        final ClosedTrade doge = trades.get(1);
        assertThat(doge.symbol()).isEqualTo("DOGEUSDT");
        assertThat(doge.side()).isEqualTo(TradeSide.SHORT);
        assertThat(doge.entryTimeNs()).isEqualTo(T10 + 5 * SECOND);
        assertThat(doge.exitTimeNs()).isEqualTo(T10 + HOUR);
        assertThat(doge.entryPrice()).isEqualTo(0.08123);
        assertThat(doge.exitPrice()).isEqualTo(0.08);
        assertThat(doge.quantity()).isEqualTo(1_000.0);
        assertThat(doge.grossPnl()).isEqualTo(1.23);
        assertThat(doge.fees()).isEqualTo(0.005);
        assertThat(doge.signalType()).isEqualTo("SHORT");
        assertThat(doge.confidence()).isEqualTo(0.4);
        assertThat(doge.exitReason()).isEqualTo("REVERSAL");

        assertThat(collector.openPositions()).isEqualTo(1);
    }

    @Test
    void shouldClampTheConfidenceAndNameUnknownCodes()
    {
        position(T10, BTC, PositionEventType.OPENED, 1, OrderReason.ENTRY, 1, 5, 5, 100, 0, 0, 0, T10, SignalType.LONG,
            Double.NaN);
        positionRaw(T10 + SECOND, BTC, PositionEventType.CLOSED.code(), 1, 0, 1, 0, 5, 100, 100, 0, 0, T10, 0, 1.5);
        final ClosedTrade t = collector.trades().get(0);
        assertThat(t.confidence()).isEqualTo(1.0);
        assertThat(t.signalType()).isEqualTo("UNKNOWN");
        assertThat(t.exitReason()).isEqualTo("UNKNOWN");
        assertThat(t.quantity()).isEqualTo(5e-8);
    }

    @Test
    void shouldSampleTheFirstMarkThenTheLastMarkOfEachPeriodAndTheFinalMarkOnFinish()
    {
        mark(T10 + 30 * SECOND, 1_000_000);             // 10:00:30 first mark: the curve's start
        mark(T10 + 900 * SECOND, 1_001_000);            // 10:15
        portfolio(T10 + 1_000 * SECOND, PortfolioEventType.LEVEL_CHANGED, 2, 1); // not a mark: ignored
        mark(T10 + HOUR - SECOND, 1_002_000);           // 10:59:59 last of the 10h period
        mark(T10 + HOUR, 999_000);                      // 11:00:00 exactly: opens the 11h period
        mark(T10 + HOUR + 1_800 * SECOND, 998_000);     // 11:30 last of 11h
        // nothing in the 12h period
        mark(T10 + 3 * HOUR + 300 * SECOND, 1_005_000); // 13:05, still waiting for its period to end

        final EquityCurve before = collector.equityCurve().copy();
        assertThat(times(before)).containsExactly(T10 + 30 * SECOND, T10 + HOUR - SECOND, T10 + HOUR + 1_800 * SECOND);
        assertThat(equities(before)).containsExactly(10_000.00, 10_020.00, 9_980.00);

        assertThat(collector.finish()).isSameAs(collector);
        collector.finish(); // a second call adds nothing
        final EquityCurve curve = collector.equityCurve();
        assertThat(times(curve)).containsExactly(
            T10 + 30 * SECOND, T10 + HOUR - SECOND, T10 + HOUR + 1_800 * SECOND, T10 + 3 * HOUR + 300 * SECOND);
        assertThat(equities(curve)).containsExactly(10_000.00, 10_020.00, 9_980.00, 10_050.00);
    }

    @Test
    void shouldNotRepeatTheFirstMarkWhenItIsAloneInItsPeriodAndReadTheCashScale()
    {
        portfolio(T10 + 10 * SECOND, PortfolioEventType.EQUITY_MARK, 5, 1_000_000_000L); // 10,000.00000
        portfolio(T10 + HOUR + 10 * SECOND, PortfolioEventType.EQUITY_MARK, 5, 1_000_012_345L);
        collector.finish();
        assertThat(times(collector.equityCurve())).containsExactly(T10 + 10 * SECOND, T10 + HOUR + 10 * SECOND);
        assertThat(equities(collector.equityCurve())).containsExactly(10_000.0, 10_000.12345);

        final BacktestCollector single = new BacktestCollector(registry, HOUR);
        single.finish();
        assertThat(single.equityCurve().isEmpty()).isTrue();
    }

    @Test
    void shouldCountSignalsFillsAndRiskRejectsByReasonInReasonOrder()
    {
        signal();
        signal();
        signal();
        for (final OrderEventType event : OrderEventType.values())
        {
            order(event);
        }
        order(OrderEventType.FILLED);
        reject(RiskRejectReason.NO_POSITION);
        reject(RiskRejectReason.EXPOSURE_LIMIT);
        reject(RiskRejectReason.NO_POSITION);
        reject(RiskRejectReason.INVALID_SIGNAL);
        candle(); // other record types are ignored

        assertThat(collector.signals()).isEqualTo(3);
        // ACCEPTED, REJECTED and CANCELLED are not fills; PARTIALLY_FILLED and both FILLED are.
        assertThat(collector.fills()).isEqualTo(3);
        assertThat(collector.riskRejectsByReason()).containsExactly(
            java.util.Map.entry("INVALID_SIGNAL", 1L),
            java.util.Map.entry("EXPOSURE_LIMIT", 1L),
            java.util.Map.entry("NO_POSITION", 2L));
        assertThat(collector.trades()).isEmpty();
        assertThat(collector.openPositions()).isZero();
        assertThat(collector.equityCurve().isEmpty()).isTrue();
    }

    @Test
    void shouldRefuseANonPositivePeriodAndAPositionOfAnUnknownInstrument()
    {
        assertThatThrownBy(() -> new BacktestCollector(registry, 0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        position(T10, 9, PositionEventType.OPENED, 1, OrderReason.ENTRY, 1, 5, 5, 100, 0, 0, 0, T10, SignalType.LONG,
            0.5);
        assertThatThrownBy(() -> position(T10 + SECOND, 9, PositionEventType.CLOSED, 1, OrderReason.SIGNAL_EXIT, 1, 0,
            5, 100, 100, 0, 0, T10, SignalType.LONG, 0.5))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown instrument id 9");
    }

    // ---------------------------------------------------------------- records, as the risk stage writes them

    private void position(
        final long time, final int instrument, final PositionEventType event, final int side, final OrderReason reason,
        final long positionId, final long quantity, final long change, final long averageEntry, final long exitPrice,
        final long realizedPnl, final long fees, final long entryTime, final SignalType signal, final double confidence)
    {
        positionRaw(time, instrument, event.code(), side, reason.code(), positionId, quantity, change, averageEntry,
            exitPrice, realizedPnl, fees, entryTime, signal.code(), confidence);
    }

    private void positionRaw(
        final long time, final int instrument, final int event, final int side, final int reason,
        final long positionId, final long quantity, final long change, final long averageEntry, final long exitPrice,
        final long realizedPnl, final long fees, final long entryTime, final int signal, final double confidence)
    {
        PositionEventDescriptor.begin(buffer, 0, ++sequence, time, time, instrument, event, side, reason, positionId);
        PositionEventDescriptor.putQuantities(buffer, 0, quantity, change, averageEntry, exitPrice);
        PositionEventDescriptor.putMoney(buffer, 0, realizedPnl, fees, 0, entryTime);
        PositionEventDescriptor.putSignal(buffer, 0, signal, 3, confidence);
        collector.onOutput(buffer, 0, PositionEventDescriptor.LENGTH);
    }

    private void mark(final long time, final long equityCents)
    {
        portfolio(time, PortfolioEventType.EQUITY_MARK, 2, equityCents);
    }

    private void portfolio(final long time, final PortfolioEventType event, final int cashScale, final long equity)
    {
        PortfolioEventDescriptor.encode(buffer, 0, ++sequence, time, time, event.code(), 1, cashScale, false, 0, equity,
            equity, 0, equity, 0, 100.0);
        collector.onOutput(buffer, 0, PortfolioEventDescriptor.LENGTH);
    }

    private void signal()
    {
        SignalDescriptor.begin(buffer, 0, ++sequence, T10, T10, BTC, 60, SignalType.LONG.code(), 3, T10 - 60 * SECOND);
        collector.onOutput(buffer, 0, SignalDescriptor.LENGTH);
    }

    private void order(final OrderEventType event)
    {
        OrderEventDescriptor.encode(buffer, 0, ++sequence, T10, T10, BTC, event.code(), 1, 2, 0, 64, 2_000_000,
            10_000, 0, 0);
        collector.onOutput(buffer, 0, OrderEventDescriptor.LENGTH);
    }

    private void reject(final RiskRejectReason reason)
    {
        RiskRejectDescriptor.encode(buffer, 0, ++sequence, T10, T10, BTC, reason.code(), SignalType.LONG.code(), 3, 1,
            2_000_000, 0, 0, 0.5);
        collector.onOutput(buffer, 0, RiskRejectDescriptor.LENGTH);
    }

    private void candle()
    {
        CandleClosedDescriptor.encode(buffer, 0, ++sequence, T10, T10, BTC, 60, T10 - 60 * SECOND, 1, 1, 1, 1, 1, 1, 0,
            1, 1, 0);
        collector.onOutput(buffer, 0, CandleClosedDescriptor.LENGTH);
    }

    private static List<Long> times(final EquityCurve curve)
    {
        final List<Long> times = new ArrayList<>();
        for (int i = 0; i < curve.size(); i++)
        {
            times.add(curve.timeNs(i));
        }
        return times;
    }

    private static List<Double> equities(final EquityCurve curve)
    {
        final List<Double> equities = new ArrayList<>();
        for (int i = 0; i < curve.size(); i++)
        {
            equities.add(curve.equity(i));
        }
        return equities;
    }
}
