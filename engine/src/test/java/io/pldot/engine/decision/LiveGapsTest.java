package io.pldot.engine.decision;

import io.pldot.journal.schema.AnalyticsCodes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open gap list from a hand-written sequence of gap events.
 */
class LiveGapsTest
{
    private static final int BULLISH = AnalyticsCodes.GapDirection.BULLISH.code();
    private static final int BEARISH = AnalyticsCodes.GapDirection.BEARISH.code();
    private static final int OPEN = AnalyticsCodes.GapStatus.OPEN.code();
    private static final int PARTIAL = AnalyticsCodes.GapStatus.PARTIAL.code();
    private static final int FILLED = AnalyticsCodes.GapStatus.FILLED.code();

    @Test
    void shouldAddUpdateAndForgetGapsByDirectionAndCreation()
    {
        final LiveGaps gaps = new LiveGaps(4);
        gaps.on(BULLISH, OPEN, 10, 1.0, 2.0);
        gaps.on(BEARISH, OPEN, 10, 7.0, 8.0); // same time, other direction: another gap
        gaps.on(BULLISH, OPEN, 20, 3.0, 4.0);
        // A partial fill narrows the first gap in place.
        gaps.on(BULLISH, PARTIAL, 10, 1.0, 1.5);
        assertThat(gaps.count()).isEqualTo(3);
        assertThat(gaps.high(0)).isEqualTo(1.5);
        // Filling the bearish gap (index 1) shifts the later one down.
        gaps.on(BEARISH, FILLED, 10, 7.0, 8.0);
        assertThat(gaps.count()).isEqualTo(2);
        assertThat(gaps.direction(1)).isEqualTo(BULLISH);
        assertThat(gaps.created(1)).isEqualTo(20);
        assertThat(gaps.low(1)).isEqualTo(3.0);
        // Filling a gap the list does not hold changes nothing.
        gaps.on(BEARISH, FILLED, 999, 7.0, 8.0);
        assertThat(gaps.count()).isEqualTo(2);
    }

    @Test
    void shouldDropTheOldestGapWhenFull()
    {
        final LiveGaps gaps = new LiveGaps(2);
        gaps.on(BULLISH, OPEN, 1, 1.0, 2.0);
        gaps.on(BULLISH, OPEN, 2, 2.0, 3.0);
        gaps.on(BULLISH, OPEN, 3, 3.0, 4.0); // gap 1 goes
        assertThat(gaps.count()).isEqualTo(2);
        assertThat(gaps.created(0)).isEqualTo(2);
        assertThat(gaps.created(1)).isEqualTo(3);
    }
}
