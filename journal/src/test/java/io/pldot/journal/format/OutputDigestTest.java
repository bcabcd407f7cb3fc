package io.pldot.journal.format;

import io.pldot.journal.JournalAppender;
import io.pldot.journal.chronicle.JournalDirectory;
import io.pldot.journal.JournalReader;
import io.pldot.journal.TestRecords;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OutputDigestTest
{
    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @TempDir
    Path temp;

    private static List<byte[]> records(final int n)
    {
        final List<byte[]> records = new ArrayList<>();
        for (int sequence = 1; sequence <= n; sequence++)
        {
            records.add(TestRecords.mixedBytes(sequence));
        }
        return records;
    }

    private static String digest(final List<byte[]> records)
    {
        final OutputDigest digest = new OutputDigest();
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[512]);
        for (final byte[] record : records)
        {
            buffer.putBytes(7, record);
            digest.update(buffer, 7, record.length);
        }
        assertThat(digest.records()).isEqualTo(records.size());
        return digest.finishHex();
    }

    @Test
    void shouldGiveSameHexForSameRecords()
    {
        assertThat(digest(records(50))).isEqualTo(digest(records(50))).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void shouldChangeWhenOneByteChanges()
    {
        final String original = digest(records(50));
        for (final int position : new int[] {0, 9, 39})
        {
            final List<byte[]> changed = records(50);
            changed.get(25)[position] ^= 1;
            assertThat(digest(changed)).as("byte %d flipped", position).isNotEqualTo(original);
        }
        assertThat(digest(records(49))).isNotEqualTo(original);
    }

    @Test
    void shouldDependOnOrder()
    {
        final List<byte[]> swapped = records(50);
        final byte[] first = swapped.get(0);
        swapped.set(0, swapped.get(1));
        swapped.set(1, first);
        assertThat(digest(swapped)).isNotEqualTo(digest(records(50)));
    }

    @Test
    void shouldEqualSha256OfConcatenatedRecords() throws Exception
    {
        final List<byte[]> records = records(123);
        final MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (final byte[] record : records)
        {
            sha256.update(record);
        }
        assertThat(digest(records)).isEqualTo(HexFormat.of().formatHex(sha256.digest()));
    }

    @Test
    void shouldResetAfterFinish()
    {
        final OutputDigest digest = new OutputDigest();
        assertThat(digest.finishHex()).isEqualTo(EMPTY_SHA256);
        final byte[] record = TestRecords.mixedBytes(1);
        digest.update(new UnsafeBuffer(record), 0, record.length);
        assertThat(digest.records()).isEqualTo(1);
        final String one = digest.finishHex();
        assertThat(digest.records()).isZero();
        assertThat(digest.finishHex()).isEqualTo(EMPTY_SHA256);
        digest.update(new UnsafeBuffer(record), 0, record.length);
        assertThat(digest.finishHex()).isEqualTo(one);
    }

    @Test
    void shouldGiveTheSameDigestForABatchOfRecordsAsForTheRecordsOneByOne()
    {
        final List<byte[]> records = records(30);
        final byte[] batch = new byte[30 * 512 + 3];
        int length = 0;
        for (final byte[] record : records)
        {
            System.arraycopy(record, 0, batch, 3 + length, record.length);
            length += record.length;
        }
        final OutputDigest batched = new OutputDigest();
        batched.update(batch, 3, length / 2 + 1, 0);                            // split anywhere: bytes are what count
        batched.update(batch, 3 + length / 2 + 1, length - (length / 2 + 1), 30);
        assertThat(batched.records()).isEqualTo(30);
        assertThat(batched.finishHex()).isEqualTo(digest(records));
    }

    @Test
    void shouldDigestAJournalOfMultiRecordExcerptsLikeDirectFeeding()
    {
        final JournalDirectory journal = new JournalDirectory(temp.resolve("batched"));
        final List<byte[]> records = records(100);
        final UnsafeBuffer batch = new UnsafeBuffer(new byte[100 * 512]);
        try (JournalAppender appender = journal.openOutputAppender())
        {
            int at = 0;
            int length = 0;
            for (final byte[] record : records)
            {
                batch.putBytes(length, record);
                length += record.length;
                if (++at % 7 == 0 || at == records.size())   // excerpts of 7 records, the last shorter
                {
                    appender.append(batch, 0, length);
                    length = 0;
                }
            }
        }
        try (JournalReader reader = journal.openOutputReader())
        {
            final OutputDigest fromJournal = OutputDigest.of(reader);
            assertThat(fromJournal.records()).isEqualTo(100);
            assertThat(fromJournal.finishHex()).isEqualTo(digest(records));
        }
    }

    @Test
    void shouldDigestAReaderLikeDirectFeeding()
    {
        final List<byte[]> records = records(40);
        final JournalReader reader = new ListReader(records);
        final OutputDigest fromReader = OutputDigest.of(reader);
        assertThat(fromReader.records()).isEqualTo(40);
        assertThat(fromReader.finishHex()).isEqualTo(digest(records));
    }

    @Test
    void shouldDigestAChronicleJournalLikeDirectFeeding()
    {
        final JournalDirectory journal = new JournalDirectory(temp.resolve("j"));
        final List<byte[]> records = records(200);
        try (JournalAppender appender = journal.openOutputAppender())
        {
            for (final byte[] record : records)
            {
                appender.append(new UnsafeBuffer(record), 0, record.length);
            }
        }
        try (JournalReader reader = journal.openOutputReader())
        {
            final OutputDigest fromJournal = OutputDigest.of(reader);
            assertThat(fromJournal.records()).isEqualTo(200);
            assertThat(fromJournal.finishHex()).isEqualTo(digest(records));

            reader.toStart();
            reader.next();
            assertThat(OutputDigest.of(reader).finishHex()).as("from where the reader stands")
                .isEqualTo(digest(records.subList(1, records.size())));
        }
    }

    /** In-memory reader over a list of records. */
    private static final class ListReader implements JournalReader
    {
        private final List<byte[]> records;
        private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        private int next;

        ListReader(final List<byte[]> records)
        {
            this.records = records;
        }

        @Override
        public int next()
        {
            if (next == records.size())
            {
                return 0;
            }
            final byte[] record = records.get(next++);
            buffer.putBytes(0, record);
            return record.length;
        }

        @Override
        public DirectBuffer buffer()
        {
            return buffer;
        }

        @Override
        public void toStart()
        {
            next = 0;
        }

        @Override
        public void close()
        {
        }
    }
}
