package io.pldot.engine.pipeline;

import com.lmax.disruptor.RingBuffer;
import io.pldot.engine.event.RingSlot;
import io.pldot.journal.schema.FeedStatus;
import io.pldot.journal.schema.FeedStatusDescriptor;
import io.pldot.journal.schema.Side;
import io.pldot.journal.schema.TimerDescriptor;
import io.pldot.journal.schema.TradeTickDescriptor;
import org.agrona.DirectBuffer;

/**
 * Live ingress: the publish API of a {@link Pipeline.Mode#LIVE} pipeline. Each call claims one
 * slot, encodes the input into it in place and publishes it at once; the engine sequence is
 * assigned here, in ring order, continuing the input journal. Journaling the input is not done
 * here but by stage J on the ring, before the input's outputs leave.
 * <p>
 * Thread-safe for several producers (feed and timer threads) on a multi-producer ring.
 */
public final class LiveIngress
{
    private final RingBuffer<RingSlot> ring;
    private final long sequenceBase;

    /**
     * @param ring         ring to publish into.
     * @param sequenceBase engine sequence of ring sequence 0 (the input journal's last sequence + 1).
     */
    public LiveIngress(final RingBuffer<RingSlot> ring, final long sequenceBase)
    {
        this.ring = ring;
        this.sequenceBase = sequenceBase;
    }

    /**
     * Publishes an inbound record exactly as given (its sequence is kept).
     *
     * @param record holding the record.
     * @param offset of the record.
     * @param length of the record.
     */
    public void publish(final DirectBuffer record, final int offset, final int length)
    {
        final long seq = ring.next();
        try
        {
            ring.get(seq).setInput(record, offset, length);
        }
        finally
        {
            ring.publish(seq);
        }
    }

    /**
     * Publishes a live trade.
     *
     * @param tsEvent      venue time, epoch ns.
     * @param tsRecv       ingress time, epoch ns.
     * @param instrumentId from the registry.
     * @param side         aggressor side.
     * @param price        fixed-point price.
     * @param quantity     fixed-point quantity.
     * @param venueTradeId venue trade id.
     */
    public void publishTrade(
        final long tsEvent,
        final long tsRecv,
        final int instrumentId,
        final Side side,
        final long price,
        final long quantity,
        final long venueTradeId)
    {
        final long seq = ring.next();
        try
        {
            final RingSlot slot = ring.get(seq);
            slot.inputEncoded(TradeTickDescriptor.encode(slot.inputForEncoding(), 0, sequenceBase + seq,
                tsEvent, tsRecv, instrumentId, side, price, quantity, venueTradeId));
        }
        finally
        {
            ring.publish(seq);
        }
    }

    /**
     * Publishes a live timer event stamped at ingress.
     *
     * @param now     ingress clock, epoch ns (both tsEvent and tsRecv).
     * @param timerId which timer.
     */
    public void publishTimer(final long now, final long timerId)
    {
        final long seq = ring.next();
        try
        {
            final RingSlot slot = ring.get(seq);
            slot.inputEncoded(TimerDescriptor.encode(slot.inputForEncoding(), 0, sequenceBase + seq, now, now, timerId));
        }
        finally
        {
            ring.publish(seq);
        }
    }

    /**
     * Publishes a live feed status change.
     *
     * @param now          ingress clock, epoch ns.
     * @param instrumentId affected instrument or {@link FeedStatusDescriptor#ALL_INSTRUMENTS}.
     * @param status       the new state.
     */
    public void publishFeedStatus(final long now, final int instrumentId, final FeedStatus status)
    {
        final long seq = ring.next();
        try
        {
            final RingSlot slot = ring.get(seq);
            slot.inputEncoded(FeedStatusDescriptor.encode(
                slot.inputForEncoding(), 0, sequenceBase + seq, now, now, instrumentId, status));
        }
        finally
        {
            ring.publish(seq);
        }
    }
}
