package io.pldot.engine.decision;

/**
 * Orders competing signals of one decision by a composite score, after DGAS's (docs/references.md)
 * {@code SignalRanker} criteria, each on a 0..1 scale and weighted:
 * <pre>
 *   score = 0.30 × strength
 *         + 0.25 × min(risk/reward ÷ 3, 1)           (reward/risk of 3:1 or better scores 1)
 *         + 0.20 × confluence (the strategy's 0..1 figure)
 *         + 0.15 × trend alignment (alignment score)
 *         + 0.10 × (1 − min(ATR% ÷ 5, 1))             (calmer markets rank higher; unknown ATR% = 0)
 * </pre>
 * Ties keep the order the strategy proposed them in (a stable sort), so the ranking is
 * deterministic. Stateless apart from its scratch arrays; no allocation; not thread-safe.
 */
public final class SignalRanker
{
    /** Weight of signal strength. */
    public static final double STRENGTH_WEIGHT = 0.30;
    /** Weight of the reward/risk ratio. */
    public static final double RISK_REWARD_WEIGHT = 0.25;
    /** Weight of confluence. */
    public static final double CONFLUENCE_WEIGHT = 0.20;
    /** Weight of trend alignment. */
    public static final double ALIGNMENT_WEIGHT = 0.15;
    /** Weight of (low) volatility. */
    public static final double VOLATILITY_WEIGHT = 0.10;
    /** Reward/risk that earns the full risk/reward score. */
    public static final double FULL_RISK_REWARD = 3.0;
    /** ATR as % of price at which the volatility score reaches 0. */
    public static final double FULL_VOLATILITY_PERCENT = 5.0;

    private final double[] scores = new double[SignalCandidates.CAPACITY];

    /**
     * @param candidates the proposals.
     * @param i          one of them.
     * @return its composite score.
     */
    public static double score(final SignalCandidates candidates, final int i)
    {
        final double atr = candidates.atrPercent(i);
        final double calm = Double.isFinite(atr) ? 1.0 - Math.min(Math.max(atr, 0.0) / FULL_VOLATILITY_PERCENT, 1.0) : 0.0;
        return STRENGTH_WEIGHT * candidates.strength(i) +
            RISK_REWARD_WEIGHT * Math.min(candidates.riskReward(i) / FULL_RISK_REWARD, 1.0) +
            CONFLUENCE_WEIGHT * candidates.confluenceNorm(i) +
            ALIGNMENT_WEIGHT * candidates.alignment(i) +
            VOLATILITY_WEIGHT * calm;
    }

    /**
     * Orders candidate indices best first.
     *
     * @param candidates the proposals.
     * @param order      filled with candidate indices; its first {@code count} entries are the
     *                   candidates to rank (others are ignored).
     * @param count      how many entries of {@code order} to rank.
     */
    public void rank(final SignalCandidates candidates, final int[] order, final int count)
    {
        for (int k = 0; k < count; k++)
        {
            scores[order[k]] = score(candidates, order[k]);
        }
        // Insertion sort: at most CAPACITY entries, stable, allocation-free.
        for (int k = 1; k < count; k++)
        {
            final int moving = order[k];
            int j = k - 1;
            while (j >= 0 && scores[order[j]] < scores[moving])
            {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = moving;
        }
    }
}
