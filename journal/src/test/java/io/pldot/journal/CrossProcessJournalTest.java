package io.pldot.journal;

import io.pldot.journal.chronicle.JournalDirectory;

import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.TradeTickDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A journal written by one process is readable by another while it grows.
 */
class CrossProcessJournalTest
{
    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(60);

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldReadRecordsWhileAnotherProcessAppendsThem() throws Exception
    {
        final int count = 3_000;
        final int batch = 20;
        final long pauseMillis = 15;
        final Path dir = temp.resolve("journal");
        final Path log = temp.resolve("child.log");
        final JournalDirectory journal = new JournalDirectory(dir);

        final List<String> command = ChildJvm.command(GrowingJournalWriterMain.class, dir.toString(),
            Integer.toString(count), Long.toString(pauseMillis), Integer.toString(batch));

        final Process process = new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
        try
        {
            final long deadline = System.nanoTime() + TIMEOUT_NANOS;
            while (!journal.hasInputs())
            {
                if (!process.isAlive() && !journal.hasInputs())
                {
                    fail("child exited with " + process.exitValue() + " before writing: " + childLog(log));
                }
                if (System.nanoTime() > deadline)
                {
                    fail("child wrote no queue file within 60 s: " + childLog(log));
                }
                Thread.sleep(5);
            }

            int read = 0;
            int readWhileAlive = 0;
            int emptyPollsWhileAlive = 0;
            try (JournalReader reader = journal.openInputReader())
            {
                while (read < count)
                {
                    final boolean aliveBefore = process.isAlive();
                    final int length = reader.next();
                    if (length == 0)
                    {
                        if (aliveBefore)
                        {
                            emptyPollsWhileAlive++;
                        }
                        if (System.nanoTime() > deadline)
                        {
                            fail("read " + read + " of " + count + " records within 60 s; child alive=" +
                                process.isAlive() + ": " + childLog(log));
                        }
                        if (!process.isAlive() && process.exitValue() != 0)
                        {
                            fail("child failed with " + process.exitValue() + ": " + childLog(log));
                        }
                        Thread.onSpinWait();
                        continue;
                    }
                    read++;
                    if (aliveBefore)
                    {
                        readWhileAlive++;
                    }
                    assertThat(length).isEqualTo(TradeTickDescriptor.LENGTH);
                    assertThat(RecordType.of(RecordHeaderDescriptor.typeId(reader.buffer(), 0)))
                        .isSameAs(RecordType.TRADE_TICK);
                    assertThat(RecordHeaderDescriptor.sequence(reader.buffer(), 0)).as("record #%d", read)
                        .isEqualTo(read);
                    assertThat(TradeTickDescriptor.PRICE.get(reader.buffer(), 0)).isEqualTo(968_219L + read);
                }
                assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("child exits").isTrue();
                assertThat(process.exitValue()).as("child exit code; log: %s", childLog(log)).isZero();
                assertThat(reader.next()).as("nothing after the last record").isZero();
            }
            assertThat(read).isEqualTo(count);
            assertThat(readWhileAlive).as("records read while the writer process was still running")
                .isPositive();
            assertThat(emptyPollsWhileAlive).as("reader caught up with the writer at least once while it grew")
                .isPositive();
            assertThat(journal.lastInputSequence()).isEqualTo(count);
        }
        finally
        {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String childLog(final Path log)
    {
        try
        {
            return Files.exists(log) ? Files.readString(log) : "(no log)";
        }
        catch (final Exception ex)
        {
            return "(cannot read " + log + File.separator + ex + ")";
        }
    }
}
