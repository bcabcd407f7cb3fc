package io.pldot.engine.stage;

import io.pldot.engine.analytics.AnalyticsSettings;
import io.pldot.engine.analytics.bar.Bar;
import io.pldot.engine.analytics.CandleBars;
import io.pldot.engine.analytics.TimeframeAnalytics;
import io.pldot.engine.analytics.profile.MarketProfile;
import io.pldot.engine.event.OutputsBuffer;
import io.pldot.engine.event.RingSlot;
import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.CandleClosedDescriptor;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.TradeTickDescriptor;
import org.agrona.DirectBuffer;

/**
 * Stage A: the analytics of every instrument × timeframe. It runs after the candle stage on the
 * same slot and reads only what that stage decided — the CandleClosed and InputRejected records
 * it appended to the slot's outputs — plus the inbound trade itself:
 * <ol>
 *   <li>each CandleClosed of this input closes its bar in {@link TimeframeAnalytics} (events and
 *       a snapshot are appended after the candles);</li>
 *   <li>then, unless the input was rejected, the trade joins the profile of the bars now in
 *       progress — after the closes, because the tick that closes a candle belongs to the next one.</li>
 * </ol>
 * Order flow is not updated per trade: the candle builder counts the same trades by aggressor side,
 * and each close takes its timeframe's order flow from the CandleClosed record.
 * <p>
 * No allocation after construction. Owned by its handler thread; not thread-safe.
 */
public final class AnalyticsStage implements Stage
{
    private final InstrumentRegistry registry;
    private final int[] timeframeSeconds;
    private final TimeframeAnalytics[][] analytics;
    // Each [instrument][timeframe]'s profile, held here so a trade goes straight to it: every tick
    // reaches every timeframe, and not passing through its TimeframeAnalytics saves a cache line each.
    private final MarketProfile[][] profiles;
    private final Bar bar = new Bar();
    private long snapshots;

    /**
     * @param registry         instruments, by dense index.
     * @param timeframeSeconds the candle timeframes, ascending.
     * @param settings         analytics parameters.
     */
    public AnalyticsStage(
        final InstrumentRegistry registry, final int[] timeframeSeconds, final AnalyticsSettings settings)
    {
        this.registry = registry;
        this.timeframeSeconds = timeframeSeconds.clone();
        this.analytics = new TimeframeAnalytics[registry.size()][timeframeSeconds.length];
        this.profiles = new MarketProfile[registry.size()][timeframeSeconds.length];
        for (int i = 0; i < registry.size(); i++)
        {
            final Instrument instrument = registry.instruments().get(i);
            for (int level = 0; level < timeframeSeconds.length; level++)
            {
                analytics[i][level] = new TimeframeAnalytics(settings, instrument, timeframeSeconds[level]);
                profiles[i][level] = analytics[i][level].profile();
            }
        }
    }

    @Override
    public void onEvent(final RingSlot slot, final boolean endOfBatch)
    {
        final OutputsBuffer outputs = slot.outputs();
        final DirectBuffer in = slot.input();
        final long sequence = RecordHeaderDescriptor.sequence(in, 0);
        final long tsRecv = RecordHeaderDescriptor.tsRecv(in, 0);
        // Only the records the candle stage wrote: the ones appended below are not revisited.
        final int end = outputs.length();
        for (int offset = 0; offset < end; offset = outputs.next(offset))
        {
            final DirectBuffer out = outputs.buffer();
            final int typeId = RecordHeaderDescriptor.typeId(out, offset);
            if (typeId == RecordType.CANDLE_CLOSED.typeId())
            {
                closeCandle(outputs, offset, sequence, tsRecv);
            }
        }
        if (!slot.inputRejected() && RecordHeaderDescriptor.typeId(in, 0) == RecordType.TRADE_TICK.typeId())
        {
            final int index = registry.indexOf(TradeTickDescriptor.INSTRUMENT_ID.get(in, 0));
            final long price = TradeTickDescriptor.PRICE.get(in, 0);
            final long quantity = TradeTickDescriptor.QUANTITY.get(in, 0);
            // Only the profile per trade: each timeframe's order flow comes whole with its candle record.
            for (final MarketProfile profile : profiles[index])
            {
                profile.onTrade(price, quantity);
            }
        }
    }

    private void closeCandle(final OutputsBuffer outputs, final int offset, final long sequence, final long tsRecv)
    {
        final DirectBuffer out = outputs.buffer();
        final int index = registry.indexOf(CandleClosedDescriptor.INSTRUMENT_ID.get(out, offset));
        final int seconds = CandleClosedDescriptor.TIMEFRAME_SECONDS.get(out, offset);
        int level = 0;
        while (timeframeSeconds[level] != seconds)
        {
            level++;
        }
        final TimeframeAnalytics target = analytics[index][level];
        CandleBars.fromRecord(out, offset, registry.instruments().get(index), bar);
        target.onCandleClosed(bar, out, offset, outputs, sequence, RecordHeaderDescriptor.tsEvent(out, offset), tsRecv);
        snapshots++;
    }

    /**
     * @return snapshots written so far.
     */
    public long snapshots()
    {
        return snapshots;
    }

    /**
     * @param instrumentIndex dense index of the instrument.
     * @param level           timeframe index.
     * @return that instrument × timeframe's analytics (read-only use, on this stage's thread or after it stopped).
     */
    public TimeframeAnalytics analytics(final int instrumentIndex, final int level)
    {
        return analytics[instrumentIndex][level];
    }

    @Override
    public String name()
    {
        return "analytics";
    }
}
