package io.pldot.feeds.importer;

import io.pldot.journal.chronicle.JournalDirectory;
import io.pldot.journal.schema.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Imports the real data: the 100,000 Bitstamp trades bundled in ta4j-examples and, when present,
 * the 9,999 Binance futures trades of the shared Tardis sample. The expected counts were computed
 * from the files with awk, independently of the importer:
 * <pre>
 *   Bitstamp: awk -F, 'NR>1' | wc -l                          -> 100000 rows
 *             awk -F, 'NR>1 &amp;&amp; $3+0<=0'                        -> 18 rows with amount 0 (first at line 1375)
 *             tick rule over the other rows (awk)             -> 49804 BUY, 50177 SELL, 1 UNKNOWN
 *             backwards timestamps, over-precise values      -> none
 *   Tardis:   9999 rows, 8 fields each, symbol BTCUSDT, distinct increasing ids,
 *             side column                                     -> 5267 buy, 4732 sell
 * </pre>
 */
class BitstampImportIT
{
    private static final Path TARDIS_FILE = Path.of(System.getProperty("user.dir"))
        .resolve("../../shared/data/binance_futures_btcusdt_trades_2020-02-22.csv").normalize();

    @TempDir
    Path dir;

    @Test
    void shouldImportTheBundledBitstampTradesAndSkipThemAllOnReimport()
    {
        final JournalDirectory journal = new JournalDirectory(dir.resolve("journal"));
        final TradeImporter importer = new TradeImporter(journal, Fixtures.registry());
        final ImportOptions options = ImportOptions.auto().withDefaultSymbol("BTCUSD");

        final long start = System.nanoTime();
        final ImportReport first = importer.importSources(List.of(BundledData.bitstampTrades()), options);
        final long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Imported 100k Bitstamp rows in " + elapsedMillis + " ms\n" + first.summary());

        final FileImportReport file = first.files().get(0);
        assertThat(file.format()).isEqualTo("bitstamp");
        assertThat(file.rowsRead()).isEqualTo(100_000);
        assertThat(file.accepted()).isEqualTo(99_982);
        assertThat(file.rejected()).isEqualTo(18);
        assertThat(file.rejected(ImportRejectReason.NON_POSITIVE_QUANTITY)).isEqualTo(18);
        assertThat(file.rejectionMessages().get(0)).isEqualTo(
            "bitstamp_trades_from_20131125_usd.csv:1375: NON_POSITIVE_QUANTITY:" +
                " quantity \"0.000000000000\" must be > 0");
        assertThat(file.firstTsEvent()).isEqualTo(1_385_337_600_000_000_000L);
        assertThat(file.lastTsEvent()).isEqualTo(1_385_913_725_000_000_000L);
        assertThat(elapsedMillis).as("100k rows import time").isLessThan(20_000);

        final List<Fixtures.Tick> ticks = Fixtures.readTicks(journal);
        assertThat(ticks).hasSize(99_982);
        final Map<Side, Long> sides = ticks.stream()
            .collect(Collectors.groupingBy(Fixtures.Tick::side, Collectors.counting()));
        assertThat(sides).containsEntry(Side.BUY, 49_804L).containsEntry(Side.SELL, 50_177L)
            .containsEntry(Side.UNKNOWN, 1L);
        // Line 3: 1385337613,800.050000000000,0.278380490000 (uptick from 800.01).
        assertThat(ticks.get(1)).isEqualTo(new Fixtures.Tick(1, 1_385_337_613_000_000_000L,
            1_385_337_613_000_000_000L, 1, Side.BUY, 80_005L, 27_838_049L, 1_385_337_613_000_000L));
        // Last line: 1385913725,999.000000000000,1.292633100000, the second trade of its second, up from 994.22.
        assertThat(ticks.get(ticks.size() - 1)).isEqualTo(new Fixtures.Tick(99_981, 1_385_913_725_000_000_000L,
            1_385_913_725_000_000_000L, 1, Side.BUY, 99_900L, 129_263_310L, 1_385_913_725_000_001L));
        assertThat(ticks.stream().map(Fixtures.Tick::venueTradeId).distinct().count()).isEqualTo(99_982L);

        final ImportReport second = importer.importSources(List.of(BundledData.bitstampTrades()), options);
        assertThat(second.accepted()).isZero();
        assertThat(second.rejected(ImportRejectReason.DUPLICATE_TRADE_ID)).isEqualTo(99_982);
        assertThat(second.rejected(ImportRejectReason.NON_POSITIVE_QUANTITY)).isEqualTo(18);
        assertThat(Fixtures.readTicks(journal)).hasSize(99_982);
    }

    @Test
    void shouldImportTheSharedTardisFileAfterTheBitstampTrades()
    {
        assumeTrue(Files.exists(TARDIS_FILE), "shared data file " + TARDIS_FILE + " is absent");
        final JournalDirectory journal = new JournalDirectory(dir.resolve("journal"));
        final TradeImporter importer = new TradeImporter(journal, Fixtures.registry());
        importer.importSources(List.of(BundledData.bitstampTrades()), ImportOptions.auto().withDefaultSymbol("BTCUSD"));

        final ImportReport report = importer.importFile(TARDIS_FILE, ImportOptions.auto());
        System.out.println(report.summary());
        assertThat(report.files().get(0).format()).isEqualTo("tardis");
        assertThat(report.rowsRead()).isEqualTo(9_999);
        assertThat(report.accepted()).isEqualTo(9_999);
        assertThat(report.firstSequence()).isEqualTo(99_982);
        assertThat(report.lastSequence()).isEqualTo(99_982 + 9_998);

        final List<Fixtures.Tick> tardis = Fixtures.readTicks(journal).stream()
            .filter(t -> t.instrumentId() == 2).toList();
        assertThat(tardis).hasSize(9_999);
        assertThat(tardis.stream().collect(Collectors.groupingBy(Fixtures.Tick::side, Collectors.counting())))
            .containsExactlyInAnyOrderEntriesOf(Map.of(Side.BUY, 5_267L, Side.SELL, 4_732L));
        // Last line: binance-futures,BTCUSDT,1582337147728000,1582337147852384,42387942,sell,9666.84,0.07
        assertThat(tardis.get(tardis.size() - 1)).isEqualTo(new Fixtures.Tick(99_982 + 9_998,
            1_582_337_147_728_000_000L, 1_582_337_147_852_384_000L, 2, Side.SELL, 966_684L, 7_000_000L, 42_387_942L));
        assertThat(tardis.stream().collect(Collectors.toMap(Fixtures.Tick::venueTradeId, Function.identity())))
            .hasSize(9_999);

        final ImportReport again = importer.importFile(TARDIS_FILE, ImportOptions.auto());
        assertThat(again.rejected(ImportRejectReason.DUPLICATE_TRADE_ID)).isEqualTo(9_999);
    }
}
