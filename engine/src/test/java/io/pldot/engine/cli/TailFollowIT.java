package io.pldot.engine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.pldot.engine.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static io.pldot.engine.cli.BitstampCsv.plain;
import static io.pldot.engine.cli.CliRun.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code tail --follow} on a journal that does not exist yet when the tail starts: it must pick
 * up the queue once an import creates it, print the records as they arrive, and end cleanly
 * (exit 0, nothing on stderr) when its thread is interrupted.
 * <p>
 * Kept apart from {@link EngineCliIT}: it swaps System.out for the whole follow.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class TailFollowIT
{
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void shouldFollowAJournalCreatedAfterTheTailStartedAndStopWhenInterrupted() throws Exception
    {
        final Path journal = dir.resolve("followed");
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final PrintStream originalOut = System.out;
        final PrintStream originalErr = System.err;
        final AtomicInteger exitCode = new AtomicInteger(Integer.MIN_VALUE);
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final Thread follower = new Thread(() ->
        {
            try
            {
                exitCode.set(EngineCommand.execute("tail", "--config", CONFIG, "--journal", journal.toString(),
                    "--follow", "--json", "--type", "trade-tick", "--poll-ms", "10"));
            }
            catch (final Throwable t)
            {
                failure.set(t);
            }
        }, "tail-follow");
        try (PrintStream capturedOut = new PrintStream(out, true, StandardCharsets.UTF_8);
            PrintStream capturedErr = new PrintStream(err, true, StandardCharsets.UTF_8))
        {
            System.setOut(capturedOut);
            System.setErr(capturedErr);
            follower.start();
            // Following an absent journal, the tail sleeps between polls: it is running before
            // the queue exists.
            waitUntil(() -> follower.getState() == Thread.State.TIMED_WAITING, 30);
            assertThat(journal).doesNotExist();

            TestEngine.bitstampJournal(journal, TestEngine.shippedConfig());

            waitUntil(() -> lineCount(out) >= TestEngine.BITSTAMP_TRADES, 60);
            follower.interrupt();
            follower.join(TimeUnit.SECONDS.toMillis(30));
        }
        finally
        {
            System.setOut(originalOut);
            System.setErr(originalErr);
            if (follower.isAlive())
            {
                follower.interrupt();
            }
        }

        assertThat(follower.isAlive()).as("tail --follow ended after the interrupt").isFalse();
        assertThat(failure.get()).isNull();
        final String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(exitCode.get()).as("exit code; stderr: %s", stderr).isZero();
        assertThat(stderr).isEmpty();

        final CliRun printed = new CliRun(0, out.toString(StandardCharsets.UTF_8), "");
        final List<JsonNode> records = printed.jsonLines();
        assertThat(records).hasSize((int)TestEngine.BITSTAMP_TRADES)
            .allSatisfy(r -> assertThat(r.get("type").asText()).isEqualTo("trade-tick"));
        final List<BitstampCsv.Row> rows = BitstampCsv.rows();
        assertTrade(records.get(0), rows.get(0));
        assertTrade(records.get(records.size() - 1), rows.get(rows.size() - 1));
    }

    private static void assertTrade(final JsonNode record, final BitstampCsv.Row row)
    {
        assertThat(record.get("price").asText()).isEqualTo(plain(row.price()));
        assertThat(record.get("quantity").asText()).isEqualTo(plain(row.amount()));
        assertThat(record.get("tsEvent").asLong()).isEqualTo(row.epochSeconds() * SECOND);
    }

    private static long lineCount(final ByteArrayOutputStream out)
    {
        final String text = out.toString(StandardCharsets.UTF_8);
        long lines = 0;
        for (int i = 0; i < text.length(); i++)
        {
            if (text.charAt(i) == '\n')
            {
                lines++;
            }
        }
        return lines;
    }

    private static void waitUntil(final java.util.function.BooleanSupplier condition, final int seconds)
        throws InterruptedException
    {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean())
        {
            assertThat(System.nanoTime()).as("condition not met within %d s", seconds).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
