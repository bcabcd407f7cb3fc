package io.pldot.feeds.importer;

import io.pldot.journal.chronicle.JournalDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.pldot.feeds.importer.ImportRejectReason.DUPLICATE_TRADE_ID;
import static io.pldot.feeds.importer.ImportRejectReason.MALFORMED;
import static io.pldot.feeds.importer.ImportRejectReason.NON_FINITE;
import static io.pldot.feeds.importer.ImportRejectReason.NON_POSITIVE_PRICE;
import static io.pldot.feeds.importer.ImportRejectReason.NON_POSITIVE_QUANTITY;
import static io.pldot.feeds.importer.ImportRejectReason.OVERFLOW;
import static io.pldot.feeds.importer.ImportRejectReason.TIME_BACKWARDS;
import static io.pldot.feeds.importer.ImportRejectReason.TOO_PRECISE;
import static io.pldot.feeds.importer.ImportRejectReason.UNKNOWN_SYMBOL;
import static org.assertj.core.api.Assertions.assertThat;

class TradeImporterRejectionTest
{
    // Line numbers in comments; good rows sit between the bad ones.
    private static final String BITSTAMP = String.join("\n",
        "timestamp,price,amount",               // 1 header
        "1385337600,800.01,0.1",                // 2 accepted
        "1385337601,800.00",                    // 3 MALFORMED: 2 fields
        "1385337602,NaN,0.1",                   // 4 NON_FINITE
        "1385337603,-1,0.1",                    // 5 NON_POSITIVE_PRICE
        "1385337604,800.02,0",                  // 6 NON_POSITIVE_QUANTITY
        "1385337605,800.015,0.1",               // 7 TOO_PRECISE
        "1385337606,800.03,99999999999999",     // 8 OVERFLOW at quantity scale 8
        "1385337610,800.04,0.2",                // 9 accepted
        "1385337609,800.05,0.3",                // 10 accepted: 1 s back is within the tolerance
        "1385337607,800.06,0.4",                // 11 TIME_BACKWARDS: 3 s behind line 9
        "1385337611,abc,0.1",                   // 12 MALFORMED: not a number
        "1385337611,800.07,0.5") + "\n";        // 13 accepted

    private static final String TARDIS = String.join("\n",
        TardisFormat.HEADER,
        "binance-futures,BTCUSDT,1582329602111000,1582329602418379,42377944,buy,9682,0.132",   // 2 accepted
        "binance-futures,ETHUSDT,1582329602112000,1582329602418380,7,buy,250,1",              // 3 UNKNOWN_SYMBOL
        "binance-futures,BTCUSDT,1582329602116000,1582329602418420,42377944,buy,9682,0.412",   // 4 DUPLICATE
        "binance-futures,BTCUSDT,1582329602150000,1582329602421528,42377946,bid,9682,0.296",   // 5 MALFORMED side
        "binance-futures,BTCUSD,1582329602150000,1582329602421528,42377944,sell,9682,0.296",   // 6 accepted
        "binance-futures,BTCUSDT,1582329602150000,1582329602421536,42377947,buy,9682.19,0.01"); // 7 accepted

    @TempDir
    Path dir;

    private JournalDirectory journal;
    private final List<Rejection> streamed = new ArrayList<>();
    private ImportReport bitstamp;
    private FileImportReport file;

    @BeforeEach
    void importBitstamp()
    {
        journal = new JournalDirectory(dir.resolve("journal"));
        final TradeImporter importer = new TradeImporter(
            journal, Fixtures.registry(), Duration.ofSeconds(1), 20, streamed::add);
        bitstamp = importer.importReader(new StringReader(BITSTAMP), "trades.csv",
            ImportOptions.auto().withDefaultSymbol("BTCUSD"));
        file = bitstamp.files().get(0);
    }

    @Test
    void shouldImportTheGoodRowsAroundTheBadOnes()
    {
        assertThat(file.format()).isEqualTo("bitstamp");
        assertThat(file.rowsRead()).isEqualTo(12);
        assertThat(file.accepted()).isEqualTo(4);
        assertThat(file.rejected()).isEqualTo(8);
        assertThat(Fixtures.readTicks(journal)).extracting(Fixtures.Tick::price)
            .containsExactly(80001L, 80004L, 80005L, 80007L);
        assertThat(file.firstTsEvent()).isEqualTo(1_385_337_600_000_000_000L);
        assertThat(file.lastTsEvent()).isEqualTo(1_385_337_611_000_000_000L);
    }

    @Test
    void shouldRejectWrongFieldCountsAndUnparsableNumbersAsMalformed()
    {
        assertThat(file.rejected(MALFORMED)).isEqualTo(2);
        assertThat(file.rejectionMessages()).contains(
            "trades.csv:3: MALFORMED: expected 3 fields (timestamp,price,amount), found 2",
            "trades.csv:12: MALFORMED: price \"abc\" is not a number");
    }

    @Test
    void shouldRejectNonFiniteNumbers()
    {
        assertThat(file.rejected(NON_FINITE)).isEqualTo(1);
        assertThat(file.rejectionMessages()).contains("trades.csv:4: NON_FINITE: price \"NaN\" is not finite");
    }

    @Test
    void shouldRejectNonPositivePrices()
    {
        assertThat(file.rejected(NON_POSITIVE_PRICE)).isEqualTo(1);
        assertThat(file.rejectionMessages()).contains("trades.csv:5: NON_POSITIVE_PRICE: price \"-1\" must be > 0");
    }

    @Test
    void shouldRejectNonPositiveQuantities()
    {
        assertThat(file.rejected(NON_POSITIVE_QUANTITY)).isEqualTo(1);
        assertThat(file.rejectionMessages())
            .contains("trades.csv:6: NON_POSITIVE_QUANTITY: quantity \"0\" must be > 0");
    }

    @Test
    void shouldRejectMoreDecimalsThanTheInstrumentScale()
    {
        assertThat(file.rejected(TOO_PRECISE)).isEqualTo(1);
        assertThat(file.rejectionMessages()).contains(
            "trades.csv:7: TOO_PRECISE: price \"800.015\" has more than 2 decimals (price scale of BTCUSD)");
    }

    @Test
    void shouldRejectValuesThatOverflowAtTheirScale()
    {
        assertThat(file.rejected(OVERFLOW)).isEqualTo(1);
        assertThat(file.rejectionMessages()).anyMatch(m -> m.startsWith("trades.csv:8: OVERFLOW: quantity"));
    }

    @Test
    void shouldRejectTimeGoingBackwardsBeyondTheToleranceOnly()
    {
        assertThat(file.rejected(TIME_BACKWARDS)).isEqualTo(1);
        assertThat(file.rejectionMessages()).anyMatch(m -> m.startsWith(
            "trades.csv:11: TIME_BACKWARDS: tsEvent 2013-11-25T00:00:07Z is PT3S before the latest accepted BTCUSD" +
                " trade at 2013-11-25T00:00:10Z (tolerance PT1S)"));
        // Line 10, one second back, was accepted as is.
        assertThat(Fixtures.readTicks(journal).get(2).tsEvent()).isEqualTo(1_385_337_609_000_000_000L);
    }

    @Test
    void shouldRejectTimeBackwardsAgainstWhatIsAlreadyInTheJournal()
    {
        final ImportReport again = new TradeImporter(journal, Fixtures.registry())
            .importReader(new StringReader("timestamp,price,amount\n1385337000,800,1\n1385337612,800,2\n"), "old.csv",
                ImportOptions.auto().withDefaultSymbol("BTCUSD"));
        assertThat(again.rejected(TIME_BACKWARDS)).isEqualTo(1);
        assertThat(again.files().get(0).rejectionMessages().get(0)).startsWith("old.csv:2: TIME_BACKWARDS");
        assertThat(again.accepted()).isEqualTo(1);
    }

    @Test
    void shouldStreamEveryRejectionToTheListenerWhileTheReportKeepsTheFirstOnes()
    {
        assertThat(streamed).hasSize(8);
        assertThat(streamed.get(0).lineNumber()).isEqualTo(3);
        assertThat(streamed).extracting(Rejection::message).containsExactlyElementsOf(file.rejectionMessages());

        final List<Rejection> all = new ArrayList<>();
        final ImportReport capped = new TradeImporter(journal, Fixtures.registry(), Duration.ofSeconds(1), 2, all::add)
            .importReader(new StringReader(BITSTAMP), "trades.csv", ImportOptions.auto().withDefaultSymbol("BTCUSD"));
        assertThat(capped.files().get(0).rejectionMessages()).hasSize(2);
        assertThat(all).hasSize(12); // 8 bad rows again, plus the 4 good ones now duplicates
        assertThat(capped.summary()).contains("and 10 more rejections in trades.csv");
    }

    @Test
    void shouldRejectDuplicateIdsUnknownSymbolsAndBadSidesPerRow()
    {
        final ImportReport report = new TradeImporter(journal, Fixtures.registry())
            .importReader(new StringReader(TARDIS), "tardis.csv", ImportOptions.auto());
        final FileImportReport tardis = report.files().get(0);
        assertThat(tardis.format()).isEqualTo("tardis");
        assertThat(tardis.rowsRead()).isEqualTo(6);
        assertThat(tardis.accepted()).isEqualTo(3);
        assertThat(tardis.rejected(UNKNOWN_SYMBOL)).isEqualTo(1);
        assertThat(tardis.rejected(DUPLICATE_TRADE_ID)).isEqualTo(1);
        assertThat(tardis.rejected(MALFORMED)).isEqualTo(1);
        assertThat(tardis.rejectionMessages()).containsExactly(
            "tardis.csv:3: UNKNOWN_SYMBOL: symbol \"ETHUSDT\" is not in the instrument registry",
            "tardis.csv:4: DUPLICATE_TRADE_ID: trade id 42377944 of BTCUSDT is already in the journal or earlier" +
                " in this import",
            "tardis.csv:5: MALFORMED: side \"bid\" is not buy, sell or unknown");
        // The same id on another instrument (line 6, BTCUSD) is not a duplicate.
        assertThat(Fixtures.readTicks(journal)).filteredOn(t -> t.venueTradeId() == 42377944L).hasSize(2);
    }

    @Test
    void shouldRejectOverlongLinesAsMalformed()
    {
        final String text = "timestamp,price,amount\n1385337700,800,1\n1385337701," + "9".repeat(5000) + ",1\n" +
            "1385337702,801,1\n";
        final ImportReport report = new TradeImporter(journal, Fixtures.registry())
            .importReader(new StringReader(text), "long.csv", ImportOptions.auto().withDefaultSymbol("BTCUSD"));
        assertThat(report.rejected(MALFORMED)).isEqualTo(1);
        assertThat(report.files().get(0).rejectionMessages())
            .containsExactly("long.csv:3: MALFORMED: line longer than 4096 characters");
        assertThat(report.accepted()).isEqualTo(2);
    }

    @Test
    void shouldKeepTheCountsOfAFileInTheTotals() throws IOException
    {
        final Path csv = dir.resolve("more.csv");
        Files.writeString(csv, "timestamp,price,amount\n1385338000,0,1\n1385338001,801,1\n");
        final ImportReport report = new TradeImporter(journal, Fixtures.registry())
            .importFiles(List.of(csv, csv), ImportOptions.auto().withDefaultSymbol("BTCUSD"));
        assertThat(report.files()).hasSize(2);
        assertThat(report.rowsRead()).isEqualTo(4);
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.rejected(NON_POSITIVE_PRICE)).isEqualTo(2);
        assertThat(report.rejected(DUPLICATE_TRADE_ID)).isEqualTo(1);
        assertThat(report.files().get(1).rejectionMessages())
            .anyMatch(m -> m.startsWith(csv + ":3: DUPLICATE_TRADE_ID"));
    }
}
