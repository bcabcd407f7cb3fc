package io.pldot.engine.risk;

import io.pldot.journal.instrument.FixedPoint;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitor skips the day division and the drawdown computation when an update repeats the last
 * equity on the same day: its state must stay what the straightforward update computes.
 */
class PortfolioRiskMonitorTest
{
    private static final long DAY = 86_400_000_000_000L;

    @Test
    void shouldFollowTheStraightforwardUpdateThroughRepeatsNewHighsDrawdownsHaltsAndNewDays()
    {
        final RiskSettings settings = RiskSettings.defaults();
        final PortfolioRiskMonitor monitor = new PortfolioRiskMonitor(settings);
        final Reference reference = new Reference(settings);
        final Random random = new Random(7);
        long time = 1_672_531_200_000_000_000L - DAY / 3;
        long equity = 1_000_000;
        int halts = 0;
        int levelChanges = 0;
        for (int step = 0; step < 200_000; step++)
        {
            final int move = random.nextInt(20);
            if (move < 10)
            {
                time += random.nextInt(1_000_000_000); // mostly the same day
            }
            else if (move == 10)
            {
                time += DAY / 2 + random.nextInt(1_000);
            }
            else if (move == 11 && random.nextInt(50) == 0)
            {
                time -= DAY + random.nextInt(1_000); // back a day: restarts, like the straightforward update
            }
            final int change = random.nextInt(10);
            if (change < 3)
            {
                equity += random.nextInt(2_001) - 1_100; // drifts down: drawdown levels and halts happen
            }
            else if (change == 3)
            {
                equity = -equity / 10 + random.nextInt(3); // now and then at or below zero
            }
            else if (change == 4)
            {
                equity = 1_000_000 + random.nextInt(10_000);
            }
            final int before = monitor.update(time, equity);
            final int expectedBefore = reference.update(time, equity);
            assertThat(before).as("step %d", step).isEqualTo(expectedBefore);
            assertThat(monitor.level()).as("step %d", step).isEqualTo(reference.level);
            assertThat(monitor.halted()).as("step %d", step).isEqualTo(reference.halted);
            assertThat(monitor.resumedNow()).as("step %d", step).isEqualTo(reference.resumed);
            assertThat(monitor.dayHigh()).as("step %d", step).isEqualTo(reference.dayHigh);
            assertThat(monitor.drawdownBps()).as("step %d", step).isEqualTo(reference.drawdownBps);
            halts += monitor.halted() && before != PortfolioRiskMonitor.CIRCUIT_BREAKER ? 1 : 0;
            levelChanges += monitor.level() != before ? 1 : 0;
        }
        assertThat(halts).isGreaterThan(10);
        assertThat(levelChanges).isGreaterThan(100);
    }

    @Test
    void shouldStartANewDayAtTheEdgesOfTheEventTimeRange()
    {
        final PortfolioRiskMonitor monitor = new PortfolioRiskMonitor(RiskSettings.defaults());
        monitor.update(Long.MIN_VALUE, 100);
        monitor.update(Long.MIN_VALUE + 1, 50);
        assertThat(monitor.dayHigh()).isEqualTo(100);
        assertThat(monitor.drawdownBps()).isEqualTo(5_000);
        monitor.update(Long.MAX_VALUE, 70);
        assertThat(monitor.dayHigh()).isEqualTo(70);
        monitor.update(Long.MAX_VALUE, 70);
        monitor.update(Long.MAX_VALUE - 1, 35);
        assertThat(monitor.dayHigh()).isEqualTo(70);
        assertThat(monitor.drawdownBps()).isEqualTo(5_000);
    }

    /** The update as first written: a division for the day and a drawdown recomputed on every call. */
    private static final class Reference
    {
        private final RiskSettings settings;
        long day = Long.MIN_VALUE;
        long dayHigh;
        long drawdownBps;
        int level;
        boolean halted;
        boolean resumed;

        Reference(final RiskSettings settings)
        {
            this.settings = settings;
        }

        int update(final long tsEvent, final long equity)
        {
            final int before = level;
            resumed = false;
            final long today = Math.floorDiv(tsEvent, DAY);
            if (today != day)
            {
                resumed = halted && day != Long.MIN_VALUE;
                day = today;
                dayHigh = equity;
                halted = false;
                level = PortfolioRiskMonitor.NORMAL;
            }
            if (equity > dayHigh)
            {
                dayHigh = equity;
            }
            drawdownBps = dayHigh <= 0 || equity >= dayHigh ? 0 :
                FixedPoint.mulDivFloor(dayHigh - Math.max(equity, 0), RiskSettings.BPS, dayHigh);
            if (halted)
            {
                return before;
            }
            level = drawdownBps >= settings.circuitBreakerBps() ? PortfolioRiskMonitor.CIRCUIT_BREAKER :
                drawdownBps >= settings.criticalBps() ? PortfolioRiskMonitor.CRITICAL :
                drawdownBps >= settings.warningBps() ? PortfolioRiskMonitor.WARNING :
                drawdownBps >= settings.alertBps() ? PortfolioRiskMonitor.ALERT : PortfolioRiskMonitor.NORMAL;
            if (level == PortfolioRiskMonitor.CIRCUIT_BREAKER)
            {
                halted = true;
            }
            return before;
        }
    }
}
