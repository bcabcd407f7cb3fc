package io.pldot.journal.chronicle;

import io.pldot.journal.TestRecords;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChronicleJournalReaderTest
{
    @TempDir
    Path temp;

    @Test
    void shouldRefuseAnExcerptShorterThanAHeaderNamingTheJournal()
    {
        final Path queue = temp.resolve("q");
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        try (ChronicleJournalAppender appender = new ChronicleJournalAppender(queue))
        {
            final int length = TestRecords.tradeTick(buffer, 1);
            appender.append(buffer, 0, length);
            appender.append(buffer, 0, 8);
        }
        try (ChronicleJournalReader reader = new ChronicleJournalReader(queue))
        {
            assertThat(reader.next()).isEqualTo(64);
            assertThatThrownBy(reader::next)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("8 bytes")
                .hasMessageContaining(queue.getFileName().toString());
        }
    }

    @Test
    void shouldReturnMinusOneForLastSequenceOfAQueueWithoutRecords()
    {
        final Path queue = temp.resolve("q");
        new ChronicleJournalAppender(queue).close();
        assertThat(ChronicleJournalReader.lastSequence(queue)).isEqualTo(-1);
    }
}
