package io.pldot.engine.decision;

import org.junit.jupiter.api.Test;

import static io.pldot.journal.schema.TradingCodes.SignalType.EXIT_LONG;
import static io.pldot.journal.schema.TradingCodes.SignalType.LONG;
import static org.assertj.core.api.Assertions.assertThat;

class SignalDeduplicatorTest
{
    private static final long MINUTE = 60_000_000_000L;

    @Test
    void shouldSuppressTheSameTypeStrictlyInsideTheWindow()
    {
        final SignalDeduplicator dedup = new SignalDeduplicator(2, 60 * MINUTE);
        final int longBit = 1 << (LONG.code() - 1);
        assertThat(dedup.isDuplicate(0, LONG.code(), 0)).isFalse();
        dedup.onDecision(0, longBit, longBit, 0);
        assertThat(dedup.isDuplicate(0, LONG.code(), 59 * MINUTE)).isTrue();
        // now - last = window: outside (the window is half-open).
        assertThat(dedup.isDuplicate(0, LONG.code(), 60 * MINUTE)).isFalse();
        // Other instrument, other type: independent.
        assertThat(dedup.isDuplicate(1, LONG.code(), MINUTE)).isFalse();
        assertThat(dedup.isDuplicate(0, EXIT_LONG.code(), MINUTE)).isFalse();
    }

    @Test
    void shouldRestartTheWindowWhenADecisionProposesAnotherType()
    {
        final SignalDeduplicator dedup = new SignalDeduplicator(1, 60 * MINUTE);
        final int longBit = 1 << (LONG.code() - 1);
        final int exitBit = 1 << (EXIT_LONG.code() - 1);
        dedup.onDecision(0, longBit, longBit, 0);
        // A decision that proposes LONG again (suppressed) keeps the window.
        dedup.onDecision(0, longBit, 0, 5 * MINUTE);
        assertThat(dedup.isDuplicate(0, LONG.code(), 10 * MINUTE)).isTrue();
        // EXIT_LONG: the strategy changed its mind; a LONG after it is new.
        dedup.onDecision(0, exitBit, exitBit, 15 * MINUTE);
        assertThat(dedup.isDuplicate(0, LONG.code(), 20 * MINUTE)).isFalse();
        assertThat(dedup.isDuplicate(0, EXIT_LONG.code(), 20 * MINUTE)).isTrue();
    }

    @Test
    void shouldSuppressNothingWithAZeroWindow()
    {
        final SignalDeduplicator dedup = new SignalDeduplicator(1, 0);
        final int longBit = 1 << (LONG.code() - 1);
        dedup.onDecision(0, longBit, longBit, 0);
        assertThat(dedup.isDuplicate(0, LONG.code(), 0)).isFalse();
    }
}
