package io.pldot.engine.pipeline;

import com.lmax.disruptor.RingBuffer;
import io.pldot.engine.event.RingSlot;
import io.pldot.journal.schema.FeedStatus;
import io.pldot.journal.schema.FeedStatusDescriptor;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.Side;
import io.pldot.journal.schema.TimerDescriptor;
import io.pldot.journal.schema.TradeTickDescriptor;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live ingress on a bare multi-producer ring (no stages): each call encodes one input in place,
 * numbered after the journal's last sequence, and publishes it at once.
 */
class LiveIngressTest
{
    private static final long SEQUENCE_BASE = 100;

    private final RingBuffer<RingSlot> ring = RingBuffer.createMultiProducer(() -> new RingSlot(1024), 8);
    private final LiveIngress ingress = new LiveIngress(ring, SEQUENCE_BASE);

    @Test
    void shouldEncodeATradeNumberedAfterTheJournalAndPublishItAtOnce()
    {
        ingress.publishTrade(5_000, 5_100, 3, Side.SELL, 12_345, 67, 42);

        assertThat(ring.isAvailable(0)).isTrue();
        final RingSlot slot = ring.get(0);
        assertThat(RecordHeaderDescriptor.typeId(slot.input(), 0)).isEqualTo(RecordType.TRADE_TICK.typeId());
        assertThat(RecordHeaderDescriptor.sequence(slot.input(), 0)).isEqualTo(SEQUENCE_BASE);
        assertThat(RecordHeaderDescriptor.tsEvent(slot.input(), 0)).isEqualTo(5_000);
        assertThat(RecordHeaderDescriptor.tsRecv(slot.input(), 0)).isEqualTo(5_100);
        assertThat(TradeTickDescriptor.INSTRUMENT_ID.get(slot.input(), 0)).isEqualTo(3);
        assertThat(Side.of(TradeTickDescriptor.SIDE.get(slot.input(), 0))).isEqualTo(Side.SELL);
        assertThat(TradeTickDescriptor.PRICE.get(slot.input(), 0)).isEqualTo(12_345);
        assertThat(TradeTickDescriptor.QUANTITY.get(slot.input(), 0)).isEqualTo(67);
        assertThat(TradeTickDescriptor.VENUE_TRADE_ID.get(slot.input(), 0)).isEqualTo(42);
    }

    @Test
    void shouldNumberTimersAndFeedStatusInRingOrder()
    {
        ingress.publishTimer(7_000, TimerDescriptor.HEARTBEAT_TIMER_ID);
        ingress.publishFeedStatus(8_000, FeedStatusDescriptor.ALL_INSTRUMENTS, FeedStatus.CONNECTED);

        final RingSlot timer = ring.get(0);
        assertThat(RecordHeaderDescriptor.typeId(timer.input(), 0)).isEqualTo(RecordType.TIMER.typeId());
        assertThat(RecordHeaderDescriptor.sequence(timer.input(), 0)).isEqualTo(SEQUENCE_BASE);
        assertThat(RecordHeaderDescriptor.tsEvent(timer.input(), 0)).isEqualTo(7_000);
        assertThat(RecordHeaderDescriptor.tsRecv(timer.input(), 0)).isEqualTo(7_000);
        final RingSlot status = ring.get(1);
        assertThat(RecordHeaderDescriptor.typeId(status.input(), 0)).isEqualTo(RecordType.FEED_STATUS.typeId());
        assertThat(RecordHeaderDescriptor.sequence(status.input(), 0)).isEqualTo(SEQUENCE_BASE + 1);
        assertThat(FeedStatus.of(FeedStatusDescriptor.STATUS.get(status.input(), 0))).isEqualTo(FeedStatus.CONNECTED);
        assertThat(ring.getCursor()).isEqualTo(1);
    }

    @Test
    void shouldPublishAGivenRecordKeepingItsSequence()
    {
        final UnsafeBuffer record = new UnsafeBuffer(new byte[RecordHeaderDescriptor.MAX_RECORD_LENGTH]);
        final int length = TimerDescriptor.encode(record, 0, 9, 1_000, 1_001, 4);

        ingress.publish(record, 0, length);

        assertThat(RecordHeaderDescriptor.sequence(ring.get(0).input(), 0)).isEqualTo(9);
        assertThat(TimerDescriptor.TIMER_ID.get(ring.get(0).input(), 0)).isEqualTo(4);
    }
}
