package io.pldot.engine.analytics.profile;

import io.pldot.engine.analytics.bar.Bar;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
            final ReferenceProfile expected = reference(window, rowTicks, settings.valueAreaPercent());
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
    private static ReferenceProfile reference(final List<TextBar> window, final BigInteger rowTicks, final int percent)
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
        return ReferenceProfile.of(rows, rowTicks, PRICE_SCALE, percent);
    }

    private static BigInteger ticks(final BigDecimal price)
    {
        return price.movePointRight(PRICE_SCALE).toBigIntegerExact();
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
