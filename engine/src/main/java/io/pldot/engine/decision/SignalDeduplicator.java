package io.pldot.engine.decision;

import io.pldot.journal.schema.TradingCodes;

import java.util.Arrays;

/**
 * Suppresses a signal that repeats one already emitted: a candidate is a duplicate when a signal
 * of the same type for the same instrument was emitted less than the window ago (event time,
 * {@code now − last < window}) and no decision since proposed anything else for it. A decision
 * that proposes other types (the strategy changed its mind, e.g. EXIT_LONG after LONG) restarts
 * the window of every type it did not propose, so an EMA crossover that whipsaws LONG, EXIT_LONG,
 * LONG within the window keeps all three. A window of 0 suppresses nothing.
 * <p>
 * State: one long per instrument × signal type. No allocation after construction; not thread-safe.
 */
public final class SignalDeduplicator
{
    private static final long NEVER = Long.MIN_VALUE;
    private static final int TYPES = TradingCodes.SignalType.values().length;

    private final long windowNanos;
    private final long[] lastEmitted;

    /**
     * @param instruments instruments, by dense index.
     * @param windowNanos de-duplication window, ≥ 0.
     */
    public SignalDeduplicator(final int instruments, final long windowNanos)
    {
        if (windowNanos < 0)
        {
            throw new IllegalArgumentException("dedupWindow must be >= 0, was " + windowNanos + " ns");
        }
        this.windowNanos = windowNanos;
        this.lastEmitted = new long[instruments * TYPES];
        Arrays.fill(lastEmitted, NEVER);
    }

    /**
     * @param instrumentIndex dense index.
     * @param typeCode        SignalType code.
     * @param now             event time of the decision.
     * @return true when the signal would repeat one emitted within the window.
     */
    public boolean isDuplicate(final int instrumentIndex, final int typeCode, final long now)
    {
        final long last = lastEmitted[instrumentIndex * TYPES + typeCode - 1];
        return last != NEVER && now - last < windowNanos;
    }

    /**
     * Records a decision.
     *
     * @param instrumentIndex dense index.
     * @param proposedMask    bit (code − 1) set for each type the strategy proposed.
     * @param emittedMask     bit (code − 1) set for each type written.
     * @param now             event time of the decision.
     */
    public void onDecision(final int instrumentIndex, final int proposedMask, final int emittedMask, final long now)
    {
        final int base = instrumentIndex * TYPES;
        for (int t = 0; t < TYPES; t++)
        {
            if ((emittedMask & (1 << t)) != 0)
            {
                lastEmitted[base + t] = now;
            }
            else if ((proposedMask & (1 << t)) == 0)
            {
                lastEmitted[base + t] = NEVER;
            }
        }
    }
}
