package io.pldot.engine.risk;

import io.pldot.engine.risk.stop.PositionSide;
import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.instrument.InstrumentRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portfolio keeps its equity between reads and recomputes it only after cash, a position or the
 * mark of an open position changed: every read must equal the straightforward sum over the positions.
 */
class PortfolioEquityTest
{
    // Different price and quantity scales, so cash conversion and notional rounding differ per instrument.
    private final InstrumentRegistry registry = new InstrumentRegistry(List.of(
        new Instrument("BTCUSDT", 1, "BINANCE", 2, 8),
        new Instrument("ETHUSDT", 2, "BINANCE", 2, 4),
        new Instrument("DOGEUSDT", 3, "BINANCE", 5, 0)));
    private final long[] basePrice = {4_200_000L, 250_000L, 1_234_567L};
    private final long[] baseQuantity = {1_000_000L, 5_000L, 300L};

    @Test
    void shouldReadTheSameEquityAsTheStraightforwardSumThroughOpensIncreasesReducesClosesAndMarks()
    {
        final Portfolio portfolio = new Portfolio(registry, RiskSettings.defaults());
        final Random random = new Random(42);
        long orderId = 1;
        int opened = 0;
        int closed = 0;
        for (int step = 0; step < 20_000; step++)
        {
            final int i = random.nextInt(registry.size());
            final long price = basePrice[i] + random.nextInt(2_001) - 1_000;
            final Position p = portfolio.position(i);
            final int action = random.nextInt(10);
            if (action < 6)
            {
                // Often the same price again: a mark that changes nothing must not change equity either.
                portfolio.mark(i, random.nextBoolean() ? portfolio.markOf(i) : price);
            }
            else if (action < 8 || p.quantity() == 0)
            {
                final PositionSide side = p.quantity() == 0 ?
                    (random.nextBoolean() ? PositionSide.LONG : PositionSide.SHORT) : p.side();
                final long quantity = 1 + random.nextInt((int)baseQuantity[i]);
                portfolio.orders().beginEntry(i, orderId++, side, quantity, price, price / 2, 1, 1, 0.5);
                portfolio.settle(i, side == PositionSide.LONG, price, quantity, 3);
                if (portfolio.fillEntry(i, price, quantity, 3, step, 0))
                {
                    opened++;
                }
            }
            else
            {
                final long quantity = Math.min(p.quantity(), 1 + random.nextInt((int)baseQuantity[i]));
                portfolio.orders().beginExit(i, orderId++, ExitReason.SIGNAL_EXIT);
                portfolio.settle(i, p.side() == PositionSide.SHORT, price, quantity, 2);
                if (portfolio.fillExit(i, price, quantity, 2, 0))
                {
                    portfolio.finishClose(i);
                    closed++;
                }
            }
            assertThat(portfolio.equity()).as("step %d", step).isEqualTo(portfolio.computeEquity());
            assertThat(portfolio.equity()).as("step %d, read twice", step).isEqualTo(portfolio.computeEquity());
        }
        assertThat(opened).isGreaterThan(100);
        assertThat(closed).isGreaterThan(100);
    }

    @Test
    void shouldMarkAnOpenPositionToTheNewPriceAndIgnoreMarksOfFlatInstruments()
    {
        final Portfolio portfolio = new Portfolio(registry, RiskSettings.defaults());
        final long cash = portfolio.cash();
        portfolio.mark(1, 250_000L);
        assertThat(portfolio.equity()).isEqualTo(cash);

        // 1 BTC long at 42,000.00: cash pays 42,000.00, the position is worth 42,000.00.
        portfolio.orders().beginEntry(0, 7, PositionSide.LONG, 100_000_000L, 4_200_000L, 4_100_000L, 1, 1, 0.5);
        portfolio.settle(0, true, 4_200_000L, 100_000_000L, 0);
        portfolio.fillEntry(0, 4_200_000L, 100_000_000L, 0, 0, 0);
        assertThat(portfolio.equity()).isEqualTo(cash);

        portfolio.mark(0, 4_210_000L); // up 100.00: the open long gains
        assertThat(portfolio.equity()).isEqualTo(portfolio.computeEquity()).isGreaterThan(cash);
        portfolio.mark(2, 1_000_000L); // a flat instrument moves: equity does not
        assertThat(portfolio.equity()).isEqualTo(portfolio.computeEquity());
    }
}
