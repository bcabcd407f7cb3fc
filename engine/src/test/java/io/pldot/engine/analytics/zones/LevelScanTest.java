package io.pldot.engine.analytics.zones;

import io.pldot.engine.analytics.bar.Bar;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-bar level scan: the vector loop against the scalar one (bit for bit, on every count up
 * to 64 and on awkward values), and the bit path of zones and gaps (up to 64 levels) against their
 * one-level-at-a-time path (above 64) on the same bars: the same events in the same order.
 */
class LevelScanTest
{
    @Test
    void shouldGiveTheSameBitsOnVectorsAsOneAtATime()
    {
        final Random random = new Random(64L);
        final double[] awkward = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            1.0, -1.0, Double.MIN_VALUE, 100.0};
        for (int trial = 0; trial < 500; trial++)
        {
            final double[] above = new double[LevelScan.MAX_SLOTS];
            final double[] below = new double[LevelScan.MAX_SLOTS];
            for (int s = 0; s < above.length; s++)
            {
                above[s] = trial % 3 == 0 ? awkward[random.nextInt(awkward.length)] : 100 + random.nextGaussian();
                below[s] = trial % 3 == 0 ? awkward[random.nextInt(awkward.length)] : 100 + random.nextGaussian();
            }
            final double x = trial % 5 == 0 ? awkward[random.nextInt(awkward.length)] : 100 + random.nextGaussian();
            final double y = trial % 7 == 0 ? x : 100 + random.nextGaussian();
            for (int count = 0; count <= LevelScan.MAX_SLOTS; count++)
            {
                final long expected = LevelScan.scalarEscapes(above, below, x, y, count, 0);
                assertThat(LevelScan.escapes(above, below, x, y, count)).as("trial %d, count %d", trial, count)
                    .isEqualTo(expected);
                if (count > 0)
                {
                    final int s = count - 1;
                    assertThat((expected >>> s & 1L) != 0L).isEqualTo(above[s] > x || below[s] < y);
                }
            }
        }
    }

    @Test
    void shouldGiveTheSameZoneEventsWithBitsAsOneZoneAtATime()
    {
        // 64 zones take the bit path, 65 the loop; both keep every zone of these 400 bars (fewer
        // than 64 form), so their events must be identical.
        final SupplyDemandZones bits = new SupplyDemandZones(new SupplyDemandZoneSettings(2.0, 20.0, 64));
        final SupplyDemandZones loop = new SupplyDemandZones(new SupplyDemandZoneSettings(2.0, 20.0, 65));
        final Random random = new Random(7L);
        final Bar bar = new Bar();
        double price = 100;
        int events = 0;
        int changes = 0;
        for (int i = 0; i < 400; i++)
        {
            final double open = price;
            price += random.nextGaussian();
            final double close = price;
            final double wick = random.nextInt(8) == 0 ? 4 * Math.abs(random.nextGaussian()) : 0.1;
            bar.set(60L * i, 60L * (i + 1), open, Math.max(open, close) + (random.nextBoolean() ? wick : 0.05),
                Math.min(open, close) - (random.nextBoolean() ? wick : 0.05), close, 1.0);
            bits.update(bar);
            loop.update(bar);
            assertThat(zoneEvents(bits)).as("bar %d", i).isEqualTo(zoneEvents(loop));
            events += bits.eventCount();
            for (int e = 0; e < bits.eventCount(); e++)
            {
                changes += bits.eventType(e) == ZoneEventType.CREATED ? 0 : 1;
            }
        }
        assertThat(changes).as("tests and breaks").isGreaterThan(10);
        assertThat(bits.zoneCount()).isLessThan(64);
        assertThat(events).as("zones formed, tested and broken").isGreaterThan(50);
    }

    @Test
    void shouldGiveTheSameGapEventsWithBitsAsOneGapAtATime()
    {
        final FairValueGaps bits = new FairValueGaps(new FairValueGapSettings(64, 0.0));
        final FairValueGaps loop = new FairValueGaps(new FairValueGapSettings(65, 0.0));
        final Random random = new Random(9L);
        final Bar bar = new Bar();
        double price = 100;
        int events = 0;
        int changes = 0;
        // Gaps form on about one bar in two: 110 bars keep fewer than 64.
        for (int i = 0; i < 110; i++)
        {
            final double open = price;
            price += 2 * random.nextGaussian();
            bar.set(60L * i, 60L * (i + 1), open, Math.max(open, price) + 0.2, Math.min(open, price) - 0.2, price, 1.0);
            bits.update(bar);
            loop.update(bar);
            assertThat(gapEvents(bits)).as("bar %d", i).isEqualTo(gapEvents(loop));
            events += bits.eventCount();
            for (int e = 0; e < bits.eventCount(); e++)
            {
                changes += bits.eventType(e) == GapEventType.CREATED ? 0 : 1;
            }
        }
        assertThat(changes).as("partial fills and fills").isGreaterThan(10);
        assertThat(bits.gapCount()).isLessThan(64);
        assertThat(events).as("gaps formed and filled").isGreaterThan(50);
    }

    private static List<String> zoneEvents(final SupplyDemandZones zones)
    {
        final List<String> out = new ArrayList<>();
        for (int i = 0; i < zones.eventCount(); i++)
        {
            out.add(zones.eventType(i) + " " + zones.eventZoneId(i) + " " + zones.eventStatus(i) + " "
                + zones.eventTestCount(i) + " " + zones.eventLastTested(i));
        }
        return out;
    }

    private static List<String> gapEvents(final FairValueGaps gaps)
    {
        final List<String> out = new ArrayList<>();
        for (int i = 0; i < gaps.eventCount(); i++)
        {
            out.add(gaps.eventType(i) + " " + gaps.eventGapId(i) + " " + gaps.eventStatus(i) + " "
                + gaps.eventFillPercent(i) + " " + gaps.eventLastTouched(i));
        }
        return out;
    }
}
