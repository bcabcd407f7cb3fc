package io.pldot.journal.chronicle;

import io.pldot.journal.JournalAppender;
import io.pldot.journal.JournalReader;
import io.pldot.journal.TestRecords;
import io.pldot.journal.TornJournalException;
import io.pldot.journal.TornTail;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A queue file cut short (as by an interrupted copy or a full disk) is found, reported with where and how much, and
 * never read as records unless the caller skips the torn tail, which then ends before the suspect record.
 */
class TornTailCheckTest
{
    private static final int RECORDS = 5_000;
    private static final int CUT_IN = 3_000;

    @TempDir
    Path temp;

    @Test
    void shouldFindNothingInAWholeQueue()
    {
        final JournalDirectory journal = journalOf(RECORDS);

        assertThat(journal.tornInputs()).isNull();
        assertThat(readAll(journal, false)).isEqualTo(RECORDS);
    }

    @Test
    void shouldReportWhereAQueueCutInsideARecordIsTornAndHowMuchIsLost() throws IOException
    {
        final JournalDirectory journal = journalOf(RECORDS);
        final long position = dataPosition(journal.inputsPath(), CUT_IN);
        final Path file = cut(journal.inputsPath(), position + 20);

        final TornTail torn = journal.tornInputs();

        assertThat(torn).isNotNull();
        assertThat(torn.file()).isEqualTo(file);
        assertThat(torn.readableExcerpts()).isEqualTo(CUT_IN + 1);
        assertThat(torn.suspectSequence()).isEqualTo(CUT_IN);
        assertThat(torn.suspectPosition()).isEqualTo(position);
        assertThat(torn.indexedExcerpts()).isGreaterThan(CUT_IN + 1);
        assertThat(torn.lostExcerpts()).isEqualTo(torn.indexedExcerpts() - CUT_IN - 1);
        assertThat(torn.describe()).contains(file.toString()).contains("torn at byte " + String.format("%,d", position))
            .contains("sequence " + CUT_IN);
    }

    @Test
    void shouldRefuseToReadATornQueueUnlessAskedToSkipItsTail() throws IOException
    {
        final JournalDirectory journal = journalOf(RECORDS);
        cut(journal.inputsPath(), dataPosition(journal.inputsPath(), CUT_IN) + 20);

        assertThatThrownBy(journal::openInputReader)
            .isInstanceOf(TornJournalException.class)
            .hasMessageContaining("is torn at byte")
            .hasMessageContaining("--torn-tail skip");
        // Skipping: every record before the suspect one, each whole, and nothing after.
        assertThat(readAll(journal, true)).isEqualTo(CUT_IN);
    }

    @Test
    void shouldTreatTheLastRecordBeforeACutAtARecordBoundaryAsSuspect() throws IOException
    {
        final JournalDirectory journal = journalOf(RECORDS);
        // The cut at the header of record CUT_IN: record CUT_IN - 1 is whole, but nothing says so.
        cut(journal.inputsPath(), dataPosition(journal.inputsPath(), CUT_IN) - 4);

        final TornTail torn = journal.tornInputs();

        assertThat(torn.readableExcerpts()).isEqualTo(CUT_IN);
        assertThat(torn.suspectSequence()).isEqualTo(CUT_IN - 1);
        assertThat(readAll(journal, true)).isEqualTo(CUT_IN - 1);
    }

    private JournalDirectory journalOf(final int records)
    {
        final JournalDirectory journal = new JournalDirectory(temp.resolve("journal"));
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        try (JournalAppender appender = journal.openInputAppender())
        {
            for (int i = 0; i < records; i++)
            {
                appender.append(buffer, 0, TestRecords.tradeTick(buffer, i));
            }
        }
        return journal;
    }

    /** Reads every record, checking each is the one written with its sequence. */
    private static int readAll(final JournalDirectory journal, final boolean skipTornTail)
    {
        final UnsafeBuffer expected = new UnsafeBuffer(new byte[256]);
        int count = 0;
        try (JournalReader reader = (skipTornTail ? journal.skippingTornTail() : journal).openInputReader())
        {
            int length;
            while ((length = reader.next()) > 0)
            {
                final long sequence = RecordHeaderDescriptor.sequence(reader.buffer(), 0);
                assertThat(sequence).isEqualTo(count);
                final int expectedLength = TestRecords.tradeTick(expected, sequence);
                assertThat(length).isEqualTo(expectedLength);
                for (int i = 0; i < length; i++)
                {
                    assertThat(reader.buffer().getByte(i)).as("byte %d of record %d", i, sequence)
                        .isEqualTo(expected.getByte(i));
                }
                count++;
            }
        }
        return count;
    }

    /** Byte position, in its queue file, of the first data byte of excerpt {@code n} of the first cycle. */
    private static long dataPosition(final Path queuePath, final long n)
    {
        try (ChronicleQueue queue = ChronicleQueues.open(queuePath, false);
            ExcerptTailer tailer = queue.createTailer())
        {
            assertThat(tailer.moveToIndex(queue.firstIndex() + n)).isTrue();
            try (DocumentContext dc = tailer.readingDocument())
            {
                return dc.wire().bytes().readPosition();
            }
        }
    }

    /** Truncates the queue's one cycle file at {@code length} bytes, as an interrupted copy leaves it. */
    private static Path cut(final Path queuePath, final long length) throws IOException
    {
        final Path file;
        try (Stream<Path> files = Files.list(queuePath))
        {
            file = files.filter(p -> p.toString().endsWith(".cq4")).findFirst().orElseThrow();
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw"))
        {
            raf.setLength(length);
        }
        return file;
    }
}
