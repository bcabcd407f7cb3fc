package io.pldot.engine.decision;

import org.junit.jupiter.api.Test;

import static io.pldot.journal.schema.TradingCodes.SignalType.EXIT_LONG;
import static io.pldot.journal.schema.TradingCodes.SignalType.LONG;
import static io.pldot.journal.schema.TradingCodes.SignalType.SHORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SignalRankerTest
{
    @Test
    void shouldScoreEachCriterionWithItsWeight()
    {
        final SignalCandidates c = new SignalCandidates();
        // entry 100.00, stop 98.00, target 104.00: reward/risk 4 / 2 = 2 -> 2/3 of full marks.
        final int i = c.add(LONG, 10_000);
        c.exits(i, 9_800, 10_400);
        c.scores(i, 0.9, 0.8, 0.7, 4.0, 0.5);
        c.context(i, null, 0, 0, 0, 0, 2.0);
        // 0.30*0.8 + 0.25*(2/3) + 0.20*0.5 + 0.15*0.7 + 0.10*(1 - 2/5)
        // = 0.24 + 0.1666667 + 0.10 + 0.105 + 0.06 = 0.6716667
        assertThat(c.riskReward(i)).isCloseTo(2.0, within(1e-12));
        assertThat(SignalRanker.score(c, i)).isCloseTo(0.24 + 0.25 * 2.0 / 3.0 + 0.10 + 0.105 + 0.06, within(1e-12));
    }

    @Test
    void shouldOrderBestFirstAndKeepProposalOrderOnTies()
    {
        final SignalCandidates c = new SignalCandidates();
        final int weak = c.add(EXIT_LONG, 10_000);
        c.scores(weak, 0.5, 0.2, 0.5, 0, 0);
        final int strong = c.add(SHORT, 10_000);
        c.scores(strong, 0.5, 0.9, 0.5, 0, 0);
        final int tie = c.add(LONG, 10_000);
        c.scores(tie, 0.5, 0.2, 0.5, 0, 0);
        final int[] order = {0, 1, 2, 0, 0, 0, 0, 0};
        new SignalRanker().rank(c, order, 3);
        assertThat(order[0]).isEqualTo(strong);
        assertThat(order[1]).isEqualTo(weak);
        assertThat(order[2]).isEqualTo(tie);
    }
}
