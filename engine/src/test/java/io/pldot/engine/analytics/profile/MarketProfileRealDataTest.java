package io.pldot.engine.analytics.profile;

import io.pldot.engine.analytics.Bar;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Market profile on the 65 real 30-minute bars of {@code shared/data/google_30min_bars.csv}
 * (beside the project root), checked after every bar against a plain recomputation here: exact
 * decimals and a {@link TreeMap} of the window's rows, rebuilt from scratch each time. Skipped
 * when the file is absent.
 */
class MarketProfileRealDataTest
{
    /** Prices in the file have up to 4 decimals. */
    private static final int PRICE_SCALE = 4;

    /** One bar as text, so the reference never sees a double. */
    private record TextBar(BigDecimal high, BigDecimal low, BigDecimal close, BigDecimal open, BigInteger volume)
    {
    }

    /** What the reference computes for one window. */
    private record Expected(
        BigDecimal poc, BigDecimal valueAreaHigh, BigDecimal valueAreaLow, ProfileShape shape, BigInteger total)
    {
    }

    @Test
    void shouldMatchReferenceOnRealBarsWithDefaultWindowAndHalfDollarRows()
    {
        final List<ProfileShape> shapes = check(new MarketProfileSettings(50, 5000, 1024, 32, 70));
        // The data is not trivial for the shape rule: several shapes show up along the way.
        assertThat(shapes).contains(ProfileShape.BALANCED, ProfileShape.P_SHAPE, ProfileShape.B_SHAPE);
    }

    @Test
    void shouldMatchReferenceOnRealBarsWithShortWindowAndTenCentRows()
    {
        final List<ProfileShape> shapes = check(new MarketProfileSettings(10, 1000, 1024, 128, 70));
        assertThat(shapes).contains(ProfileShape.BALANCED, ProfileShape.P_SHAPE, ProfileShape.B_SHAPE);
    }

    @Test
    void shouldMatchReferenceOnRealBarsWithOneBarWindowAndOneCentRows()
    {
        // A single bar: its own even spread, up to 828 rows; the remainder sits at the centre, so
        // every bar on its own is balanced.
        final List<ProfileShape> shapes = check(new MarketProfileSettings(1, 100, 4096, 1024, 70));
        assertThat(shapes).containsOnly(ProfileShape.BALANCED);
    }

    private static List<ProfileShape> check(final MarketProfileSettings settings)
    {
        final List<TextBar> bars = load();
        assertThat(bars).hasSize(65);
        final MarketProfile profile = new MarketProfile(settings, PRICE_SCALE, 0);
        final Bar bar = new Bar();
        final BigInteger rowTicks = BigInteger.valueOf(settings.rowTicks());
        final List<ProfileShape> shapes = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++)
        {
            final TextBar b = bars.get(i);
            profile.update(bar.set(i, i + 1L, b.open().doubleValue(), b.high().doubleValue(),
                b.low().doubleValue(), b.close().doubleValue(), b.volume().doubleValue()));
            final List<TextBar> window = bars.subList(Math.max(0, i + 1 - settings.windowBars()), i + 1);
            final Expected expected = reference(window, rowTicks, settings.valueAreaPercent());
            final String at = "after bar " + i;
            assertThat(profile.totalVolume()).as(at).isEqualTo(expected.total().doubleValue());
            assertThat(profile.poc()).as(at).isEqualTo(expected.poc().doubleValue());
            assertThat(profile.valueAreaHigh()).as(at).isEqualTo(expected.valueAreaHigh().doubleValue());
            assertThat(profile.valueAreaLow()).as(at).isEqualTo(expected.valueAreaLow().doubleValue());
            assertThat(profile.shape()).as(at).isEqualTo(expected.shape());
            shapes.add(profile.shape());
        }
        assertThat(profile.mergedCount()).isZero();
        assertThat(profile.barCount()).isEqualTo(Math.min(65, settings.windowBars()));
        return shapes;
    }

    /** The profile of a window, recomputed from nothing with exact arithmetic. */
    private static Expected reference(final List<TextBar> window, final BigInteger rowTicks, final int percent)
    {
        final TreeMap<BigInteger, BigInteger> rows = new TreeMap<>();
        for (final TextBar b : window)
        {
            final BigInteger low = ticks(b.low()).divide(rowTicks);   // prices are positive: divide = floor
            final BigInteger high = ticks(b.high()).divide(rowTicks);
            final BigInteger count = high.subtract(low).add(BigInteger.ONE);
            final BigInteger[] shareAndRest = b.volume().divideAndRemainder(count);
            // The remainder: one unit each to the rows whose distance from the middle of the bar's
            // range (in half rows) is smallest, the upper one first on a tie.
            final List<BigInteger> byCentre = new ArrayList<>();
            for (BigInteger k = BigInteger.ZERO; k.compareTo(count) < 0; k = k.add(BigInteger.ONE))
            {
                byCentre.add(k);
            }
            final BigInteger twiceCentre = count.subtract(BigInteger.ONE);
            byCentre.sort((x, y) ->
            {
                final int byDistance = x.shiftLeft(1).subtract(twiceCentre).abs()
                    .compareTo(y.shiftLeft(1).subtract(twiceCentre).abs());
                return byDistance != 0 ? byDistance : y.compareTo(x);
            });
            final Set<BigInteger> extra = new HashSet<>(byCentre.subList(0, shareAndRest[1].intValueExact()));
            for (BigInteger k = BigInteger.ZERO; k.compareTo(count) < 0; k = k.add(BigInteger.ONE))
            {
                final BigInteger add = extra.contains(k) ? shareAndRest[0].add(BigInteger.ONE) : shareAndRest[0];
                if (add.signum() > 0)
                {
                    rows.merge(low.add(k), add, BigInteger::add);
                }
            }
        }
        final BigInteger total = rows.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        final BigInteger twiceMiddle = rows.firstKey().add(rows.lastKey());

        BigInteger poc = null;
        for (final Map.Entry<BigInteger, BigInteger> e : rows.entrySet())
        {
            if (poc == null)
            {
                poc = e.getKey();
                continue;
            }
            final int byVolume = e.getValue().compareTo(rows.get(poc));
            final int byDistance = e.getKey().shiftLeft(1).subtract(twiceMiddle).abs()
                .compareTo(poc.shiftLeft(1).subtract(twiceMiddle).abs());
            if (byVolume > 0 || (byVolume == 0 && byDistance <= 0))
            {
                poc = e.getKey();
            }
        }

        BigInteger low = poc;
        BigInteger high = poc;
        BigInteger area = rows.get(poc);
        final BigInteger needed = total.multiply(BigInteger.valueOf(percent));
        while (area.multiply(BigInteger.valueOf(100)).compareTo(needed) < 0)
        {
            final BigInteger up = rows.higherKey(high);
            final BigInteger down = rows.lowerKey(low);
            if (up != null && (down == null || rows.get(up).compareTo(rows.get(down)) >= 0))
            {
                high = up;
                area = area.add(rows.get(up));
            }
            else
            {
                low = down;
                area = area.add(rows.get(down));
            }
        }

        return new Expected(price(poc, rowTicks), price(high, rowTicks), price(low, rowTicks),
            shape(rows, poc), total);
    }

    /** The shape rules of {@link ProfileShape}, on the reference rows. */
    private static ProfileShape shape(final TreeMap<BigInteger, BigInteger> rows, final BigInteger poc)
    {
        final BigInteger first = rows.firstKey();
        final BigInteger n = rows.lastKey().subtract(first).add(BigInteger.ONE);
        if (n.compareTo(BigInteger.valueOf(3)) < 0)
        {
            return ProfileShape.BALANCED;
        }
        final BigInteger[] thirds = {BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO};
        for (final Map.Entry<BigInteger, BigInteger> e : rows.entrySet())
        {
            final int third = third(e.getKey(), first, n);
            thirds[third] = thirds[third].add(e.getValue());
        }
        final BigInteger twiceMiddle = thirds[1].shiftLeft(1);
        if (thirds[0].compareTo(twiceMiddle) > 0 && thirds[2].compareTo(twiceMiddle) > 0)
        {
            return ProfileShape.DOUBLE_DISTRIBUTION;
        }
        final int pocThird = third(poc, first, n);
        return pocThird == 2 ? ProfileShape.P_SHAPE : pocThird == 0 ? ProfileShape.B_SHAPE : ProfileShape.BALANCED;
    }

    private static int third(final BigInteger row, final BigInteger first, final BigInteger n)
    {
        return row.subtract(first).multiply(BigInteger.valueOf(3)).divide(n).intValueExact();
    }

    private static BigInteger ticks(final BigDecimal price)
    {
        return price.movePointRight(PRICE_SCALE).toBigIntegerExact();
    }

    private static BigDecimal price(final BigInteger row, final BigInteger rowTicks)
    {
        return new BigDecimal(row.multiply(rowTicks)).movePointLeft(PRICE_SCALE);
    }

    private static List<TextBar> load()
    {
        final Path file = findData("google_30min_bars.csv");
        assumeTrue(file != null, "shared/data/google_30min_bars.csv not found beside the project; skipped");
        try
        {
            final List<String> lines = Files.readAllLines(file);
            assertThat(lines.get(0)).isEqualTo("Timestamp,Close,High,Low,Open,Volume");
            final List<TextBar> bars = new ArrayList<>();
            for (final String line : lines.subList(1, lines.size()))
            {
                if (line.isBlank())
                {
                    continue;
                }
                final String[] f = line.split(",");
                bars.add(new TextBar(new BigDecimal(f[2]), new BigDecimal(f[3]), new BigDecimal(f[1]),
                    new BigDecimal(f[4]), new BigDecimal(f[5]).toBigIntegerExact()));
            }
            return bars;
        }
        catch (final IOException e)
        {
            throw new IllegalStateException(e);
        }
    }

    /** Walks up from the working directory to a folder holding {@code shared/data/<name>}. */
    private static Path findData(final String name)
    {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent())
        {
            final Path candidate = dir.resolve("shared").resolve("data").resolve(name);
            if (Files.isRegularFile(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
