package io.pldot.engine.backtest.sweep;

import io.pldot.engine.backtest.sweep.WalkForwardSplit.Fold;
import io.pldot.engine.backtest.sweep.WalkForwardSplit.Mode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WalkForwardSplitTest
{
    @Test
    void shouldRollOneSegmentInSampleBeforeEachOutOfSampleSegment()
    {
        // [1000, 1400), 3 folds -> 4 segments of 100: boundaries 1000, 1100, 1200, 1300, 1400.
        final List<Fold> folds = WalkForwardSplit.of(1000, 1400, 3, Mode.ROLLING).folds();

        assertThat(folds).containsExactly(
            new Fold(0, 1000, 1100, 1100, 1200),
            new Fold(1, 1100, 1200, 1200, 1300),
            new Fold(2, 1200, 1300, 1300, 1400));
    }

    @Test
    void shouldAnchorInSampleAtStart()
    {
        final List<Fold> folds = WalkForwardSplit.of(1000, 1400, 3, Mode.ANCHORED).folds();

        assertThat(folds).containsExactly(
            new Fold(0, 1000, 1100, 1100, 1200),
            new Fold(1, 1000, 1200, 1200, 1300),
            new Fold(2, 1000, 1300, 1300, 1400));
    }

    /**
     * Span 10 in 3 segments: q = 3, r = 1, so the first segment is one longer: boundaries 0, 4, 7, 10.
     */
    @Test
    void shouldGiveRemainderToFirstSegments()
    {
        final List<Fold> folds = WalkForwardSplit.of(0, 10, 2, Mode.ROLLING).folds();

        assertThat(folds).containsExactly(new Fold(0, 0, 4, 4, 7), new Fold(1, 4, 7, 7, 10));
    }

    /**
     * The Bitstamp sample: 2013-11-25T00:00:00Z to 2013-12-01T16:02:06Z (exclusive) = 576,126 s, 5 folds -> 6
     * segments of 96,021 s exactly.
     */
    @Test
    void shouldSplitRealRangeInNanoseconds()
    {
        final long from = 1_385_337_600L * 1_000_000_000L;
        final long to = 1_385_913_726L * 1_000_000_000L;
        final long segment = 96_021L * 1_000_000_000L;

        final List<Fold> folds = WalkForwardSplit.of(from, to, 5, Mode.ROLLING).folds();

        assertThat(folds).hasSize(5);
        assertThat(folds.get(0)).isEqualTo(new Fold(0, from, from + segment, from + segment, from + 2 * segment));
        assertThat(folds.get(4).outOfSampleTo()).isEqualTo(to);
        assertThat(folds.get(4).inSampleFrom()).isEqualTo(from + 4 * segment);
    }

    @Test
    void shouldTileOutOfSampleWithoutGapOrOverlapForAnySpan()
    {
        final Random random = new Random(42);
        for (int trial = 0; trial < 2_000; trial++)
        {
            final int n = 1 + random.nextInt(12);
            final long from = random.nextLong() >> 2;
            final long span = n + 1 + (random.nextBoolean() ? random.nextInt(1000) : random.nextLong() >>> 3);
            final Mode mode = random.nextBoolean() ? Mode.ROLLING : Mode.ANCHORED;

            final List<Fold> folds = WalkForwardSplit.of(from, from + span, n, mode).folds();

            assertThat(folds).hasSize(n);
            long minLength = Long.MAX_VALUE;
            long maxLength = Long.MIN_VALUE;
            for (final Fold f : folds)
            {
                assertThat(f.inSampleTo()).isEqualTo(f.outOfSampleFrom());
                assertThat(f.inSampleFrom()).isLessThan(f.inSampleTo());
                assertThat(f.outOfSampleFrom()).isLessThan(f.outOfSampleTo());
                final Fold previous = f.index() == 0 ? null : folds.get(f.index() - 1);
                if (null != previous)
                {
                    assertThat(f.outOfSampleFrom()).isEqualTo(previous.outOfSampleTo());
                }
                // Rolling: in-sample is the segment the previous fold tested on (the first segment for fold 0).
                final long rollingFrom = null == previous ? from : previous.outOfSampleFrom();
                assertThat(f.inSampleFrom()).isEqualTo(mode == Mode.ANCHORED ? from : rollingFrom);
                minLength = Math.min(minLength, f.outOfSampleTo() - f.outOfSampleFrom());
                maxLength = Math.max(maxLength, f.outOfSampleTo() - f.outOfSampleFrom());
            }
            assertThat(folds.get(n - 1).outOfSampleTo()).isEqualTo(from + span);
            assertThat(maxLength - minLength).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void shouldRefuseBadArguments()
    {
        assertThatThrownBy(() -> WalkForwardSplit.of(0, 100, 0, Mode.ROLLING))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("walk-forward needs at least 1 fold, was 0");
        assertThatThrownBy(() -> WalkForwardSplit.of(100, 100, 2, Mode.ROLLING))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("walk-forward range is empty: [100, 100)");
        assertThatThrownBy(() -> WalkForwardSplit.of(0, 2, 2, Mode.ANCHORED))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("walk-forward range of 2 ns is too short for 2 folds");
        assertThat(WalkForwardSplit.of(0, 3, 2, Mode.ANCHORED).folds()).hasSize(2);
    }
}
