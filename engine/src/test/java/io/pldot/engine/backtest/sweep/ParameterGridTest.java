package io.pldot.engine.backtest.sweep;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParameterGridTest
{
    @Test
    void shouldBuildCartesianProductWithLastKeyFastest()
    {
        final ParameterGrid grid = ParameterGrid.parse(List.of("fast=5,9", "slow=20..40:10"));

        assertThat(grid.keys()).containsExactly("fast", "slow");
        assertThat(grid.size()).isEqualTo(6);
        assertThat(grid.points()).containsExactly(
            Map.of("fast", "5", "slow", "20"),
            Map.of("fast", "5", "slow", "30"),
            Map.of("fast", "5", "slow", "40"),
            Map.of("fast", "9", "slow", "20"),
            Map.of("fast", "9", "slow", "30"),
            Map.of("fast", "9", "slow", "40"));
        assertThat(grid.point(4).keySet()).containsExactly("fast", "slow");
    }

    @Test
    void shouldKeepValuesAsWrittenInListOrder()
    {
        final ParameterGrid grid = ParameterGrid.parse(List.of("mode = trend, fade ,both", "stop=1.50,0.5"));

        assertThat(grid.values("mode")).containsExactly("trend", "fade", "both");
        assertThat(grid.values("stop")).containsExactly("1.50", "0.5");
        assertThat(grid.point(0)).isEqualTo(Map.of("mode", "trend", "stop", "1.50"));
    }

    @Test
    void shouldExpandRangesExactlyIncludingDecimalSteps()
    {
        final ParameterGrid grid = ParameterGrid.parse(
            List.of("a=5..20:5", "b=0.1..0.3:0.1", "c=0.5..1.5:0.25", "d=20..45:10", "e=-2..2:2", "f=7..7:1"));

        assertThat(grid.values("a")).containsExactly("5", "10", "15", "20");
        // With doubles 0.1 + 0.1 + 0.1 > 0.3 and the last value would be lost.
        assertThat(grid.values("b")).containsExactly("0.1", "0.2", "0.3");
        assertThat(grid.values("c")).containsExactly("0.5", "0.75", "1", "1.25", "1.5");
        assertThat(grid.values("d")).containsExactly("20", "30", "40");
        assertThat(grid.values("e")).containsExactly("-2", "0", "2");
        assertThat(grid.values("f")).containsExactly("7");
        assertThat(grid.size()).isEqualTo(4 * 3 * 5 * 3 * 3);
    }

    @Test
    void shouldHaveOnePointWithoutKeys()
    {
        final ParameterGrid grid = ParameterGrid.parse(List.of());

        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.point(0)).isEmpty();
    }

    @Test
    void shouldBuildFromMapInMapOrder()
    {
        final Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("slow", List.of("21", "30"));
        values.put("fast", List.of("9"));

        final ParameterGrid grid = ParameterGrid.of(values);

        assertThat(grid.points()).containsExactly(Map.of("slow", "21", "fast", "9"), Map.of("slow", "30", "fast", "9"));
        assertThat(grid.keys()).containsExactly("slow", "fast");
    }

    @Test
    void shouldNameKeyAndValueInErrors()
    {
        assertError("slow=20..x:5", "grid key 'slow': bad range '20..x:5': 'x' is not a number");
        assertError("slow=20..40", "grid key 'slow': bad range '20..40': expected from..to:step");
        assertError("slow=20..40:0", "grid key 'slow': bad range '20..40:0': step must be positive");
        assertError("slow=20..40:-5", "grid key 'slow': bad range '20..40:-5': step must be positive");
        assertError("slow=40..20:5", "grid key 'slow': bad range '40..20:5': from is greater than to");
        assertError("slow=1..2000000:1", "grid key 'slow': bad range '1..2000000:1': more than 1000000 values");
        assertError("fast=5,,9", "grid key 'fast': empty value in '5,,9'");
        assertError("fast=5,9,", "grid key 'fast': empty value in '5,9,'");
        assertError("fast=", "grid key 'fast' has no values");
        assertError("fast=5,9,5", "grid key 'fast': value '5' is given twice");
        assertError("fast", "grid option 'fast': expected key=v1,v2,... or key=from..to:step");
        assertError("9fast=1", "grid key '9fast' is not a valid name");
        assertError("=1", "grid key '' is not a valid name");
        assertThatThrownBy(() -> ParameterGrid.parse(List.of("fast=5", "fast=9")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("grid key 'fast' is given twice");
    }

    @Test
    void shouldRefuseTooManyPoints()
    {
        assertThatThrownBy(() -> ParameterGrid.parse(List.of("a=1..1000:1", "b=1..1000:1", "c=1..2:1")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("grid has more than 1000000 points [a, b, c]");
    }

    @Test
    void shouldNameMissingKey()
    {
        final ParameterGrid grid = ParameterGrid.parse(List.of("fast=5"));

        assertThatThrownBy(() -> grid.values("slow"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("grid has no key 'slow' (keys: [fast])");
    }

    private static void assertError(final String option, final String messageStart)
    {
        assertThatThrownBy(() -> ParameterGrid.parse(List.of(option)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith(messageStart);
    }

    @Test
    void shouldKeepGridIndicesWhenNarrowed()
    {
        final ParameterGrid grid = ParameterGrid.parse(List.of("fast=5,9,30", "slow=10,21"));
        final ParameterGrid valid = grid.retain(p -> Integer.parseInt(p.get("fast")) < Integer.parseInt(p.get("slow")));

        assertThat(valid.points()).containsExactly(
            Map.of("fast", "5", "slow", "10"), Map.of("fast", "5", "slow", "21"),
            Map.of("fast", "9", "slow", "10"), Map.of("fast", "9", "slow", "21"));
        assertThat(valid.gridIndex(0)).isEqualTo(0);
        assertThat(valid.gridIndex(3)).isEqualTo(3);
        final ParameterGrid slow21 = valid.retain(p -> p.get("slow").equals("21"));
        assertThat(slow21.size()).isEqualTo(2);
        assertThat(slow21.gridIndex(0)).isEqualTo(1);
        assertThat(slow21.gridIndex(1)).isEqualTo(3);
        assertThat(slow21.values("fast")).containsExactly("5", "9", "30");
        assertThatThrownBy(() -> slow21.gridIndex(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
