package io.pldot.bench;

import io.pldot.engine.analytics.AnalyticsSettings;
import io.pldot.engine.analytics.bar.Bar;
import io.pldot.engine.analytics.CandleBars;
import io.pldot.engine.analytics.TimeframeAnalytics;
import io.pldot.engine.analytics.flow.OrderFlow;
import io.pldot.engine.event.OutputsBuffer;
import io.pldot.engine.event.RingSlot;
import io.pldot.engine.stage.CandleStage;
import io.pldot.journal.JournalReader;
import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.schema.CandleClosedDescriptor;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.TradeTickDescriptor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Cost of the analytics on their own, on real data: one full indicator update of one symbol ×
 * timeframe (Drummond, regime, order flow, profile, zones, gaps, plus writing the snapshot and
 * events) per closed 1-minute candle of the Bitstamp trades, and one order-flow update per trade.
 * Sample mode gives the median (p0.50) as well as the mean; run with the GC profiler
 * (gc.alloc.rate.norm = bytes per operation).
 */
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Thread)
public class AnalyticsUpdateBenchmark
{
    private BitstampJournal data;
    private Instrument instrument;
    private long[] barLongs;
    private int bars;
    private long[] prices;
    private long[] quantities;
    private int[] sides;
    private int[] barTradeEnd;
    private int trades;
    private int barIndex;
    private int tradeIndex;
    private long shift;
    private long span;
    private TimeframeAnalytics analytics;
    private TimeframeAnalytics analyticsWithTrades;
    private int withTradesBar;
    private int withTradesTrade;
    private long withTradesShift;
    private OrderFlow orderFlow;
    private final Bar bar = new Bar();
    private final OutputsBuffer outputs = new OutputsBuffer(64 * 1024);

    @Setup(Level.Trial)
    public void setUp()
    {
        data = BitstampJournal.create("analytics");
        instrument = data.config.registry().bySymbol("BTCUSD");
        final CandleStage candles = new CandleStage(data.config.registry(), new int[] {60}, 1_000_000_000L);
        final RingSlot slot = new RingSlot(8192);
        barLongs = new long[(int)data.trades * CandleClosedDescriptor.LENGTH / 8];
        prices = new long[(int)data.trades];
        quantities = new long[(int)data.trades];
        barTradeEnd = new int[(int)data.trades];
        sides = new int[(int)data.trades];
        try (JournalReader reader = data.journal.openInputReader())
        {
            int length;
            while ((length = reader.next()) > 0)
            {
                prices[trades] = TradeTickDescriptor.PRICE.get(reader.buffer(), 0);
                quantities[trades] = TradeTickDescriptor.QUANTITY.get(reader.buffer(), 0);
                sides[trades++] = TradeTickDescriptor.SIDE.get(reader.buffer(), 0);
                slot.setInput(reader.buffer(), 0, length);
                candles.onEvent(slot, true);
                final OutputsBuffer out = slot.outputs();
                for (int offset = 0; offset < out.length(); offset = out.next(offset))
                {
                    if (RecordHeaderDescriptor.typeId(out.buffer(), offset) == RecordType.CANDLE_CLOSED.typeId())
                    {
                        // Keep each candle record's bytes as longs: replayed into a buffer per operation.
                        for (int k = 0; k < CandleClosedDescriptor.LENGTH / 8; k++)
                        {
                            barLongs[bars * (CandleClosedDescriptor.LENGTH / 8) + k] = out.buffer().getLong(offset + 8 * k);
                        }
                        // The trade that closes a candle belongs to the next one: this bar's trades end before it.
                        barTradeEnd[bars] = trades - 1;
                        bars++;
                    }
                }
                out.reset();
            }
        }
        span = (long)bars * 60_000_000_000L * 2;
        analytics = new TimeframeAnalytics(AnalyticsSettings.defaults(), instrument, 60);
        analyticsWithTrades = new TimeframeAnalytics(AnalyticsSettings.defaults(), instrument, 60);
        orderFlow = new OrderFlow(AnalyticsSettings.defaults().orderFlow(), instrument.quantityScale());
    }

    @TearDown(Level.Trial)
    public void tearDown()
    {
        data.delete();
    }

    /**
     * One closed 1m candle through every indicator of one symbol × timeframe, snapshot written.
     */
    @Benchmark
    public int fullIndicatorUpdate()
    {
        final int base = barIndex * (CandleClosedDescriptor.LENGTH / 8);
        for (int k = 0; k < CandleClosedDescriptor.LENGTH / 8; k++)
        {
            outputs.buffer().putLong(8 * k, barLongs[base + k]);
        }
        CandleBars.fromRecord(outputs.buffer(), 0, instrument, bar);
        if (shift != 0)
        {
            bar.set(bar.openTime() + shift, bar.closeTime() + shift, bar.open(), bar.high(), bar.low(), bar.close(),
                bar.volume()).aggressor(bar.buyVolume(), bar.sellVolume(), bar.tradeCount(), bar.buyCount(),
                bar.sellCount());
        }
        outputs.reset();
        outputs.claim(CandleClosedDescriptor.LENGTH);
        analytics.onCandleClosed(bar, outputs, barIndex, bar.closeTime(), bar.closeTime());
        final int written = outputs.count();
        outputs.reset();
        if (++barIndex == bars)
        {
            barIndex = 0;
            shift += span;
        }
        return written;
    }

    /**
     * As {@link #fullIndicatorUpdate}, but the bar's own trades go into the order flow and the
     * market profile first (as in the pipeline, where the profile then holds the real volume at
     * price of the last 50 bars and its value area is recomputed on real rows): one operation = the
     * bar's trades (about 10 per 1m bar here) + the close.
     */
    @Benchmark
    public int fullIndicatorUpdateWithTrades()
    {
        final int base = withTradesBar * (CandleClosedDescriptor.LENGTH / 8);
        for (int k = 0; k < CandleClosedDescriptor.LENGTH / 8; k++)
        {
            outputs.buffer().putLong(8 * k, barLongs[base + k]);
        }
        CandleBars.fromRecord(outputs.buffer(), 0, instrument, bar);
        if (withTradesShift != 0)
        {
            bar.set(bar.openTime() + withTradesShift, bar.closeTime() + withTradesShift, bar.open(), bar.high(),
                bar.low(), bar.close(), bar.volume()).aggressor(bar.buyVolume(), bar.sellVolume(), bar.tradeCount(),
                bar.buyCount(), bar.sellCount());
        }
        for (final int end = barTradeEnd[withTradesBar]; withTradesTrade < end; withTradesTrade++)
        {
            analyticsWithTrades.onTrade(prices[withTradesTrade], quantities[withTradesTrade], sides[withTradesTrade]);
        }
        outputs.reset();
        outputs.claim(CandleClosedDescriptor.LENGTH);
        analyticsWithTrades.onCandleClosed(bar, outputs, withTradesBar, bar.closeTime(), bar.closeTime());
        final int written = outputs.count();
        outputs.reset();
        if (++withTradesBar == bars)
        {
            withTradesBar = 0;
            withTradesTrade = 0;
            withTradesShift += span;
        }
        return written;
    }

    /**
     * One trade into the order flow of one symbol × timeframe.
     */
    @Benchmark
    public void orderFlowPerTick()
    {
        orderFlow.onTrade(quantities[tradeIndex], sides[tradeIndex]);
        if (++tradeIndex == trades)
        {
            tradeIndex = 0;
            orderFlow.closeBar();
        }
    }
}
