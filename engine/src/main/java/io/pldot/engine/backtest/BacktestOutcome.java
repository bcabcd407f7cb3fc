package io.pldot.engine.backtest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pldot.engine.app.EventTimeWindow;
import io.pldot.engine.app.ReplayResult;
import io.pldot.engine.backtest.metrics.BacktestResults;
import io.pldot.engine.backtest.report.JsonReportWriter;

import java.util.Map;

/**
 * What one backtest run did and measured: the strategy and its parameters, the window, the
 * pipeline's counts and output hash, the order flow through the risk stage, and the metrics.
 * Immutable.
 *
 * @param strategy       strategy name.
 * @param parameters     its parameters, "key=value, ...".
 * @param analytics      whether the analytics ran.
 * @param window         event-time window of the inputs.
 * @param replay         the pipeline run (counts, output hash, timing).
 * @param fills          fill events (full and partial).
 * @param riskRejects    risk rejects by reason.
 * @param openPositions  positions still open at the end (not in the trade list).
 * @param results        metrics, trades and equity curve.
 */
public record BacktestOutcome(
    String strategy,
    String parameters,
    boolean analytics,
    EventTimeWindow window,
    ReplayResult replay,
    long fills,
    Map<String, Long> riskRejects,
    int openPositions,
    BacktestResults results)
{
    /**
     * The {@code backtest --json} object: everything that depends only on the journal, the config
     * and the code — no wall-clock timing, so two runs print identical JSON.
     *
     * @return the JSON tree: {@code run} then the report's keys.
     */
    public ObjectNode toJson()
    {
        final ObjectNode root = new JsonReportWriter().toTree(results);
        final ObjectNode run = root.objectNode();
        run.put("strategy", strategy);
        run.put("parameters", parameters);
        run.put("analytics", analytics);
        run.put("from", window.fromNanos() == Long.MIN_VALUE ? null : window.fromNanos());
        run.put("to", window.toNanos() == Long.MAX_VALUE ? null : window.toNanos());
        run.put("inputs", replay.inputs());
        run.put("firstEventTime", replay.firstEventTime());
        run.put("lastEventTime", replay.lastEventTime());
        run.put("outputs", replay.outputs());
        run.put("outputHash", replay.outputHash());
        run.put("signals", count("signal"));
        run.put("orders", count("order-intent"));
        run.put("fills", fills);
        final ObjectNode rejects = run.putObject("riskRejects");
        riskRejects.forEach(rejects::put);
        run.put("openPositionsAtEnd", openPositions);
        final ObjectNode ordered = root.objectNode();
        ordered.set("run", run);
        ordered.setAll(root);
        return ordered;
    }

    private long count(final String type)
    {
        final Long n = replay.outputsByType().get(type);
        return n == null ? 0 : n;
    }
}
