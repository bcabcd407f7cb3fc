package io.pldot.engine.pipeline;

import io.pldot.engine.TestEngine;
import io.pldot.engine.config.EngineConfig;
import io.pldot.engine.event.OutputsBuffer;
import io.pldot.engine.event.RingSlot;
import io.pldot.engine.stage.Stage;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.Side;
import io.pldot.journal.schema.TradeTickDescriptor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stage chain builder: which stages it builds from the config, in which order, and that
 * running a slot through it runs them in that order.
 */
class StageChainTest
{
    private static final long SECOND = 1_000_000_000L;
    /** 2013-11-25 00:00:00 UTC: aligned to every shipped timeframe. */
    private static final long T0 = 1_385_337_600L * SECOND;

    private final EngineConfig config = TestEngine.shippedConfig();
    private final InstrumentRegistry registry = config.registry();

    @Test
    void shouldBuildWhatTheConfigEnablesInGraphOrder()
    {
        final StageChain chain = StageChain.fromConfig(config, registry);

        assertThat(chain.candles()).isNotNull();
        assertThat(chain.analytics() != null).isEqualTo(config.analyticsSettings().enabled());
        assertThat(chain.decision() != null).isEqualTo(config.strategyEnabled());
        assertThat(chain.risk() != null).isEqualTo(config.strategyEnabled());
        assertThat(chain.stages()[0]).isSameAs(chain.candles());
        assertThat(names(chain).get(0)).isEqualTo("candles");
    }

    @Test
    void shouldBuildEveryStageInOrderWhenAllAreAskedFor()
    {
        final StageChain chain = StageChain.fromConfig(config, registry, true, true, true);

        assertThat(chain.stages()).containsExactly(chain.candles(), chain.analytics(), chain.decision(), chain.risk());
        assertThat(chain.risk()).isNotSameAs(StageChain.newRiskStage(config, registry));
    }

    @Test
    void shouldLeaveOutTheStagesNotAskedFor()
    {
        final StageChain candlesOnly = StageChain.fromConfig(config, registry, false, false, false);
        assertThat(candlesOnly.stages()).containsExactly(candlesOnly.candles());

        final StageChain analytics = StageChain.analytics(
            registry, new int[] {60}, SECOND, config.analyticsSettings().withEnabled(true));
        assertThat(analytics.stages()).containsExactly(analytics.candles(), analytics.analytics());
        assertThat(analytics.decision()).isNull();
        assertThat(analytics.risk()).isNull();
    }

    @Test
    void shouldRunTheSlotThroughCandlesThenAnalytics()
    {
        final StageChain chain = StageChain.analytics(
            registry, new int[] {60}, SECOND, config.analyticsSettings().withEnabled(true));
        final RingSlot slot = new RingSlot(config.pipeline().outputCapacity());
        final int btc = registry.bySymbol("BTCUSD").id();

        trade(chain, slot, 1, T0 + SECOND, btc, 10_000_000_000L);
        assertThat(types(slot)).isEmpty();
        final List<Integer> closing = trade(chain, slot, 2, T0 + 61 * SECOND, btc, 10_100_000_000L);

        // The candle first (candle stage), then what analytics appended for it, a snapshot among them.
        assertThat(closing.get(0)).isEqualTo((int)RecordType.CANDLE_CLOSED.typeId());
        assertThat(closing).contains((int)RecordType.INDICATOR_SNAPSHOT.typeId());
        assertThat(slot.inputRejected()).isFalse();

        final List<Integer> rejected = trade(chain, slot, 3, T0 + 62 * SECOND, btc, 0);
        assertThat(rejected).containsExactly((int)RecordType.INPUT_REJECTED.typeId());
        assertThat(slot.inputRejected()).isTrue();
    }

    private static List<Integer> trade(
        final StageChain chain, final RingSlot slot, final long sequence, final long tsEvent, final int instrumentId,
        final long price)
    {
        slot.outputs().reset();
        slot.inputEncoded(TradeTickDescriptor.encode(slot.inputForEncoding(), 0, sequence, tsEvent, tsEvent,
            instrumentId, Side.BUY, price, 100_000_000L, sequence));
        chain.onEvent(slot);
        return types(slot);
    }

    private static List<Integer> types(final RingSlot slot)
    {
        final OutputsBuffer outputs = slot.outputs();
        final List<Integer> types = new ArrayList<>();
        for (int offset = 0; offset < outputs.length(); offset = outputs.next(offset))
        {
            types.add(RecordHeaderDescriptor.typeId(outputs.buffer(), offset));
        }
        return types;
    }

    private static List<String> names(final StageChain chain)
    {
        final List<String> names = new ArrayList<>();
        for (final Stage stage : chain.stages())
        {
            names.add(stage.name());
        }
        return names;
    }
}
