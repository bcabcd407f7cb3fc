package io.pldot.engine.backtest.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pldot.engine.backtest.metrics.MetricsReport;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SweepTableTest
{
    private static final SweepRun.Window FULL = new SweepRun.Window(SweepRun.Phase.FULL, -1, 0, 60_000_000_000L);

    /**
     * <pre>
     * index  point            net    Sharpe  gross wins / losses = PF   max DD
     *   0    fast 5, slow 20   50    0.5     150 / 100 = 1.5            10 %
     *   1    fast 5, slow 30  300    n/a     300 / 0   = ∞              n/a (no equity curve)
     *   2    fast 9, slow 20  125    1.25    225 / 100 = 2.25            5 %
     *   3    fast 9, slow 30  -40    0.5      60 / 100 = 0.6            20 %
     * </pre>
     */
    private static final List<SweepRun> RUNS = List.of(
        run(0, "5", "20", FakeReports.report(50, 0.5, 150, 100, 0.10)),
        run(1, "5", "30", FakeReports.report(300, null, 300, 0, null)),
        run(2, "9", "20", FakeReports.report(125, 1.25, 225, 100, 0.05)),
        run(3, "9", "30", FakeReports.report(-40, 0.5, 60, 100, 0.20)));

    @Test
    void shouldRankBySharpeWithTiesByGridIndexAndUndefinedLast()
    {
        assertThat(indices(new SweepTable(RUNS, SweepMetric.SHARPE))).containsExactly(2, 0, 3, 1);
    }

    @Test
    void shouldRankByNetPnl()
    {
        assertThat(indices(new SweepTable(RUNS, SweepMetric.NET_PNL))).containsExactly(1, 2, 0, 3);
    }

    @Test
    void shouldRankUnboundedProfitFactorFirst()
    {
        assertThat(indices(new SweepTable(RUNS, SweepMetric.PROFIT_FACTOR))).containsExactly(1, 2, 0, 3);
    }

    @Test
    void shouldRankSmallestDrawdownFirst()
    {
        assertThat(indices(new SweepTable(RUNS, SweepMetric.MAX_DRAWDOWN))).containsExactly(2, 0, 3, 1);
    }

    @Test
    void shouldRankIndependentlyOfInputOrder()
    {
        final List<SweepRun> shuffled = new ArrayList<>(RUNS);
        Collections.shuffle(shuffled, new Random(7));

        for (final SweepMetric metric : SweepMetric.values())
        {
            assertThat(new SweepTable(shuffled, metric).toJson()).isEqualTo(new SweepTable(RUNS, metric).toJson());
        }
    }

    @Test
    void shouldPrintAlignedTextTable()
    {
        final String text = new SweepTable(RUNS, SweepMetric.SHARPE).toText();

        assertThat(text).isEqualTo(
            "ranked by sharpe (higher is better), 4 runs\n" +
            "rank  fast  slow  trades  net P&L  profit factor  Sharpe   max DD\n" +
            "   1  9     20         2   125.00         2.2500  1.2500   5.00 %\n" +
            "   2  5     20         2    50.00         1.5000  0.5000  10.00 %\n" +
            "   3  9     30         2   -40.00         0.6000  0.5000  20.00 %\n" +
            "   4  5     30         1   300.00              ∞     n/a      n/a\n");
    }

    @Test
    void shouldShowWindowColumnForWalkForwardRuns()
    {
        final List<SweepRun> runs = List.of(
            new SweepRun(0, Map.of("n", "1"), new SweepRun.Window(SweepRun.Phase.OUT_OF_SAMPLE, 0, 10, 20),
                FakeReports.sharpe(1)),
            new SweepRun(0, Map.of("n", "1"), new SweepRun.Window(SweepRun.Phase.OUT_OF_SAMPLE, 1, 20, 30),
                FakeReports.sharpe(1)));

        final String text = new SweepTable(runs, SweepMetric.MAX_DRAWDOWN).toText();

        assertThat(text).isEqualTo(
            "ranked by max-drawdown (lower is better), 2 runs\n" +
            "rank  n  window  trades  net P&L  profit factor  Sharpe   max DD\n" +
            "   1  1  oos#0        2   100.00         2.0000  1.0000  10.00 %\n" +
            "   2  1  oos#1        2   100.00         2.0000  1.0000  10.00 %\n");
    }

    @Test
    void shouldWriteJsonWithRanksParamsWindowAndMetrics() throws Exception
    {
        final JsonNode root = new ObjectMapper().readTree(new SweepTable(RUNS, SweepMetric.PROFIT_FACTOR).toJson());

        assertThat(root.get("schema").asText()).isEqualTo("pldot.sweep/1");
        assertThat(root.get("rankedBy").asText()).isEqualTo("profit-factor");
        assertThat(root.get("higherIsBetter").asBoolean()).isTrue();
        assertThat(root.get("runCount").asInt()).isEqualTo(4);
        final JsonNode first = root.get("runs").get(0);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("gridIndex").asInt()).isEqualTo(1);
        assertThat(first.get("params").toString()).isEqualTo("{\"fast\":\"5\",\"slow\":\"30\"}");
        assertThat(first.get("window").get("phase").asText()).isEqualTo("FULL");
        assertThat(first.get("window").get("fold").isNull()).isTrue();
        assertThat(first.get("window").get("to").asText()).isEqualTo("1970-01-01T00:01:00Z");
        assertThat(first.get("value").isNull()).isTrue();
        assertThat(first.get("profitFactor").isNull()).isTrue();
        assertThat(first.get("profitFactorInfinite").asBoolean()).isTrue();
        assertThat(first.get("sharpe").isNull()).isTrue();
        assertThat(first.get("maxDrawdown").isNull()).isTrue();
        final JsonNode second = root.get("runs").get(1);
        assertThat(second.get("gridIndex").asInt()).isEqualTo(2);
        assertThat(second.get("value").decimalValue()).isEqualByComparingTo("2.25");
        assertThat(second.get("netPnl").decimalValue()).isEqualByComparingTo("125");
        assertThat(second.get("sharpe").decimalValue()).isEqualByComparingTo("1.25");
        assertThat(second.get("maxDrawdown").decimalValue()).isEqualByComparingTo("0.05");
        assertThat(second.get("tradeCount").asInt()).isEqualTo(2);
    }

    @Test
    void shouldParseMetricNamesAndNameKnownOnes()
    {
        assertThat(SweepMetric.parse("sharpe")).isEqualTo(SweepMetric.SHARPE);
        assertThat(SweepMetric.parse("NET_PNL")).isEqualTo(SweepMetric.NET_PNL);
        assertThat(SweepMetric.parse(" profit-factor ")).isEqualTo(SweepMetric.PROFIT_FACTOR);
        assertThat(SweepMetric.parse("max-drawdown")).isEqualTo(SweepMetric.MAX_DRAWDOWN);
        assertThatThrownBy(() -> SweepMetric.parse("sortino"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("unknown ranking metric 'sortino' (known: sharpe, net-pnl, profit-factor, max-drawdown)");
    }

    private static SweepRun run(final int index, final String fast, final String slow,
        final MetricsReport report)
    {
        final Map<String, String> params = new LinkedHashMap<>();
        params.put("fast", fast);
        params.put("slow", slow);
        return new SweepRun(index, params, FULL, report);
    }

    private static List<Integer> indices(final SweepTable table)
    {
        return table.ranked().stream().map(SweepRun::gridIndex).toList();
    }
}
