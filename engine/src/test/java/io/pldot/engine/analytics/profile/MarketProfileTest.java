package io.pldot.engine.analytics.profile;

import com.sun.management.ThreadMXBean;
import io.pldot.engine.analytics.bar.Bar;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Market profile on hand-built profiles. Unless stated: price scale 0 (a price is its tick),
 * one-tick rows, quantity scale 0, so a row's price is the number fed and volumes are whole units.
 */
class MarketProfileTest
{
    private static long[] sink;

    private static MarketProfile oneTickProfile()
    {
        return new MarketProfile(MarketProfileSettings.defaults(), 0, 0);
    }

    /** Feeds one bar of trades: pairs of (price, volume). */
    private static void bar(final MarketProfile profile, final long... priceVolume)
    {
        for (int i = 0; i < priceVolume.length; i += 2)
        {
            profile.onTrade(priceVolume[i], priceVolume[i + 1]);
        }
        profile.closeBar();
    }

    @Test
    void shouldExpandValueAreaFromPocByHand()
    {
        // Row:    100 101 102 103 104 105 106 107 108
        // Volume:   5  10  20  35  40  30  25  10   5   total 180, 70% = 126
        // POC 104 (40), single maximum.
        // 1: above 105 (30) vs below 103 (35): below -> 75, area 103..104
        // 2: above 105 (30) vs below 102 (20): above -> 105, area 103..105
        // 3: above 106 (25) vs below 102 (20): above -> 130 >= 126, stop. VAL 103, VAH 106.
        // Shape: 9 rows, thirds 100-102 (35), 103-105 (105), 106-108 (40): no double distribution;
        // POC 104 is in the middle third (3 x 4 / 9 = 1) -> BALANCED.
        final MarketProfile profile = oneTickProfile();
        bar(profile, 100, 5, 101, 10, 102, 20, 103, 35, 104, 40);
        bar(profile, 105, 30, 106, 25, 107, 10, 108, 5);
        assertThat(profile.totalVolume()).isEqualTo(180.0);
        assertThat(profile.poc()).isEqualTo(104.0);
        assertThat(profile.pocVolume()).isEqualTo(40.0);
        assertThat(profile.valueAreaLow()).isEqualTo(103.0);
        assertThat(profile.valueAreaHigh()).isEqualTo(106.0);
        assertThat(profile.valueAreaVolume()).isEqualTo(130.0);
        assertThat(profile.shape()).isEqualTo(ProfileShape.BALANCED);
        assertThat(profile.mergedCount()).isZero();
    }

    @Test
    void shouldSendExpansionTiesUp()
    {
        // Row:    10 11 12 13 14 15 16
        // Volume:  2  6  8 20  8  6  2   total 52, 70% = 36.4
        // POC 13 (20).
        // 1: above 14 (8) vs below 12 (8): tie -> above: 28, area 13..14
        // 2: above 15 (6) vs below 12 (8): below -> 36 < 36.4, area 12..14
        // 3: above 15 (6) vs below 11 (6): tie -> above: 42, stop. VAL 12, VAH 15.
        final MarketProfile profile = oneTickProfile();
        bar(profile, 10, 2, 11, 6, 12, 8, 13, 20, 14, 8, 15, 6, 16, 2);
        assertThat(profile.poc()).isEqualTo(13.0);
        assertThat(profile.valueAreaLow()).isEqualTo(12.0);
        assertThat(profile.valueAreaHigh()).isEqualTo(15.0);
        assertThat(profile.valueAreaVolume()).isEqualTo(42.0);
    }

    @Test
    void shouldPickTiedPocNearestTheMiddle()
    {
        // Row:    20 21 22 23 24 25 26 27 28
        // Volume:  1  9  3  2  4  9  3  2  1   total 34, 70% = 23.8
        // POC tie 21 and 25 (9 each); middle of 20..28 is 24: 21 is 3 away, 25 is 1 -> POC 25.
        // 1: above 26 (3) vs below 24 (4): below -> 13, area 24..25
        // 2: above 26 (3) vs below 23 (2): above -> 16, area 24..26
        // 3: above 27 (2) vs below 23 (2): tie -> above: 18, area 24..27
        // 4: above 28 (1) vs below 23 (2): below -> 20, area 23..27
        // 5: above 28 (1) vs below 22 (3): below -> 23 < 23.8, area 22..27
        // 6: above 28 (1) vs below 21 (9): below -> 32, stop. VAL 21, VAH 27.
        final MarketProfile profile = oneTickProfile();
        bar(profile, 20, 1, 21, 9, 22, 3, 23, 2, 24, 4, 25, 9, 26, 3, 27, 2, 28, 1);
        assertThat(profile.poc()).isEqualTo(25.0);
        assertThat(profile.valueAreaLow()).isEqualTo(21.0);
        assertThat(profile.valueAreaHigh()).isEqualTo(27.0);
        assertThat(profile.valueAreaVolume()).isEqualTo(32.0);
        // Thirds 20-22 (13), 23-25 (15), 26-28 (6); POC 25: 3 x 5 / 9 = 1, middle -> BALANCED.
        assertThat(profile.shape()).isEqualTo(ProfileShape.BALANCED);
    }

    @Test
    void shouldPickUpperOfEquidistantPocsAndSkipEmptyRows()
    {
        // Row:    30 31 32 33 34 35 36
        // Volume:  2  9  1  0  0  9  3   total 24, 70% = 16.8
        // POC tie 31 and 35; middle of 30..36 is 33, both 2 away -> the upper, 35.
        // 1: above 36 (3) vs below: next occupied row is 32 (1), rows 34 and 33 are empty -> above: 12
        // 2: nothing above; below 32 (1) -> 13, area 32..36
        // 3: below 31 (9) -> 22, stop. VAL 31, VAH 36.
        // Shape: 7 rows, part = 3(r - 30) / 7: lower 30-32 (12), middle 33-34 (0), upper 35-36 (12).
        // Both outer thirds hold more than twice the middle: a double distribution (before any P).
        final MarketProfile profile = oneTickProfile();
        bar(profile, 30, 2, 31, 9, 32, 1, 35, 9, 36, 3);
        assertThat(profile.poc()).isEqualTo(35.0);
        assertThat(profile.valueAreaLow()).isEqualTo(31.0);
        assertThat(profile.valueAreaHigh()).isEqualTo(36.0);
        assertThat(profile.shape()).isEqualTo(ProfileShape.DOUBLE_DISTRIBUTION);
        assertThat(profile.volumeAt(33)).isEqualTo(0.0);
    }

    @Test
    void shouldClassifyShapesByPocThird()
    {
        // Rows 0..9 (n 10) with volume 1, the POC 10. part(r) = 3r / 10: rows 0-3 lower, 4-6 middle,
        // 7-9 upper. Thirds hold at most 13 + 3 + 3: never a double distribution.
        // POC 3: 9 / 10 = 0 -> b. POC 4: 12 / 10 = 1 -> balanced. POC 6: 18 / 10 = 1 -> balanced.
        // POC 7: 21 / 10 = 2 -> P.
        assertThat(shapeWithPocAt(0)).isEqualTo(ProfileShape.B_SHAPE);
        assertThat(shapeWithPocAt(3)).isEqualTo(ProfileShape.B_SHAPE);
        assertThat(shapeWithPocAt(4)).isEqualTo(ProfileShape.BALANCED);
        assertThat(shapeWithPocAt(6)).isEqualTo(ProfileShape.BALANCED);
        assertThat(shapeWithPocAt(7)).isEqualTo(ProfileShape.P_SHAPE);
        assertThat(shapeWithPocAt(9)).isEqualTo(ProfileShape.P_SHAPE);
        assertThat(ProfileShape.B_SHAPE.label()).isEqualTo("b");
        assertThat(ProfileShape.P_SHAPE.label()).isEqualTo("P");
        assertThat(ProfileShape.BALANCED.label()).isEqualTo("normal");
        assertThat(ProfileShape.DOUBLE_DISTRIBUTION.label()).isEqualTo("B");
    }

    @Test
    void shouldTellDoubleDistributionFromThinMiddleOnly()
    {
        // Rows 0..8: thirds 0-2, 3-5, 6-8.
        // 4 4 4 | 2 1 1 | 4 4 5: outer thirds 12 and 13, middle 4: 12 > 8 and 13 > 8 -> double.
        final MarketProfile twoNodes = oneTickProfile();
        bar(twoNodes, 0, 4, 1, 4, 2, 4, 3, 2, 4, 1, 5, 1, 6, 4, 7, 4, 8, 5);
        assertThat(twoNodes.shape()).isEqualTo(ProfileShape.DOUBLE_DISTRIBUTION);
        // Near miss: middle 6 -> 12 > 12 fails for the lower third: shape by POC (8, upper) -> P.
        final MarketProfile nearMiss = oneTickProfile();
        bar(nearMiss, 0, 4, 1, 4, 2, 4, 3, 2, 4, 2, 5, 2, 6, 4, 7, 4, 8, 5);
        assertThat(nearMiss.shape()).isEqualTo(ProfileShape.P_SHAPE);
        // Two rows only: balanced whatever the volumes.
        final MarketProfile twoRows = oneTickProfile();
        bar(twoRows, 0, 9, 1, 1);
        assertThat(twoRows.shape()).isEqualTo(ProfileShape.BALANCED);
    }

    private static ProfileShape shapeWithPocAt(final long pocRow)
    {
        final MarketProfile profile = oneTickProfile();
        for (long r = 0; r <= 9; r++)
        {
            profile.onTrade(r, r == pocRow ? 10 : 1);
        }
        profile.closeBar();
        assertThat(profile.poc()).isEqualTo((double)pocRow);
        return profile.shape();
    }

    @Test
    void shouldBeUndefinedWithoutVolumeAndDefinedForOneFlatBar()
    {
        final MarketProfile profile = new MarketProfile(MarketProfileSettings.defaults(), 2, 0);
        final Bar bar = new Bar();
        assertThat(profile.poc()).isNaN();
        assertThat(profile.shape()).isNull();

        profile.update(bar.set(0, 1, 10.00, 10.05, 9.95, 10.01, 0)); // zero volume
        assertThat(profile.barCount()).isEqualTo(1);
        assertThat(profile.poc()).isNaN();
        assertThat(profile.valueAreaHigh()).isNaN();
        assertThat(profile.valueAreaLow()).isNaN();
        assertThat(profile.valueAreaVolume()).isNaN();
        assertThat(profile.totalVolume()).isEqualTo(0.0);
        assertThat(profile.shape()).isNull();

        // Zero range: the whole volume in one row; POC = VAH = VAL = 927.74, a single row is BALANCED.
        profile.update(bar.set(1, 2, 927.74, 927.74, 927.74, 927.74, 14929));
        assertThat(profile.poc()).isEqualTo(927.74);
        assertThat(profile.valueAreaHigh()).isEqualTo(927.74);
        assertThat(profile.valueAreaLow()).isEqualTo(927.74);
        assertThat(profile.valueAreaVolume()).isEqualTo(14929.0);
        assertThat(profile.shape()).isEqualTo(ProfileShape.BALANCED);
    }

    @Test
    void shouldSpreadBarVolumeEvenlyWithRemainderToCentreRows()
    {
        // Price scale 2, one-tick rows: 10.00..10.03 is 4 rows. Volume 10 = 4 x 2 + 2: the remainder's
        // 2 units go to the 2 centre rows (from (4 - 2 + 1) / 2 = 1): 2, 3, 3, 2.
        // POC tie 10.01 / 10.02, both half a row from the middle 10.015 -> the upper, 10.02.
        // 70% of 10 = 7: POC 3; above 10.03 (2) vs below 10.01 (3): below -> 6;
        // above 10.03 (2) vs below 10.00 (2): tie -> above: 8. VA 10.01..10.03.
        final MarketProfile profile = new MarketProfile(MarketProfileSettings.defaults(), 2, 0);
        profile.update(new Bar().set(0, 1, 10.02, 10.03, 10.00, 10.01, 10));
        assertThat(profile.volumeAt(10.00)).isEqualTo(2.0);
        assertThat(profile.volumeAt(10.01)).isEqualTo(3.0);
        assertThat(profile.volumeAt(10.02)).isEqualTo(3.0);
        assertThat(profile.volumeAt(10.03)).isEqualTo(2.0);
        assertThat(profile.volumeAt(10.04)).isEqualTo(0.0);
        assertThat(profile.poc()).isEqualTo(10.02);
        assertThat(profile.valueAreaLow()).isEqualTo(10.01);
        assertThat(profile.valueAreaHigh()).isEqualTo(10.03);

        // 5 rows, volume 11 = 5 x 2 + 1: one unit, to row (5 - 1 + 1) / 2 = 2, the exact middle.
        final MarketProfile odd = new MarketProfile(MarketProfileSettings.defaults(), 2, 0);
        odd.update(new Bar().set(0, 1, 10.00, 10.04, 10.00, 10.04, 11));
        assertThat(odd.volumeAt(10.02)).isEqualTo(3.0);
        assertThat(odd.volumeAt(10.01)).isEqualTo(2.0);
        assertThat(odd.volumeAt(10.03)).isEqualTo(2.0);
        assertThat(odd.shape()).isEqualTo(ProfileShape.BALANCED);

        // 4 rows, volume 9 = 4 x 2 + 1: one unit, to row (4 - 1 + 1) / 2 = 2 (upper of the two middle rows).
        final MarketProfile even = new MarketProfile(MarketProfileSettings.defaults(), 2, 0);
        even.update(new Bar().set(0, 1, 10.00, 10.03, 10.00, 10.03, 9));
        assertThat(even.volumeAt(10.02)).isEqualTo(3.0);
        assertThat(even.volumeAt(10.01)).isEqualTo(2.0);
        assertThat(even.poc()).isEqualTo(10.02);
    }

    @Test
    void shouldGroupTicksIntoRowsAndReportRowLowerBound()
    {
        // Price scale 2, rows of 25 ticks (0.25): 100.10 -> row 400 (100.00), 100.30 and 100.49 -> row 401
        // (100.25), 100.50 -> row 402 (100.50). Quantity scale 3: 1500 = 1.5.
        final MarketProfile profile =
            new MarketProfile(new MarketProfileSettings(50, 25, 1024, 32, 70), 2, 3);
        profile.onTrade(10010, 1000);
        profile.onTrade(10030, 1500);
        profile.onTrade(10049, 1500);
        profile.onTrade(10050, 500);
        profile.closeBar();
        assertThat(profile.rowHeight()).isEqualTo(0.25);
        assertThat(profile.volumeAt(100.00)).isEqualTo(1.0);
        assertThat(profile.volumeAt(100.37)).isEqualTo(3.0);
        assertThat(profile.volumeAt(100.50)).isEqualTo(0.5);
        assertThat(profile.totalVolume()).isEqualTo(4.5);
        assertThat(profile.poc()).isEqualTo(100.25);
        // 70% of 4.5 = 3.15: POC 3.0; above 100.50 (0.5) vs below 100.00 (1.0): below -> 4.0. VA 100.00..100.25.
        assertThat(profile.valueAreaLow()).isEqualTo(100.00);
        assertThat(profile.valueAreaHigh()).isEqualTo(100.25);
    }

    @Test
    void shouldEvictExactlyWhatTheOldestBarAdded()
    {
        final MarketProfile profile = new MarketProfile(new MarketProfileSettings(2, 1, 1024, 32, 70), 0, 0);
        bar(profile, 50, 7, 51, 1);          // A
        bar(profile, 51, 2, 52, 3);          // B
        assertThat(profile.volumeAt(51)).isEqualTo(3.0);
        bar(profile, 52, 4, 53, 1);          // C: A leaves
        assertThat(profile.barCount()).isEqualTo(2);
        assertThat(profile.volumeAt(50)).isEqualTo(0.0);
        assertThat(profile.volumeAt(51)).isEqualTo(2.0);
        assertThat(profile.volumeAt(52)).isEqualTo(7.0);
        assertThat(profile.volumeAt(53)).isEqualTo(1.0);
        assertThat(profile.totalVolume()).isEqualTo(10.0);
        assertThat(profile.poc()).isEqualTo(52.0);
        profile.closeBar();                  // D, empty: B leaves
        profile.closeBar();                  // E, empty: C leaves -> nothing
        assertThat(profile.totalVolume()).isEqualTo(0.0);
        assertThat(profile.poc()).isNaN();
        assertThat(profile.closedBars()).isEqualTo(5);
    }

    @Test
    void shouldMergeRowsBeyondTheBarBoundIntoItsEdgeRow()
    {
        // Four rows per bar. Bar path: 0..5 is 6 rows, volume 16 = 6 x 2 + 4: the 4 extra units go
        // to rows (6 - 4 + 1) / 2 = 1 .. 4: 2, 3, 3, 3, 3, 2. Rows 0..2 keep 2, 3, 3; row 3 (the edge)
        // takes rows 3, 4, 5: 3 + 3 + 2 = 8. Two rows merged.
        final MarketProfile profile = new MarketProfile(new MarketProfileSettings(10, 1, 8, 4, 70), 0, 0);
        profile.update(new Bar().set(0, 1, 0, 5, 0, 5, 16));
        assertThat(profile.volumeAt(0)).isEqualTo(2.0);
        assertThat(profile.volumeAt(1)).isEqualTo(3.0);
        assertThat(profile.volumeAt(2)).isEqualTo(3.0);
        assertThat(profile.volumeAt(3)).isEqualTo(8.0);
        assertThat(profile.volumeAt(4)).isEqualTo(0.0);
        assertThat(profile.totalVolume()).isEqualTo(16.0);
        assertThat(profile.mergedCount()).isEqualTo(2);

        // Trade path: rows 10..13 fill the bar's 4 rows; 15 goes to edge 13; then 9 is 4 below 13 -> edge 10.
        final MarketProfile trades = new MarketProfile(new MarketProfileSettings(10, 1, 8, 4, 70), 0, 0);
        bar(trades, 10, 1, 11, 1, 12, 1, 13, 1, 15, 5, 9, 3);
        assertThat(trades.volumeAt(13)).isEqualTo(6.0);
        assertThat(trades.volumeAt(10)).isEqualTo(4.0);
        assertThat(trades.volumeAt(9)).isEqualTo(0.0);
        assertThat(trades.volumeAt(15)).isEqualTo(0.0);
        assertThat(trades.mergedCount()).isEqualTo(2);
    }

    @Test
    void shouldMergeEveryTradeBeyondTheBoundEvenInTheSameRowAgainAndAddRepeatsOfAnOwnRow()
    {
        // Rows 10..13 fill the bar's 4 rows. 15 twice: two merges into edge 13. 13 twice (its own row,
        // the second one the same row as the trade before), 12 (a row down), 14 (merged into 13 again).
        final MarketProfile trades = new MarketProfile(new MarketProfileSettings(10, 1, 8, 4, 70), 0, 0);
        bar(trades, 10, 1, 11, 1, 12, 1, 13, 1, 15, 5, 15, 5, 13, 2, 13, 2, 12, 3, 14, 4);
        assertThat(trades.volumeAt(13)).isEqualTo(19.0);
        assertThat(trades.volumeAt(12)).isEqualTo(4.0);
        assertThat(trades.volumeAt(11)).isEqualTo(1.0);
        assertThat(trades.volumeAt(10)).isEqualTo(1.0);
        assertThat(trades.volumeAt(14)).isEqualTo(0.0);
        assertThat(trades.volumeAt(15)).isEqualTo(0.0);
        assertThat(trades.totalVolume()).isEqualTo(25.0);
        assertThat(trades.mergedCount()).isEqualTo(3);

        // A bar that ends with a trade in its own row, then a bar whose trade is in that row too: the
        // second trade belongs to the new bar, not to the bar that closed.
        bar(trades, 11, 6);
        bar(trades, 11, 7);
        assertThat(trades.volumeAt(11)).isEqualTo(14.0);
        assertThat(trades.totalVolume()).isEqualTo(38.0);
    }

    @Test
    void shouldRecentreOnRecentPriceAndStillEvictExactly()
    {
        // Eight rows in all, window of 3 bars.
        final MarketProfile profile = new MarketProfile(new MarketProfileSettings(3, 1, 8, 4, 70), 0, 0);
        bar(profile, 0, 1);                  // A at 0
        bar(profile, 100, 2);                // B at 100: span 100 >= 8 -> range 96..103, A's row 0 -> 96
        assertThat(profile.mergedCount()).isEqualTo(1);
        assertThat(profile.volumeAt(96)).isEqualTo(1.0);
        assertThat(profile.volumeAt(0)).isEqualTo(0.0);
        assertThat(profile.volumeAt(100)).isEqualTo(2.0);
        bar(profile, 101, 4);                // C
        bar(profile, 102, 8);                // D: A leaves from row 96, exactly
        assertThat(profile.volumeAt(96)).isEqualTo(0.0);
        assertThat(profile.totalVolume()).isEqualTo(14.0);
        assertThat(profile.poc()).isEqualTo(102.0);
        bar(profile, 103, 16);               // E: B leaves
        bar(profile, 99, 1);                 // F: C leaves; window 99..103 fits
        assertThat(profile.totalVolume()).isEqualTo(25.0);
        assertThat(profile.volumeAt(99)).isEqualTo(1.0);
        assertThat(profile.volumeAt(102)).isEqualTo(8.0);
        assertThat(profile.volumeAt(103)).isEqualTo(16.0);
        assertThat(profile.mergedCount()).isEqualTo(1);
    }

    @Test
    void shouldFitDefaultStateIn32Kilobytes()
    {
        assertThat(MarketProfile.stateBytes(MarketProfileSettings.defaults())).isEqualTo(23_344L)
            .isLessThanOrEqualTo(32 * 1024L);
    }

    @Test
    void shouldRejectInvalidSettings()
    {
        assertThatThrownBy(() -> new MarketProfileSettings(0, 1, 1024, 32, 70))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MarketProfileSettings(50, 0, 1024, 32, 70))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MarketProfileSettings(50, 1, 1000, 32, 70))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MarketProfileSettings(50, 1, 64, 64, 70))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MarketProfileSettings(50, 1, 1024, 32, 101))
            .isInstanceOf(IllegalArgumentException.class);
        final MarketProfile profile = oneTickProfile();
        assertThatThrownBy(() -> profile.update(new Bar().set(0, 1, 1, 1, 1, 1, -1)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> profile.update(new Bar().set(0, 1, 1, Double.NaN, 1, 1, 1)))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNotAllocateAfterWarmUp()
    {
        final MarketProfile byTrades = new MarketProfile(MarketProfileSettings.defaults(), 2, 8);
        final MarketProfile byBars = new MarketProfile(new MarketProfileSettings(50, 1, 256, 32, 70), 2, 0);
        final Bar bar = new Bar();
        final ThreadMXBean threads = (ThreadMXBean)ManagementFactory.getThreadMXBean();
        assertThat(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()).isTrue();
        final long meterBefore = threads.getThreadAllocatedBytes(Thread.currentThread().threadId());
        sink = new long[1024];
        assertThat(threads.getThreadAllocatedBytes(Thread.currentThread().threadId()) - meterBefore)
            .isGreaterThanOrEqualTo(8 * 1024);

        run(byTrades, byBars, bar, 0, 20_000);
        long least = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++)
        {
            final long before = threads.getThreadAllocatedBytes(Thread.currentThread().threadId());
            run(byTrades, byBars, bar, 20_000 * (attempt + 1), 10_000);
            final long after = threads.getThreadAllocatedBytes(Thread.currentThread().threadId());
            least = Math.min(least, after - before);
        }
        assertThat(least).as("bytes allocated over 10,000 bars on each path").isZero();
        assertThat(byTrades.mergedCount()).isPositive(); // the walk below drifts: recentring ran too
        assertThat(byBars.mergedCount()).isPositive();
    }

    private static void run(
        final MarketProfile byTrades, final MarketProfile byBars, final Bar bar, final int from, final int count)
    {
        for (int i = from; i < from + count; i++)
        {
            // A saw-tooth walk that drifts up and crashes every 500 bars, so both bounds are hit.
            final long base = 100_000 + (i % 500) * 40L;
            for (int t = 0; t < 6; t++)
            {
                byTrades.onTrade(base + (t * 7L + i) % 45, 100_000_000L + t);
            }
            byTrades.closeBar();
            final double low = base / 100.0;
            byBars.update(bar.set(i, i + 1L, low, low + (i % 50) / 100.0, low, low + 0.01, 1_000 + i % 7));
        }
    }
}
