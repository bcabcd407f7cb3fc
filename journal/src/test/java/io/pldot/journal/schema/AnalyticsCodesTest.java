package io.pldot.journal.schema;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyticsCodesTest
{
    private static final List<Class<? extends Enum<?>>> VOCABULARIES = List.of(
        AnalyticsCodes.MarketState.class, AnalyticsCodes.Direction.class, AnalyticsCodes.Slope.class,
        AnalyticsCodes.Regime.class, AnalyticsCodes.ProfileShape.class, AnalyticsCodes.Pattern.class,
        AnalyticsCodes.PatternPhase.class, AnalyticsCodes.ZoneKind.class, AnalyticsCodes.ZoneStatus.class,
        AnalyticsCodes.GapDirection.class, AnalyticsCodes.GapStatus.class);

    @Test
    void shouldCoverEveryVocabularyOfAnalyticsCodes()
    {
        assertThat(AnalyticsCodes.class.getDeclaredClasses())
            .filteredOn(Class::isEnum)
            .containsExactlyInAnyOrderElementsOf(VOCABULARIES);
    }

    @Test
    void shouldGiveEachConstantTheCodeThatReadersDecode()
    {
        for (final Class<? extends Enum<?>> vocabulary : VOCABULARIES)
        {
            for (final Enum<?> constant : vocabulary.getEnumConstants())
            {
                final int code = ((AnalyticsCodes.Coded)constant).code();
                assertThat(code).as(constant.toString()).isEqualTo(AnalyticsCodes.code(constant)).isPositive();
                assertThat(AnalyticsCodes.label(rawType(vocabulary), code)).isEqualTo(constant.name());
            }
        }
    }

    @Test
    void shouldKeepTheCodesRecordsAlreadyHold()
    {
        assertThat(AnalyticsCodes.MarketState.TREND.code()).isEqualTo(1);
        assertThat(AnalyticsCodes.MarketState.CONGESTION_EXIT.code()).isEqualTo(4);
        assertThat(AnalyticsCodes.Direction.DOWN.code()).isEqualTo(2);
        assertThat(AnalyticsCodes.Regime.DOWNTREND.code()).isEqualTo(2);
        assertThat(AnalyticsCodes.ZoneKind.SUPPLY.code()).isEqualTo(2);
        assertThat(AnalyticsCodes.ZoneStatus.BROKEN.code()).isEqualTo(3);
        assertThat(AnalyticsCodes.GapDirection.BEARISH.code()).isEqualTo(2);
        assertThat(AnalyticsCodes.GapStatus.FILLED.code()).isEqualTo(3);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class rawType(final Class<? extends Enum<?>> vocabulary)
    {
        return vocabulary;
    }
}
