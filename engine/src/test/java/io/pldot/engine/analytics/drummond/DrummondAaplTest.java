package io.pldot.engine.analytics.drummond;

import io.pldot.engine.analytics.bar.Bar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The analyzer on the 252 real AAPL 2013 daily bars, compared on every bar with
 * {@link DgasReference}, an independent whole-series BigDecimal re-implementation.
 */
class DrummondAaplTest
{
    private static final double RELATIVE = 1e-9;

    private final List<TestBars.Row> rows = TestBars.aapl();

    @Test
    void shouldLoadTheWholeYear()
    {
        assertThat(rows).hasSize(252);
        assertThat(rows.get(0).close()).isEqualByComparingTo("549.03");
    }

    @ParameterizedTest
    @EnumSource(EnvelopeMethod.class)
    void shouldMatchTheReferenceOnEveryBar(final EnvelopeMethod method)
    {
        final DrummondSettings settings = DrummondSettings.defaults().withEnvelopeMethod(method);
        final DgasReference ref = reference(settings);
        final DrummondAnalyzer analyzer = new DrummondAnalyzer(settings);
        final Bar bar = new Bar();
        int envelopes = 0;
        final Set<MarketState> seen = EnumSet.noneOf(MarketState.class);
        for (int i = 0; i < rows.size(); i++)
        {
            analyzer.update(TestBars.toBar(bar, rows.get(i)));
            final String at = method + " bar " + (i + 1);

            assertClose(analyzer.pldot(), ref.pldot.get(i), at + " pldot");
            assertClose(analyzer.pldotProjection(), ref.pldot.get(i), at + " projection");
            assertClose(analyzer.pldotSlope(), ref.slope.get(i), at + " slope");
            assertThat(analyzer.hasPldot()).as(at).isEqualTo(ref.pldot.get(i) != null);
            assertThat(analyzer.slopeTrend()).as(at + " slope trend").isEqualTo(ref.slopeTrend.get(i));

            assertThat(analyzer.hasEnvelope()).as(at + " has envelope").isEqualTo(ref.upper.get(i) != null);
            assertClose(analyzer.envUpper(), ref.upper.get(i), at + " upper");
            assertClose(analyzer.envLower(), ref.lower.get(i), at + " lower");
            assertClose(analyzer.envWidth(), ref.width.get(i), at + " width");
            assertClose(analyzer.envPosition(), ref.position.get(i), at + " position");
            envelopes += analyzer.hasEnvelope() ? 1 : 0;

            assertThat(analyzer.state()).as(at + " state").isEqualTo(ref.state.get(i));
            assertThat(analyzer.trendDirection()).as(at + " direction").isEqualTo(ref.direction.get(i));
            assertThat(analyzer.barsInState()).as(at + " bars in state").isEqualTo(ref.barsInState.get(i));
            assertThat(analyzer.previousState()).as(at + " previous state").isEqualTo(ref.previousState.get(i));
            assertClose(analyzer.stateConfidence(), ref.confidence.get(i), at + " confidence");
            if (analyzer.state() != null)
            {
                seen.add(analyzer.state());
            }
        }
        final int expectedEnvelopes = switch (method)
        {
            case PLDOT_RANGE -> 252 - 4;
            case ATR -> 252 - 3;
            default -> 252 - 2;
        };
        assertThat(envelopes).isEqualTo(expectedEnvelopes);
        // The year goes through every state, so every rule is exercised.
        assertThat(seen).containsExactlyInAnyOrder(MarketState.values());
    }

    @ParameterizedTest
    @EnumSource(EnvelopeMethod.class)
    void shouldFindTheSamePatternsAsTheBatchReference(final EnvelopeMethod method)
    {
        final DrummondSettings settings = DrummondSettings.defaults().withEnvelopeMethod(method);
        final DgasReference ref = reference(settings);
        final List<DgasReference.Event> ended = new ArrayList<>();
        final List<DgasReference.Event> started = new ArrayList<>();
        final DrummondAnalyzer analyzer = new DrummondAnalyzer(settings, new PatternListener()
        {
            @Override
            public void onPatternStarted(
                final PatternType type, final TrendDirection direction, final long startTime, final int strength)
            {
                started.add(new DgasReference.Event(type, direction, startTime, Long.MIN_VALUE, strength));
            }

            @Override
            public void onPatternEnded(
                final PatternType type,
                final TrendDirection direction,
                final long startTime,
                final long endTime,
                final int strength)
            {
                ended.add(new DgasReference.Event(type, direction, startTime, endTime, strength));
            }
        });
        final Bar bar = new Bar();
        for (final TestBars.Row row : rows)
        {
            analyzer.update(TestBars.toBar(bar, row));
        }
        // A pattern still in progress at the end is one DGAS's (docs/references.md) batch run reports too.
        final PatternDetector detector = analyzer.patterns();
        for (final PatternType type : PatternType.values())
        {
            if (detector.isActive(type))
            {
                ended.add(new DgasReference.Event(type, detector.direction(type), detector.startTime(type),
                    detector.endTime(type), detector.strength(type)));
            }
        }
        ended.sort(Comparator.comparing(DgasReference.Event::type).thenComparingLong(DgasReference.Event::start));

        assertThat(ended).as(method + " patterns").containsExactlyElementsOf(ref.events);
        assertThat(started).as("every pattern starts once").hasSameSizeAs(ended);
        // The year is rich enough that no comparison is vacuous: on the default envelope it has 27
        // pushes, 26 refreshes and 13 c-waves; on the 2 % envelope c-waves and oscillations.
        if (method == EnvelopeMethod.PLDOT_RANGE)
        {
            assertThat(ref.events).extracting(DgasReference.Event::type)
                .contains(PatternType.PLDOT_PUSH, PatternType.PLDOT_REFRESH, PatternType.C_WAVE);
        }
        if (method == EnvelopeMethod.PERCENTAGE)
        {
            assertThat(ref.events).extracting(DgasReference.Event::type)
                .contains(PatternType.C_WAVE, PatternType.CONGESTION_OSCILLATION);
        }
    }

    @Test
    void shouldFindAnExhaustWithANarrowPercentageEnvelope()
    {
        // 0.1 % of ~450..560 is a band of ~1: daily moves of a few dollars leave it by 2+ widths.
        final DrummondSettings settings = DrummondSettings.defaults()
            .withEnvelopeMethod(EnvelopeMethod.PERCENTAGE).withEnvelopePercent(0.001);
        final DgasReference ref = reference(settings);
        final List<DgasReference.Event> found = new ArrayList<>();
        final DrummondAnalyzer analyzer = new DrummondAnalyzer(settings, new PatternListener()
        {
            @Override
            public void onPatternStarted(
                final PatternType type, final TrendDirection direction, final long startTime, final int strength)
            {
            }

            @Override
            public void onPatternEnded(
                final PatternType type,
                final TrendDirection direction,
                final long startTime,
                final long endTime,
                final int strength)
            {
                if (type == PatternType.EXHAUST)
                {
                    found.add(new DgasReference.Event(type, direction, startTime, endTime, strength));
                }
            }
        });
        final Bar bar = new Bar();
        for (final TestBars.Row row : rows)
        {
            analyzer.update(TestBars.toBar(bar, row));
        }
        final List<DgasReference.Event> expected =
            ref.events.stream().filter(e -> e.type() == PatternType.EXHAUST).toList();
        assertThat(expected).isNotEmpty();
        assertThat(found).containsExactlyElementsOf(expected);
    }

    private DgasReference reference(final DrummondSettings settings)
    {
        return new DgasReference(rows, settings.envelopeMethod(), BigDecimal.valueOf(settings.envelopeMultiplier()),
            BigDecimal.valueOf(settings.envelopePercent()), settings.atrPeriod());
    }

    private static void assertClose(final double actual, final BigDecimal expected, final String what)
    {
        if (expected == null)
        {
            assertThat(actual).as(what + " undefined").isNaN();
            return;
        }
        final double e = expected.doubleValue();
        assertThat(actual).as(what).isCloseTo(e, within(RELATIVE * Math.max(1.0, Math.abs(e))));
    }
}
