package io.pldot.engine.risk.stop;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prices are at price scale 2 unless said otherwise (5_000_000 is 50,000.00).
 */
class TrailingStopTest
{
    private static final int HALF_PERCENT = 50;

    private final TrailingStop stop = new TrailingStop();

    @Test
    void shouldFollowTheSeedWorkedExampleAndExitAt50745()
    {
        // OFS §8.3 (docs/references.md), Binance example: enter long at 50,000 with a 0.5% trailing distance.
        assertThat(stop.activate(PositionSide.LONG, 5_000_000, HALF_PERCENT)).isNull();
        // 5,000,000 x 50 / 10,000 = 25,000 -> 5,000,000 - 25,000 = 4,975,000 (49,750.00)
        assertThat(stop.stopPrice()).isEqualTo(4_975_000);

        // Price moves to 50,500: 5,050,000 x 50 / 10,000 = 25,250 -> 5,024,750 (50,247.50)
        assertThat(stop.onTick(5_050_000)).isEqualTo(StopUpdate.MOVED);
        assertThat(stop.stopPrice()).isEqualTo(5_024_750);
        assertThat(stop.mark()).isEqualTo(5_050_000);

        // Price moves to 51,000: 5,100,000 x 50 / 10,000 = 25,500 -> 5,074,500 (50,745.00)
        assertThat(stop.onTick(5_100_000)).isEqualTo(StopUpdate.MOVED);
        assertThat(stop.stopPrice()).isEqualTo(5_074_500);

        // Price drops to 50,745: the stop is reached (inclusive) and the position closes at 50,745.
        assertThat(stop.onTick(5_074_500)).isEqualTo(StopUpdate.TRIGGERED);
        assertThat(stop.isTriggered()).isTrue();
        assertThat(stop.exitPrice()).isEqualTo(5_074_500);
        // Profit: (5,074,500 - 5,000,000) / 5,000,000 = 74,500 / 5,000,000 = 1.49%
        assertThat((stop.exitPrice() - stop.entryPrice()) * 10_000 / stop.entryPrice()).isEqualTo(149);
        assertThat(stop.onTick(4_000_000)).isEqualTo(StopUpdate.INACTIVE);
    }

    @Test
    void shouldNotTriggerOneUnitAboveTheStopButTriggerAtIt()
    {
        stop.activate(PositionSide.LONG, 5_000_000, HALF_PERCENT); // stop 4,975,000
        assertThat(stop.onTick(4_975_001)).isEqualTo(StopUpdate.UNCHANGED);
        assertThat(stop.onTick(4_975_000)).isEqualTo(StopUpdate.TRIGGERED);
    }

    @Test
    void shouldTrailShortPositionsDownwardAndTriggerAtOrAboveTheStop()
    {
        // Short at 2,000.00: 200,000 x 50 / 10,000 = 1,000 -> stop 201,000 (2,010.00)
        assertThat(stop.activate(PositionSide.SHORT, 200_000, HALF_PERCENT)).isNull();
        assertThat(stop.stopPrice()).isEqualTo(201_000);
        // New low 1,900.00: 190,000 x 50 / 10,000 = 950 -> 190,950
        assertThat(stop.onTick(190_000)).isEqualTo(StopUpdate.MOVED);
        assertThat(stop.stopPrice()).isEqualTo(190_950);
        assertThat(stop.mark()).isEqualTo(190_000);
        // A bounce below the stop moves nothing: the stop of a short never rises.
        assertThat(stop.onTick(190_949)).isEqualTo(StopUpdate.UNCHANGED);
        assertThat(stop.stopPrice()).isEqualTo(190_950);
        assertThat(stop.onTick(190_950)).isEqualTo(StopUpdate.TRIGGERED);
        assertThat(stop.exitPrice()).isEqualTo(190_950);
    }

    @Test
    void shouldLeaveTheStopAloneOnEqualPricesAndOnPullbacks()
    {
        stop.activate(PositionSide.LONG, 5_000_000, HALF_PERCENT);
        assertThat(stop.onTick(5_000_000)).isEqualTo(StopUpdate.UNCHANGED); // equal to the mark
        assertThat(stop.onTick(5_100_000)).isEqualTo(StopUpdate.MOVED);     // stop 5,074,500
        assertThat(stop.onTick(5_100_000)).isEqualTo(StopUpdate.UNCHANGED); // equal to the new mark
        assertThat(stop.onTick(5_080_000)).isEqualTo(StopUpdate.UNCHANGED); // pullback above the stop
        assertThat(stop.stopPrice()).isEqualTo(5_074_500);
        assertThat(stop.mark()).isEqualTo(5_100_000);
    }

    @Test
    void shouldReportTheTickPriceAsExitWhenPriceGapsThroughTheStop()
    {
        stop.activate(PositionSide.LONG, 5_000_000, HALF_PERCENT); // stop 4,975,000
        assertThat(stop.onTick(4_500_000)).isEqualTo(StopUpdate.TRIGGERED); // gap 4.75% below the stop
        assertThat(stop.stopPrice()).isEqualTo(4_975_000);
        assertThat(stop.exitPrice()).isEqualTo(4_500_000);

        stop.activate(PositionSide.SHORT, 200_000, HALF_PERCENT); // stop 201,000
        assertThat(stop.onTick(250_000)).isEqualTo(StopUpdate.TRIGGERED);
        assertThat(stop.exitPrice()).isEqualTo(250_000);
    }

    @Test
    void shouldTightenButNeverLoosen()
    {
        stop.activate(PositionSide.LONG, 5_000_000, HALF_PERCENT);
        stop.onTick(5_100_000); // mark 5,100,000, stop 5,074,500
        assertThat(stop.tighten(50)).isEqualTo(StopRejectReason.NOT_TIGHTER);
        assertThat(stop.tighten(100)).isEqualTo(StopRejectReason.NOT_TIGHTER);
        assertThat(stop.stopPrice()).isEqualTo(5_074_500);
        assertThat(stop.distanceBps()).isEqualTo(50);

        // 0.2%: 5,100,000 x 20 / 10,000 = 10,200 -> 5,089,800
        assertThat(stop.tighten(20)).isNull();
        assertThat(stop.stopPrice()).isEqualTo(5_089_800);
        assertThat(stop.distanceBps()).isEqualTo(20);
        assertThat(stop.tighten(30)).isEqualTo(StopRejectReason.NOT_TIGHTER);
        assertThat(stop.tighten(0)).isEqualTo(StopRejectReason.INVALID_DISTANCE);
        assertThat(stop.stopPrice()).isEqualTo(5_089_800);

        // New highs now trail at 0.2%: 5,200,000 x 20 / 10,000 = 10,400 -> 5,189,600
        assertThat(stop.onTick(5_200_000)).isEqualTo(StopUpdate.MOVED);
        assertThat(stop.stopPrice()).isEqualTo(5_189_600);
        assertThat(stop.onTick(5_189_600)).isEqualTo(StopUpdate.TRIGGERED);
    }

    @Test
    void shouldTightenShortStopsDownward()
    {
        stop.activate(PositionSide.SHORT, 200_000, HALF_PERCENT); // stop 201,000
        // 0.1%: 200,000 x 10 / 10,000 = 200 -> 200,200
        assertThat(stop.tighten(10)).isNull();
        assertThat(stop.stopPrice()).isEqualTo(200_200);
        assertThat(stop.tighten(HALF_PERCENT)).isEqualTo(StopRejectReason.NOT_TIGHTER);
        assertThat(stop.stopPrice()).isEqualTo(200_200);
    }

    @Test
    void shouldRoundTheStopTowardThePriceSoTheDistanceNeverExceedsTheSetting()
    {
        // Long, mark 1,000.01: 100,001 x 50 / 10,000 = 500.005 -> offset 500 -> stop 99,501
        // (the exact stop 995.00995 rounds up to 995.01).
        stop.activate(PositionSide.LONG, 100_001, HALF_PERCENT);
        assertThat(stop.stopPrice()).isEqualTo(99_501);
        // Short: exact 1,005.01005 rounds down to 1,005.01 = 100,501.
        stop.activate(PositionSide.SHORT, 100_001, HALF_PERCENT);
        assertThat(stop.stopPrice()).isEqualTo(100_501);
    }

    @Test
    void shouldKeepAtLeastOnePriceUnitBetweenMarkAndStopAtTinyPrices()
    {
        // 10 units x 50 / 10,000 = 0.05 -> offset 0, raised to 1 unit.
        stop.activate(PositionSide.LONG, 10, HALF_PERCENT);
        assertThat(stop.stopPrice()).isEqualTo(9);
        stop.activate(PositionSide.SHORT, 10, HALF_PERCENT);
        assertThat(stop.stopPrice()).isEqualTo(11);
        // A long at 1 unit would have its stop at 0, which no positive price can reach.
        assertThat(stop.activate(PositionSide.LONG, 1, HALF_PERCENT)).isEqualTo(StopRejectReason.STOP_OUT_OF_RANGE);
    }

    @Test
    void shouldComputeStopsWithoutOverflowNearLongMaxValue()
    {
        final long max = Long.MAX_VALUE; // 9,223,372,036,854,775,807
        // Long: offset = floor(9,223,372,036,854,775,807 x 50 / 10,000) = floor(46,116,860,184,273,879.035)
        //       = 46,116,860,184,273,879; stop = max - offset = 9,177,255,176,670,501,928
        assertThat(stop.activate(PositionSide.LONG, max, HALF_PERCENT)).isNull();
        assertThat(stop.stopPrice()).isEqualTo(9_177_255_176_670_501_928L);
        assertThat(stop.onTick(max)).isEqualTo(StopUpdate.UNCHANGED);
        assertThat(stop.onTick(9_177_255_176_670_501_928L)).isEqualTo(StopUpdate.TRIGGERED);

        // Short at max: the stop would lie above Long.MAX_VALUE.
        assertThat(stop.activate(PositionSide.SHORT, max, HALF_PERCENT)).isEqualTo(StopRejectReason.STOP_OUT_OF_RANGE);
        // Short at 9e18: 9e18 x 50 / 10,000 = 4.5e16 -> 9.045e18, which fits.
        assertThat(stop.activate(PositionSide.SHORT, 9_000_000_000_000_000_000L, HALF_PERCENT)).isNull();
        assertThat(stop.stopPrice()).isEqualTo(9_045_000_000_000_000_000L);
        assertThat(stop.onTick(max)).isEqualTo(StopUpdate.TRIGGERED);
        // 15% at 8e18: 8e18 x 1,500 / 10,000 = 1.2e18 -> 9.2e18, just below max.
        assertThat(stop.activate(PositionSide.SHORT, 8_000_000_000_000_000_000L, 1_500)).isNull();
        assertThat(stop.stopPrice()).isEqualTo(9_200_000_000_000_000_000L);
    }

    @Test
    void shouldRefuseBadActivationAndLeaveTheStopAsItWas()
    {
        assertThat(stop.activate(null, 100, HALF_PERCENT)).isEqualTo(StopRejectReason.INVALID_SIDE);
        assertThat(stop.activate(PositionSide.LONG, 0, HALF_PERCENT)).isEqualTo(StopRejectReason.INVALID_PRICE);
        assertThat(stop.activate(PositionSide.LONG, -5, HALF_PERCENT)).isEqualTo(StopRejectReason.INVALID_PRICE);
        assertThat(stop.activate(PositionSide.LONG, 100, 0)).isEqualTo(StopRejectReason.INVALID_DISTANCE);
        assertThat(stop.activate(PositionSide.LONG, 100, 10_000)).isEqualTo(StopRejectReason.INVALID_DISTANCE);
        assertThat(stop.isActive()).isFalse();
        assertThat(stop.onTick(100)).isEqualTo(StopUpdate.INACTIVE);
        assertThat(stop.tighten(10)).isEqualTo(StopRejectReason.UNKNOWN_POSITION);

        stop.activate(PositionSide.LONG, 5_000_000, HALF_PERCENT);
        assertThat(stop.onTick(0)).isEqualTo(StopUpdate.INVALID_PRICE);
        assertThat(stop.onTick(-1)).isEqualTo(StopUpdate.INVALID_PRICE);
        assertThat(stop.isActive()).isTrue();
        assertThat(stop.stopPrice()).isEqualTo(4_975_000);
    }

    @Test
    void shouldNeverMoveTheStopAgainstThePositionOnARandomWalk()
    {
        final Random random = new Random(20_240_611L);
        for (final PositionSide side : PositionSide.values())
        {
            stop.activate(side, 5_000_000, 1_500);
            long price = 5_000_000;
            long previous = stop.stopPrice();
            long extreme = price;
            for (int i = 0; i < 100_000 && stop.isActive(); i++)
            {
                price = Math.max(1, price + random.nextInt(2_001) - 1_000);
                final StopUpdate update = stop.onTick(price);
                extreme = side == PositionSide.LONG ? Math.max(extreme, price) : Math.min(extreme, price);
                if (side == PositionSide.LONG)
                {
                    assertThat(stop.stopPrice()).isGreaterThanOrEqualTo(previous);
                }
                else
                {
                    assertThat(stop.stopPrice()).isLessThanOrEqualTo(previous);
                }
                assertThat(stop.mark()).isEqualTo(extreme);
                assertThat(stop.stopPrice()).isEqualTo(TrailingStop.stopFor(side, extreme, 1_500));
                assertThat(update == StopUpdate.TRIGGERED)
                    .isEqualTo(side == PositionSide.LONG ? price <= previous : price >= previous);
                previous = stop.stopPrice();
            }
        }
    }
}
