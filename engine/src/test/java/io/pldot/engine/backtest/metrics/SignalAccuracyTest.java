package io.pldot.engine.backtest.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.withinPercentage;

class SignalAccuracyTest
{
    @Test
    void shouldPutEdgeValuesInBucketStartingThere()
    {
        final ConfidenceBuckets b = ConfidenceBuckets.defaults();

        assertThat(b.count()).isEqualTo(6);
        assertThat(b.indexOf(0.0)).isZero();
        assertThat(b.indexOf(0.4999999999)).isZero();
        assertThat(b.indexOf(0.5)).isEqualTo(1);
        assertThat(b.indexOf(0.5999999999)).isEqualTo(1);
        assertThat(b.indexOf(0.6)).isEqualTo(2);
        assertThat(b.label(2)).isEqualTo("[0.60, 0.70)");
        assertThat(b.indexOf(0.9)).isEqualTo(5);
        assertThat(b.indexOf(1.0)).isEqualTo(5);
        assertThat(b.label(5)).isEqualTo("[0.90, 1.00]");
    }

    @Test
    void shouldRefuseBadEdgesAndConfidence()
    {
        assertThatThrownBy(() -> new ConfidenceBuckets(0.5, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConfidenceBuckets(0.0, 0.9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConfidenceBuckets(0.0, 0.5, 0.5, 1.0))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConfidenceBuckets.defaults().indexOf(1.01))
            .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The five trades of {@link TradeStatsTest}: 0.55 (+100), 0.60 (-50), 0.72 (+30), 0.90 (-20), 1.00 (0).
     * EXHAUST: B, E: 2 trades, 0 wins, mean (-50 + 0) / 2 = -25. PUSH: A, C, D: 3, 2 wins, mean 110 / 3.
     */
    @Test
    void shouldGroupByConfidenceBucketAndType()
    {
        final SignalAccuracyReport r =
            SignalAccuracy.compute(TradeStatsTest.fiveTrades(), ConfidenceBuckets.defaults());

        assertThat(r.byConfidence())
            .extracting(SignalAccuracy::group, SignalAccuracy::count, SignalAccuracy::wins, SignalAccuracy::winRate,
                SignalAccuracy::meanNetPnl)
            .containsExactly(
                tuple("[0.00, 0.50)", 0, 0, null, null),
                tuple("[0.50, 0.60)", 1, 1, 1.0, 100.0),
                tuple("[0.60, 0.70)", 1, 0, 0.0, -50.0),
                tuple("[0.70, 0.80)", 1, 1, 1.0, 30.0),
                tuple("[0.80, 0.90)", 0, 0, null, null),
                tuple("[0.90, 1.00]", 2, 0, 0.0, -10.0));
        assertThat(r.byType()).extracting(SignalAccuracy::group).containsExactly("EXHAUST", "PUSH");
        final SignalAccuracy exhaust = r.byType().get(0);
        assertThat(exhaust.count()).isEqualTo(2);
        assertThat(exhaust.wins()).isZero();
        assertThat(exhaust.meanNetPnl()).isEqualTo(-25);
        final SignalAccuracy push = r.byType().get(1);
        assertThat(push.count()).isEqualTo(3);
        assertThat(push.wins()).isEqualTo(2);
        assertThat(push.winRate()).isCloseTo(2.0 / 3, withinPercentage(1e-10));
        assertThat(push.meanNetPnl()).isCloseTo(110.0 / 3, withinPercentage(1e-10));
    }

    @Test
    void shouldUseConfiguredBuckets()
    {
        final ConfidenceBuckets halves = new ConfidenceBuckets(0.0, 0.6, 1.0);

        final SignalAccuracyReport r = SignalAccuracy.compute(TradeStatsTest.fiveTrades(), halves);

        // 0.55 below 0.6; 0.6, 0.72, 0.9, 1.0 from 0.6 up.
        assertThat(r.byConfidence()).extracting(SignalAccuracy::count).containsExactly(1, 4);
    }

    @Test
    void shouldReportEmptyBucketsWithoutTrades()
    {
        final SignalAccuracyReport r = SignalAccuracy.compute(List.of(), ConfidenceBuckets.defaults());

        assertThat(r.byConfidence()).hasSize(6).allSatisfy(a -> assertThat(a.winRate()).isNull());
        assertThat(r.byType()).isEmpty();
    }
}
