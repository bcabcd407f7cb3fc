package io.pldot.engine.risk;

import io.pldot.engine.event.OutputsBuffer;
import io.pldot.engine.event.RingSlot;
import io.pldot.engine.risk.stop.TrailingStopSettings;
import io.pldot.engine.stage.RiskStage;
import io.pldot.engine.venue.VenueSettings;
import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.CandleClosedDescriptor;
import io.pldot.journal.schema.InputRejectedDescriptor;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.RejectReason;
import io.pldot.journal.schema.Side;
import io.pldot.journal.schema.SignalDescriptor;
import io.pldot.journal.schema.TimerDescriptor;
import io.pldot.journal.schema.TradeTickDescriptor;
import io.pldot.journal.schema.TradingCodes;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drives a {@link RiskStage} the way the pipeline does: the records earlier stages would have
 * appended (candles, signals) go into the slot's outputs first, then the stage runs on the input.
 * Two instruments: BTCUSDT (id 1, prices 2 dp, quantities 8 dp) and ETHUSDT (id 2, 2 dp, 4 dp).
 * Each input is one second after the last, starting at 2023-01-01T00:00:00Z.
 */
public final class RiskHarness
{
    public static final int BTC = 1;
    public static final int ETH = 2;
    public static final long START = 1_672_531_200_000_000_000L;
    public static final long SECOND = 1_000_000_000L;

    final InstrumentRegistry registry = instruments();
    final RingSlot slot = new RingSlot(32 * 1024);
    final RiskStage stage;
    final ByteArrayOutputStream all = new ByteArrayOutputStream();
    long sequence;
    long ts = START;

    RiskHarness(final RiskSettings risk, final VenueSettings venue)
    {
        stage = new RiskStage(registry, risk, venue, TrailingStopSettings.defaults(), 60);
    }

    /** @return BTCUSDT (id 1, prices 2 dp, quantities 8 dp) and ETHUSDT (id 2, 2 dp, 4 dp). */
    public static InstrumentRegistry instruments()
    {
        return new InstrumentRegistry(List.of(
            new Instrument("BTCUSDT", BTC, "BINANCE", 2, 8),
            new Instrument("ETHUSDT", ETH, "BINANCE", 2, 4)));
    }

    /** Settings for hand-worked tests: 10,000 cash, no dump detection, defaults otherwise. */
    public static Settings settings()
    {
        return new Settings();
    }

    public static VenueSettings frictionless()
    {
        return new VenueSettings(0, 0, 0, 0, true);
    }

    /** Appends a signal as the decision stage would, for the next input. */
    RiskHarness signal(
        final int instrument, final TradingCodes.SignalType type, final long entry, final long stop,
        final double confidence, final int rank)
    {
        final OutputsBuffer out = slot.outputs();
        final int at = out.claim(SignalDescriptor.LENGTH);
        SignalDescriptor.begin(out.buffer(), at, sequence + 1, ts + SECOND, ts + SECOND, instrument, 60, type.code(), 7,
            ts);
        SignalDescriptor.putPrices(out.buffer(), at, entry, stop, 0);
        SignalDescriptor.putScores(out.buffer(), at, confidence, 0.5, 0.5, 0);
        SignalDescriptor.putRiskAndRank(out.buffer(), at, TradingCodes.RiskLevel.MEDIUM.code(), rank);
        return this;
    }

    /**
     * Plays a seeded random stream for determinism tests: 2,000 BTC/ETH trades on a random walk,
     * a 1m BTC candle every 7th step and a random signal on about one step in five.
     *
     * @param seed of the stream.
     * @return this harness, for its outputs.
     */
    RiskHarness randomStream(final long seed)
    {
        final java.util.Random random = new java.util.Random(seed);
        long price = 2_000_000;
        for (int k = 0; k < 2_000; k++)
        {
            price = Math.max(1_000, price + random.nextInt(20_001) - 10_000);
            if (k % 7 == 0)
            {
                candle(BTC, 60, price, random.nextInt(1_000), random.nextInt(1_000));
            }
            if (random.nextInt(5) == 0)
            {
                final TradingCodes.SignalType type = TradingCodes.SignalType.values()[random.nextInt(4)];
                signal(random.nextBoolean() ? BTC : ETH, type, price,
                    type == TradingCodes.SignalType.SHORT ? price + 20_000 : price - 20_000, random.nextDouble(), 1);
            }
            trade(random.nextInt(3) == 0 ? ETH : BTC, price, 1 + random.nextInt(50_000_000));
        }
        return this;
    }

    /** Appends a closed candle as the candle stage would, for the next input. */
    RiskHarness candle(final int instrument, final int seconds, final long close, final long buyVolume, final long sellVolume)
    {
        final OutputsBuffer out = slot.outputs();
        final int at = out.claim(CandleClosedDescriptor.LENGTH);
        CandleClosedDescriptor.encode(out.buffer(), at, sequence + 1, ts + SECOND, ts + SECOND, instrument, seconds,
            ts - seconds * SECOND, close, close, close, close, buyVolume + sellVolume, buyVolume, sellVolume, 2, 1, 1);
        return this;
    }

    /** Marks the next input as rejected upstream. */
    RiskHarness rejected()
    {
        final OutputsBuffer out = slot.outputs();
        final int at = out.claim(InputRejectedDescriptor.LENGTH);
        InputRejectedDescriptor.encode(out.buffer(), at, sequence + 1, ts + SECOND, ts + SECOND,
            RecordType.TRADE_TICK.typeId(), RejectReason.values()[0], BTC, 0);
        slot.markInputRejected(); // as the candle stage does when it refuses the input
        return this;
    }

    /** One trade tick through the stage, one second after the last input; returns what the stage wrote. */
    List<DirectBuffer> trade(final int instrument, final long price, final long quantity)
    {
        return advance(SECOND, instrument, price, quantity);
    }

    List<DirectBuffer> advance(final long nanos, final int instrument, final long price, final long quantity)
    {
        sequence++;
        ts += nanos;
        TradeTickDescriptor.encode(slot.inputForEncoding(), 0, sequence, ts, ts, instrument, Side.BUY, price, quantity,
            sequence);
        return run();
    }

    /** A timer input (no trade), one second after the last. */
    List<DirectBuffer> timer()
    {
        sequence++;
        ts += SECOND;
        TimerDescriptor.encode(slot.inputForEncoding(), 0, sequence, ts, ts, 1);
        return run();
    }

    private List<DirectBuffer> run()
    {
        final OutputsBuffer out = slot.outputs();
        final int before = out.length();
        stage.onEvent(slot, true);
        final List<DirectBuffer> written = new ArrayList<>();
        for (int o = before; o < out.length(); o = out.next(o))
        {
            final byte[] bytes = new byte[RecordHeaderDescriptor.length(out.buffer(), o)];
            out.buffer().getBytes(o, bytes);
            written.add(new UnsafeBuffer(bytes));
        }
        final byte[] everything = new byte[out.length()];
        out.buffer().getBytes(0, everything);
        all.writeBytes(everything);
        out.reset();
        slot.clearInputRejected(); // the next input starts unflagged, as the candle stage clears it
        return written;
    }

    static List<DirectBuffer> of(final List<DirectBuffer> records, final RecordType type)
    {
        final List<DirectBuffer> matching = new ArrayList<>();
        for (final DirectBuffer b : records)
        {
            if (RecordHeaderDescriptor.typeId(b, 0) == type.typeId())
            {
                matching.add(b);
            }
        }
        return matching;
    }

    static List<String> types(final List<DirectBuffer> records)
    {
        final List<String> names = new ArrayList<>();
        for (final DirectBuffer b : records)
        {
            names.add(RecordType.of(RecordHeaderDescriptor.typeId(b, 0)).displayName());
        }
        return names;
    }

    /** A mutable builder of {@link RiskSettings} for tests (public: the risk.execution tests use it too). */
    public static final class Settings
    {
        public BigDecimal initialCash = new BigDecimal("10000");
        public int riskPerTradeBps = 100;
        public int maxPositions = 5;
        public int maxPortfolioRiskBps = 500;
        public int maxExposureBps = 10_000;
        public boolean confidenceScaling;
        public boolean allowShort = true;
        public boolean allowReversal = true;
        public int alertBps = 200;
        public int warningBps = 300;
        public int criticalBps = 400;
        public int circuitBreakerBps = 500;
        public int warningStopBps = 30;
        public int criticalCloseCount = 2;
        public long maxHoldNanos;
        public boolean dumpDetection;
        public int volumeReversalCandles = 3;
        public double volumeReversalRatio = 1.5;
        public double flowFlipRatio = 2.5;
        public int momentumEmaPeriod;
        public String leaderSymbol;
        public int leaderDumpBps = 150;
        public int leaderWindowCandles = 5;
        public Set<String> volatileSymbols = Set.of();
        public BigDecimal fixedQuantity;
        public boolean trailingStops = true;
        public EntryOrder entryOrder = EntryOrder.MARKET;
        public long entryTimeoutNanos = RiskSettings.DEFAULT_ENTRY_TIMEOUT_NANOS;
        public ProtectiveStop protectiveStop = ProtectiveStop.NONE;

        public RiskSettings build()
        {
            return new RiskSettings(initialCash, riskPerTradeBps, maxPositions, maxPortfolioRiskBps, maxExposureBps,
                confidenceScaling, allowShort, allowReversal, alertBps, warningBps, criticalBps, circuitBreakerBps,
                warningStopBps, criticalCloseCount, maxHoldNanos, dumpDetection, volumeReversalCandles,
                volumeReversalRatio, flowFlipRatio, momentumEmaPeriod, leaderSymbol, leaderDumpBps, leaderWindowCandles,
                volatileSymbols, fixedQuantity, trailingStops, entryOrder, entryTimeoutNanos, protectiveStop);
        }
    }
}
