package io.pldot.engine.venue;

import org.junit.jupiter.api.Test;

import static io.pldot.engine.venue.OrderSide.BUY;
import static io.pldot.engine.venue.OrderType.LIMIT;
import static io.pldot.engine.venue.OrderType.MARKET;
import static io.pldot.engine.venue.OrderType.STOP;
import static io.pldot.engine.venue.SimulatedVenue.NO_ORDER_ID;
import static io.pldot.engine.venue.SimulatedVenue.NO_PRICE;
import static org.assertj.core.api.Assertions.assertThat;

class OrderChecksTest
{
    private static final int UNIT = 3;
    private static final long LATENCY = 10;

    private final OrderChecks checks = checks();

    private static OrderChecks checks()
    {
        final VenueInstruments instruments = new VenueInstruments();
        instruments.define(UNIT, 0);
        return new OrderChecks(instruments, LATENCY);
    }

    @Test
    void shouldPassAGoodOrder()
    {
        assertThat(checks.check(1, UNIT, BUY, MARKET, 5, NO_PRICE, 0)).isNull();
        assertThat(checks.check(1, UNIT, BUY, LIMIT, 5, 100, 0)).isNull();
        assertThat(checks.check(1, UNIT, BUY, STOP, 5, 100, 0)).isNull();
    }

    @Test
    void shouldCheckInAFixedOrder()
    {
        // every field bad: the id is checked first, then side, type, instrument, quantity, price
        assertThat(checks.check(NO_ORDER_ID, 99, null, null, 0, -1, -1)).isEqualTo(VenueRejectReason.INVALID_ORDER_ID);
        assertThat(checks.check(1, 99, null, null, 0, -1, -1)).isEqualTo(VenueRejectReason.INVALID_SIDE);
        assertThat(checks.check(1, 99, BUY, null, 0, -1, -1)).isEqualTo(VenueRejectReason.INVALID_ORDER_TYPE);
        assertThat(checks.check(1, 99, BUY, LIMIT, 0, -1, -1)).isEqualTo(VenueRejectReason.UNKNOWN_INSTRUMENT);
        assertThat(checks.check(1, UNIT, BUY, LIMIT, 0, -1, -1)).isEqualTo(VenueRejectReason.NON_POSITIVE_QUANTITY);
        assertThat(checks.check(1, UNIT, BUY, LIMIT, 5, -1, -1)).isEqualTo(VenueRejectReason.INVALID_PRICE);
        assertThat(checks.check(1, UNIT, BUY, LIMIT, 5, 100, -1)).isEqualTo(VenueRejectReason.INVALID_TIME);
    }

    @Test
    void shouldRefuseAMarketOrderWithAPriceAndALimitWithout()
    {
        assertThat(checks.check(1, UNIT, BUY, MARKET, 5, 100, 0)).isEqualTo(VenueRejectReason.INVALID_PRICE);
        assertThat(checks.check(1, UNIT, BUY, LIMIT, 5, NO_PRICE, 0)).isEqualTo(VenueRejectReason.INVALID_PRICE);
        assertThat(checks.check(1, UNIT, BUY, STOP, 5, NO_PRICE, 0)).isEqualTo(VenueRejectReason.INVALID_PRICE);
    }

    @Test
    void shouldRefuseADecisionTimePlusLatencyThatDoesNotFit()
    {
        // MAX - 10 + 10 = MAX fits; MAX - 9 + 10 does not
        assertThat(checks.check(1, UNIT, BUY, MARKET, 5, NO_PRICE, Long.MAX_VALUE - LATENCY)).isNull();
        assertThat(checks.check(1, UNIT, BUY, MARKET, 5, NO_PRICE, Long.MAX_VALUE - LATENCY + 1))
            .isEqualTo(VenueRejectReason.INVALID_TIME);
    }

    @Test
    void shouldRefuseALimitOrStopWhoseNotionalDoesNotFitButNotAMarketOrder()
    {
        // 2^62 x 2 at quantity scale 0 = 2^63, one more than Long.MAX_VALUE
        final long price = 1L << 62;
        assertThat(checks.check(1, UNIT, BUY, LIMIT, 2, price, 0)).isEqualTo(VenueRejectReason.NOTIONAL_OVERFLOW);
        assertThat(checks.check(1, UNIT, BUY, STOP, 2, price, 0)).isEqualTo(VenueRejectReason.NOTIONAL_OVERFLOW);
        assertThat(checks.check(1, UNIT, BUY, LIMIT, 1, price, 0)).isNull();
        assertThat(checks.check(1, UNIT, BUY, MARKET, Long.MAX_VALUE, NO_PRICE, 0)).isNull();
    }
}
