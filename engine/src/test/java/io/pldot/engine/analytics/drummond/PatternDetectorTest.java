package io.pldot.engine.analytics.drummond;

import org.junit.jupiter.api.Test;

import static io.pldot.engine.analytics.drummond.PatternType.C_WAVE;
import static io.pldot.engine.analytics.drummond.PatternType.CONGESTION_OSCILLATION;
import static io.pldot.engine.analytics.drummond.PatternType.EXHAUST;
import static io.pldot.engine.analytics.drummond.PatternType.PLDOT_PUSH;
import static io.pldot.engine.analytics.drummond.PatternType.PLDOT_REFRESH;
import static io.pldot.engine.analytics.drummond.RecordingListener.ended;
import static io.pldot.engine.analytics.drummond.RecordingListener.started;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each pattern from a small hand-made series (high = low = close, bar n opens at n days), and a
 * near miss that must not trigger it. The arithmetic is in the comments; "P" is the PLdot of the
 * bar, "pos" the envelope position.
 */
class PatternDetectorTest
{
    private final RecordingListener listener = new RecordingListener();

    private DrummondAnalyzer analyzer(final DrummondSettings settings)
    {
        return new DrummondAnalyzer(settings, listener);
    }

    /** A 1 % envelope: wide enough to compute by hand, narrow enough to leave. */
    private static DrummondSettings onePercent()
    {
        return DrummondSettings.defaults().withEnvelopeMethod(EnvelopeMethod.PERCENTAGE).withEnvelopePercent(0.01);
    }

    // ---------------------------------------------------------------- PLdot push

    @Test
    void shouldStartAndEndAPushWhileClosesStayOnTheSideOfTheSlope()
    {
        final DrummondAnalyzer analyzer = analyzer(DrummondSettings.defaults());
        // bar 3: P 2, no slope yet; bars 4, 5, 6: P 3, 4, 5 rising, closes 4, 5, 6 above -> starts on bar 6
        TestBars.feedCloses(analyzer, 1, 2, 3, 4, 5, 6);
        assertThat(listener.of(PLDOT_PUSH)).containsExactly(started(PLDOT_PUSH, TrendDirection.UP, 4, 3));
        assertThat(analyzer.isPatternActive(PLDOT_PUSH)).isTrue();
        assertThat(analyzer.activePatterns() & PLDOT_PUSH.mask()).isNotZero();
        // bar 7: P (5 + 6 + 6) / 3 = 5.67, slope +0.67, close 6 above: strength 4
        TestBars.feedCloses(analyzer, 6);
        assertThat(analyzer.patterns().strength(PLDOT_PUSH)).isEqualTo(4);
        assertThat(analyzer.patterns().endTime(PLDOT_PUSH)).isEqualTo(TestBars.time(7));
        // bar 8: P 6 = close: neither side, the push ends with bar 7
        TestBars.feedCloses(analyzer, 6);
        assertThat(listener.of(PLDOT_PUSH)).containsExactly(
            started(PLDOT_PUSH, TrendDirection.UP, 4, 3),
            ended(PLDOT_PUSH, TrendDirection.UP, 4, 7, 4));
        assertThat(analyzer.isPatternActive(PLDOT_PUSH)).isFalse();
        assertThat(analyzer.patterns().endedMask()).isEqualTo(PLDOT_PUSH.mask());
    }

    @Test
    void shouldFindADownPush()
    {
        final DrummondAnalyzer analyzer = analyzer(DrummondSettings.defaults());
        // P 9, 8, 7, 6 on bars 3..6 falling, closes 8, 7, 6, 5 below
        TestBars.feedCloses(analyzer, 10, 9, 8, 7, 6, 5);
        assertThat(listener.of(PLDOT_PUSH)).containsExactly(started(PLDOT_PUSH, TrendDirection.DOWN, 4, 3));
    }

    @Test
    void shouldNotCallTwoBarsAPush()
    {
        final DrummondAnalyzer analyzer = analyzer(DrummondSettings.defaults());
        // bars 4 and 5 push; bar 6: P (4 + 5 + 3) / 3 = 4, close 3 below, slope 4 - 4 = 0
        TestBars.feedCloses(analyzer, 1, 2, 3, 4, 5, 3);
        assertThat(listener.of(PLDOT_PUSH)).isEmpty();
        assertThat(analyzer.patterns().hasOccurred(PLDOT_PUSH)).isFalse();
        assertThat(analyzer.patterns().startTime(PLDOT_PUSH)).isEqualTo(PatternDetector.NO_TIME);
    }

    // ---------------------------------------------------------------- PLdot refresh

    @Test
    void shouldFindARefreshWhenPriceComesBackToThePldot()
    {
        final DrummondAnalyzer analyzer = analyzer(DrummondSettings.defaults());
        // bars 1-7 at 10: P 10 (bars 3-7).
        // bar 8 at 12: P 10.667; last 5 P [10,10,10,10,10.667] pstd 0.2667, tolerance 0.3667; 1.333 away: far 1
        // bar 9 at 12: P 11.333; [10,10,10,10.667,11.333] pstd 0.5333, tolerance 0.6333; 0.667 away: far 2
        // bar 10 at 11: P 11.667; [10,10,10.667,11.333,11.667] pstd 0.6799, tolerance 0.7799; 0.667 away: back
        TestBars.feedCloses(analyzer, 10, 10, 10, 10, 10, 10, 10, 12, 12);
        assertThat(listener.of(PLDOT_REFRESH)).isEmpty();
        TestBars.feedCloses(analyzer, 11);
        // the excursion was up, so the refresh points down; 2 far bars + the return bar
        assertThat(listener.of(PLDOT_REFRESH)).containsExactly(
            started(PLDOT_REFRESH, TrendDirection.DOWN, 8, 3),
            ended(PLDOT_REFRESH, TrendDirection.DOWN, 8, 10, 3));
        assertThat(analyzer.isPatternActive(PLDOT_REFRESH)).as("complete on detection").isFalse();
        assertThat(analyzer.patterns().direction(PLDOT_REFRESH)).isEqualTo(TrendDirection.DOWN);
        assertThat(analyzer.patterns().startedMask() & analyzer.patterns().endedMask())
            .isEqualTo(PLDOT_REFRESH.mask());
    }

    @Test
    void shouldNotFindARefreshWhenPriceCrossesThePldotInstead()
    {
        final DrummondAnalyzer analyzer = analyzer(DrummondSettings.defaults());
        // as above to bar 9 (far 2, above); bar 10 at 9: P 11, 2 below: the far count restarts below (far 1)
        // bar 11 at 11: P (12 + 9 + 11) / 3 = 10.667; [10,10.667,11.333,11,10.667] pstd 0.4422,
        // tolerance 0.5422; 0.333 away: back, but after only 1 far bar
        TestBars.feedCloses(analyzer, 10, 10, 10, 10, 10, 10, 10, 12, 12, 9, 11);
        assertThat(listener.of(PLDOT_REFRESH)).isEmpty();
    }

    // ---------------------------------------------------------------- exhaust

    @Test
    void shouldFindAnExhaustAfterTwoFarBarsAndAReentry()
    {
        final DrummondAnalyzer analyzer = analyzer(onePercent());
        // bars 1-5 at 100: P 100, band 99..101.
        // bar 6 at 110: P 103.333, upper 104.367, width 2.067; (110 - 104.367) / 2.067 = 2.73 widths out
        // bar 7 at 115: P 108.333, upper 109.417, width 2.167; 2.58 widths out
        // bar 8 at 108: P 111, band 109.89..112.11, width 2.22: back under the upper band,
        //   (115 - 108) / 2.22 = 3.15 widths off the extreme (>= 0.4)
        TestBars.feedCloses(analyzer, 100, 100, 100, 100, 100, 110, 115, 108);
        assertThat(listener.of(EXHAUST)).containsExactly(
            started(EXHAUST, TrendDirection.DOWN, 6, 2),
            ended(EXHAUST, TrendDirection.DOWN, 6, 8, 2));
    }

    @Test
    void shouldNotFindAnExhaustAfterOneFarBar()
    {
        final DrummondAnalyzer analyzer = analyzer(onePercent());
        // bar 6 at 110 is 2.73 widths out; bar 7 at 104: P 104.667, inside, but only one far bar;
        // bars 8-10 stay inside and the 3-bar recovery window closes
        TestBars.feedCloses(analyzer, 100, 100, 100, 100, 100, 110, 104, 104, 104, 104);
        assertThat(listener.of(EXHAUST)).isEmpty();
    }

    @Test
    void shouldNotFindAnExhaustWithoutAReversion()
    {
        final DrummondAnalyzer analyzer = analyzer(onePercent());
        // bars 6, 7 far out (110, 115); bar 8 at 115: P 113.333, upper 114.467: still out, 0.24 widths;
        // bar 9 at 115: P 115, inside, but 0 widths back from the extreme 115 (< 0.4); bars 10, 11 the same,
        // and the recovery window closes
        TestBars.feedCloses(analyzer, 100, 100, 100, 100, 100, 110, 115, 115, 115, 115, 115);
        assertThat(listener.of(EXHAUST)).isEmpty();
    }

    // ---------------------------------------------------------------- c-wave

    @Test
    void shouldFindACWaveOfThreeBarsAtTheTopOfTheEnvelope()
    {
        final DrummondAnalyzer analyzer = analyzer(onePercent());
        // bar 3 at 102: P 101, band 99.99..102.01, pos (102 - 99.99) / 2.02 = 0.995
        // bar 4 at 103: P 102, pos (103 - 100.98) / 2.04 = 0.990
        // bar 5 at 104: P 103, pos (104 - 101.97) / 2.06 = 0.985: third bar >= 0.9, starts
        TestBars.feedCloses(analyzer, 100, 101, 102, 103, 104);
        assertThat(listener.of(C_WAVE)).containsExactly(started(C_WAVE, TrendDirection.UP, 3, 3));
        // bar 6 at 104: P 103.667, band 102.630..104.703, pos 0.661: ends with bar 5
        TestBars.feedCloses(analyzer, 104);
        assertThat(listener.of(C_WAVE)).containsExactly(
            started(C_WAVE, TrendDirection.UP, 3, 3),
            ended(C_WAVE, TrendDirection.UP, 3, 5, 3));
    }

    @Test
    void shouldFindACWaveAtTheBottomOfTheEnvelope()
    {
        final DrummondAnalyzer analyzer = analyzer(onePercent());
        // bars 3, 4, 5 at 98, 97, 96 below P 99, 98, 97 minus 1 %: positions 0
        TestBars.feedCloses(analyzer, 100, 99, 98, 97, 96);
        assertThat(listener.of(C_WAVE)).containsExactly(started(C_WAVE, TrendDirection.DOWN, 3, 3));
    }

    @Test
    void shouldNotCallTwoBarsAtTheTopACWave()
    {
        final DrummondAnalyzer analyzer = analyzer(onePercent());
        // bars 3, 4 at 0.995, 0.990; bar 5 at 103: P 102.667, band 101.640..103.693, pos 0.662
        TestBars.feedCloses(analyzer, 100, 101, 102, 103, 103);
        assertThat(listener.of(C_WAVE)).isEmpty();
    }

    // ---------------------------------------------------------------- congestion oscillation

    @Test
    void shouldFindAnOscillationInTheMiddleOfTheEnvelope()
    {
        final DrummondAnalyzer analyzer = analyzer(onePercent());
        // bar 3 at 100: pos 0.5 (first of the run)
        // bar 4 at 100.5: P 100.167, band 99.165..101.168, pos 0.666 (previous in run 0.5: qualifies)
        // bar 5 at 99.5: P 100, band 99..101, pos 0.25: down after a bar above the middle
        // bar 6 at 100.5: P 100.167, pos 0.666: up after a bar below the middle: 4 bars, starts
        TestBars.feedCloses(analyzer, 100, 100, 100, 100.5, 99.5, 100.5);
        assertThat(listener.of(CONGESTION_OSCILLATION))
            .containsExactly(started(CONGESTION_OSCILLATION, TrendDirection.NEUTRAL, 3, 4));
        // bar 7 at 99.5: P 99.833, band 98.835..100.832, pos 0.333: strength 5
        // bar 8 at 102: P 100.667, upper 101.673: pos 1, outside 0.2..0.8: ends with bar 7
        TestBars.feedCloses(analyzer, 99.5, 102);
        assertThat(listener.of(CONGESTION_OSCILLATION)).containsExactly(
            started(CONGESTION_OSCILLATION, TrendDirection.NEUTRAL, 3, 4),
            ended(CONGESTION_OSCILLATION, TrendDirection.NEUTRAL, 3, 7, 5));
    }

    @Test
    void shouldNotCallThreeMiddleBarsAnOscillation()
    {
        final DrummondAnalyzer analyzer = analyzer(onePercent());
        // bars 3, 4, 5 qualify; bar 6 at 102: P 100.667, pos 1
        TestBars.feedCloses(analyzer, 100, 100, 100, 100.5, 99.5, 102);
        assertThat(listener.of(CONGESTION_OSCILLATION)).isEmpty();
    }

    @Test
    void shouldRestartTheOscillationWhenPriceKeepsMovingOneWay()
    {
        final DrummondAnalyzer analyzer = analyzer(onePercent());
        // bar 4 at 100.5: pos 0.666 (run 2); bar 5 at 100.8: P 100.433, band 99.429..101.438,
        // pos 0.683: up again after a bar above the middle, the run restarts (1)
        // bar 6 at 100.3: P 100.533, band 99.528..101.539, pos 0.384 (run 2)
        // bar 7 at 100.6: P 100.567, band 99.561..101.572, pos 0.517 (run 3): bars 3-7 never make 4
        TestBars.feedCloses(analyzer, 100, 100, 100, 100.5, 100.8, 100.3, 100.6);
        assertThat(listener.of(CONGESTION_OSCILLATION)).isEmpty();
    }
}
