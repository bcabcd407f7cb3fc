package io.pldot.engine.venue;

import io.pldot.journal.schema.TradingCodes;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The venue's enums carry the journal's wire codes: reordering either side must break this test, not the journal.
 */
class VenueWireCodesTest
{
    @Test
    void shouldCodeEachOrderSideAsTheJournalDoes()
    {
        for (final OrderSide side : OrderSide.values())
        {
            assertThat(side.code()).as(side.name()).isEqualTo(TradingCodes.OrderSide.valueOf(side.name()).code());
        }
        assertThat(names(OrderSide.values())).containsExactlyInAnyOrder(names(TradingCodes.OrderSide.values()));
        assertThat(OrderSide.BUY.code()).isEqualTo(1);
        assertThat(OrderSide.SELL.code()).isEqualTo(2);
    }

    @Test
    void shouldCodeEachOrderTypeAsTheJournalDoes()
    {
        for (final OrderType type : OrderType.values())
        {
            assertThat(type.code()).as(type.name()).isEqualTo(TradingCodes.OrderType.valueOf(type.name()).code());
        }
        assertThat(names(OrderType.values())).containsExactlyInAnyOrder(names(TradingCodes.OrderType.values()));
        assertThat(OrderType.STOP.code()).isEqualTo(3);
    }

    @Test
    void shouldCodeEachVenueRejectReasonAsTheJournalDoes()
    {
        for (final VenueRejectReason reason : VenueRejectReason.values())
        {
            assertThat(reason.code()).as(reason.name())
                .isEqualTo(TradingCodes.VenueReject.valueOf(reason.name()).code());
        }
        assertThat(names(VenueRejectReason.values()))
            .containsExactlyInAnyOrder(names(TradingCodes.VenueReject.values()));
        assertThat(VenueRejectReason.NOTIONAL_OVERFLOW.code()).isEqualTo(11);
    }

    static String[] names(final Enum<?>[] constants)
    {
        return Arrays.stream(constants).map(Enum::name).toArray(String[]::new);
    }
}
