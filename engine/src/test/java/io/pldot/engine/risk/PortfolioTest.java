package io.pldot.engine.risk;

import io.pldot.engine.risk.stop.PositionSide;
import io.pldot.engine.risk.stop.StopRejectReason;
import io.pldot.engine.risk.stop.TrailingStopBook;
import io.pldot.engine.risk.stop.TrailingStopListener;
import io.pldot.engine.risk.stop.TrailingStopSettings;
import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.instrument.InstrumentRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cash, equity, exposure, risk and sizing of {@link Portfolio}, each value worked by hand in the test from the
 * class's stated rules. Two instruments with different scales: BTCUSDT (price 2 places, quantity 8) and
 * DOGEUSDT (price 5 places, quantity 0), so the cash scale is 5 and BTC money converts by × 1,000.
 */
class PortfolioTest
{
    private static final int BTC = 0;
    private static final int DOGE = 1;
    /** 10,000 (the default initial cash) at the cash scale 5. */
    private static final long INITIAL_CASH = 1_000_000_000L;
    private static final long ONE_BTC = 100_000_000L;

    private final InstrumentRegistry registry = new InstrumentRegistry(List.of(
        new Instrument("BTCUSDT", 1, "BINANCE", 2, 8),
        new Instrument("DOGEUSDT", 2, "BINANCE", 5, 0)));
    private final Portfolio portfolio = new Portfolio(registry, RiskSettings.defaults());

    @Test
    void shouldHoldTheInitialCashAtTheLargestPriceScale()
    {
        assertThat(portfolio.cashScale()).isEqualTo(5);
        assertThat(portfolio.cash()).isEqualTo(INITIAL_CASH);
        assertThat(portfolio.equity()).isEqualTo(INITIAL_CASH);
        assertThat(portfolio.openPositions()).isZero();
        assertThat(portfolio.worstOpenWithoutExit()).isEqualTo(-1);
    }

    @Test
    void shouldPayTheCeilingOfABuyAndReceiveTheFloorOfASell()
    {
        // 0.000003 BTC at 42,000.01 is worth 0.12600003: a buy pays 0.13 + 0.02 fee, cash scale × 1,000.
        portfolio.settle(BTC, true, 4_200_001L, 300, 2);
        assertThat(portfolio.cash()).isEqualTo(INITIAL_CASH - 15_000L);

        // The same sell receives 0.12 − 0.02 fee.
        portfolio.settle(BTC, false, 4_200_001L, 300, 2);
        assertThat(portfolio.cash()).isEqualTo(INITIAL_CASH - 15_000L + 10_000L);
    }

    @Test
    void shouldValueLongsAndShortsAtTheirLastTradePrices()
    {
        openLongBtc(4_200_000L, ONE_BTC, 4_100_000L);        // pays 42,000.00
        openShortDoge(12_345L, 1_000L, 13_000L);              // receives 1,000 × 0.12345 = 123.45
        final long cash = INITIAL_CASH - 4_200_000_000L + 12_345_000L;
        assertThat(portfolio.cash()).isEqualTo(cash);
        assertThat(portfolio.openPositions()).isEqualTo(2);

        portfolio.mark(BTC, 4_210_000L);                      // the long is worth 42,100.00
        portfolio.mark(DOGE, 13_000L);                        // the short owes 130.00
        assertThat(portfolio.equity()).isEqualTo(cash + 4_210_000_000L - 13_000_000L); // 10,093.45
        assertThat(portfolio.equity()).isEqualTo(1_009_345_000L);
        assertThat(portfolio.exposureOf(BTC)).isEqualTo(4_210_000_000L);
        assertThat(portfolio.exposureOf(DOGE)).isEqualTo(13_000_000L);
        assertThat(portfolio.openExposure()).isEqualTo(4_223_000_000L);
        assertThat(portfolio.sideOf(DOGE)).isEqualTo(PositionSide.SHORT);
    }

    @Test
    void shouldCountAPendingEntryAtItsReferencePriceInCommittedExposureAndSlots()
    {
        openLongBtc(4_200_000L, ONE_BTC, 4_100_000L);
        // 1,000 DOGE to buy at 0.12345, not filled yet: 123.45 committed, a slot taken, not an open position.
        portfolio.orders().beginEntry(DOGE, 9, PositionSide.LONG, 1_000L, 12_345L, 12_000L, 1, 1, 0.5);

        assertThat(portfolio.openExposure()).isEqualTo(4_200_000_000L);
        assertThat(portfolio.committedExposure(-1)).isEqualTo(4_200_000_000L + 12_345_000L);
        assertThat(portfolio.committedExposure(BTC)).as("a reversal of BTC leaves its position out")
            .isEqualTo(12_345_000L);
        assertThat(portfolio.openPositions()).isEqualTo(1);
        assertThat(portfolio.occupiedSlots()).isEqualTo(2);
    }

    @Test
    void shouldCountWhatEachPositionAndPendingEntryLosesAtItsStop()
    {
        final TrailingStopBook noStops = new TrailingStopBook(4, TrailingStopSettings.defaults(), new SilentListener());
        // Long 1 BTC at 42,000.00 planned to stop at 41,000.00: 1,000.00 at risk.
        openLongBtc(4_200_000L, ONE_BTC, 4_100_000L);
        // Pending short of 1,000 DOGE at 0.12345 stopping at 0.13000: 1,000 × 0.00655 = 6.55 at risk.
        portfolio.orders().beginEntry(DOGE, 9, PositionSide.SHORT, 1_000L, 12_345L, 13_000L, 1, 1, 0.5);

        assertThat(portfolio.committedRisk(-1, noStops)).isEqualTo(100_000_000L + 655_000L);
        assertThat(portfolio.committedRisk(BTC, noStops)).isEqualTo(655_000L);
    }

    @Test
    void shouldSizeAQuantityFromMoneyAndAPricePerUnit()
    {
        // 1,000.00 over 42,000.00 per BTC = 0.0238095238… BTC, floored to 8 places.
        assertThat(portfolio.quantityFor(BTC, 100_000_000L, 4_200_000L)).isEqualTo(2_380_952L);
        // 1.00 over 0.12345 per DOGE = 8.1004… DOGE, floored to whole coins.
        assertThat(portfolio.quantityFor(DOGE, 100_000L, 12_345L)).isEqualTo(8L);
        assertThat(portfolio.quantityFor(BTC, 0, 4_200_000L)).isZero();
        assertThat(portfolio.quantityFor(BTC, 100_000_000L, 0)).isZero();
        assertThat(portfolio.quantityFor(BTC, Long.MAX_VALUE, 1)).as("too large to hold").isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void shouldPickTheOpenPositionLosingMostInCashThatHasNoExitWorking()
    {
        openLongBtc(4_200_000L, ONE_BTC, 4_100_000L);
        openShortDoge(12_345L, 1_000L, 13_000L);
        portfolio.mark(BTC, 4_190_000L);  // the long loses 10.00
        portfolio.mark(DOGE, 13_000L);    // the short loses 6.55
        assertThat(portfolio.worstOpenWithoutExit()).isEqualTo(BTC);

        portfolio.mark(BTC, 4_199_500L);  // now it loses 5.00
        assertThat(portfolio.worstOpenWithoutExit()).isEqualTo(DOGE);

        portfolio.orders().beginExit(DOGE, 11, ExitReason.SIGNAL_EXIT);
        assertThat(portfolio.worstOpenWithoutExit()).as("DOGE is already being closed").isEqualTo(BTC);
    }

    @Test
    void shouldReportFlatOnlyWhenTheLastExitFillCloses()
    {
        openLongBtc(4_200_000L, ONE_BTC, 4_100_000L);
        portfolio.orders().beginExit(BTC, 12, ExitReason.SIGNAL_EXIT);

        portfolio.settle(BTC, false, 4_300_000L, ONE_BTC / 4, 0);
        assertThat(portfolio.fillExit(BTC, 4_300_000L, ONE_BTC / 4, 0, ONE_BTC * 3 / 4)).isFalse();
        assertThat(portfolio.position(BTC).quantity()).isEqualTo(ONE_BTC * 3 / 4);

        portfolio.settle(BTC, false, 4_300_000L, ONE_BTC * 3 / 4, 0);
        assertThat(portfolio.fillExit(BTC, 4_300_000L, ONE_BTC * 3 / 4, 0, 0)).isTrue();
        // Bought for 42,000.00, sold for 43,000.00: 1,000.00 more cash than at the start.
        assertThat(portfolio.cash()).isEqualTo(INITIAL_CASH + 100_000_000L);

        portfolio.finishClose(BTC);
        assertThat(portfolio.openPositions()).isZero();
        assertThat(portfolio.occupiedSlots()).isZero();
        assertThat(portfolio.equity()).isEqualTo(INITIAL_CASH + 100_000_000L);
    }

    @Test
    void shouldRefuseCashArithmeticThatDoesNotFitInALong()
    {
        assertThatThrownBy(() -> portfolio.settle(BTC, true, Long.MAX_VALUE / 2, ONE_BTC * 4, 0))
            .isInstanceOf(ArithmeticException.class);
        assertThat(portfolio.cash()).as("nothing moved").isEqualTo(INITIAL_CASH);
    }

    private void openLongBtc(final long price, final long quantity, final long stop)
    {
        portfolio.orders().beginEntry(BTC, 7, PositionSide.LONG, quantity, price, stop, 1, 1, 0.5);
        portfolio.settle(BTC, true, price, quantity, 0);
        assertThat(portfolio.fillEntry(BTC, price, quantity, 0, 1L, 0)).isTrue();
    }

    private void openShortDoge(final long price, final long quantity, final long stop)
    {
        portfolio.orders().beginEntry(DOGE, 8, PositionSide.SHORT, quantity, price, stop, 1, 1, 0.5);
        portfolio.settle(DOGE, false, price, quantity, 0);
        assertThat(portfolio.fillEntry(DOGE, price, quantity, 0, 1L, 0)).isTrue();
    }

    /** The stop book's events are not under test here. */
    private static final class SilentListener implements TrailingStopListener
    {
        @Override
        public void onStopMoved(final long positionId, final int instrumentId, final long stopPrice, final long tsEvent)
        {
        }

        @Override
        public void onStopTriggered(
            final long positionId, final int instrumentId, final PositionSide side, final long stopPrice,
            final long exitPrice, final long tsEvent)
        {
        }

        @Override
        public void onReject(final long positionId, final StopRejectReason reason)
        {
        }
    }
}
