package io.pldot.engine.risk;

import org.junit.jupiter.api.Test;

import static io.pldot.engine.risk.DumpDetector.AGAINST_LONG;
import static io.pldot.engine.risk.DumpDetector.AGAINST_SHORT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hand-worked candles against the default thresholds: 3 candles of sell > 1.5 x buy, a 2.5:1 flow flip, an EMA
 * cross, a leader 1.5% below its 5-candle high.
 */
class DumpDetectorTest
{
    private static DumpDetector detector(final int emaPeriod, final boolean on)
    {
        final RiskHarness.Settings s = RiskHarness.settings();
        s.dumpDetection = on;
        s.momentumEmaPeriod = emaPeriod;
        return new DumpDetector(s.build(), 2);
    }

    @Test
    void shouldSignalAgainstLongsOnTheThirdSellHeavyCandleInARow()
    {
        final DumpDetector d = detector(0, true);
        // sell 200 > 1.5 x buy 100 = 150; 200 < 2.5 x 100, so no flow flip either.
        assertThat(d.onCandle(0, 10_000, 100, 200)).isZero();
        assertThat(d.onCandle(0, 10_000, 100, 200)).isZero();
        assertThat(d.onCandle(0, 10_000, 100, 200)).isEqualTo(AGAINST_LONG);
        assertThat(d.onCandle(0, 10_000, 100, 200)).as("the run goes on").isEqualTo(AGAINST_LONG);
    }

    @Test
    void shouldRestartTheRunOnACandleAtExactlyTheRatio()
    {
        final DumpDetector d = detector(0, true);
        d.onCandle(0, 10_000, 100, 200);
        d.onCandle(0, 10_000, 100, 200);
        // 150 is not > 1.5 x 100: the run starts over.
        assertThat(d.onCandle(0, 10_000, 100, 150)).isZero();
        assertThat(d.onCandle(0, 10_000, 100, 200)).isZero();
        assertThat(d.onCandle(0, 10_000, 100, 200)).isZero();
        assertThat(d.onCandle(0, 10_000, 100, 200)).isEqualTo(AGAINST_LONG);
    }

    @Test
    void shouldSignalAgainstShortsOnBuyHeavyRunsAndKeepInstrumentsApart()
    {
        final DumpDetector d = detector(0, true);
        for (int k = 0; k < 2; k++)
        {
            assertThat(d.onCandle(1, 10_000, 200, 100)).isZero();
            assertThat(d.onCandle(0, 10_000, 100, 200)).isZero();
        }
        assertThat(d.onCandle(1, 10_000, 200, 100)).isEqualTo(AGAINST_SHORT);
        assertThat(d.onCandle(0, 10_000, 100, 200)).isEqualTo(AGAINST_LONG);
    }

    @Test
    void shouldSignalAFlowFlipFromBuyersToSellersAndBack()
    {
        final DumpDetector d = detector(0, true);
        // buy 250 >= 2.5 x sell 100: buy-dominant.
        assertThat(d.onCandle(0, 10_000, 250, 100)).isZero();
        // sell 250 >= 2.5 x buy 100 right after: the flow flipped against longs.
        assertThat(d.onCandle(0, 10_000, 100, 250)).isEqualTo(AGAINST_LONG);
        assertThat(d.onCandle(0, 10_000, 250, 100)).isEqualTo(AGAINST_SHORT);
        // 240 < 2.5 x 100: neither side dominates, so the next sell-dominant candle is no flip.
        assertThat(d.onCandle(0, 10_000, 240, 100)).isZero();
        assertThat(d.onCandle(0, 10_000, 100, 250)).isZero();
    }

    @Test
    void shouldSignalACloseCrossingTheEmaSeededWithTheSimpleAverage()
    {
        final DumpDetector d = detector(3, true);
        // Seed: the EMA(3) starts as the average of the first 3 closes, 100.
        assertThat(d.onCandle(0, 100, 0, 0)).isZero();
        assertThat(d.onCandle(0, 100, 0, 0)).isZero();
        assertThat(d.onCandle(0, 100, 0, 0)).isZero();
        // alpha = 2 / 4 = 0.5: EMA = 100 + (90 - 100) x 0.5 = 95; last close 100 >= 100, 90 < 95: against longs.
        assertThat(d.onCandle(0, 90, 0, 0)).isEqualTo(AGAINST_LONG);
        // EMA = 95 + (110 - 95) x 0.5 = 102.5; last close 90 <= 95, 110 > 102.5: against shorts.
        assertThat(d.onCandle(0, 110, 0, 0)).isEqualTo(AGAINST_SHORT);
        // EMA = 102.5 + (108 - 102.5) x 0.5 = 105.25; 108 stays above: nothing.
        assertThat(d.onCandle(0, 108, 0, 0)).isZero();
    }

    @Test
    void shouldReportNothingWhenDumpDetectionIsOff()
    {
        final DumpDetector d = detector(0, false);
        for (int k = 0; k < 5; k++)
        {
            assertThat(d.onCandle(0, 10_000, 100, 1_000)).isZero();
        }
    }

    @Test
    void shouldSeeTheLeaderDumpedOnlyOnceItsWindowIsFullAndTheDropReachesTheThreshold()
    {
        final DumpDetector d = detector(0, false); // the leader check does not depend on dump detection
        for (int k = 0; k < 4; k++)
        {
            d.onCandle(0, 10_000, 0, 0);
            assertThat(d.leaderDumped(0)).as("window of 5 not full after " + (k + 1)).isFalse();
        }
        // 9,851 is 1.49% below the high 10,000: short of 1.5%.
        d.onCandle(0, 9_851, 0, 0);
        assertThat(d.leaderDumped(0)).isFalse();
        // 9,850 is exactly 1.5% below it.
        d.onCandle(0, 9_850, 0, 0);
        assertThat(d.leaderDumped(0)).isTrue();
        // Five more closes push the 10,000s out of the window: the high is now 9,851 and 9,800 is 0.52% below.
        for (int k = 0; k < 4; k++)
        {
            d.onCandle(0, 9_851, 0, 0);
        }
        d.onCandle(0, 9_800, 0, 0);
        assertThat(d.leaderDumped(0)).isFalse();
        assertThat(d.leaderDumped(1)).as("another instrument").isFalse();
    }
}
