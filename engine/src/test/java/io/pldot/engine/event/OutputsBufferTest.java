package io.pldot.engine.event;

import io.pldot.journal.schema.InputRejectedDescriptor;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RejectReason;
import io.pldot.journal.schema.TimerDescriptor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutputsBufferTest
{
    @Test
    void shouldClaimRecordsBackToBackAndCountThem()
    {
        final OutputsBuffer outputs = new OutputsBuffer(1024);

        assertThat(outputs.length()).isZero();
        assertThat(outputs.count()).isZero();
        assertThat(outputs.buffer().capacity()).isEqualTo(1024);

        final int first = outputs.claim(TimerDescriptor.LENGTH);
        final int second = outputs.claim(InputRejectedDescriptor.LENGTH);

        assertThat(first).isZero();
        assertThat(second).isEqualTo(TimerDescriptor.LENGTH);
        assertThat(outputs.length()).isEqualTo(TimerDescriptor.LENGTH + InputRejectedDescriptor.LENGTH);
        assertThat(outputs.count()).isEqualTo(2);
    }

    @Test
    void shouldStepFromOneRecordToTheNextByItsHeaderLength()
    {
        final OutputsBuffer outputs = new OutputsBuffer(1024);
        final int first = outputs.claim(TimerDescriptor.LENGTH);
        TimerDescriptor.encode(outputs.buffer(), first, 7, 1_000, 2_000, 0);
        final int second = outputs.claim(InputRejectedDescriptor.LENGTH);
        InputRejectedDescriptor.encode(outputs.buffer(), second, 8, 3_000, 4_000, 1,
            RejectReason.LATE_TICK, 1, 3_000);

        assertThat(outputs.next(first)).isEqualTo(second);
        assertThat(outputs.next(second)).isEqualTo(outputs.length());
        assertThat(RecordHeaderDescriptor.sequence(outputs.buffer(), first)).isEqualTo(7);
        assertThat(RecordHeaderDescriptor.sequence(outputs.buffer(), second)).isEqualTo(8);
    }

    @Test
    void shouldStartOverFromOffsetZeroAfterReset()
    {
        final OutputsBuffer outputs = new OutputsBuffer(256);
        outputs.claim(100);
        outputs.claim(100);

        outputs.reset();

        assertThat(outputs.length()).isZero();
        assertThat(outputs.count()).isZero();
        assertThat(outputs.claim(100)).isZero();
        assertThat(outputs.count()).isEqualTo(1);
    }

    @Test
    void shouldAcceptAClaimThatFillsTheCapacityExactly()
    {
        final OutputsBuffer outputs = new OutputsBuffer(128);

        assertThat(outputs.claim(64)).isZero();
        assertThat(outputs.claim(64)).isEqualTo(64);
        assertThat(outputs.length()).isEqualTo(128);
    }

    @Test
    void shouldThrowNamingOutputCapacityWhenAClaimOverflowsAndKeepWhatWasClaimed()
    {
        final OutputsBuffer outputs = new OutputsBuffer(100);
        outputs.claim(64);

        assertThatThrownBy(() -> outputs.claim(64))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("pipeline.outputCapacity")
            .hasMessageContaining("100");

        assertThat(outputs.length()).isEqualTo(64);
        assertThat(outputs.count()).isEqualTo(1);
        assertThat(outputs.claim(36)).isEqualTo(64);
    }

    @Test
    void shouldHoldTheInputEncodedInPlaceOrCopiedIn()
    {
        final RingSlot slot = new RingSlot(256);

        final int length = TimerDescriptor.encode(slot.inputForEncoding(), 0, 1, 10, 10, 0);
        slot.inputEncoded(length);

        assertThat(slot.inputLength()).isEqualTo(TimerDescriptor.LENGTH);
        assertThat(RecordHeaderDescriptor.sequence(slot.input(), 0)).isEqualTo(1);

        final OutputsBuffer source = new OutputsBuffer(256);
        final int offset = source.claim(InputRejectedDescriptor.LENGTH);
        InputRejectedDescriptor.encode(source.buffer(), offset, 2, 20, 20, 1, RejectReason.LATE_TICK, 1, 20);
        slot.setInput(source.buffer(), offset, InputRejectedDescriptor.LENGTH);

        assertThat(slot.inputLength()).isEqualTo(InputRejectedDescriptor.LENGTH);
        assertThat(RecordHeaderDescriptor.sequence(slot.input(), 0)).isEqualTo(2);
        assertThat(slot.outputs().buffer().capacity()).isEqualTo(256);
    }
}
