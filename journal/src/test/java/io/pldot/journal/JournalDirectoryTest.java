package io.pldot.journal;

import io.pldot.journal.chronicle.JournalDirectory;

import io.pldot.journal.schema.RecordHeaderDescriptor;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalDirectoryTest
{
    @TempDir
    Path temp;

    private static void appendMixed(final JournalAppender appender, final long from, final long to)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[RecordHeaderDescriptor.MAX_RECORD_LENGTH + 16]);
        for (long sequence = from; sequence <= to; sequence++)
        {
            // Encode at a non-zero offset: the appender must copy exactly [offset, offset + length).
            final UnsafeBuffer view = new UnsafeBuffer(buffer, 16, RecordHeaderDescriptor.MAX_RECORD_LENGTH);
            final int length = TestRecords.mixed(view, sequence);
            appender.append(buffer, 16, length);
        }
    }

    private static byte[] current(final JournalReader reader, final int length)
    {
        final byte[] bytes = new byte[length];
        reader.buffer().getBytes(0, bytes);
        return bytes;
    }

    private static void assertReads(final JournalReader reader, final long from, final long to)
    {
        for (long sequence = from; sequence <= to; sequence++)
        {
            final byte[] expected = TestRecords.mixedBytes(sequence);
            final int length = reader.next();
            assertThat(length).as("length of record %d", sequence).isEqualTo(expected.length);
            assertThat(current(reader, length)).as("bytes of record %d", sequence).isEqualTo(expected);
        }
    }

    @Test
    void shouldReadBackEveryRecordByteIdenticalAndInOrder()
    {
        final JournalDirectory journal = new JournalDirectory(temp.resolve("j"));
        final int n = 5_000;
        try (JournalAppender appender = journal.openInputAppender())
        {
            appendMixed(appender, 1, n);
        }
        assertThat(journal.hasInputs()).isTrue();
        assertThat(journal.hasOutputs()).isFalse();
        try (JournalReader reader = journal.openInputReader())
        {
            assertReads(reader, 1, n);
            assertThat(reader.next()).as("end of journal").isZero();
            assertThat(reader.next()).isZero();

            reader.toStart();
            assertReads(reader, 1, 3);
        }
    }

    @Test
    void shouldFollowRecordsAppendedAfterTheEnd()
    {
        final JournalDirectory journal = new JournalDirectory(temp.resolve("j"));
        try (JournalAppender appender = journal.openInputAppender())
        {
            appendMixed(appender, 1, 10);
            try (JournalReader reader = journal.openInputReader())
            {
                assertReads(reader, 1, 10);
                assertThat(reader.next()).isZero();

                appendMixed(appender, 11, 25);
                assertReads(reader, 11, 25);
                assertThat(reader.next()).isZero();

                appendMixed(appender, 26, 26);
                assertReads(reader, 26, 26);
                assertThat(reader.next()).isZero();
            }
        }
    }

    @Test
    void shouldSeeRecordsOfALaterAppenderInstance()
    {
        final JournalDirectory journal = new JournalDirectory(temp.resolve("j"));
        try (JournalAppender appender = journal.openInputAppender())
        {
            appendMixed(appender, 1, 5);
        }
        try (JournalReader reader = journal.openInputReader())
        {
            assertReads(reader, 1, 5);
            assertThat(reader.next()).isZero();
            try (JournalAppender appender = journal.openInputAppender())
            {
                appendMixed(appender, 6, 9);
            }
            assertReads(reader, 6, 9);
            assertThat(reader.next()).isZero();
        }
    }

    @Test
    void shouldKeepInputsAndOutputsSeparate()
    {
        final JournalDirectory journal = new JournalDirectory(temp.resolve("j"));
        try (JournalAppender inputs = journal.openInputAppender();
            JournalAppender outputs = journal.openOutputAppender())
        {
            appendMixed(inputs, 1, 3);
            appendMixed(outputs, 100, 101);
        }
        assertThat(journal.inputsPath()).isEqualTo(journal.root().resolve("inputs"));
        assertThat(journal.outputsPath()).isEqualTo(journal.root().resolve("outputs"));
        try (JournalReader reader = journal.openOutputReader())
        {
            assertReads(reader, 100, 101);
            assertThat(reader.next()).isZero();
        }
        assertThat(journal.lastInputSequence()).isEqualTo(3);

        journal.deleteOutputs();
        assertThat(journal.hasOutputs()).isFalse();
        assertThat(Files.exists(journal.outputsPath())).isFalse();
        assertThat(journal.hasInputs()).isTrue();
        assertThatThrownBy(journal::openOutputReader)
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("outputs")
            .hasMessageContaining(journal.outputsPath().toString());
    }

    @Test
    void shouldReportLastInputSequence()
    {
        final JournalDirectory journal = new JournalDirectory(temp.resolve("j"));
        assertThat(journal.lastInputSequence()).as("missing journal").isEqualTo(-1);
        try (JournalAppender appender = journal.openInputAppender())
        {
            assertThat(journal.lastInputSequence()).as("opened, nothing written").isEqualTo(-1);
            appendMixed(appender, 1, 1);
            assertThat(journal.lastInputSequence()).isEqualTo(1);
            appendMixed(appender, 2, 1_234);
            assertThat(journal.lastInputSequence()).isEqualTo(1_234);
        }
        assertThat(journal.lastInputSequence()).as("after close").isEqualTo(1_234);

        // The header sequence is reported, not the record count.
        try (JournalAppender appender = journal.openInputAppender())
        {
            appendMixed(appender, 7, 7);
        }
        assertThat(journal.lastInputSequence()).isEqualTo(7);
    }

    @Test
    void shouldReportNoSequenceForEmptyQueueFolder() throws Exception
    {
        final JournalDirectory journal = new JournalDirectory(temp.resolve("j"));
        Files.createDirectories(journal.inputsPath());
        assertThat(journal.hasInputs()).isFalse();
        assertThat(journal.lastInputSequence()).isEqualTo(-1);
    }

    @Test
    void shouldRefuseToReadAMissingJournalNamingThePath()
    {
        final JournalDirectory journal = new JournalDirectory(temp.resolve("nowhere"));
        assertThatThrownBy(journal::openInputReader)
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("inputs")
            .hasMessageContaining(journal.inputsPath().toString());
        assertThat(Files.exists(journal.root())).as("reading never creates the journal").isFalse();
    }

    @Test
    void shouldNormaliseTheRoot()
    {
        final JournalDirectory journal = new JournalDirectory(temp.resolve("a/../b"));
        assertThat(journal.root()).isEqualTo(temp.resolve("b").toAbsolutePath());
    }

    @Test
    void shouldRefuseToDeleteAnOutputsFolderHoldingUserFiles() throws Exception
    {
        final JournalDirectory journal = new JournalDirectory(temp.resolve("j"));
        try (JournalAppender outputs = journal.openOutputAppender())
        {
            appendMixed(outputs, 1, 2);
        }
        Files.writeString(journal.outputsPath().resolve("notes.txt"), "mine");

        assertThatThrownBy(journal::deleteOutputs)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(journal.outputsPath().toString())
            .hasMessageContaining("not journal queue files");
        assertThat(journal.outputsPath().resolve("notes.txt")).hasContent("mine");
        assertThat(journal.hasOutputs()).isTrue();
    }

    @Test
    void shouldDeleteTreesAndIgnoreMissingOnes() throws Exception
    {
        final Path tree = temp.resolve("t/x/y");
        Files.createDirectories(tree);
        Files.writeString(tree.resolve("f"), "data");
        JournalDirectory.deleteRecursively(temp.resolve("t"));
        assertThat(Files.exists(temp.resolve("t"))).isFalse();
        JournalDirectory.deleteRecursively(temp.resolve("t"));
    }
}
