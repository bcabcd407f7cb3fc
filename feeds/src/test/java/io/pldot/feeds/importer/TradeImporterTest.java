package io.pldot.feeds.importer;

import io.pldot.journal.chronicle.JournalDirectory;
import io.pldot.journal.schema.Side;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TradeImporterTest
{
    // The first five lines of binance_futures_btcusdt_trades_2020-02-22.csv, verbatim.
    private static final String TARDIS = """
        exchange,symbol,timestamp,local_timestamp,id,side,price,amount
        binance-futures,BTCUSDT,1582329602111000,1582329602418379,42377944,buy,9682,0.132
        binance-futures,BTCUSDT,1582329602116000,1582329602418420,42377945,buy,9682,0.412
        binance-futures,BTCUSDT,1582329602150000,1582329602421528,42377946,buy,9682,0.296
        binance-futures,BTCUSDT,1582329602150000,1582329602421536,42377947,buy,9682.19,0.01
        """;

    // The first six lines of the ta4j-examples Bitstamp CSV, verbatim (CRLF, as in the jar).
    private static final String BITSTAMP = "timestamp,price,amount\r\n" +
        "1385337600,800.010000000000,0.100000000000\r\n" +
        "1385337613,800.050000000000,0.278380490000\r\n" +
        "1385337613,800.050000000000,0.274369260000\r\n" +
        "1385337613,800.050000000000,0.177789980000\r\n" +
        "1385337620,807.470000000000,0.001238440000\r\n";

    @TempDir
    Path dir;

    private JournalDirectory journal;
    private TradeImporter importer;

    @BeforeEach
    void setUp()
    {
        journal = new JournalDirectory(dir.resolve("journal"));
        importer = new TradeImporter(journal, Fixtures.registry());
    }

    @Test
    void shouldNotDuplicateTradesWhenTheSameFileIsImportedTwice() throws IOException
    {
        final Path file = dir.resolve("tardis.csv");
        Files.writeString(file, TARDIS);
        final ImportReport first = importer.importFile(file, ImportOptions.auto());
        final ImportReport second = importer.importFile(file, ImportOptions.auto());

        assertThat(first.accepted()).isEqualTo(4);
        assertThat(second.rowsRead()).isEqualTo(4);
        assertThat(second.accepted()).isZero();
        assertThat(second.rejected(ImportRejectReason.DUPLICATE_TRADE_ID)).isEqualTo(4);
        assertThat(second.lastSequence()).isEqualTo(FileImportReport.NONE);
        assertThat(Fixtures.readTicks(journal)).hasSize(4);
    }

    @Test
    void shouldNotDuplicateSynthesizedBitstampIdsEither()
    {
        final ImportOptions options = ImportOptions.auto().withDefaultSymbol("BTCUSD");
        importer.importReader(new StringReader(BITSTAMP), "b.csv", options);
        final ImportReport second = importer.importReader(new StringReader(BITSTAMP), "b.csv", options);
        assertThat(second.rejected(ImportRejectReason.DUPLICATE_TRADE_ID)).isEqualTo(5);
        assertThat(Fixtures.readTicks(journal)).hasSize(5);
    }

    @Test
    void shouldWriteTardisTradesAsReadInTheSourceFile()
    {
        importer.importReader(new StringReader(TARDIS), "tardis.csv", ImportOptions.auto());
        final List<Fixtures.Tick> ticks = Fixtures.readTicks(journal);
        // Line 2: 1582329602111000,1582329602418379,42377944,buy,9682,0.132
        assertThat(ticks.get(0)).isEqualTo(new Fixtures.Tick(0, 1_582_329_602_111_000_000L,
            1_582_329_602_418_379_000L, 2, Side.BUY, 968_200L, 13_200_000L, 42_377_944L));
        // Line 5: 1582329602150000,1582329602421536,42377947,buy,9682.19,0.01
        assertThat(ticks.get(3)).isEqualTo(new Fixtures.Tick(3, 1_582_329_602_150_000_000L,
            1_582_329_602_421_536_000L, 2, Side.BUY, 968_219L, 1_000_000L, 42_377_947L));
    }

    @Test
    void shouldWriteBitstampTradesAsReadInTheSourceFile()
    {
        importer.importReader(new StringReader(BITSTAMP), "b.csv", ImportOptions.auto().withDefaultSymbol("BTCUSD"));
        final List<Fixtures.Tick> ticks = Fixtures.readTicks(journal);
        // Line 2: 1385337600,800.01,0.1: the first trade, side unknown.
        assertThat(ticks.get(0)).isEqualTo(new Fixtures.Tick(0, 1_385_337_600_000_000_000L,
            1_385_337_600_000_000_000L, 1, Side.UNKNOWN, 80_001L, 10_000_000L, 1_385_337_600_000_000L));
        // Line 4: 1385337613,800.05,0.27436926: second trade of its second, zero tick after an uptick.
        assertThat(ticks.get(2)).isEqualTo(new Fixtures.Tick(2, 1_385_337_613_000_000_000L,
            1_385_337_613_000_000_000L, 1, Side.BUY, 80_005L, 27_436_926L, 1_385_337_613_000_001L));
        assertThat(ticks).extracting(Fixtures.Tick::side)
            .containsExactly(Side.UNKNOWN, Side.BUY, Side.BUY, Side.BUY, Side.BUY);
    }

    @Test
    void shouldContinueTheSequenceOfTheJournal()
    {
        importer.importReader(new StringReader(BITSTAMP), "b.csv", ImportOptions.auto().withDefaultSymbol("BTCUSD"));
        final ImportReport report = importer.importReader(new StringReader(TARDIS), "t.csv", ImportOptions.auto());
        assertThat(report.firstSequence()).isEqualTo(5);
        assertThat(report.lastSequence()).isEqualTo(8);
        assertThat(Fixtures.readTicks(journal)).extracting(Fixtures.Tick::sequence)
            .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    }

    @Test
    void shouldImportAHeaderlessBinanceDumpWithTheSymbolFromItsName() throws IOException
    {
        final Path file = dir.resolve("BTCUSDT-trades-2024-01-01.csv");
        Files.writeString(file, "3359015858,42283.58,0.00053,22.4102974,1704067200223,true,true\n" +
            "3359015859,42283.59,0.00211,89.2184749,1704067200224,false,true\n");
        final ImportReport report = importer.importFile(file, ImportOptions.auto().withDefaultSymbol("BTCUSD"));
        assertThat(report.files().get(0).format()).isEqualTo("binance");
        assertThat(report.accepted()).isEqualTo(2);
        assertThat(Fixtures.readTicks(journal)).extracting(Fixtures.Tick::instrumentId, Fixtures.Tick::side)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(2, Side.SELL),
                org.assertj.core.groups.Tuple.tuple(2, Side.BUY));
    }

    @Test
    void shouldReadGzipAndSingleEntryZipFiles() throws IOException
    {
        final Path gz = dir.resolve("tardis.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz)))
        {
            out.write(TARDIS.getBytes(StandardCharsets.UTF_8));
        }
        final Path zip = dir.resolve("BTCUSDT-trades-2024-01-01.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip)))
        {
            out.putNextEntry(new ZipEntry("BTCUSDT-trades-2024-01-01.csv"));
            out.write("id,price,qty,quote_qty,time,is_buyer_maker\n1,42283.58,0.1,4228.358,1704067200223,true\n"
                .getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        final ImportReport report = importer.importFiles(List.of(gz, zip), ImportOptions.auto());
        assertThat(report.files()).extracting(FileImportReport::format).containsExactly("tardis", "binance");
        assertThat(report.accepted()).isEqualTo(5);
    }

    @Test
    void shouldStopAtAFileOfUnknownFormatAndReportWhatWasImportedBefore() throws IOException
    {
        final Path good = dir.resolve("tardis.csv");
        Files.writeString(good, TARDIS);
        final Path bad = dir.resolve("bars.csv");
        Files.writeString(bad, "date,open,high,low,close\n2013-01-02,1,2,0.5,1.5\n");

        assertThatThrownBy(() -> importer.importFiles(List.of(good, bad), ImportOptions.auto()))
            .isInstanceOfSatisfying(TradeImportException.class, ex ->
            {
                assertThat(ex.getMessage()).contains(bad.toString()).contains("bitstamp").contains("binance");
                assertThat(ex.partialReport().files().get(0).accepted()).isEqualTo(4);
                assertThat(ex.partialReport().files().get(1).rowsRead()).isZero();
            });
        assertThat(Fixtures.readTicks(journal)).hasSize(4);
    }

    @Test
    void shouldNameTheFileThatCannotBeRead()
    {
        final Path missing = dir.resolve("missing.csv");
        assertThatThrownBy(() -> importer.importFile(missing, ImportOptions.auto()))
            .isInstanceOf(TradeImportException.class).hasMessageContaining(missing + ": cannot read");
    }

    @Test
    void shouldUseAnExplicitFormatAndStillSkipItsHeader()
    {
        final ImportReport report = importer.importReader(new StringReader(BITSTAMP), "b.csv",
            new ImportOptions("bitstamp", "BTCUSDT", null));
        assertThat(report.rowsRead()).isEqualTo(5);
        assertThat(Fixtures.readTicks(journal)).allMatch(t -> t.instrumentId() == 2);
    }

    @Test
    void shouldNotCreateAJournalWhenNothingIsAccepted()
    {
        final ImportReport empty = importer.importReader(new StringReader("\n\n"), "empty.csv", ImportOptions.auto());
        final ImportReport allBad = importer.importReader(new StringReader("timestamp,price,amount\n1,0,0\n"),
            "bad.csv", ImportOptions.auto().withDefaultSymbol("BTCUSD"));
        assertThat(empty.rowsRead()).isZero();
        assertThat(allBad.rejected()).isEqualTo(1);
        assertThat(journal.hasInputs()).isFalse();
    }

    @Test
    void shouldImportRfc4180QuotedFilesAsSpreadsheetsExportThem()
    {
        final String quoted = "\"timestamp\",\"price\",\"amount\"\n\"1385337600\",\"800.01\",\"0.1\"\n" +
            "\"1385337613\",\"800.05\",\"0.2\"\n";

        final ImportReport report = importer.importReader(new StringReader(quoted), "q.csv",
            ImportOptions.auto().withDefaultSymbol("BTCUSD"));

        assertThat(report.files().get(0).format()).isEqualTo("bitstamp");
        assertThat(report.accepted()).isEqualTo(2);
        assertThat(Fixtures.readTicks(journal)).extracting(Fixtures.Tick::price).containsExactly(80_001L, 80_005L);
    }

    @Test
    void shouldImportTardisTradesOfUnknownSideAsUnknown()
    {
        final String unknown = TARDIS.replace(",42377945,buy,", ",42377945,unknown,");

        final ImportReport report = importer.importReader(new StringReader(unknown), "t.csv", ImportOptions.auto());

        assertThat(report.accepted()).isEqualTo(4);
        assertThat(Fixtures.readTicks(journal)).extracting(Fixtures.Tick::side)
            .containsExactly(Side.BUY, Side.UNKNOWN, Side.BUY, Side.BUY);
    }

    @Test
    void shouldNotShiftLineNumbersAfterABareCrInsideARow()
    {
        final String csv = "timestamp,price,amount\n1385337600,800.01\r,0.1\n1385337613,800.05,-1\n";

        final ImportReport report = importer.importReader(new StringReader(csv), "cr.csv",
            ImportOptions.auto().withDefaultSymbol("BTCUSD"));

        assertThat(report.rowsRead()).isEqualTo(2);
        assertThat(report.files().get(0).rejectionMessages()).hasSize(2)
            .anySatisfy(m -> assertThat(m).startsWith("cr.csv:2: MALFORMED").contains("\\r"))
            .anySatisfy(m -> assertThat(m).startsWith("cr.csv:3: NON_POSITIVE_QUANTITY"));
    }

    @Test
    void shouldEscapeTheBytesOfABinaryFirstLineInItsMessage()
    {
        final String binary = "\u0000\u001b[31mPK\u0003\u0004\uFFFD\n";

        assertThatThrownBy(() -> importer.importReader(new StringReader(binary), "x.bin", ImportOptions.auto()))
            .isInstanceOf(TradeImportException.class)
            .hasMessageContaining("\\x00\\x1b[31mPK\\x03\\x04\\uFFFD")
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u0000").doesNotContain("\u001b"));
    }
}
