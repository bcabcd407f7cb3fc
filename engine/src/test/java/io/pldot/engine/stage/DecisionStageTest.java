package io.pldot.engine.stage;

import io.pldot.engine.TestEngine;
import io.pldot.engine.decision.strategy.StrategySettings;
import io.pldot.engine.decision.strategy.ParameterDescriptor;
import io.pldot.engine.decision.strategy.StrategyDefinition;
import io.pldot.engine.decision.strategy.StrategyParameters;
import io.pldot.engine.event.RingSlot;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.SignalDescriptor;
import io.pldot.journal.schema.TradingCodes;
import io.pldot.journal.schema.TradingCodes.SignalType;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.pldot.engine.decision.DecisionSlots.SECOND;
import static io.pldot.engine.decision.DecisionSlots.T0;
import static io.pldot.engine.decision.DecisionSlots.candle;
import static io.pldot.engine.decision.DecisionSlots.input;
import static io.pldot.engine.decision.DecisionSlots.signals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The decision stage on slots filled as the candle (and analytics) stages would fill them.
 */
class DecisionStageTest
{
    private static final int[] TIMEFRAMES = {60, 300, 900, 3600};
    private static final int BTCUSD = 1;
    private static final int ETHUSDT = 3;

    private InstrumentRegistry registry;
    private RingSlot slot;
    private long sequence;

    @BeforeEach
    void setUp()
    {
        registry = TestEngine.shippedConfig().registry();
        slot = new RingSlot(16 * 1024);
    }

    @Test
    void shouldWriteAnEmaCrossSignalWithTheTradingBarsCloseAndTheInputsIdentity()
    {
        final DecisionStage stage = new DecisionStage(registry, TIMEFRAMES,
            StrategySettings.of("ema-cross", Map.of("fast", "1", "slow", "2")));
        // Closes 100.00, 100.00, 100.00, 70.00, 110.00 (fixed point, scale 2): a cross up on the
        // fifth bar (fast 110 > slow 80 + (110-80)*2/3 = 100; bar 3 had 70 < 80).
        final long[] closes = {10_000, 10_000, 10_000, 7_000, 11_000};
        List<UnsafeBuffer> out = List.of();
        for (int i = 0; i < closes.length; i++)
        {
            final long close = T0 + (i + 1) * 300 * SECOND;
            input(slot, ++sequence, close + SECOND, BTCUSD);
            candle(slot, BTCUSD, 60, close - 60 * SECOND, closes[i]);
            candle(slot, BTCUSD, 300, close - 300 * SECOND, closes[i]);
            stage.onEvent(slot, true);
            out = signals(slot);
            assertThat(out).hasSize(i == 4 ? 1 : 0);
        }
        final UnsafeBuffer signal = out.get(0);
        assertThat(RecordHeaderDescriptor.sequence(signal, 0)).isEqualTo(5);
        assertThat(RecordHeaderDescriptor.tsEvent(signal, 0)).isEqualTo(T0 + 1501 * SECOND);
        assertThat(SignalDescriptor.TYPE.get(signal, 0)).isEqualTo(SignalType.LONG.code());
        assertThat(SignalDescriptor.STRATEGY.get(signal, 0)).isEqualTo(3);
        assertThat(SignalDescriptor.RANK.get(signal, 0)).isEqualTo(1);
        assertThat(SignalDescriptor.INSTRUMENT_ID.get(signal, 0)).isEqualTo(BTCUSD);
        assertThat(SignalDescriptor.TIMEFRAME_SECONDS.get(signal, 0)).isEqualTo(300);
        assertThat(SignalDescriptor.ENTRY_PRICE.get(signal, 0)).isEqualTo(11_000);
        assertThat(SignalDescriptor.STOP_PRICE.get(signal, 0)).isZero();
        assertThat(SignalDescriptor.BAR_TIME.get(signal, 0)).isEqualTo(T0 + 1200 * SECOND);
        assertThat(stage.signalsEmitted()).isEqualTo(1);
        assertThat(stage.decisions()).isEqualTo(5);
    }

    @Test
    void shouldDecideOnlyOnTheTradingTimeframe()
    {
        final DecisionStage stage = new DecisionStage(registry, TIMEFRAMES,
            StrategySettings.of("ema-cross", Map.of("fast", "1", "slow", "2")));
        input(slot, ++sequence, T0 + 61 * SECOND, BTCUSD);
        candle(slot, BTCUSD, 60, T0, 10_000);
        candle(slot, ETHUSDT, 900, T0, 10_000);
        stage.onEvent(slot, true);
        assertThat(stage.decisions()).isZero();
    }

    @Test
    void shouldRankCompetingSignalsAndSuppressRepeatsWithinTheWindow()
    {
        final DecisionStage stage = new DecisionStage(registry, TIMEFRAMES, fixed(3_600 * SECOND, false));
        // Every bar the fixed strategy proposes EXIT_LONG (strength 0.2) then SHORT (strength 0.9).
        input(slot, ++sequence, T0 + 301 * SECOND, ETHUSDT);
        candle(slot, ETHUSDT, 300, T0, 200_000);
        stage.onEvent(slot, true);
        final List<UnsafeBuffer> first = signals(slot);
        assertThat(first).extracting(b -> SignalType.of(SignalDescriptor.TYPE.get(b, 0)))
            .containsExactly(SignalType.SHORT, SignalType.EXIT_LONG);
        assertThat(first).extracting(b -> SignalDescriptor.RANK.get(b, 0)).containsExactly(1, 2);
        assertThat(SignalDescriptor.RISK_LEVEL.get(first.get(0), 0)).isEqualTo(TradingCodes.RiskLevel.MEDIUM.code());
        // 55 minutes later: both repeat within the hour -> suppressed.
        input(slot, ++sequence, T0 + 3601 * SECOND, ETHUSDT);
        candle(slot, ETHUSDT, 300, T0 + 3300 * SECOND, 200_000);
        stage.onEvent(slot, true);
        assertThat(signals(slot)).isEmpty();
        assertThat(stage.duplicatesSuppressed()).isEqualTo(2);
        // An hour after the first: emitted again.
        input(slot, ++sequence, T0 + 3901 * SECOND, ETHUSDT);
        candle(slot, ETHUSDT, 300, T0 + 3600 * SECOND, 200_000);
        stage.onEvent(slot, true);
        assertThat(signals(slot)).hasSize(2);
        assertThat(stage.signalsEmitted()).isEqualTo(4);
    }

    @Test
    void shouldSkipAndCountBarsWithoutASnapshotWhenTheStrategyNeedsAnalytics()
    {
        final DecisionStage stage = new DecisionStage(registry, TIMEFRAMES, fixed(0, true));
        input(slot, ++sequence, T0 + 301 * SECOND, BTCUSD);
        candle(slot, BTCUSD, 300, T0, 10_000);
        stage.onEvent(slot, true);
        assertThat(stage.barsWithoutSnapshot()).isEqualTo(1);
        assertThat(stage.decisions()).isZero();
    }

    @Test
    void shouldRefuseATimeframeThatIsNotACandleTimeframe()
    {
        final StrategySettings emaOn2m = StrategySettings.of("ema-cross", Map.of());
        assertThatThrownBy(() -> new DecisionStage(registry, TIMEFRAMES, new StrategySettings(emaOn2m.parameters(), 120,
            3600, 60, 0)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("strategy.timeframes.trading 2m is not a candle timeframe (candles.timeframes: [1m, 5m, 15m, 1h])");
    }

    /** A strategy that proposes the same two signals on every bar. */
    private static StrategySettings fixed(final long window, final boolean needsAnalytics)
    {
        final StrategyDefinition definition = new StrategyDefinition("fixed", 9, "test", needsAnalytics, false,
            List.<ParameterDescriptor>of(), null, (p, n) -> (view, out) ->
            {
                final int exit = out.add(SignalType.EXIT_LONG, view.trading().closeFixed());
                out.scores(exit, 0.5, 0.2, 0.5, 0, 0);
                final int entry = out.add(SignalType.SHORT, view.trading().closeFixed());
                out.scores(entry, 0.5, 0.9, 0.5, 0, 0);
                out.context(entry, TradingCodes.RiskLevel.MEDIUM, 0, 0, 0, 0, Double.NaN);
            });
        return new StrategySettings(StrategyParameters.defaults(definition), 300, 3600, 60, window);
    }
}
