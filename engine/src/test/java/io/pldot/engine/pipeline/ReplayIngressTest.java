package io.pldot.engine.pipeline;

import com.lmax.disruptor.RingBuffer;
import io.pldot.engine.event.RingSlot;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.Side;
import io.pldot.journal.schema.TradeTickDescriptor;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replay ingress on a bare ring (no stages): what it copies into slots and when it publishes them.
 */
class ReplayIngressTest
{
    /** A 16-slot ring publishes in batches of 4 (a quarter of the ring). */
    private static final int RING_SIZE = 16;

    private final RingBuffer<RingSlot> ring = RingBuffer.createSingleProducer(() -> new RingSlot(1024), RING_SIZE);
    private final ReplayIngress ingress = new ReplayIngress(ring);
    private final UnsafeBuffer record = new UnsafeBuffer(new byte[RecordHeaderDescriptor.MAX_RECORD_LENGTH]);

    @Test
    void shouldPublishInBatchesOfAQuarterOfTheRingAtMost()
    {
        assertThat(ReplayIngress.batchFor(16)).isEqualTo(4);
        assertThat(ReplayIngress.batchFor(1024)).isEqualTo(64);
        assertThat(ReplayIngress.batchFor(2)).isEqualTo(1);
    }

    @Test
    void shouldHoldClaimedSlotsUntilTheBatchIsFull()
    {
        for (int i = 0; i < 3; i++)
        {
            ingress.publish(record, 0, trade(i), 0);
        }
        assertThat(ring.getCursor()).isEqualTo(-1);

        ingress.publish(record, 0, trade(3), 0);

        assertThat(ring.getCursor()).isEqualTo(3);
    }

    @Test
    void shouldPublishAPartialBatchOnRequest()
    {
        ingress.publish(record, 0, trade(0), 0);
        ingress.publish(record, 0, trade(1), 0);

        ingress.publishPending();
        ingress.publishPending();

        assertThat(ring.getCursor()).isEqualTo(1);
    }

    @Test
    void shouldCopyTheRecordAsJournaledAndShiftOnlyItsEventTime()
    {
        final int length = trade(7);
        ingress.publish(record, 0, length, 0);
        ingress.publish(record, 0, length, 1_000);
        ingress.publishPending();

        final RingSlot exact = ring.get(0);
        assertThat(exact.inputLength()).isEqualTo(length);
        assertThat(RecordHeaderDescriptor.sequence(exact.input(), 0)).isEqualTo(7);
        assertThat(RecordHeaderDescriptor.tsEvent(exact.input(), 0)).isEqualTo(7_000);
        assertThat(TradeTickDescriptor.PRICE.get(exact.input(), 0)).isEqualTo(500);
        final RingSlot shifted = ring.get(1);
        assertThat(RecordHeaderDescriptor.tsEvent(shifted.input(), 0)).isEqualTo(8_000);
        assertThat(RecordHeaderDescriptor.tsRecv(shifted.input(), 0)).isEqualTo(7_001);
        assertThat(RecordHeaderDescriptor.sequence(shifted.input(), 0)).isEqualTo(7);
    }

    private int trade(final long sequence)
    {
        return TradeTickDescriptor.encode(
            record, 0, sequence, sequence * 1_000, sequence * 1_000 + 1, 1, Side.BUY, 500, 2, sequence);
    }
}
