package io.pldot.engine.backtest.report;

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
import io.pldot.engine.backtest.metrics.BacktestResults;
import io.pldot.engine.backtest.metrics.ClosedTrade;
import io.pldot.engine.backtest.metrics.Drawdown;
import io.pldot.engine.backtest.metrics.EquityCurve;
import io.pldot.engine.backtest.metrics.MetricsReport;
import io.pldot.engine.backtest.metrics.ReturnStats;
import io.pldot.engine.backtest.metrics.SampleCaveat;
import io.pldot.engine.backtest.metrics.SignalAccuracy;
import io.pldot.engine.backtest.metrics.TradeStats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Writes the backtest results as JSON ({@code report.json}).
 * <p>
 * Deterministic: keys come in a fixed order (the order of this code, not of reflection), numbers are written as the
 * shortest plain decimal that reads back as the same double (no exponent), lines end in {@code \n}; the same results
 * give byte-identical files. Undefined values are {@code null} (never NaN or infinite); an unbounded profit factor is
 * {@code null} with {@code "profitFactorInfinite": true}. Fractions (returns, rates, exposure, drawdown) are
 * fractions, not percentages. Times are epoch nanoseconds, each with an ISO-8601 UTC twin ({@code ...Time}).
 * <p>
 * Stateless; thread-safe.
 */
public final class JsonReportWriter
{
    /** File name inside the report directory. */
    public static final String FILE_NAME = "report.json";
    /** Identifies the layout of the file; bumped when it changes incompatibly. */
    public static final String SCHEMA = "pldot.backtest.report/1";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER = new ObjectMapper()
        .writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")))
        .with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    /**
     * @param results backtest results.
     * @return the JSON tree, keys in their final order.
     */
    public ObjectNode toTree(final BacktestResults results)
    {
        final ObjectNode root = NODES.objectNode();
        root.put("schema", SCHEMA);
        final ObjectNode settings = root.putObject("settings");
        settings.put("periodsPerYear", number(results.settings().periodsPerYear()));
        settings.put("riskFreeRate", number(results.settings().riskFreeRate()));
        root.set("portfolio", metrics(results.portfolio()));
        final ArrayNode perSymbol = root.putArray("perSymbol");
        results.perSymbol().forEach(m -> perSymbol.add(metrics(m)));
        final ObjectNode signals = root.putObject("signalAccuracy");
        signals.set("byConfidence", accuracy(results.signals().byConfidence()));
        signals.set("byType", accuracy(results.signals().byType()));
        final ArrayNode trades = root.putArray("trades");
        results.trades().forEach(t -> trades.add(trade(t)));
        root.set("equityCurve", curve(results.equityCurve()));
        return root;
    }

    /**
     * @param results backtest results.
     * @return the UTF-8 bytes of the file, ending with a newline.
     */
    public byte[] toBytes(final BacktestResults results)
    {
        try
        {
            return (WRITER.writeValueAsString(toTree(results)) + "\n").getBytes(StandardCharsets.UTF_8);
        }
        catch (final JsonProcessingException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@link #FILE_NAME} into a directory (created if needed), replacing any previous file.
     *
     * @param results   backtest results.
     * @param directory report directory.
     * @return the file written.
     * @throws IOException if it cannot be written.
     */
    public Path write(final BacktestResults results, final Path directory) throws IOException
    {
        Files.createDirectories(directory);
        return Files.write(directory.resolve(FILE_NAME), toBytes(results));
    }

    private static ObjectNode metrics(final MetricsReport m)
    {
        final ObjectNode node = NODES.objectNode();
        node.put("scope", m.scope());
        final TradeStats t = m.trades();
        final ObjectNode trades = node.putObject("trades");
        trades.put("tradeCount", t.tradeCount());
        trades.put("winCount", t.winCount());
        trades.put("lossCount", t.lossCount());
        trades.put("netPnl", number(t.netPnl()));
        trades.put("grossPnl", number(t.grossPnl()));
        trades.put("fees", number(t.fees()));
        trades.put("grossWins", number(t.grossWins()));
        trades.put("grossLosses", number(t.grossLosses()));
        trades.put("winRate", number(t.winRate()));
        trades.put("profitFactor", number(t.profitFactor()));
        trades.put("profitFactorInfinite", t.profitFactorInfinite());
        trades.put("expectancy", number(t.expectancy()));
        trades.put("averageWin", number(t.averageWin()));
        trades.put("averageLoss", number(t.averageLoss()));
        trades.put("largestWin", number(t.largestWin()));
        trades.put("largestLoss", number(t.largestLoss()));
        node.put("exposure", number(m.exposure()));
        final ReturnStats r = m.returns();
        if (null == r)
        {
            node.putNull("returns");
        }
        else
        {
            final ObjectNode returns = node.putObject("returns");
            returns.put("startEquity", number(r.startEquity()));
            returns.put("endEquity", number(r.endEquity()));
            returns.put("startTimeNs", r.startTimeNs());
            returns.put("startTime", TextFormat.time(r.startTimeNs()));
            returns.put("endTimeNs", r.endTimeNs());
            returns.put("endTime", TextFormat.time(r.endTimeNs()));
            returns.put("periods", r.periods());
            returns.put("spanDays", number(SampleCaveat.spanDays(r)));
            returns.put("shortSample", SampleCaveat.isShort(r));
            returns.put("caveat", SampleCaveat.note(r));
            returns.put("totalReturn", number(r.totalReturn()));
            returns.put("annualisedReturn", number(r.annualisedReturn()));
            returns.put("volatility", number(r.volatility()));
            returns.put("sharpe", number(r.sharpe()));
            returns.put("sortino", number(r.sortino()));
            returns.put("downsideDeviation", number(r.downsideDeviation()));
        }
        final Drawdown d = m.drawdown();
        if (null == d)
        {
            node.putNull("maxDrawdown");
        }
        else
        {
            final ObjectNode dd = node.putObject("maxDrawdown");
            dd.put("value", number(d.value()));
            dd.put("fraction", number(d.fraction()));
            putTime(dd, "peakTime", d.peakTimeNs());
            putTime(dd, "troughTime", d.troughTimeNs());
            putTime(dd, "recoveryTime", d.recoveryTimeNs());
            dd.put("recovered", d.recovered());
            dd.put("durationNs", d.durationNs());
            dd.put("duration", Duration.ofNanos(d.durationNs()).toString());
        }
        return node;
    }

    private static ArrayNode accuracy(final List<SignalAccuracy> groups)
    {
        final ArrayNode array = NODES.arrayNode();
        for (final SignalAccuracy a : groups)
        {
            final ObjectNode node = array.addObject();
            node.put("group", a.group());
            node.put("count", a.count());
            node.put("wins", a.wins());
            node.put("winRate", number(a.winRate()));
            node.put("meanNetPnl", number(a.meanNetPnl()));
        }
        return array;
    }

    private static ObjectNode trade(final ClosedTrade t)
    {
        final ObjectNode node = NODES.objectNode();
        node.put("symbol", t.symbol());
        node.put("side", t.side().name());
        node.put("entryTimeNs", t.entryTimeNs());
        node.put("entryTime", TextFormat.time(t.entryTimeNs()));
        node.put("entryPrice", number(t.entryPrice()));
        node.put("exitTimeNs", t.exitTimeNs());
        node.put("exitTime", TextFormat.time(t.exitTimeNs()));
        node.put("exitPrice", number(t.exitPrice()));
        node.put("quantity", number(t.quantity()));
        node.put("grossPnl", number(t.grossPnl()));
        node.put("fees", number(t.fees()));
        node.put("netPnl", number(t.netPnl()));
        node.put("signalType", t.signalType());
        node.put("confidence", number(t.confidence()));
        node.put("exitReason", t.exitReason());
        return node;
    }

    private static ObjectNode curve(final EquityCurve curve)
    {
        final ObjectNode node = NODES.objectNode();
        node.put("points", curve.size());
        final ArrayNode times = node.putArray("timeNs");
        final ArrayNode equity = node.putArray("equity");
        for (int i = 0; i < curve.size(); i++)
        {
            times.add(curve.timeNs(i));
            equity.add(number(curve.equity(i)));
        }
        return node;
    }

    private static void putTime(final ObjectNode node, final String name, final Long epochNs)
    {
        if (null == epochNs)
        {
            node.putNull(name + "Ns");
            node.putNull(name);
        }
        else
        {
            node.put(name + "Ns", epochNs.longValue());
            node.put(name, TextFormat.time(epochNs.longValue()));
        }
    }

    private static BigDecimal number(final double value)
    {
        if (!Double.isFinite(value))
        {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        // The shortest decimal that reads back as this double; written without an exponent.
        return BigDecimal.valueOf(value);
    }

    private static BigDecimal number(final Double value)
    {
        return null == value ? null : number(value.doubleValue());
    }
}
