package io.pldot.engine.risk;

import io.pldot.engine.risk.stop.PositionSide;
import io.pldot.journal.schema.TradingCodes;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The risk enums carry the journal's wire codes: reordering either side must break this test, not the journal.
 */
class RiskWireCodesTest
{
    @Test
    void shouldCodeEachRiskRejectReasonAsTheJournalDoes()
    {
        for (final RiskRejectReason reason : RiskRejectReason.values())
        {
            assertThat(reason.code()).as(reason.name())
                .isEqualTo(TradingCodes.RiskRejectReason.valueOf(reason.name()).code());
        }
        assertThat(names(RiskRejectReason.values()))
            .containsExactlyInAnyOrder(names(TradingCodes.RiskRejectReason.values()));
        assertThat(RiskRejectReason.INVALID_SIGNAL.code()).isEqualTo(1);
        assertThat(RiskRejectReason.VENUE_REJECTED.code()).isEqualTo(13);
    }

    @Test
    void shouldCodeEachExitReasonAsTheJournalsOrderReason()
    {
        for (final ExitReason reason : ExitReason.values())
        {
            assertThat(reason.code()).as(reason.name())
                .isEqualTo(TradingCodes.OrderReason.valueOf(reason.name()).code());
        }
        assertThat(names(ExitReason.values())).containsExactlyInAnyOrder(names(TradingCodes.OrderReason.values()));
        assertThat(ExitReason.REVERSAL.code()).isEqualTo(9);
    }

    @Test
    void shouldCodeEachPositionSideAsTheJournalDoes()
    {
        for (final PositionSide side : PositionSide.values())
        {
            assertThat(side.code()).as(side.name()).isEqualTo(TradingCodes.PositionSide.valueOf(side.name()).code());
        }
        assertThat(names(PositionSide.values())).containsExactlyInAnyOrder(names(TradingCodes.PositionSide.values()));
        assertThat(PositionSide.LONG.code()).isEqualTo(1);
        assertThat(PositionSide.SHORT.code()).isEqualTo(2);
    }

    private static String[] names(final Enum<?>[] constants)
    {
        return Arrays.stream(constants).map(Enum::name).toArray(String[]::new);
    }
}
