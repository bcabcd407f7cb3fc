package io.pldot.journal.chronicle;

import io.pldot.journal.TestRecords;
import io.pldot.journal.format.OutputDigest;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class JournalPrefaulterTest
{
    @TempDir
    Path temp;

    @Test
    void shouldJournalExactlyTheSameRecordsWithOrWithoutThePrefaulter()
    {
        final String plain = writeAndHash(temp.resolve("plain"), false);
        final String prefaulted = writeAndHash(temp.resolve("prefaulted"), true);

        assertThat(prefaulted).isEqualTo(plain);
    }

    @Test
    void shouldRunItsThreadOnlyWhileTheAppenderIsOpen()
    {
        final Path queue = temp.resolve("outputs");
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        try (ChronicleJournalAppender appender = new ChronicleJournalAppender(queue, true))
        {
            appender.append(buffer, 0, TestRecords.tradeTick(buffer, 1));
            assertThat(prefaulterThreadAlive()).isTrue();
        }
        assertThat(prefaulterThreadAlive()).isFalse();
        try (ChronicleJournalAppender appender = new ChronicleJournalAppender(queue))
        {
            appender.append(buffer, 0, TestRecords.tradeTick(buffer, 2));
            assertThat(prefaulterThreadAlive()).as("off unless asked for").isFalse();
        }
    }

    /** Writes many batches (several MB, past the prefaulter's window), then hashes them read back. */
    private static String writeAndHash(final Path queue, final boolean prefault)
    {
        final UnsafeBuffer batch = new UnsafeBuffer(new byte[64 * 1024]);
        long sequence = 0;
        try (ChronicleJournalAppender appender = new ChronicleJournalAppender(queue, prefault))
        {
            for (int excerpt = 0; excerpt < 400; excerpt++)
            {
                int length = 0;
                while (length + 512 <= batch.capacity())
                {
                    length += TestRecords.mixed(new UnsafeBuffer(batch, length, 512), ++sequence);
                }
                appender.append(batch, 0, length);
            }
        }
        try (ChronicleJournalReader reader = new ChronicleJournalReader(queue))
        {
            final OutputDigest digest = OutputDigest.of(reader);
            assertThat(digest.records()).isEqualTo(sequence);
            return digest.finishHex();
        }
    }

    private static boolean prefaulterThreadAlive()
    {
        return Thread.getAllStackTraces().keySet().stream()
            .anyMatch(thread -> thread.getName().equals("pldot-prefault-outputs") && thread.isAlive());
    }
}
