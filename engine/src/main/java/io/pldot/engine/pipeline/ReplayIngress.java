package io.pldot.engine.pipeline;

import com.lmax.disruptor.RingBuffer;
import io.pldot.engine.event.RingSlot;
import org.agrona.DirectBuffer;

/**
 * Replay ingress: puts journaled inbound records into the ring, claimed one by one and published
 * in batches. The records come from whoever reads the input journal (the replay runner, the replay
 * benchmarks); this class owns only the claiming and publishing.
 * <p>
 * Batching costs the stages nothing (they see the same slots in the same order) and saves a cursor
 * store per record, and with the blocking wait strategy a lock and signal per record. When the
 * ring is full it waits by yielding (see {@link #awaitFreeSlots()}), not by Disruptor's park.
 * <p>
 * Not thread-safe: for the single producer thread of a {@link Pipeline.Mode#REPLAY} ring.
 */
public final class ReplayIngress
{
    /** Publishes this many slots at once (at most a quarter of the ring). */
    static final int PUBLISH_BATCH = 64;
    /** On a full ring: yields this many times at most before parking (see awaitFreeSlots). */
    private static final int FULL_RING_MAX_YIELDS = 100;

    private final RingBuffer<RingSlot> ring;
    private final int publishBatch;
    /** First claimed slot not yet published, or -1. */
    private long firstUnpublished = -1;
    private long lastClaimed = -1;
    /** Slots known to be free, claimable without waiting. */
    private long claimable;

    /**
     * @param ring single-producer ring to publish into.
     */
    public ReplayIngress(final RingBuffer<RingSlot> ring)
    {
        this.ring = ring;
        this.publishBatch = batchFor(ring.getBufferSize());
    }

    /**
     * @param ringSize slots in the ring.
     * @return how many slots are published at once: {@value #PUBLISH_BATCH}, at most a quarter of the ring.
     */
    static int batchFor(final int ringSize)
    {
        return Math.max(1, Math.min(PUBLISH_BATCH, ringSize / 4));
    }

    /**
     * Copies a journaled record straight into the next slot (from wherever the reader holds it:
     * with the Chronicle reader, the mapped journal file itself), optionally moved in event time.
     * The slot is published with its batch; {@link #publishPending()} publishes a partial batch.
     *
     * @param record       holding the record, as journaled.
     * @param offset       of the record.
     * @param length       of the record.
     * @param tsEventShift nanoseconds to add to its event time; 0 replays it exactly as journaled.
     */
    public void publish(final DirectBuffer record, final int offset, final int length, final long tsEventShift)
    {
        if (claimable == 0)
        {
            claimable = awaitFreeSlots();
        }
        claimable--;
        final long seq = ring.next();
        if (firstUnpublished < 0)
        {
            firstUnpublished = seq;
        }
        lastClaimed = seq;
        try
        {
            final RingSlot slot = ring.get(seq);
            slot.setInput(record, offset, length);
            if (tsEventShift != 0)
            {
                slot.shiftEventTime(tsEventShift);
            }
        }
        finally
        {
            if (seq - firstUnpublished + 1 >= publishBatch)
            {
                publishPending();
            }
        }
    }

    /**
     * Publishes the slots claimed and not published yet.
     */
    public void publishPending()
    {
        if (firstUnpublished >= 0)
        {
            ring.publish(firstUnpublished, lastClaimed);
            firstUnpublished = -1;
        }
    }

    /**
     * When the slots known to be free are used up: returns how many are free now.
     * If fewer than a publish batch are, it first publishes what is pending, then yields until a
     * batch's worth is free. Disruptor's own wait in {@code next()} on a full ring is
     * {@code parkNanos(1)}, which sleeps ~50-70 us (the timer slack): about as long as the stages
     * take to drain a 1024-slot ring, so they would run dry and wait for the producer in turn.
     * Waiting for a batch, not a slot, keeps the producer from waking for every slot freed (it is
     * never more than the ring can free: at most a batch is pending, a batch is at most a quarter
     * of the ring). The yields are bounded: when the stages do not free a batch within
     * {@value #FULL_RING_MAX_YIELDS} yields (a loaded machine, where yielding only takes CPU from
     * them), it returns at least one and lets {@code next()} park as before.
     *
     * @return slots to claim before asking again, at least one.
     */
    private long awaitFreeSlots()
    {
        long free = ring.remainingCapacity();
        if (free >= publishBatch)
        {
            return free;
        }
        publishPending();
        for (int yields = 0; (free = ring.remainingCapacity()) < publishBatch && yields < FULL_RING_MAX_YIELDS; yields++)
        {
            Thread.yield();
        }
        return Math.max(1, free);
    }
}
