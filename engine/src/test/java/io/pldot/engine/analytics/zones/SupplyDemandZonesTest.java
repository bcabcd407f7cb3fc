package io.pldot.engine.analytics.zones;

import com.sun.management.ThreadMXBean;
import io.pldot.engine.analytics.bar.Bar;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Supply/demand zones on crafted candles. Prices are small binary-exact numbers so wick/body
 * ratios are exact; "marubozu" bars (no wick) move price around without forming zones.
 */
class SupplyDemandZonesTest
{
    private static long[] sink;

    private final Bar bar = new Bar();
    private long time;

    private void feed(final SupplyDemandZones zones, final double open, final double high, final double low,
        final double close)
    {
        zones.update(bar.set(time, time + 60, open, high, low, close, 100));
        time += 60;
    }

    private static List<String> events(final SupplyDemandZones zones)
    {
        final List<String> out = new ArrayList<>();
        for (int i = 0; i < zones.eventCount(); i++)
        {
            out.add(zones.eventType(i) + " " + zones.eventZoneId(i) + " " + zones.eventZoneKind(i) + " "
                + zones.eventLow(i) + ".." + zones.eventHigh(i));
        }
        return out;
    }

    @Test
    void shouldFormDemandZoneFromLongLowerWick()
    {
        // O 100, C 104, L 90, H 105: body 4, lower wick 100 - 90 = 10 > 8, upper wick 1.
        // Zone [low 90, body bottom 100], strength 10 / 4 x 20 = 50.
        final SupplyDemandZones zones = new SupplyDemandZones(SupplyDemandZoneSettings.defaults());
        feed(zones, 100, 105, 90, 104);
        assertThat(events(zones)).containsExactly("CREATED 1 DEMAND 90.0..100.0");
        assertThat(zones.zoneCount()).isEqualTo(1);
        assertThat(zones.zoneKind(0)).isEqualTo(ZoneKind.DEMAND);
        assertThat(zones.zoneLow(0)).isEqualTo(90.0);
        assertThat(zones.zoneHigh(0)).isEqualTo(100.0);
        assertThat(zones.zoneStrength(0)).isEqualTo(50.0);
        assertThat(zones.zoneStatus(0)).isEqualTo(ZoneStatus.FRESH);
        assertThat(zones.zoneFirstSeen(0)).isEqualTo(0L);
        assertThat(zones.zoneLastTested(0)).isEqualTo(SupplyDemandZones.NO_TIME);
        assertThat(zones.zoneTestCount(0)).isZero();
    }

    @Test
    void shouldFormSupplyZoneFromLongUpperWick()
    {
        // O 104, C 100, H 115, L 99: body 4, upper wick 115 - 104 = 11 > 8, lower wick 1.
        // Zone [body top 104, high 115], strength 11 / 4 x 20 = 55.
        final SupplyDemandZones zones = new SupplyDemandZones(SupplyDemandZoneSettings.defaults());
        feed(zones, 104, 115, 99, 100);
        assertThat(events(zones)).containsExactly("CREATED 1 SUPPLY 104.0..115.0");
        assertThat(zones.zoneStrength(0)).isEqualTo(55.0);
    }

    @Test
    void shouldNotFormZoneOnNearMissesFlatBarsAndEqualDojiWicks()
    {
        final SupplyDemandZones zones = new SupplyDemandZones(SupplyDemandZoneSettings.defaults());
        feed(zones, 100, 104.5, 92, 104);   // lower wick 8 = 2 x body 4: not longer
        feed(zones, 104, 112, 100, 100);    // upper wick 8 = 2 x body 4: not longer
        feed(zones, 100, 100, 100, 100);    // flat: no wick at all
        feed(zones, 100, 103, 97, 100);     // doji, both wicks 3: indecision
        feed(zones, 100, 110, 90, 110);     // lower wick 10 is not > 2 x body 10
        assertThat(zones.zoneCount()).isZero();
        assertThat(zones.eventCount()).isZero();
    }

    @Test
    void shouldTakeLongerWickOfDojiWithFullStrength()
    {
        // O = C = 100: body 0; lower wick 5 and upper wick 1 both exceed 0, the lower is longer.
        // Strength with a zero body: the cap, 100.
        final SupplyDemandZones zones = new SupplyDemandZones(SupplyDemandZoneSettings.defaults());
        feed(zones, 100, 101, 95, 100);
        assertThat(events(zones)).containsExactly("CREATED 1 DEMAND 95.0..100.0");
        assertThat(zones.zoneStrength(0)).isEqualTo(100.0);
        // Bearish hammer: O 104, C 100, L 80: lower wick 20 > 8 -> demand [80, 100], 20/4 x 20 = 100 capped.
        feed(zones, 104, 104.5, 80, 100);
        assertThat(events(zones)).containsExactly("CREATED 2 DEMAND 80.0..100.0");
        assertThat(zones.zoneStrength(1)).isEqualTo(100.0);
    }

    @Test
    void shouldCountVisitsAsTestsAndBreakOnCloseBelowDemand()
    {
        final SupplyDemandZones zones = new SupplyDemandZones(SupplyDemandZoneSettings.defaults());
        feed(zones, 100, 105, 90, 104);      // t 0: demand [90, 100]
        feed(zones, 101, 106, 101, 106);     // t 60: above the zone: left it
        assertThat(zones.eventCount()).isZero();
        feed(zones, 104, 104, 99, 99);       // t 120: low 99 inside: test 1
        assertThat(events(zones)).containsExactly("TESTED 1 DEMAND 90.0..100.0");
        assertThat(zones.eventStatus(0)).isEqualTo(ZoneStatus.TESTED);
        assertThat(zones.eventTestCount(0)).isEqualTo(1);
        assertThat(zones.eventLastTested(0)).isEqualTo(120L);
        assertThat(zones.zoneStatus(0)).isEqualTo(ZoneStatus.TESTED);
        assertThat(zones.zoneLastTested(0)).isEqualTo(120L);
        feed(zones, 98, 103, 98, 103);       // t 180: still inside: same visit
        assertThat(zones.eventCount()).isZero();
        feed(zones, 102, 108, 102, 108);     // t 240: out
        feed(zones, 106, 106, 100.5, 100.5); // t 300: low 100.5 > 100: near miss, no test
        assertThat(zones.eventCount()).isZero();
        feed(zones, 105, 105, 100, 100);     // t 360: low exactly 100, bound included: test 2
        assertThat(events(zones)).containsExactly("TESTED 1 DEMAND 90.0..100.0");
        assertThat(zones.zoneTestCount(0)).isEqualTo(2);
        assertThat(zones.zoneLastTested(0)).isEqualTo(360L);
        feed(zones, 100, 100, 90, 90);       // t 420: close 90 = low: not below, no break (still inside)
        assertThat(zones.eventCount()).isZero();
        feed(zones, 90, 90, 89.5, 89.5);     // t 480: close 89.5 < 90: broken
        assertThat(events(zones)).containsExactly("BROKEN 1 DEMAND 90.0..100.0");
        // The event carries the zone as it stands after the break.
        assertThat(zones.eventStatus(0)).isEqualTo(ZoneStatus.BROKEN);
        assertThat(zones.eventTestCount(0)).isEqualTo(2);
        assertThat(zones.eventFirstSeen(0)).isEqualTo(0L);
        assertThat(zones.eventLastTested(0)).isEqualTo(360L);
        assertThat(zones.eventStrength(0)).isEqualTo(50.0);
        assertThat(zones.zoneStatus(0)).isEqualTo(ZoneStatus.BROKEN);
        feed(zones, 89.5, 95, 89.5, 95);     // broken is final: nothing more
        feed(zones, 95, 95, 80, 80);
        assertThat(zones.eventCount()).isZero();
        assertThat(zones.zoneTestCount(0)).isEqualTo(2);
    }

    @Test
    void shouldTreatWickThroughAsTestNotBreak()
    {
        final SupplyDemandZones zones = new SupplyDemandZones(SupplyDemandZoneSettings.defaults());
        feed(zones, 104, 115, 99, 100);      // supply [104, 115]
        feed(zones, 100, 100, 95, 95);       // away below
        feed(zones, 95, 120, 95, 115);       // high 120 pokes through, close 115 = high: test, not break
        assertThat(events(zones)).containsExactly("TESTED 1 SUPPLY 104.0..115.0");
        feed(zones, 115, 116, 115, 116);     // close 116 > 115: broken
        assertThat(events(zones)).containsExactly("BROKEN 1 SUPPLY 104.0..115.0");
    }

    @Test
    void shouldEvictBrokenZoneFirstThenOldest()
    {
        final SupplyDemandZones zones = new SupplyDemandZones(new SupplyDemandZoneSettings(2.0, 20.0, 2));
        feed(zones, 100, 105, 90, 104);      // A: demand [90, 100]
        feed(zones, 120, 125, 110, 124);     // B: demand [110, 120]
        feed(zones, 121, 121, 105, 105);     // close 105 < 110 breaks B; A untouched
        assertThat(events(zones)).containsExactly("BROKEN 2 DEMAND 110.0..120.0");
        feed(zones, 130, 135, 120, 134);     // C: full -> B (broken) goes, not A (oldest)
        assertThat(events(zones)).containsExactly("EVICTED 2 DEMAND 110.0..120.0", "CREATED 3 DEMAND 120.0..130.0");
        assertThat(zones.eventStatus(0)).isEqualTo(ZoneStatus.BROKEN);
        assertThat(zones.eventStatus(1)).isEqualTo(ZoneStatus.FRESH);
        assertThat(zones.eventFirstSeen(1)).isEqualTo(180L);
        assertThat(zones.zoneCount()).isEqualTo(2);
        assertThat(zones.zoneId(0)).isEqualTo(1L);
        assertThat(zones.zoneId(1)).isEqualTo(3L);
        assertThat(zones.indexOf(2)).isEqualTo(-1);
        feed(zones, 140, 145, 130, 144);     // D: none broken -> the oldest, A, goes
        assertThat(events(zones)).containsExactly("EVICTED 1 DEMAND 90.0..100.0", "CREATED 4 DEMAND 130.0..140.0");
        assertThat(zones.indexOf(3)).isZero();
        assertThat(zones.indexOf(4)).isEqualTo(1);
    }

    @Test
    void shouldRejectInvalidSettingsAndIndexes()
    {
        assertThatThrownBy(() -> new SupplyDemandZoneSettings(0, 20, 16)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SupplyDemandZoneSettings(2, Double.NaN, 16))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SupplyDemandZoneSettings(2, 20, 0)).isInstanceOf(IllegalArgumentException.class);
        final SupplyDemandZones zones = new SupplyDemandZones(SupplyDemandZoneSettings.defaults());
        assertThatThrownBy(() -> zones.zoneLow(0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> zones.eventType(0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void shouldNotAllocateAfterWarmUp()
    {
        final SupplyDemandZones zones = new SupplyDemandZones(SupplyDemandZoneSettings.defaults());
        final ThreadMXBean threads = (ThreadMXBean)ManagementFactory.getThreadMXBean();
        assertThat(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()).isTrue();
        final long meterBefore = threads.getThreadAllocatedBytes(Thread.currentThread().threadId());
        sink = new long[1024];
        assertThat(threads.getThreadAllocatedBytes(Thread.currentThread().threadId()) - meterBefore)
            .isGreaterThanOrEqualTo(8 * 1024);
        // The JIT compiles the update in stages over the first tens of thousands of bars
        // (interpreted and C1 code allocates the vector temporaries that C2 keeps in registers):
        // a longer warm-up, and the least of several runs is the steady state. On a loaded machine the
        // compiler threads lag, so runs go on until one allocates nothing (at most 40: 400,000 bars).
        long events = run(zones, 0, 50_000);
        long least = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 40 && least != 0; attempt++)
        {
            final long before = threads.getThreadAllocatedBytes(Thread.currentThread().threadId());
            events += run(zones, 50_000 + 10_000 * attempt, 10_000);
            final long after = threads.getThreadAllocatedBytes(Thread.currentThread().threadId());
            least = Math.min(least, after - before);
        }
        assertThat(least).as("bytes allocated over 10,000 bars").isZero();
        assertThat(events).isGreaterThan(10_000);
    }

    private long run(final SupplyDemandZones zones, final int from, final int count)
    {
        long events = 0;
        for (int i = from; i < from + count; i++)
        {
            // A zig-zag with hammers and shooting stars now and then: zones form, get tested, break.
            final double mid = 100 + (i % 40 < 20 ? i % 20 : 20 - i % 20);
            final int kind = i % 7;
            if (kind == 0)
            {
                feed(zones, mid, mid + 1, mid - 6, mid + 1);
            }
            else if (kind == 3)
            {
                feed(zones, mid, mid + 6, mid - 1, mid - 1);
            }
            else
            {
                feed(zones, mid - 1, mid + 1, mid - 1, mid + 1);
            }
            events += zones.eventCount();
        }
        return events;
    }
}
