package io.pldot.engine.backtest.sweep;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pldot.engine.backtest.metrics.MetricsReport;
import io.pldot.engine.backtest.metrics.TradeStats;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Sweep runs ranked by one metric, as a text table (people) and JSON (machines).
 * <p>
 * The order is {@link SweepMetric#ranking()}: best first, undefined values last, ties by grid index, so the same
 * runs always give the same table. Rank numbers are positions (1, 2, 3...), tied values included.
 * <p>
 * Text: one row per run with the parameters (one column per key, in grid order), the window when the runs are not all
 * over the full range, trades, net P&amp;L (2 decimals), profit factor and Sharpe (4 decimals), max drawdown as a
 * percentage (2 decimals); undefined reads {@code n/a}, an unbounded profit factor {@code ∞}. Numbers are rounded
 * half-even, locale independent.
 * <p>
 * JSON: schema {@value #SCHEMA}; keys in a fixed order; numbers as the shortest decimal that reads back as the same
 * double; undefined values {@code null}; an unbounded profit factor is {@code null} with
 * {@code "profitFactorInfinite": true}; times in epoch nanoseconds with an ISO-8601 UTC twin. Byte-identical for the
 * same runs.
 * <p>
 * Immutable; thread-safe.
 */
public final class SweepTable
{
    /** Identifies the layout of the JSON; bumped when it changes incompatibly. */
    public static final String SCHEMA = "pldot.sweep/1";

    private static final String NA = "n/a";
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER = new ObjectMapper()
        .writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")))
        .with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private final SweepMetric metric;
    private final List<SweepRun> ranked;

    /**
     * @param runs   the runs, in any order.
     * @param metric what to rank by.
     */
    public SweepTable(final List<SweepRun> runs, final SweepMetric metric)
    {
        this.metric = Objects.requireNonNull(metric, "metric");
        final List<SweepRun> sorted = new ArrayList<>(runs);
        sorted.sort(metric.ranking());
        this.ranked = List.copyOf(sorted);
    }

    /**
     * @return what the table is ranked by.
     */
    public SweepMetric metric()
    {
        return metric;
    }

    /**
     * @return the runs, best first.
     */
    public List<SweepRun> ranked()
    {
        return ranked;
    }

    /**
     * @return the text table, a title line then aligned columns, each line ending in {@code \n}.
     */
    public String toText()
    {
        final List<String> keys = keys();
        final boolean windows = ranked.stream().anyMatch(r -> r.window().phase() != SweepRun.Phase.FULL);
        final List<String> header = new ArrayList<>();
        header.add("rank");
        header.addAll(keys);
        if (windows)
        {
            header.add("window");
        }
        header.addAll(List.of("trades", "net P&L", "profit factor", "Sharpe", "max DD"));
        final List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (int i = 0; i < ranked.size(); i++)
        {
            final SweepRun run = ranked.get(i);
            final MetricsReport m = run.metrics();
            final List<String> row = new ArrayList<>();
            row.add(Integer.toString(i + 1));
            keys.forEach(k -> row.add(run.params().getOrDefault(k, "")));
            if (windows)
            {
                row.add(run.window().label());
            }
            row.add(Integer.toString(m.trades().tradeCount()));
            row.add(fixed(m.trades().netPnl(), 2));
            row.add(profitFactor(m.trades()));
            row.add(null == m.returns() ? NA : fixed(m.returns().sharpe(), 4));
            row.add(null == m.drawdown() ? NA : fixed(m.drawdown().fraction() * 100, 2) + " %");
            rows.add(row);
        }
        final int[] widths = new int[header.size()];
        for (final List<String> row : rows)
        {
            for (int c = 0; c < row.size(); c++)
            {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        final StringBuilder out = new StringBuilder();
        out.append("ranked by ").append(metric.option())
            .append(metric.higherIsBetter() ? " (higher is better)" : " (lower is better)")
            .append(", ").append(ranked.size()).append(ranked.size() == 1 ? " run" : " runs").append('\n');
        for (final List<String> row : rows)
        {
            for (int c = 0; c < row.size(); c++)
            {
                // Parameters and the window read left-aligned; counts and metrics right-aligned, as numbers do.
                final boolean left = c > 0 && c <= keys.size() + (windows ? 1 : 0);
                final String cell = row.get(c);
                final String pad = " ".repeat(widths[c] - cell.length());
                out.append(c == 0 ? "" : "  ").append(left ? cell + pad : pad + cell);
            }
            out.append('\n');
        }
        return out.toString().replaceAll(" +\n", "\n");
    }

    /**
     * @return the JSON tree, keys in their final order.
     */
    public ObjectNode toTree()
    {
        final ObjectNode root = NODES.objectNode();
        root.put("schema", SCHEMA);
        root.put("rankedBy", metric.option());
        root.put("higherIsBetter", metric.higherIsBetter());
        root.put("runCount", ranked.size());
        final ArrayNode runs = root.putArray("runs");
        for (int i = 0; i < ranked.size(); i++)
        {
            final SweepRun run = ranked.get(i);
            final MetricsReport m = run.metrics();
            final ObjectNode node = runs.addObject();
            node.put("rank", i + 1);
            node.put("gridIndex", run.gridIndex());
            final ObjectNode params = node.putObject("params");
            run.params().forEach(params::put);
            final ObjectNode window = node.putObject("window");
            window.put("phase", run.window().phase().name());
            if (run.window().fold() < 0)
            {
                window.putNull("fold");
            }
            else
            {
                window.put("fold", run.window().fold());
            }
            window.put("fromNs", run.window().fromNanos());
            window.put("from", time(run.window().fromNanos()));
            window.put("toNs", run.window().toNanos());
            window.put("to", time(run.window().toNanos()));
            final Double value = metric.value(m);
            node.put("value", null == value || value.isInfinite() ? null : number(value));
            final TradeStats t = m.trades();
            node.put("tradeCount", t.tradeCount());
            node.put("netPnl", number(t.netPnl()));
            node.put("profitFactor", null == t.profitFactor() ? null : number(t.profitFactor()));
            node.put("profitFactorInfinite", t.profitFactorInfinite());
            node.put("winRate", null == t.winRate() ? null : number(t.winRate()));
            node.put("sharpe", null == m.returns() || null == m.returns().sharpe()
                ? null : number(m.returns().sharpe()));
            node.put("totalReturn", null == m.returns() ? null : number(m.returns().totalReturn()));
            node.put("maxDrawdown", null == m.drawdown() ? null : number(m.drawdown().fraction()));
        }
        return root;
    }

    /**
     * @return the JSON text, ending with a newline.
     */
    public String toJson()
    {
        try
        {
            return WRITER.writeValueAsString(toTree()) + "\n";
        }
        catch (final JsonProcessingException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> keys()
    {
        final Set<String> keys = new LinkedHashSet<>();
        ranked.stream().sorted((a, b) -> Integer.compare(a.gridIndex(), b.gridIndex()))
            .forEach(r -> keys.addAll(r.params().keySet()));
        return List.copyOf(keys);
    }

    private static String profitFactor(final TradeStats t)
    {
        if (null != t.profitFactor())
        {
            return fixed(t.profitFactor(), 4);
        }
        return t.profitFactorInfinite() ? "∞" : NA;
    }

    private static String fixed(final Double value, final int decimals)
    {
        if (null == value)
        {
            return NA;
        }
        final String text = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        // -0.00 reads as 0.00
        return text.startsWith("-") && text.chars().noneMatch(c -> c >= '1' && c <= '9') ? text.substring(1) : text;
    }

    private static BigDecimal number(final double value)
    {
        // The shortest decimal that reads back as this double; metrics are never NaN or infinite here.
        return BigDecimal.valueOf(value);
    }

    private static String time(final long epochNs)
    {
        return Instant.ofEpochSecond(Math.floorDiv(epochNs, NANOS_PER_SECOND), Math.floorMod(epochNs, NANOS_PER_SECOND))
            .toString();
    }
}
