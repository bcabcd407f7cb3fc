package io.pldot.engine.risk.execution;

import io.pldot.engine.risk.RiskHarness;
import io.pldot.engine.risk.RiskRejectReason;
import io.pldot.journal.schema.OrderEventDescriptor;
import io.pldot.journal.schema.OrderIntentDescriptor;
import io.pldot.journal.schema.RecordType;
import io.pldot.journal.schema.RiskRejectDescriptor;
import io.pldot.journal.schema.TradingCodes;
import org.agrona.DirectBuffer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.pldot.engine.risk.execution.PartsFixture.BTC;
import static io.pldot.engine.risk.execution.PartsFixture.ETH;
import static io.pldot.journal.schema.TradingCodes.SignalType.EXIT_LONG;
import static io.pldot.journal.schema.TradingCodes.SignalType.LONG;
import static io.pldot.journal.schema.TradingCodes.SignalType.SHORT;
import static org.assertj.core.api.Assertions.assertThat;

/** 10,000.00 cash, 1% risk per trade, 5% portfolio risk, 100% exposure, frictionless venue. */
class ExecutionChainTest
{
    private static PartsFixture fixture(final RiskHarness.Settings settings)
    {
        return new PartsFixture(settings.build(), RiskHarness.frictionless());
    }

    private static int rejectReason(final PartsFixture f)
    {
        return RiskRejectDescriptor.REASON.get(f.only(RecordType.RISK_REJECT), 0);
    }

    @Test
    void shouldSizeALongFromTheRiskPerTradeAndTheStopDistance()
    {
        final PartsFixture f = fixture(RiskHarness.settings()).runSignal(BTC, LONG, 2_000_000, 1_980_000);

        // Risk 1% of 10,000.00 = 100.00 over a 200.00 stop distance: 0.5 BTC; the exposure room (10,000.00 at
        // 20,000.00) allows 0.5 BTC too.
        final DirectBuffer intent = f.only(RecordType.ORDER_INTENT);
        assertThat(OrderIntentDescriptor.CLIENT_ORDER_ID.get(intent, 0)).isEqualTo(f.sequence * 64);
        assertThat(OrderIntentDescriptor.QUANTITY.get(intent, 0)).isEqualTo(50_000_000L);
        assertThat(OrderIntentDescriptor.SIDE.get(intent, 0)).isEqualTo(TradingCodes.OrderSide.BUY.code());
        assertThat(OrderIntentDescriptor.ORDER_TYPE.get(intent, 0)).isEqualTo(TradingCodes.OrderType.MARKET.code());
        assertThat(OrderIntentDescriptor.REASON.get(intent, 0)).isEqualTo(TradingCodes.OrderReason.ENTRY.code());
        assertThat(OrderIntentDescriptor.REFERENCE_PRICE.get(intent, 0)).isEqualTo(2_000_000L);
        assertThat(OrderIntentDescriptor.STOP_PRICE.get(intent, 0)).isEqualTo(1_980_000L);
        assertThat(OrderIntentDescriptor.SIGNAL_TYPE.get(intent, 0)).isEqualTo(LONG.code());
        assertThat(OrderEventDescriptor.EVENT.get(f.only(RecordType.ORDER_EVENT), 0))
            .isEqualTo(TradingCodes.OrderEventType.ACCEPTED.code());
        assertThat(f.parts.portfolio().orders().entryPending(0)).isTrue();
        assertThat(f.parts.stats().orders()).isEqualTo(1);
    }

    @Test
    void shouldLetTheExposureRoomCapTheSize()
    {
        final RiskHarness.Settings s = RiskHarness.settings();
        s.maxExposureBps = 2_000; // 2,000.00 of room: 0.1 BTC at 20,000.00, below the 0.5 BTC the risk allows
        final PartsFixture f = fixture(s).runSignal(BTC, LONG, 2_000_000, 1_980_000);
        assertThat(OrderIntentDescriptor.QUANTITY.get(f.only(RecordType.ORDER_INTENT), 0)).isEqualTo(10_000_000L);
    }

    @Test
    void shouldRunSignalsInRankOrderWithUnrankedOnesLast()
    {
        final PartsFixture f = fixture(RiskHarness.settings()).next();
        final ExecutionChain chain = f.parts.chain();
        chain.add(f.out.buffer(), f.signal(BTC, LONG, 2_000_000, 1_980_000, 1.0, 2));
        chain.add(f.out.buffer(), f.signal(ETH, LONG, 150_000, 148_000, 1.0, 0));
        chain.add(f.out.buffer(), f.signal(ETH, LONG, 150_000, 148_000, 1.0, 1));
        assertThat(chain.run(f.out.buffer())).isEqualTo(3);

        final List<DirectBuffer> intents = f.records(RecordType.ORDER_INTENT);
        assertThat(intents).hasSize(2);
        assertThat(OrderIntentDescriptor.INSTRUMENT_ID.get(intents.get(0), 0)).as("rank 1 first").isEqualTo(ETH);
        assertThat(OrderIntentDescriptor.RANK.get(intents.get(0), 0)).isEqualTo(1);
        assertThat(OrderIntentDescriptor.INSTRUMENT_ID.get(intents.get(1), 0)).isEqualTo(BTC);
        assertThat(OrderIntentDescriptor.CLIENT_ORDER_ID.get(intents.get(1), 0)).isEqualTo(f.sequence * 64 + 1);
        // The unranked ETH signal runs last and finds the rank-1 entry pending.
        final DirectBuffer reject = f.only(RecordType.RISK_REJECT);
        assertThat(RiskRejectDescriptor.RANK.get(reject, 0)).isZero();
        assertThat(RiskRejectDescriptor.REASON.get(reject, 0)).isEqualTo(RiskRejectReason.EXISTING_POSITION.code());
    }

    @Test
    void shouldRefuseSignalsPastTheLimitOfOneInputAsTheyArrive()
    {
        final PartsFixture f = fixture(RiskHarness.settings()).next();
        for (int k = 0; k < ExecutionChain.MAX_SIGNALS_PER_INPUT; k++)
        {
            f.parts.chain().add(f.out.buffer(), f.signal(BTC, LONG, 0, 0, 1.0, 1)); // invalid: refused when run
        }
        assertThat(f.records(RecordType.RISK_REJECT)).isEmpty();
        f.parts.chain().add(f.out.buffer(), f.signal(BTC, LONG, 2_000_000, 1_980_000, 1.0, 1));
        final DirectBuffer reject = f.only(RecordType.RISK_REJECT);
        assertThat(RiskRejectDescriptor.REASON.get(reject, 0)).isEqualTo(RiskRejectReason.INVALID_SIGNAL.code());
        assertThat(RiskRejectDescriptor.DETAIL.get(reject, 0)).isEqualTo(32);
    }

    @Test
    void shouldRefuseWhatTheGatesDoNotAllow()
    {
        final RiskHarness.Settings s = RiskHarness.settings();
        s.allowShort = false;
        s.maxPositions = 1;
        final PartsFixture f = fixture(s);
        assertThat(rejectReason(f.runSignal(BTC, SHORT, 2_000_000, 2_020_000)))
            .isEqualTo(RiskRejectReason.SHORT_NOT_ALLOWED.code());
        assertThat(rejectReason(f.runSignal(BTC, LONG, 2_000_000, 2_020_000))).as("stop above a long's entry")
            .isEqualTo(RiskRejectReason.INVALID_SIGNAL.code());
        assertThat(rejectReason(f.runSignal(BTC, EXIT_LONG, 2_000_000, 0)))
            .isEqualTo(RiskRejectReason.NO_POSITION.code());
        f.runSignal(BTC, LONG, 2_000_000, 1_980_000);
        assertThat(rejectReason(f.runSignal(ETH, LONG, 150_000, 148_000))).as("BTC's pending entry takes the slot")
            .isEqualTo(RiskRejectReason.POSITION_LIMIT.code());
        assertThat(RiskRejectDescriptor.DETAIL.get(f.only(RecordType.RISK_REJECT), 0)).isEqualTo(1);
        assertThat(f.parts.stats().rejects(RiskRejectReason.POSITION_LIMIT)).isEqualTo(1);
    }

    @Test
    void shouldTradeTheFixedQuantityOrNothing()
    {
        final RiskHarness.Settings s = RiskHarness.settings();
        s.fixedQuantity = new BigDecimal("0.1");
        s.maxExposureBps = 1_000; // 1,000.00 of room; 0.1 BTC at 20,000.00 is 2,000.00
        final PartsFixture f = fixture(s);
        final DirectBuffer reject = f.runSignal(BTC, LONG, 2_000_000, 1_980_000).only(RecordType.RISK_REJECT);
        assertThat(RiskRejectDescriptor.REASON.get(reject, 0)).isEqualTo(RiskRejectReason.EXPOSURE_LIMIT.code());
        assertThat(RiskRejectDescriptor.DETAIL.get(reject, 0)).as("the limit, 1,000.00").isEqualTo(100_000L);
        // 0.1 ETH at 1,500.00 is 150.00: it fits, at exactly 0.1 (risk-based sizing would give 100.00 / 20.00 = 5).
        final DirectBuffer intent = f.runSignal(ETH, LONG, 150_000, 148_000).only(RecordType.ORDER_INTENT);
        assertThat(OrderIntentDescriptor.QUANTITY.get(intent, 0)).isEqualTo(1_000L);
    }
}
