package io.pldot.engine.backtest;

import io.pldot.engine.TestEngine;
import io.pldot.engine.app.EventTimeWindow;
import io.pldot.engine.app.ProgressListener;
import io.pldot.engine.backtest.metrics.ClosedTrade;
import io.pldot.engine.backtest.metrics.MetricsReport;
import io.pldot.engine.config.EngineConfig;
import io.pldot.engine.config.StrategyConfig;
import io.pldot.feeds.importer.ImportOptions;
import io.pldot.feeds.importer.TradeImporter;
import io.pldot.journal.chronicle.JournalDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One backtest over two symbols of one journal (the Bitstamp BTCUSD trades of 2013 and the Binance
 * futures BTCUSDT trades of 2020-02-22, both real) trades both from one cash balance: per-symbol
 * reports add up to the portfolio, and the portfolio's equity carries from one symbol's trades to
 * the other's.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class MultiSymbolBacktestIT
{
    private static final Path BINANCE = Path.of("../../shared/data/binance_futures_btcusdt_trades_2020-02-22.csv");

    @TempDir
    Path dir;

    @Test
    void shouldTradeEverySymbolFromOneSharedCashBalance()
    {
        final EngineConfig shipped = TestEngine.shippedConfig();
        final JournalDirectory journal = TestEngine.bitstampJournal(dir.resolve("journal"), shipped);
        new TradeImporter(journal, shipped.registry()).importSources(List.of(io.pldot.feeds.importer.TradeSource.of(BINANCE.toAbsolutePath().normalize())),
            new ImportOptions(ImportOptions.AUTO, null, shipped.imports().bitstampSymbol()));
        // ema-cross on 1m: the 2 hours of Binance trades hold enough 1m bars to cross several times.
        final EngineConfig config = shipped.withThreading(EngineConfig.Threading.SHARED).withStrategy(new StrategyConfig(
            true, "ema-cross", new StrategyConfig.Timeframes("1m", "1h", "1m"), "0", Map.of("fast", 5, "slow", 12)));

        final BacktestOutcome outcome = new BacktestRunner(config, BacktestRunner.DEFAULT_SAMPLE_PERIOD_NANOS)
            .run(journal, EventTimeWindow.ALL, dir.resolve("out"), ProgressListener.NONE);

        assertThat(outcome.replay().inputsByType().get("trade-tick")).isEqualTo(TestEngine.BITSTAMP_TRADES + 9_999);
        final List<MetricsReport> perSymbol = outcome.results().perSymbol();
        assertThat(perSymbol).extracting(MetricsReport::scope).containsExactly("BTCUSD", "BTCUSDT");
        assertThat(perSymbol).allSatisfy(m -> assertThat(m.trades().tradeCount()).isPositive());
        final MetricsReport portfolio = outcome.results().portfolio();
        assertThat(portfolio.trades().tradeCount())
            .isEqualTo(perSymbol.get(0).trades().tradeCount() + perSymbol.get(1).trades().tradeCount());
        assertThat(portfolio.trades().netPnl())
            .isCloseTo(perSymbol.get(0).trades().netPnl() + perSymbol.get(1).trades().netPnl(),
                org.assertj.core.data.Offset.offset(1e-6));

        // Shared capital: the 2020 trades start from what the 2013 trades left, and at the end (flat) the
        // equity is the initial cash plus every trade's net P&L, to the cent.
        assertThat(outcome.openPositions()).isZero();
        final BigDecimal net = outcome.results().trades().stream()
            .map(t -> BigDecimal.valueOf(t.netPnl()).setScale(2, RoundingMode.HALF_EVEN))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        final var curve = outcome.results().equityCurve();
        assertThat(BigDecimal.valueOf(curve.equity(curve.size() - 1)).setScale(2, RoundingMode.HALF_EVEN))
            .isEqualByComparingTo(config.riskSettings().initialCash().add(net));
        final long startOf2020 = 1_577_836_800_000_000_000L;
        final BigDecimal net2013 = outcome.results().trades().stream().filter(t -> t.symbol().equals("BTCUSD"))
            .map(ClosedTrade::netPnl).map(v -> BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_EVEN))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        int firstOf2020 = 0;
        while (curve.timeNs(firstOf2020) < startOf2020)
        {
            firstOf2020++;
        }
        assertThat(firstOf2020).isPositive();
        assertThat(BigDecimal.valueOf(curve.equity(firstOf2020 - 1)).setScale(2, RoundingMode.HALF_EVEN))
            .as("equity when the 2013 symbol is done").isEqualByComparingTo(config.riskSettings().initialCash().add(net2013));
    }
}
