package io.pldot.engine.analytics.profile;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trade path on seeded random walks, checked after every bar against {@link ReferenceProfile}
 * over a plain list of the window's bars. The walks cross zero (negative prices, floor rows) and
 * drift far enough that the profile's row ring wraps many times; bounds are wide enough that
 * nothing is merged, so the profile must match exactly.
 */
class MarketProfileRandomTest
{
    @Test
    void shouldMatchReferenceOnRandomTradeWalks()
    {
        for (long seed = 1; seed <= 20; seed++)
        {
            walk(seed, new MarketProfileSettings(7, 3, 256, 64, 70), 1_000);
            walk(seed, new MarketProfileSettings(1, 1, 512, 128, 70), 1_000);
            walk(seed, new MarketProfileSettings(30, 5, 256, 32, 55), 1_000);
        }
    }

    private static void walk(final long seed, final MarketProfileSettings settings, final int bars)
    {
        final SplittableRandom random = new SplittableRandom(seed);
        final MarketProfile profile = new MarketProfile(settings, 2, 0);
        final Deque<Map<Long, Long>> window = new ArrayDeque<>();
        final long rowTicks = settings.rowTicks();
        final long start = -2_000 + random.nextInt(500);
        long price = start;
        for (int b = 0; b < bars; b++)
        {
            final Map<Long, Long> bar = new TreeMap<>();
            final int trades = random.nextInt(0, 25);
            for (int t = 0; t < trades; t++)
            {
                price += random.nextInt(-3, 5); // drifts up half a tick per trade
                final long quantity = random.nextInt(1, 6) == 1 ? 0 : random.nextLong(1, 1_000);
                profile.onTrade(price, quantity);
                bar.merge(Math.floorDiv(price, rowTicks), quantity, Long::sum);
            }
            profile.closeBar();
            window.addLast(bar);
            if (window.size() > settings.windowBars())
            {
                window.removeFirst();
            }
            final TreeMap<BigInteger, BigInteger> rows = new TreeMap<>();
            for (final Map<Long, Long> w : window)
            {
                w.forEach((row, volume) ->
                {
                    if (volume > 0)
                    {
                        rows.merge(BigInteger.valueOf(row), BigInteger.valueOf(volume), BigInteger::add);
                    }
                });
            }
            final String at = "seed " + seed + " " + settings + " bar " + b;
            assertThat(profile.mergedCount()).as(at).isZero();
            if (rows.isEmpty())
            {
                assertThat(profile.poc()).as(at).isNaN();
                assertThat(profile.shape()).as(at).isNull();
                continue;
            }
            final ReferenceProfile expected =
                ReferenceProfile.of(rows, BigInteger.valueOf(rowTicks), 2, settings.valueAreaPercent());
            assertThat(profile.totalVolume()).as(at).isEqualTo(expected.total().doubleValue());
            assertThat(profile.poc()).as(at).isEqualTo(expected.poc().doubleValue());
            assertThat(profile.valueAreaHigh()).as(at).isEqualTo(expected.valueAreaHigh().doubleValue());
            assertThat(profile.valueAreaLow()).as(at).isEqualTo(expected.valueAreaLow().doubleValue());
            assertThat(profile.shape()).as(at).isEqualTo(expected.shape());
        }
        // From below zero to above it, across more rows than the ring holds.
        assertThat(start).isNegative();
        assertThat(price).isPositive();
        assertThat((price - start) / rowTicks).isGreaterThan(settings.maxRows());
    }
}
