package io.pldot.feeds.importer;

import io.pldot.journal.chronicle.JournalDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One corrupt timestamp far ahead (a flipped digit: +19 h) is refused as FUTURE_JUMP and poisons nothing after it,
 * while a real gap in trading, confirmed by the rows after it, is kept.
 */
class ForwardJumpTest
{
    private static final long START = 1_385_913_600L;
    private static final long NINETEEN_HOURS = 19 * 3_600L;

    @TempDir
    Path dir;

    private JournalDirectory journal;
    private TradeImporter importer;
    private final List<Rejection> rejections = new ArrayList<>();

    @BeforeEach
    void setUp()
    {
        journal = new JournalDirectory(dir.resolve("journal"));
        importer = new TradeImporter(journal, Fixtures.registry(), Duration.ofSeconds(1), Duration.ofHours(1), 20,
            rejections::add);
    }

    @Test
    void shouldRefuseOneFlippedTimestampAndKeepEveryRowAfterIt()
    {
        final List<Long> times = evenly(30);
        times.set(10, times.get(10) + NINETEEN_HOURS);

        final ImportReport report = importBitstamp(times);

        assertThat(report.accepted()).isEqualTo(29);
        assertThat(report.rejectedByReason()).containsEntry(ImportRejectReason.FUTURE_JUMP, 1L)
            .containsEntry(ImportRejectReason.TIME_BACKWARDS, 0L);
        assertThat(rejections).singleElement().satisfies(r ->
        {
            assertThat(r.lineNumber()).isEqualTo(12);
            assertThat(r.detail()).contains("after the latest accepted BTCUSD trade")
                .contains("the next row (line 13) is back at").contains("import.maxForwardJump PT1H");
        });
        // The journal's latest time is the good one: the next file of the day imports whole.
        final ImportReport next = importBitstamp(evenlyFrom(START + 300, 10));
        assertThat(next.accepted()).isEqualTo(10);
    }

    @Test
    void shouldKeepARealGapInTradingConfirmedByTheRowsAfterIt()
    {
        final List<Long> times = evenly(20);
        for (int i = 10; i < times.size(); i++)
        {
            times.set(i, times.get(i) + 5 * 3_600L);
        }

        final ImportReport report = importBitstamp(times);

        assertThat(report.accepted()).isEqualTo(20);
        assertThat(report.rejected()).isZero();
    }

    @Test
    void shouldRefuseAnUnconfirmedJumpOnTheLastRowOfAFile()
    {
        final List<Long> times = evenly(5);
        times.set(4, times.get(4) + NINETEEN_HOURS);

        final ImportReport report = importBitstamp(times);

        assertThat(report.accepted()).isEqualTo(4);
        assertThat(rejections).singleElement().satisfies(r -> assertThat(r.detail()).contains("no later row"));
    }

    @Test
    void shouldJudgeAJumpFromTheJournalsLatestTradeByTheFilesOwnRows()
    {
        importBitstamp(evenly(5));

        // The next day's file: far ahead of the journal, and its rows agree with each other; a file of one row
        // has no row to agree with, and a jump from the journal is taken as a later file.
        final ImportReport nextDay = importBitstamp(evenlyFrom(START + 86_400, 5));
        final ImportReport oneRow = importBitstamp(evenlyFrom(START + 2 * 86_400, 1));

        assertThat(nextDay.accepted()).isEqualTo(5);
        assertThat(oneRow.accepted()).isEqualTo(1);
    }

    @Test
    void shouldRecoverAJournalPoisonedByAnOlderImportByImportingItsSourcesIntoANewJournal()
    {
        final List<Long> times = evenly(30);
        times.set(10, times.get(10) + NINETEEN_HOURS);
        // An import without the check (as before it existed) keeps the corrupt row, and every row after it is
        // refused as going backwards; so is every later import of the symbol.
        final TradeImporter unchecked = new TradeImporter(journal, Fixtures.registry(), Duration.ofSeconds(1),
            Duration.ofDays(10_000), 20, RejectListener.NONE);
        final ImportReport poisoned = unchecked.importReader(new StringReader(csv(times)), "b.csv",
            ImportOptions.auto().withDefaultSymbol("BTCUSD"));
        assertThat(poisoned.rejectedByReason()).containsEntry(ImportRejectReason.TIME_BACKWARDS, 19L);

        // The documented recovery: the same source files into a new journal.
        final JournalDirectory recovered = new JournalDirectory(dir.resolve("recovered"));
        final ImportReport again = new TradeImporter(recovered, Fixtures.registry(), Duration.ofSeconds(1),
            TradeImporter.DEFAULT_MAX_FORWARD_JUMP, 20, RejectListener.NONE)
            .importReader(new StringReader(csv(times)), "b.csv", ImportOptions.auto().withDefaultSymbol("BTCUSD"));

        assertThat(again.accepted()).isEqualTo(29);
        assertThat(again.rejectedByReason()).containsEntry(ImportRejectReason.FUTURE_JUMP, 1L);
        assertThat(Fixtures.readTicks(recovered)).hasSize(29);
    }

    private ImportReport importBitstamp(final List<Long> seconds)
    {
        return importer.importReader(new StringReader(csv(seconds)), "b.csv",
            ImportOptions.auto().withDefaultSymbol("BTCUSD"));
    }

    private static String csv(final List<Long> seconds)
    {
        final StringBuilder csv = new StringBuilder("timestamp,price,amount\n");
        for (int i = 0; i < seconds.size(); i++)
        {
            csv.append(seconds.get(i)).append(',').append(900 + i).append(".5,0.25\n");
        }
        return csv.toString();
    }

    private static List<Long> evenly(final int n)
    {
        return evenlyFrom(START, n);
    }

    private static List<Long> evenlyFrom(final long from, final int n)
    {
        final List<Long> times = new ArrayList<>();
        for (int i = 0; i < n; i++)
        {
            times.add(from + i * 10L);
        }
        return times;
    }
}
