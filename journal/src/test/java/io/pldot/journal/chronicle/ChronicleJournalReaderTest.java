package io.pldot.journal.chronicle;

import io.pldot.journal.TestRecords;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import org.agrona.DirectBuffer;
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
    void shouldReturnTheRecordsOfAMultiRecordExcerptOneByOneThenGoOnToTheNextExcerpt()
    {
        final Path queue = temp.resolve("q");
        final UnsafeBuffer batch = new UnsafeBuffer(new byte[1024]);
        final UnsafeBuffer single = new UnsafeBuffer(new byte[256]);
        final int first = TestRecords.mixed(batch, 1);
        final UnsafeBuffer rest = new UnsafeBuffer(batch, first, batch.capacity() - first);
        final int second = TestRecords.mixed(rest, 2);
        final int third = TestRecords.mixed(new UnsafeBuffer(batch, first + second, 512), 3);
        final int fourth = TestRecords.mixed(single, 4);
        try (ChronicleJournalAppender appender = new ChronicleJournalAppender(queue))
        {
            appender.append(batch, 0, first + second + third);
            appender.append(single, 0, fourth);
        }
        try (ChronicleJournalReader reader = new ChronicleJournalReader(queue))
        {
            final DirectBuffer buffer = reader.buffer();
            final int[] lengths = {first, second, third, fourth};
            for (int i = 0; i < 4; i++)
            {
                assertThat(reader.next()).as("record %d", i + 1).isEqualTo(lengths[i]);
                assertThat(reader.buffer()).as("always the same buffer object").isSameAs(buffer);
                assertThat(RecordHeaderDescriptor.sequence(buffer, 0)).isEqualTo(i + 1);
                final UnsafeBuffer expected = new UnsafeBuffer(new byte[512]);
                TestRecords.mixed(expected, i + 1);
                final byte[] read = new byte[lengths[i]];
                buffer.getBytes(0, read);
                final byte[] wanted = new byte[lengths[i]];
                expected.getBytes(0, wanted);
                assertThat(read).isEqualTo(wanted);
            }
            assertThat(reader.next()).isZero();

            reader.toStart();
            assertThat(reader.next()).isEqualTo(first);
            assertThat(RecordHeaderDescriptor.sequence(reader.buffer(), 0)).isEqualTo(1);
        }
        assertThat(ChronicleJournalReader.lastSequence(queue)).isEqualTo(4);
    }

    @Test
    void shouldGiveTheLastRecordOfAMultiRecordExcerptAsLastSequence()
    {
        final Path queue = temp.resolve("q");
        final UnsafeBuffer batch = new UnsafeBuffer(new byte[1024]);
        final int first = TestRecords.tradeTick(batch, 7);
        final int second = TestRecords.tradeTick(new UnsafeBuffer(batch, first, 512), 8);
        try (ChronicleJournalAppender appender = new ChronicleJournalAppender(queue))
        {
            appender.append(batch, 0, first + second);
        }
        assertThat(ChronicleJournalReader.lastSequence(queue)).isEqualTo(8);
    }

    @Test
    void shouldRefuseARecordThatRunsPastTheEndOfItsExcerpt()
    {
        final Path queue = temp.resolve("q");
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final int length = TestRecords.tradeTick(buffer, 1);
        TestRecords.tradeTick(new UnsafeBuffer(buffer, length, 128), 2);
        try (ChronicleJournalAppender appender = new ChronicleJournalAppender(queue))
        {
            appender.append(buffer, 0, length + 40);   // a whole record, then the first 40 bytes of the next
        }
        try (ChronicleJournalReader reader = new ChronicleJournalReader(queue))
        {
            assertThat(reader.next()).isEqualTo(length);
            assertThatThrownBy(reader::next)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a record of " + length + " bytes")
                .hasMessageContaining("offset " + length);
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
