package io.pldot.bench;

import io.pldot.engine.config.EngineConfig;
import io.pldot.engine.config.StrategyConfig;
import io.pldot.engine.event.RingSlot;
import io.pldot.engine.pipeline.StageChain;
import io.pldot.engine.stage.AnalyticsStage;
import io.pldot.engine.stage.CandleStage;
import io.pldot.engine.stage.DecisionStage;
import io.pldot.engine.stage.OutputListener;
import io.pldot.engine.stage.RiskStage;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.Arrays;
import java.util.Map;

/**
 * The business thread of a backtest without the ring: the stages {@code Pipeline} fuses on one
 * thread in the shared layout — candles, analytics, decision (D), risk with the simulated venue
 * (R) — called one after another on one {@link RingSlot}, as a {@code StageHandler} calls them,
 * minus journaling (O). Built by the benchmarks, the profiling harness and the smoke test.
 * Not thread-safe.
 */
final class BacktestChain
{
    /** The chains the benchmarks compare; each adds one stage to the one before. */
    enum Kind
    {
        /** The candle stage alone. */
        CANDLES("candles", false, null, false),
        /** Candles and every analytics component at its defaults. */
        CANDLES_ANALYTICS("candles+A", true, null, false),
        /** Plus stage D with drummond-mtf, no risk stage (its signals go nowhere). */
        CANDLES_ANALYTICS_DECISION("candles+A+D", true, "drummond-mtf", false),
        /** The default backtest: candles, analytics, drummond-mtf, risk and venue defaults. */
        DRUMMOND_MTF("drummond-mtf", true, "drummond-mtf", true),
        /** ema-cross 9/21 on 1m closes (the ta4j cross-check's set-up), analytics on, risk and venue defaults. */
        EMA_CROSS("ema-cross", true, "ema-cross", true),
        /** ema-cross as above with analytics off (the strategy needs only candle closes). */
        EMA_CROSS_NO_ANALYTICS("ema-cross:analytics-off", false, "ema-cross", true);

        final String label;
        final boolean analytics;
        final String strategy;
        final boolean risk;

        Kind(final String label, final boolean analytics, final String strategy, final boolean risk)
        {
            this.label = label;
            this.analytics = analytics;
            this.strategy = strategy;
            this.risk = risk;
        }

        static Kind of(final String label)
        {
            return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown chain " + label));
        }

        /**
         * @param base the bundled default configuration.
         * @return the configuration this chain runs.
         */
        EngineConfig config(final EngineConfig base)
        {
            EngineConfig config = base.withAnalyticsEnabled(analytics);
            if (strategy == null)
            {
                return config.withStrategyEnabled(false);
            }
            if (strategy.equals("ema-cross"))
            {
                config = config.withStrategy(emaCross());
            }
            return config;
        }
    }

    /**
     * @return the ema-cross section the ta4j comparison uses: fast 9, slow 21, long only, decisions on
     *         1-minute closes (ta4j's bars), other keys at their defaults.
     */
    static StrategyConfig emaCross()
    {
        return new StrategyConfig(true, "ema-cross", new StrategyConfig.Timeframes("1m", null, null), null,
            Map.of("fast", 9, "slow", 21));
    }

    /** A day, ns: the backtest's passes shift by whole days, so the risk stage's daily resets stay aligned. */
    static final long DAY_NANOS = 86_400_000_000_000L;

    final Kind kind;
    final CandleStage candles;
    final AnalyticsStage analytics;
    final DecisionStage decision;
    private final EngineConfig config;
    /** Candles, analytics and decision: the stages this chain keeps for good (risk is swapped per pass). */
    private final StageChain beforeRisk;
    RiskStage risk;
    private final RingSlot slot;
    private final OutputListener listener;

    /**
     * @param kind     which stages.
     * @param base     the bundled default configuration.
     * @param listener sees every output record of every input (as stage O's listener would), or
     *                 {@link OutputListener#NONE}.
     */
    BacktestChain(final Kind kind, final EngineConfig base, final OutputListener listener)
    {
        config = kind.config(base);
        this.kind = kind;
        this.listener = listener;
        slot = new RingSlot(config.pipeline().outputCapacity());
        final StageChain chain =
            StageChain.fromConfig(config, config.registry(), kind.analytics, kind.strategy != null, kind.risk);
        candles = chain.candles();
        analytics = chain.analytics();
        decision = chain.decision();
        risk = chain.risk();
        beforeRisk = new StageChain(candles, analytics, decision, null);
    }

    /**
     * @return a risk stage as this chain's, with a fresh portfolio (initial cash, no positions).
     */
    RiskStage newRiskStage()
    {
        return StageChain.newRiskStage(config, config.registry());
    }

    /**
     * Runs every tick once through the chain, as replay ingress would put it into a slot.
     *
     * @param ticks         the records.
     * @param shiftNanos    added to every event time (0 on a first pass).
     * @param sequenceShift added to every sequence (client order ids derive from it; 0 on a first pass).
     * @return the number of output records (consumed so no work can be eliminated).
     */
    long pass(final TickRecords ticks, final long shiftNanos, final long sequenceShift)
    {
        final UnsafeBuffer records = ticks.records;
        final int[] offsets = ticks.offsets;
        final int count = ticks.count;
        long outputs = 0;
        for (int i = 0; i < count; i++)
        {
            final int offset = offsets[i];
            final MutableDirectBuffer in = slot.inputForEncoding();
            in.putBytes(0, records, offset, offsets[i + 1] - offset);
            if (shiftNanos != 0)
            {
                in.putLong(RecordHeaderDescriptor.TS_EVENT_OFFSET,
                    in.getLong(RecordHeaderDescriptor.TS_EVENT_OFFSET, RecordHeaderDescriptor.BYTE_ORDER) + shiftNanos,
                    RecordHeaderDescriptor.BYTE_ORDER);
                in.putLong(RecordHeaderDescriptor.SEQUENCE_OFFSET,
                    in.getLong(RecordHeaderDescriptor.SEQUENCE_OFFSET, RecordHeaderDescriptor.BYTE_ORDER) + sequenceShift,
                    RecordHeaderDescriptor.BYTE_ORDER);
            }
            slot.inputEncoded(offsets[i + 1] - offset);
            beforeRisk.onEvent(slot);
            if (risk != null)
            {
                risk.onEvent(slot, true);
            }
            outputs += slot.outputs().count();
            if (listener != OutputListener.NONE)
            {
                deliver();
            }
            slot.outputs().reset(); // what the output stage does last
        }
        return outputs;
    }

    private void deliver()
    {
        final DirectBuffer buffer = slot.outputs().buffer();
        final int end = slot.outputs().length();
        for (int offset = 0; offset < end; )
        {
            final int length = RecordHeaderDescriptor.length(buffer, offset);
            listener.onOutput(buffer, offset, length);
            offset += length;
        }
    }

    /**
     * @return one line of what the chain decided so far (for the benchmark log and the README).
     */
    String summary()
    {
        final StringBuilder sb = new StringBuilder(kind.label);
        if (decision != null)
        {
            sb.append(": decisions ").append(decision.decisions()).append(", signals ").append(decision.signalsEmitted());
        }
        if (risk != null)
        {
            sb.append("; risk stage: orders ").append(risk.orders()).append(", fills ").append(risk.fills())
                .append(", positions closed ").append(risk.positionsClosed()).append(", equity ").append(risk.equity())
                .append(", drawdown level ").append(risk.drawdownLevel()).append(risk.halted() ? " (halted)" : "");
        }
        return sb.toString();
    }
}
