package io.pldot.engine.stage;

import io.pldot.engine.candle.Candle;
import io.pldot.engine.candle.CandleBuilder;
import io.pldot.engine.candle.CandleListener;
import io.pldot.engine.event.OutputsBuffer;
import io.pldot.engine.event.RingSlot;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.CandleClosedDescriptor;
import io.pldot.journal.schema.InputRejectedDescriptor;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.RejectReason;
import io.pldot.journal.schema.Side;
import io.pldot.journal.schema.TradeTickDescriptor;
import org.agrona.DirectBuffer;

/**
 * Stage "candles": checks each inbound record, feeds trades and timers to one
 * {@link CandleBuilder} per instrument, and appends a CandleClosed record for every candle that
 * closes, or an InputRejected record (with the reason) for an input it refuses.
 * <p>
 * What it refuses: unknown record types or schema versions, unknown instruments, non-positive
 * prices or quantities, invalid side codes, and trades inside an already closed candle. A refused
 * input changes no state. Timers close candles whose end is at or before (timer time − grace).
 * <p>
 * Single-threaded (owned by its pipeline thread); allocation-free after construction.
 */
public final class CandleStage implements Stage, CandleListener
{
    private final InstrumentRegistry registry;
    private final CandleBuilder[] builders;
    private final long timerGraceNanos;
    private final long[] rejectsByReason = new long[RejectReason.values().length + 1];

    private RingSlot slot;
    private long sequence;
    private long tsRecv;

    /**
     * @param registry         instruments to build candles for.
     * @param timeframeSeconds ascending, each a multiple of the previous one.
     * @param timerGraceNanos  how long after a boundary a timer closes a candle.
     */
    public CandleStage(final InstrumentRegistry registry, final int[] timeframeSeconds, final long timerGraceNanos)
    {
        this.registry = registry;
        this.timerGraceNanos = timerGraceNanos;
        this.builders = new CandleBuilder[registry.size()];
        for (int i = 0; i < builders.length; i++)
        {
            builders[i] = new CandleBuilder(registry.instruments().get(i).id(), timeframeSeconds.clone());
        }
    }

    @Override
    public void onEvent(final RingSlot slot, final boolean endOfBatch)
    {
        final DirectBuffer in = slot.input();
        this.slot = slot;
        // A new input in a reused slot: the previous input's reject no longer holds.
        slot.clearInputRejected();
        this.sequence = RecordHeaderDescriptor.sequence(in, 0);
        this.tsRecv = RecordHeaderDescriptor.tsRecv(in, 0);
        final long tsEvent = RecordHeaderDescriptor.tsEvent(in, 0);
        final int typeId = RecordHeaderDescriptor.typeId(in, 0);
        final RecordType type = RecordType.of(typeId);
        if (type == null || !type.inbound())
        {
            reject(tsEvent, typeId, RejectReason.UNKNOWN_RECORD_TYPE, 0, typeId);
            return;
        }
        if (RecordHeaderDescriptor.version(in, 0) != type.schemaVersion())
        {
            reject(tsEvent, typeId, RejectReason.UNSUPPORTED_VERSION, 0, RecordHeaderDescriptor.version(in, 0));
            return;
        }
        switch (type)
        {
            case TRADE_TICK -> onTrade(in, tsEvent, typeId);
            case TIMER ->
            {
                final long completeUpTo = tsEvent - timerGraceNanos;
                for (final CandleBuilder builder : builders)
                {
                    builder.onTime(completeUpTo, tsEvent, this);
                }
            }
            default ->
            {
                // FeedStatus and future inbound types do not affect candles.
            }
        }
    }

    private void onTrade(final DirectBuffer in, final long tsEvent, final int typeId)
    {
        final int instrumentId = TradeTickDescriptor.INSTRUMENT_ID.get(in, 0);
        final int index = registry.indexOf(instrumentId);
        if (index == InstrumentRegistry.MISSING_INDEX)
        {
            reject(tsEvent, typeId, RejectReason.UNKNOWN_INSTRUMENT, instrumentId, instrumentId);
            return;
        }
        final long price = TradeTickDescriptor.PRICE.get(in, 0);
        if (price <= 0)
        {
            reject(tsEvent, typeId, RejectReason.NON_POSITIVE_PRICE, instrumentId, price);
            return;
        }
        final long quantity = TradeTickDescriptor.QUANTITY.get(in, 0);
        if (quantity <= 0)
        {
            reject(tsEvent, typeId, RejectReason.NON_POSITIVE_QUANTITY, instrumentId, quantity);
            return;
        }
        final int side = TradeTickDescriptor.SIDE.get(in, 0);
        if (Side.of(side) == null)
        {
            reject(tsEvent, typeId, RejectReason.INVALID_SIDE, instrumentId, side);
            return;
        }
        if (!builders[index].onTrade(tsEvent, price, quantity, side, this))
        {
            reject(tsEvent, typeId, RejectReason.LATE_TICK, instrumentId, tsEvent);
        }
    }

    @Override
    public void onCandleClosed(final int instrumentId, final Candle candle, final long closedAt)
    {
        final OutputsBuffer outputs = slot.outputs();
        final int offset = outputs.claim(CandleClosedDescriptor.LENGTH);
        CandleClosedDescriptor.encode(outputs.buffer(), offset, sequence, closedAt, tsRecv, instrumentId,
            candle.timeframeSeconds(), candle.openTime(), candle.open(), candle.high(), candle.low(), candle.close(),
            candle.volume(), candle.buyVolume(), candle.sellVolume(),
            candle.tradeCount(), candle.buyCount(), candle.sellCount());
    }

    private void reject(
        final long tsEvent, final int typeId, final RejectReason reason, final int instrumentId, final long detail)
    {
        rejectsByReason[reason.code()]++;
        slot.markInputRejected();
        final OutputsBuffer outputs = slot.outputs();
        final int offset = outputs.claim(InputRejectedDescriptor.LENGTH);
        InputRejectedDescriptor.encode(
            outputs.buffer(), offset, sequence, tsEvent, tsRecv, typeId, reason, instrumentId, detail);
    }

    /**
     * @param reason a reject reason.
     * @return how many inputs this stage refused for it (read after the pipeline stopped).
     */
    public long rejects(final RejectReason reason)
    {
        return rejectsByReason[reason.code()];
    }

    @Override
    public String name()
    {
        return "candles";
    }
}
