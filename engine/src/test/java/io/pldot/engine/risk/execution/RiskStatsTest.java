package io.pldot.engine.risk.execution;

import io.pldot.engine.risk.ExitReason;
import io.pldot.engine.risk.RiskRejectReason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RiskStatsTest
{
    @Test
    void shouldCountEachCounterOnItsOwn()
    {
        final RiskStats stats = new RiskStats();
        stats.countOrder();
        stats.countOrder();
        stats.countFill();
        stats.countVenueReject();
        stats.countReject(RiskRejectReason.HALTED);
        stats.countReject(RiskRejectReason.HALTED);
        stats.countReject(RiskRejectReason.VENUE_REJECTED);
        stats.countOpened();
        stats.countClosed(ExitReason.REVERSAL);
        stats.countEquityMark();
        stats.countEquityMark();
        stats.countEquityMark();

        assertThat(stats.orders()).isEqualTo(2);
        assertThat(stats.fills()).isEqualTo(1);
        assertThat(stats.venueRejects()).isEqualTo(1);
        assertThat(stats.rejects(RiskRejectReason.HALTED)).isEqualTo(2);
        assertThat(stats.rejects(RiskRejectReason.VENUE_REJECTED)).isEqualTo(1);
        assertThat(stats.rejects(RiskRejectReason.INVALID_SIGNAL)).isZero();
        assertThat(stats.positionsOpened()).isEqualTo(1);
        assertThat(stats.positionsClosed()).isEqualTo(1);
        assertThat(stats.exits(ExitReason.REVERSAL)).isEqualTo(1);
        assertThat(stats.exits(ExitReason.DUMP)).isZero();
        assertThat(stats.equityMarks()).isEqualTo(3);
    }
}
