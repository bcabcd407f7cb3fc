package io.pldot.engine.analytics.regime;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Defaults are OFS §12.5's (docs/references.md) numbers; everything else is refused on construction.
 */
class RegimeSettingsTest
{
    @Test
    void shouldDefaultToTheSeedsValues()
    {
        final RegimeSettings s = RegimeSettings.defaults();
        assertThat(s.emaPeriods()).containsExactly(20, 50, 200);
        assertThat(s.atrPeriod()).isEqualTo(14);
        assertThat(s.adxPeriod()).isEqualTo(14);
        assertThat(s.hurstWindow()).isEqualTo(100);
        assertThat(s.hurstLags()).containsExactly(10, 20, 50);
        assertThat(s.meanReversionLookback()).isEqualTo(50);
        assertThat(s.autocorrelationWindow()).isEqualTo(50);
        assertThat(s.minAdx()).isEqualTo(20.0);
        assertThat(s.minAtrPercent()).isEqualTo(0.5);
        assertThat(s.minHurst()).isEqualTo(0.55);
        assertThat(s.maxMeanReversionStrength()).isEqualTo(0.6);
    }

    @Test
    void shouldCopyTheListsItIsGiven()
    {
        final List<Integer> periods = new ArrayList<>(List.of(10, 30));
        final RegimeSettings s = RegimeSettings.defaults().withEmaPeriods(periods);
        periods.set(0, 99);
        assertThat(s.emaPeriods()).containsExactly(10, 30);
        assertThatThrownBy(() -> s.emaPeriods().add(5)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(s).isEqualTo(RegimeSettings.defaults().withEmaPeriods(List.of(10, 30)));
    }

    @Test
    void shouldRefuseInvalidSettings()
    {
        final RegimeSettings d = RegimeSettings.defaults();
        assertInvalid(() -> d.withEmaPeriods(List.of()));
        assertInvalid(() -> d.withEmaPeriods(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9)));
        assertInvalid(() -> d.withEmaPeriods(List.of(50, 20)));
        assertInvalid(() -> d.withEmaPeriods(List.of(20, 20)));
        assertInvalid(() -> d.withEmaPeriods(List.of(0, 20)));
        assertInvalid(() -> d.withThresholds(Double.NaN, 0.5, 0.55, 0.6));
        assertInvalid(() -> d.withThresholds(20, Double.POSITIVE_INFINITY, 0.55, 0.6));
        assertInvalid(() -> settings(0, 14, 100, List.of(10, 20, 50), 50, 50));
        assertInvalid(() -> settings(14, 1, 100, List.of(10, 20, 50), 50, 50));
        assertInvalid(() -> settings(14, 14, 50, List.of(10, 20, 50), 50, 50));
        assertInvalid(() -> settings(14, 14, RegimeSettings.MAX_WINDOW + 1, List.of(10, 20, 50), 50, 50));
        assertInvalid(() -> settings(14, 14, 100, List.of(10), 50, 50));
        assertInvalid(() -> settings(14, 14, 100, List.of(20, 10), 50, 50));
        assertInvalid(() -> settings(14, 14, 100, List.of(1, 10), 50, 50));
        assertInvalid(() -> settings(14, 14, 100, List.of(10, 20, 50), 1, 50));
        assertInvalid(() -> settings(14, 14, 100, List.of(10, 20, 50), RegimeSettings.MAX_WINDOW + 1, 50));
        assertInvalid(() -> settings(14, 14, 100, List.of(10, 20, 50), 50, 1));
        assertInvalid(() -> settings(14, 14, 100, List.of(10, 20, 50), 50, RegimeSettings.MAX_WINDOW + 1));
        assertThat(d.withEmaPeriods(List.of(1, 2, 3, 4, 5, 6, 7, 8)).emaPeriods())
            .hasSize(RegimeSettings.MAX_EMA_PERIODS);
        assertThat(settings(1, 2, 51, List.of(10, 20, 50), 2, 2).hurstWindow()).isEqualTo(51);
    }

    private static RegimeSettings settings(
        final int atr, final int adx, final int hurstWindow, final List<Integer> lags, final int mr, final int ac)
    {
        return new RegimeSettings(List.of(20, 50, 200), atr, adx, hurstWindow, lags, mr, ac, 20, 0.5, 0.55, 0.6);
    }

    private static void assertInvalid(final Runnable construction)
    {
        assertThatThrownBy(construction::run).isInstanceOf(IllegalArgumentException.class);
    }
}
