package io.pldot.engine.decision;

import io.pldot.journal.schema.TradingCodes;

/**
 * The signals a strategy proposes for one instrument on one trading bar, before the decision
 * stage de-duplicates, ranks and writes them: a small preallocated table of primitive columns.
 * A strategy calls {@link #add} and then the setters with the index it got; every column not set
 * stays 0 (no stop, no target, undefined codes).
 * <p>
 * Reused for every decision; no allocation after construction. Single-threaded; not thread-safe.
 */
public final class SignalCandidates
{
    /** Most signals one decision may propose (four types, with room to spare). */
    public static final int CAPACITY = 8;

    private int count;
    private final int[] type = new int[CAPACITY];
    private final long[] entry = new long[CAPACITY];
    private final long[] stop = new long[CAPACITY];
    private final long[] target = new long[CAPACITY];
    private final double[] confidence = new double[CAPACITY];
    private final double[] strength = new double[CAPACITY];
    private final double[] alignment = new double[CAPACITY];
    private final double[] confluence = new double[CAPACITY];
    private final double[] confluenceRank = new double[CAPACITY];
    private final double[] atrPercent = new double[CAPACITY];
    private final int[] riskLevel = new int[CAPACITY];
    private final int[] higherDirection = new int[CAPACITY];
    private final int[] tradingDirection = new int[CAPACITY];
    private final int[] state = new int[CAPACITY];
    private final int[] pattern = new int[CAPACITY];

    /**
     * Forgets every candidate.
     */
    public void clear()
    {
        count = 0;
    }

    /**
     * Proposes a signal.
     *
     * @param signalType what it asks for.
     * @param entryPrice entry price, fixed point at the instrument's price scale.
     * @return its index, for the setters.
     * @throws IllegalStateException when more than {@link #CAPACITY} are proposed (a strategy bug).
     */
    public int add(final TradingCodes.SignalType signalType, final long entryPrice)
    {
        if (count == CAPACITY)
        {
            throw new IllegalStateException("a strategy proposed more than " + CAPACITY + " signals for one bar");
        }
        final int i = count++;
        type[i] = signalType.code();
        entry[i] = entryPrice;
        stop[i] = 0;
        target[i] = 0;
        confidence[i] = 0;
        strength[i] = 0;
        alignment[i] = 0;
        confluence[i] = 0;
        confluenceRank[i] = 0;
        atrPercent[i] = Double.NaN;
        riskLevel[i] = TradingCodes.UNDEFINED;
        higherDirection[i] = 0;
        tradingDirection[i] = 0;
        state[i] = 0;
        pattern[i] = 0;
        return i;
    }

    /**
     * @param i          candidate.
     * @param stopPrice  fixed point, 0 = none.
     * @param targetPrice fixed point, 0 = none.
     */
    public void exits(final int i, final long stopPrice, final long targetPrice)
    {
        stop[i] = stopPrice;
        target[i] = targetPrice;
    }

    /**
     * @param i              candidate.
     * @param confidenceValue 0..1.
     * @param strengthValue  0..1.
     * @param alignmentValue 0..1.
     * @param confluenceValue weighted confluence written in the record, 0 when not used.
     * @param confluenceNorm the same on a 0..1 scale, for ranking.
     */
    public void scores(
        final int i,
        final double confidenceValue,
        final double strengthValue,
        final double alignmentValue,
        final double confluenceValue,
        final double confluenceNorm)
    {
        confidence[i] = confidenceValue;
        strength[i] = strengthValue;
        alignment[i] = alignmentValue;
        confluence[i] = confluenceValue;
        confluenceRank[i] = confluenceNorm;
    }

    /**
     * @param i                candidate.
     * @param risk             {@link TradingCodes.RiskLevel}.
     * @param higherDir        Direction code of the higher timeframe.
     * @param tradingDir       Direction code of the trading timeframe.
     * @param stateCode        MarketState code of the trading timeframe.
     * @param patternCode      Pattern code behind the signal, 0 for none.
     * @param volatilityPercent ATR as % of price (ranking: calmer ranks higher), NaN when unknown.
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public void context(
        final int i,
        final TradingCodes.RiskLevel risk,
        final int higherDir,
        final int tradingDir,
        final int stateCode,
        final int patternCode,
        final double volatilityPercent)
    {
        riskLevel[i] = risk == null ? TradingCodes.UNDEFINED : risk.code();
        higherDirection[i] = higherDir;
        tradingDirection[i] = tradingDir;
        state[i] = stateCode;
        pattern[i] = patternCode;
        atrPercent[i] = volatilityPercent;
    }

    /** @return candidates proposed. */
    public int count()
    {
        return count;
    }

    /** @param i candidate. @return its SignalType code. */
    public int type(final int i)
    {
        return type[i];
    }

    /** @param i candidate. @return entry price, fixed point. */
    public long entry(final int i)
    {
        return entry[i];
    }

    /** @param i candidate. @return stop price, fixed point, 0 = none. */
    public long stop(final int i)
    {
        return stop[i];
    }

    /** @param i candidate. @return target price, fixed point, 0 = none. */
    public long target(final int i)
    {
        return target[i];
    }

    /** @param i candidate. @return confidence. */
    public double confidence(final int i)
    {
        return confidence[i];
    }

    /** @param i candidate. @return strength. */
    public double strength(final int i)
    {
        return strength[i];
    }

    /** @param i candidate. @return alignment score. */
    public double alignment(final int i)
    {
        return alignment[i];
    }

    /** @param i candidate. @return confluence score as written. */
    public double confluence(final int i)
    {
        return confluence[i];
    }

    /** @param i candidate. @return confluence on a 0..1 scale. */
    public double confluenceNorm(final int i)
    {
        return confluenceRank[i];
    }

    /** @param i candidate. @return ATR % of price, NaN when unknown. */
    public double atrPercent(final int i)
    {
        return atrPercent[i];
    }

    /** @param i candidate. @return RiskLevel code. */
    public int riskLevel(final int i)
    {
        return riskLevel[i];
    }

    /** @param i candidate. @return higher-timeframe Direction code. */
    public int higherDirection(final int i)
    {
        return higherDirection[i];
    }

    /** @param i candidate. @return trading-timeframe Direction code. */
    public int tradingDirection(final int i)
    {
        return tradingDirection[i];
    }

    /** @param i candidate. @return MarketState code. */
    public int state(final int i)
    {
        return state[i];
    }

    /** @param i candidate. @return Pattern code. */
    public int pattern(final int i)
    {
        return pattern[i];
    }

    /**
     * @param i candidate.
     * @return reward / risk = |target − entry| / |entry − stop|, 0 without both a stop and a target.
     */
    public double riskReward(final int i)
    {
        if (stop[i] == 0 || target[i] == 0 || stop[i] == entry[i])
        {
            return 0.0;
        }
        return Math.abs((double)(target[i] - entry[i])) / Math.abs((double)(entry[i] - stop[i]));
    }
}
