package io.pldot.engine.analytics.drummond;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incrementally sorted projections, the nearest zones found around the close and the lazily
 * chained zone list give the same zones, bit for bit, as the original algorithm (a full stable
 * insertion sort of the projection ring after every bar, every zone chained, the nearest zones
 * found by a scan; kept here as the reference): on random walks with many ties, with 0.0 and -0.0
 * (equal to {@code >}, different bits), with closes on projections and zone centers, with
 * projections near the double range, and with NaN projections entering and leaving the window.
 */
class DrummondLinesSortEquivalenceTest
{
    @Test
    void shouldMatchAFullResortOnEveryBar()
    {
        final Random random = new Random(42);
        for (int run = 0; run < 300; run++)
        {
            final int lookback = 1 + random.nextInt(DrummondSettings.MAX_LINE_LOOKBACK);
            final boolean percent = random.nextBoolean();
            // Zero tolerances of both signs (-0.0 passes the >= 0 check), and a huge one (whose
            // percentage of a large projection overflows to an infinite allowance).
            final int tolerancePick = random.nextInt(10);
            final double tolerance = tolerancePick == 0 ? 0.0 : tolerancePick == 1 ? -0.0
                : tolerancePick == 2 ? 1e300 : random.nextDouble() * 2;
            final DrummondLines lines = new DrummondLines(
                lookback, percent ? ZoneToleranceMode.PERCENT : ZoneToleranceMode.ABSOLUTE, tolerance);
            // Asked only for the nearest zones (the zone list is then never chained).
            final DrummondLines nearestOnly = new DrummondLines(
                lookback, percent ? ZoneToleranceMode.PERCENT : ZoneToleranceMode.ABSOLUTE, tolerance);
            final Reference ref = new Reference(lookback, percent, tolerance);
            final int mode = run % 6;
            double price = 100;
            for (int bar = 0; bar < 400; bar++)
            {
                final double high;
                final double low;
                if (mode == 0)
                {
                    // Coarse grid: many equal projections.
                    high = 10 + random.nextInt(4);
                    low = high - random.nextInt(3);
                }
                else if (mode == 1)
                {
                    // Signed zeros: 0.0 + (0.0 - 0.0) and -0.0 + (-0.0 - 0.0) differ only in sign.
                    high = random.nextBoolean() ? 0.0 : -0.0;
                    low = random.nextBoolean() ? 0.0 : -0.0;
                }
                else if (mode == 2)
                {
                    price += random.nextGaussian();
                    high = price + random.nextDouble();
                    low = price - random.nextDouble();
                }
                else if (mode == 4)
                {
                    // Near the top of the double range: projections overflow to infinity.
                    high = Double.MAX_VALUE / (1 + random.nextInt(3));
                    low = -high / (1 + random.nextInt(3));
                }
                else if (mode == 5)
                {
                    // Half-unit grid, and closes on projections or between two (zone centers).
                    high = 10 + random.nextInt(8) * 0.5;
                    low = high - random.nextInt(4) * 0.5;
                }
                else
                {
                    // Infinite prices make NaN projections (inf - inf) that enter and leave the ring.
                    final int pick = random.nextInt(10);
                    high = pick == 0 ? Double.POSITIVE_INFINITY : 5 + random.nextInt(3);
                    low = pick == 1 ? Double.NEGATIVE_INFINITY : 2 + random.nextInt(3);
                }
                final double close = mode == 5 ? 9 + random.nextInt(24) * 0.25 : (high + low) / 2;
                lines.update(high, low, close);
                nearestOnly.update(high, low, close);
                ref.update(high, low, close);
                for (final DrummondLines tested : new DrummondLines[] {nearestOnly, lines})
                {
                    assertThat(Double.doubleToRawLongBits(tested.nearestSupportPrice()))
                        .isEqualTo(Double.doubleToRawLongBits(ref.nearest(ref.support, true)));
                    assertThat(tested.nearestSupportStrength()).isEqualTo(ref.nearestStrength(ref.support, true));
                    assertThat(Double.doubleToRawLongBits(tested.nearestResistancePrice()))
                        .isEqualTo(Double.doubleToRawLongBits(ref.nearest(ref.resistance, false)));
                    assertThat(tested.nearestResistanceStrength())
                        .isEqualTo(ref.nearestStrength(ref.resistance, false));
                }
                assertSame(lines, ref, LineType.SUPPORT, ref.support);
                assertSame(lines, ref, LineType.RESISTANCE, ref.resistance);
            }
        }
    }

    private static void assertSame(final DrummondLines lines, final Reference ref, final LineType type, final Side side)
    {
        assertThat(lines.zoneCount(type)).isEqualTo(side.zones);
        for (int i = 0; i < side.zones; i++)
        {
            assertThat(Double.doubleToRawLongBits(lines.zoneLower(type, i)))
                .isEqualTo(Double.doubleToRawLongBits(side.zoneLower[i]));
            assertThat(Double.doubleToRawLongBits(lines.zoneUpper(type, i)))
                .isEqualTo(Double.doubleToRawLongBits(side.zoneUpper[i]));
            assertThat(lines.zoneStrength(type, i)).isEqualTo(side.zoneStrength[i]);
        }
    }

    /** The original DrummondLines clustering: full insertion sort of the ring after every bar. */
    private static final class Reference
    {
        final int lookback;
        final boolean percent;
        final double tolerance;
        final Side support;
        final Side resistance;
        long bars;
        double previousHigh = Double.NaN;
        double previousLow = Double.NaN;
        double close = Double.NaN;

        Reference(final int lookback, final boolean percent, final double tolerance)
        {
            this.lookback = lookback;
            this.percent = percent;
            this.tolerance = tolerance;
            this.support = new Side(lookback);
            this.resistance = new Side(lookback);
        }

        void update(final double high, final double low, final double close)
        {
            bars++;
            this.close = close;
            if (bars > 1)
            {
                final int slot = (int)((bars - 2) % lookback);
                resistance.projections[slot] = high + (high - previousHigh);
                support.projections[slot] = low + (low - previousLow);
                final int kept = (int)Math.min(bars - 1, lookback);
                resistance.cluster(kept, percent, tolerance);
                support.cluster(kept, percent, tolerance);
            }
            previousHigh = high;
            previousLow = low;
        }

        double nearest(final Side s, final boolean below)
        {
            final int best = nearestIndex(s, below);
            return best < 0 ? Double.NaN : (s.zoneLower[best] + s.zoneUpper[best]) / 2.0;
        }

        int nearestStrength(final Side s, final boolean below)
        {
            final int best = nearestIndex(s, below);
            return best < 0 ? 0 : s.zoneStrength[best];
        }

        int nearestIndex(final Side s, final boolean below)
        {
            int best = -1;
            for (int i = 0; i < s.zones; i++)
            {
                final double center = (s.zoneLower[i] + s.zoneUpper[i]) / 2.0;
                if (below && center <= close)
                {
                    best = i;
                }
                else if (below)
                {
                    break;
                }
                if (!below && center >= close)
                {
                    best = i;
                    break;
                }
            }
            return best;
        }
    }

    private static final class Side
    {
        final double[] projections;
        final double[] sorted;
        final double[] zoneLower;
        final double[] zoneUpper;
        final int[] zoneStrength;
        int zones;

        Side(final int lookback)
        {
            projections = new double[lookback];
            sorted = new double[lookback];
            zoneLower = new double[lookback];
            zoneUpper = new double[lookback];
            zoneStrength = new int[lookback];
        }

        void cluster(final int kept, final boolean percent, final double tolerance)
        {
            for (int i = 0; i < kept; i++)
            {
                final double value = projections[i];
                int j = i - 1;
                while (j >= 0 && sorted[j] > value)
                {
                    sorted[j + 1] = sorted[j];
                    j--;
                }
                sorted[j + 1] = value;
            }
            zones = 0;
            for (int i = 0; i < kept; i++)
            {
                final double value = sorted[i];
                if (zones > 0)
                {
                    final double last = sorted[i - 1];
                    final double allowed = percent ? Math.abs(last) * tolerance / 100.0 : tolerance;
                    if (value - last <= allowed)
                    {
                        zoneUpper[zones - 1] = value;
                        zoneStrength[zones - 1]++;
                        continue;
                    }
                }
                zoneLower[zones] = value;
                zoneUpper[zones] = value;
                zoneStrength[zones] = 1;
                zones++;
            }
        }
    }
}
