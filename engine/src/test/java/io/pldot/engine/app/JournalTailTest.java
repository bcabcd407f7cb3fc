package io.pldot.engine.app;

import io.pldot.journal.JournalAppender;
import io.pldot.journal.chronicle.JournalDirectory;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.TimerDescriptor;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal tail on real queues: inputs and outputs merged by sequence, either queue optional,
 * queues that appear while following.
 */
class JournalTailTest
{
    /** Outputs are written as timer records too: the tail only reads the header. */
    private static final long OUTPUT_TIMER_ID = 99;

    private final UnsafeBuffer record = new UnsafeBuffer(new byte[RecordHeaderDescriptor.MAX_RECORD_LENGTH]);

    @Test
    void shouldMergeEachInputBeforeTheOutputsItCaused(@TempDir final Path dir)
    {
        final JournalDirectory journal = new JournalDirectory(dir);
        append(journal.openInputAppender(), false, 1, 2, 3);
        append(journal.openOutputAppender(), true, 1, 1, 3);

        try (JournalTail tail = new JournalTail(journal, true, true))
        {
            assertThat(readAll(tail)).containsExactly("in 1", "out 1", "out 1", "in 2", "in 3", "out 3");
        }
    }

    @Test
    void shouldShowOnlyTheQueuesAskedFor(@TempDir final Path dir)
    {
        final JournalDirectory journal = new JournalDirectory(dir);
        append(journal.openInputAppender(), false, 1, 2);
        append(journal.openOutputAppender(), true, 1, 2);

        try (JournalTail inputs = new JournalTail(journal, true, false))
        {
            assertThat(readAll(inputs)).containsExactly("in 1", "in 2");
        }
        try (JournalTail outputs = new JournalTail(journal, false, true))
        {
            assertThat(readAll(outputs)).containsExactly("out 1", "out 2");
        }
    }

    @Test
    void shouldBeEmptyUntilAQueueAppearsThenFollowIt(@TempDir final Path dir)
    {
        final JournalDirectory journal = new JournalDirectory(dir.resolve("journal"));
        try (JournalTail tail = new JournalTail(journal, true, true))
        {
            assertThat(tail.empty()).isTrue();
            assertThat(tail.next()).isZero();

            append(journal.openInputAppender(), false, 5);

            assertThat(tail.empty()).isFalse();
            assertThat(readAll(tail)).containsExactly("in 5");
            append(journal.openInputAppender(), false, 6);
            assertThat(readAll(tail)).containsExactly("in 6");
        }
    }

    private void append(final JournalAppender appender, final boolean output, final long... sequences)
    {
        try (appender)
        {
            for (final long sequence : sequences)
            {
                final long timerId = output ? OUTPUT_TIMER_ID : TimerDescriptor.HEARTBEAT_TIMER_ID;
                final int length = TimerDescriptor.encode(record, 0, sequence, sequence, sequence, timerId);
                appender.append(record, 0, length);
            }
        }
    }

    private static List<String> readAll(final JournalTail tail)
    {
        final List<String> seen = new ArrayList<>();
        int length;
        while ((length = tail.next()) > 0)
        {
            assertThat(RecordHeaderDescriptor.length(tail.buffer(), 0)).isEqualTo(length);
            final boolean output = TimerDescriptor.TIMER_ID.get(tail.buffer(), 0) == OUTPUT_TIMER_ID;
            seen.add((output ? "out " : "in ") + RecordHeaderDescriptor.sequence(tail.buffer(), 0));
        }
        return seen;
    }
}
