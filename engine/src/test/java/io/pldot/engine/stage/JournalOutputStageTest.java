package io.pldot.engine.stage;

import io.pldot.engine.event.OutputsBuffer;
import io.pldot.engine.event.RingSlot;
import io.pldot.journal.JournalReader;
import io.pldot.journal.chronicle.ChronicleJournalAppender;
import io.pldot.journal.chronicle.ChronicleJournalReader;
import io.pldot.journal.format.OutputDigest;
import io.pldot.journal.schema.InputRejectedDescriptor;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RejectReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JournalOutputStageTest
{
    @TempDir
    Path temp;

    private static void addReject(final RingSlot slot, final long sequence)
    {
        final OutputsBuffer outputs = slot.outputs();
        final int offset = outputs.claim(InputRejectedDescriptor.LENGTH);
        InputRejectedDescriptor.encode(outputs.buffer(), offset, sequence, sequence * 10, sequence * 10 + 1, 1,
            RejectReason.LATE_TICK, 1, sequence);
    }

    @Test
    void shouldJournalABatchOfSlotsAsOneExcerptAtTheEndOfTheBatchAndOnlyThenShowTheListener()
    {
        final Path queue = temp.resolve("outputs");
        final List<Long> seen = new ArrayList<>();
        final JournalOutputStage stage = new JournalOutputStage(() -> new ChronicleJournalAppender(queue),
            (buffer, offset, length) -> seen.add(RecordHeaderDescriptor.sequence(buffer, offset)));
        stage.onStart();
        final RingSlot first = new RingSlot(1024);
        final RingSlot empty = new RingSlot(1024);
        final RingSlot second = new RingSlot(1024);
        addReject(first, 1);
        addReject(first, 2);
        addReject(second, 3);
        final OutputDigest expected = new OutputDigest();
        for (final RingSlot slot : new RingSlot[] {first, second})
        {
            for (int offset = 0; offset < slot.outputs().length(); offset = slot.outputs().next(offset))
            {
                expected.update(slot.outputs().buffer(), offset, RecordHeaderDescriptor.length(slot.outputs().buffer(), offset));
            }
        }

        try (JournalReader reader = new ChronicleJournalReader(queue))
        {
            stage.onEvent(first, false);
            stage.onEvent(empty, false);
            assertThat(seen).as("nothing leaves before it is journaled").isEmpty();
            assertThat(reader.next()).as("nothing journaled mid-batch").isZero();
            assertThat(first.outputs().length()).as("slot handed back empty").isZero();

            stage.onEvent(second, true);
            assertThat(seen).containsExactly(1L, 2L, 3L);
            final List<Long> journaled = new ArrayList<>();
            while (reader.next() > 0)
            {
                journaled.add(RecordHeaderDescriptor.sequence(reader.buffer(), 0));
            }
            assertThat(journaled).containsExactly(1L, 2L, 3L);
        }
        stage.onShutdown();

        assertThat(stage.inputs()).isEqualTo(3);
        assertThat(stage.outputs()).isEqualTo(3);
        assertThat(stage.finishOutputHash()).isEqualTo(expected.finishHex());
    }

    @Test
    void shouldWriteAnExcerptEarlyWhenTheBatchBufferIsFullWithoutLosingOrReorderingRecords()
    {
        final Path queue = temp.resolve("outputs");
        final JournalOutputStage stage = new JournalOutputStage(() -> new ChronicleJournalAppender(queue),
            OutputListener.NONE);
        stage.onStart();
        final RingSlot slot = new RingSlot(64 * 1024);
        final int perSlot = 1000;                                  // 48 KB of outputs per slot
        long sequence = 0;
        for (int i = 0; i < 5; i++)
        {
            for (int r = 0; r < perSlot; r++)
            {
                addReject(slot, ++sequence);
            }
            stage.onEvent(slot, i == 4);
        }
        stage.onShutdown();

        try (JournalReader reader = new ChronicleJournalReader(queue))
        {
            long expected = 0;
            while (reader.next() > 0)
            {
                assertThat(RecordHeaderDescriptor.sequence(reader.buffer(), 0)).isEqualTo(++expected);
            }
            assertThat(expected).isEqualTo(5L * perSlot);
        }
        assertThat(stage.outputs()).isEqualTo(5L * perSlot);
    }
}
