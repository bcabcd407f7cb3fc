package io.pldot.engine.backtest.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The parameter points of a sweep: the cartesian product of a few named value lists.
 *
 * <h2>Options</h2>
 * Each {@code --grid} option names one key and its values, either as a list or as a range:
 * <pre>
 *   fast=5,9,12          the values as written (text, so any strategy parameter works)
 *   slow=20..40:10       a range: from..to:step, both ends inclusive -&gt; 20, 30, 40
 *   stop=0.5..1.5:0.25   decimal ranges are exact (BigDecimal) -&gt; 0.5, 0.75, 1, 1.25, 1.5
 *   slow=20..45:10       the end need not be hit -&gt; 20, 30, 40
 * </pre>
 * Range values are printed as plain decimals without trailing zeros ({@code 1.50} reads {@code 1.5}). A key may
 * appear once; a value at most once per key.
 *
 * <h2>Order of the points</h2>
 * Keys keep the order in which they were given; each key's values keep their written order (ranges ascend). The
 * points are the cartesian product in row-major ("odometer") order: the <em>last</em> key varies fastest. For
 * {@code fast=5,9 slow=20,30}: {@code {5,20} {5,30} {9,20} {9,30}}. This order is the grid index of each point,
 * used by the sweep to order results and break ranking ties, so it is part of the contract. A grid narrowed with
 * {@link #retain} (e.g. to the points a strategy accepts) keeps each remaining point's grid index.
 *
 * <h2>Errors</h2>
 * A malformed option fails with an {@link IllegalArgumentException} whose message names the key (when one can be
 * read) and the bad value, e.g. {@code grid key 'slow': bad range '20..x:5': 'x' is not a number}.
 * <p>
 * Immutable; thread-safe.
 */
public final class ParameterGrid
{
    /** The most points a grid may have: far more than any sane sweep, small enough to list in memory. */
    public static final int MAX_POINTS = 1_000_000;

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");
    private static final String RANGE_SEPARATOR = "..";

    private final Map<String, List<String>> values;
    private final List<Map<String, String>> points;
    /** Grid index of each point, by position; {@code null} when every point of the product is here (index = position). */
    private final int[] gridIndices;

    private ParameterGrid(final Map<String, List<String>> values)
    {
        this.values = values;
        this.points = product(values);
        this.gridIndices = null;
    }

    private ParameterGrid(final Map<String, List<String>> values, final List<Map<String, String>> points,
        final int[] gridIndices)
    {
        this.values = values;
        this.points = points;
        this.gridIndices = gridIndices;
    }

    /**
     * Parses {@code --grid} options.
     *
     * @param options one {@code key=values} text per key, in the order the keys should vary (last fastest).
     * @return the grid.
     * @throws IllegalArgumentException naming the key and the bad value.
     */
    public static ParameterGrid parse(final List<String> options)
    {
        Objects.requireNonNull(options, "options");
        final Map<String, List<String>> values = new LinkedHashMap<>();
        for (final String option : options)
        {
            if (null == option)
            {
                throw new IllegalArgumentException("grid option is null");
            }
            final int eq = option.indexOf('=');
            if (eq < 0)
            {
                throw new IllegalArgumentException(
                    "grid option '" + option + "': expected key=v1,v2,... or key=from..to:step");
            }
            final String key = option.substring(0, eq).trim();
            final List<String> parsed = parseValues(key, option.substring(eq + 1).trim());
            put(values, key, parsed);
        }
        return of(values);
    }

    /**
     * Builds a grid from value lists directly.
     *
     * @param values values per key; iteration order is the key order (use a {@link LinkedHashMap}).
     * @return the grid.
     * @throws IllegalArgumentException on a bad key, an empty list, a blank or repeated value, or too many points.
     */
    public static ParameterGrid of(final Map<String, List<String>> values)
    {
        Objects.requireNonNull(values, "values");
        final Map<String, List<String>> copy = new LinkedHashMap<>();
        for (final Map.Entry<String, List<String>> e : values.entrySet())
        {
            put(copy, e.getKey(), e.getValue());
        }
        long count = 1;
        for (final List<String> list : copy.values())
        {
            count *= list.size();
            if (count > MAX_POINTS)
            {
                throw new IllegalArgumentException("grid has more than " + MAX_POINTS + " points " + copy.keySet());
            }
        }
        return new ParameterGrid(Collections.unmodifiableMap(copy));
    }

    /**
     * @return the keys, in order.
     */
    public List<String> keys()
    {
        return List.copyOf(values.keySet());
    }

    /**
     * @param key a key of the grid.
     * @return its values, in order.
     * @throws IllegalArgumentException when the grid has no such key.
     */
    public List<String> values(final String key)
    {
        final List<String> list = values.get(key);
        if (null == list)
        {
            throw new IllegalArgumentException("grid has no key '" + key + "' (keys: " + values.keySet() + ")");
        }
        return list;
    }

    /**
     * @return the number of points; 1 for a grid with no keys (one run with no parameters).
     */
    public int size()
    {
        return points.size();
    }

    /**
     * @return every point in grid order; each map iterates in key order. Unmodifiable.
     */
    public List<Map<String, String>> points()
    {
        return points;
    }

    /**
     * @param index position, {@code 0 <= index < size()}.
     * @return that point.
     */
    public Map<String, String> point(final int index)
    {
        return points.get(index);
    }

    /**
     * @param index position, {@code 0 <= index < size()}.
     * @return the point's grid index: its position in the full cartesian product (the same as {@code index} unless
     *         the grid was narrowed with {@link #retain}).
     */
    public int gridIndex(final int index)
    {
        Objects.checkIndex(index, points.size());
        return gridIndices == null ? index : gridIndices[index];
    }

    /**
     * @param keep which points to keep.
     * @return a grid of the kept points, in order, each with its grid index unchanged; the value lists stay those of
     *         the full grid.
     */
    public ParameterGrid retain(final Predicate<Map<String, String>> keep)
    {
        Objects.requireNonNull(keep, "keep");
        final List<Map<String, String>> kept = new ArrayList<>();
        final int[] indices = new int[points.size()];
        for (int i = 0; i < points.size(); i++)
        {
            if (keep.test(points.get(i)))
            {
                indices[kept.size()] = gridIndex(i);
                kept.add(points.get(i));
            }
        }
        return new ParameterGrid(values, List.copyOf(kept), Arrays.copyOf(indices, kept.size()));
    }

    @Override
    public String toString()
    {
        return values.toString();
    }

    private static void put(final Map<String, List<String>> into, final String key, final List<String> list)
    {
        if (null == key || !KEY.matcher(key).matches())
        {
            throw new IllegalArgumentException("grid key '" + key + "' is not a valid name (letters, digits, _ . -, " +
                "starting with a letter)");
        }
        if (into.containsKey(key))
        {
            throw new IllegalArgumentException("grid key '" + key + "' is given twice");
        }
        Objects.requireNonNull(list, key);
        if (list.isEmpty())
        {
            throw new IllegalArgumentException("grid key '" + key + "' has no values");
        }
        final Set<String> seen = new LinkedHashSet<>();
        for (final String v : list)
        {
            if (null == v || v.isBlank())
            {
                throw new IllegalArgumentException("grid key '" + key + "': empty value in " + list);
            }
            if (!seen.add(v))
            {
                throw new IllegalArgumentException("grid key '" + key + "': value '" + v + "' is given twice");
            }
        }
        into.put(key, List.copyOf(list));
    }

    private static List<String> parseValues(final String key, final String text)
    {
        if (text.isEmpty())
        {
            throw new IllegalArgumentException("grid key '" + key + "' has no values");
        }
        if (text.contains(RANGE_SEPARATOR))
        {
            return parseRange(key, text);
        }
        final List<String> list = new ArrayList<>();
        for (final String part : text.split(",", -1))
        {
            final String v = part.trim();
            if (v.isEmpty())
            {
                throw new IllegalArgumentException("grid key '" + key + "': empty value in '" + text + "'");
            }
            list.add(v);
        }
        return list;
    }

    private static List<String> parseRange(final String key, final String text)
    {
        final int dots = text.indexOf(RANGE_SEPARATOR);
        final int colon = text.indexOf(':', dots);
        if (colon < 0)
        {
            throw new IllegalArgumentException(
                "grid key '" + key + "': bad range '" + text + "': expected from..to:step, e.g. 5..20:5");
        }
        final BigDecimal from = number(key, text, text.substring(0, dots));
        final BigDecimal to = number(key, text, text.substring(dots + RANGE_SEPARATOR.length(), colon));
        final BigDecimal step = number(key, text, text.substring(colon + 1));
        if (step.signum() <= 0)
        {
            throw new IllegalArgumentException(
                "grid key '" + key + "': bad range '" + text + "': step must be positive");
        }
        if (from.compareTo(to) > 0)
        {
            throw new IllegalArgumentException(
                "grid key '" + key + "': bad range '" + text + "': from is greater than to");
        }
        final BigDecimal count = to.subtract(from).divideToIntegralValue(step).add(BigDecimal.ONE);
        if (count.compareTo(BigDecimal.valueOf(MAX_POINTS)) > 0)
        {
            throw new IllegalArgumentException(
                "grid key '" + key + "': bad range '" + text + "': more than " + MAX_POINTS + " values");
        }
        final List<String> list = new ArrayList<>(count.intValue());
        for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step))
        {
            list.add(plain(v));
        }
        return list;
    }

    private static BigDecimal number(final String key, final String range, final String text)
    {
        try
        {
            return new BigDecimal(text.trim());
        }
        catch (final NumberFormatException e)
        {
            throw new IllegalArgumentException(
                "grid key '" + key + "': bad range '" + range + "': '" + text.trim() + "' is not a number", e);
        }
    }

    private static String plain(final BigDecimal value)
    {
        final BigDecimal stripped = value.stripTrailingZeros();
        // stripTrailingZeros turns 0.0 into 0 but 10 into 1E+1: toPlainString undoes the exponent.
        return stripped.signum() == 0 ? "0" : stripped.toPlainString();
    }

    private static List<Map<String, String>> product(final Map<String, List<String>> values)
    {
        final List<String> keys = List.copyOf(values.keySet());
        int total = 1;
        for (final List<String> list : values.values())
        {
            total *= list.size();
        }
        final List<Map<String, String>> result = new ArrayList<>(total);
        final int[] digits = new int[keys.size()];
        for (int n = 0; n < total; n++)
        {
            final Map<String, String> point = new LinkedHashMap<>();
            for (int k = 0; k < keys.size(); k++)
            {
                point.put(keys.get(k), values.get(keys.get(k)).get(digits[k]));
            }
            result.add(Collections.unmodifiableMap(point));
            // Odometer: the last key turns fastest, carrying into the one before it.
            for (int k = keys.size() - 1; k >= 0; k--)
            {
                if (++digits[k] < values.get(keys.get(k)).size())
                {
                    break;
                }
                digits[k] = 0;
            }
        }
        return Collections.unmodifiableList(result);
    }
}
