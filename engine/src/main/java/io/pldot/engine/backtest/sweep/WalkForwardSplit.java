package io.pldot.engine.backtest.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits an event-time range {@code [from, to)} into walk-forward folds, each an in-sample window (where the
 * parameters are chosen) followed directly by an out-of-sample window (where the choice is tested).
 *
 * <h2>Boundaries</h2>
 * For {@code N} folds the range is cut into {@code N + 1} consecutive segments {@code S0 .. SN} of equal length
 * (to the nanosecond: when the span does not divide, the first {@code span mod (N + 1)} segments are one nanosecond
 * longer). Boundary {@code k} is {@code b(k) = from + k × q + min(k, r)} with {@code q = span / (N + 1)} and
 * {@code r = span mod (N + 1)}, so {@code b(0) = from} and {@code b(N + 1) = to} exactly. Fold {@code i}
 * ({@code 0 .. N-1}) tests on {@code S(i+1)}:
 * <pre>
 *   time  from                                                          to
 *         |  S0      |  S1      |  S2      |  S3      |     (N = 3 folds)
 * rolling   [ IS    )[ OOS    )                              fold 0
 *                    [ IS    )[ OOS    )                     fold 1
 *                               [ IS    )[ OOS    )          fold 2
 * anchored  [ IS    )[ OOS    )                              fold 0
 *           [ IS               )[ OOS    )                   fold 1
 *           [ IS                          )[ OOS    )        fold 2
 * </pre>
 * <ul>
 *   <li><b>Rolling</b>: in-sample is the segment just before the out-of-sample one, {@code [b(i), b(i+1))}.</li>
 *   <li><b>Anchored</b>: in-sample grows from the start, {@code [from, b(i+1))}.</li>
 *   <li>Out-of-sample is {@code [b(i+1), b(i+2))}; the out-of-sample windows tile {@code [b(1), to)} with no gap and
 *       no overlap, and every in-sample window ends exactly where its out-of-sample window begins. All windows are
 *       half-open, so an event at a boundary time belongs to exactly one of them: the later one.</li>
 * </ul>
 * <p>
 * Immutable; thread-safe.
 */
public final class WalkForwardSplit
{
    /** How the in-sample window moves from fold to fold. */
    public enum Mode
    {
        /** In-sample always starts at {@code from} and grows by one segment per fold. */
        ANCHORED,
        /** In-sample is the one segment before the out-of-sample segment. */
        ROLLING
    }

    /**
     * One fold.
     *
     * @param index             fold number, from 0.
     * @param inSampleFrom      first nanosecond of the in-sample window (inclusive), epoch nanoseconds.
     * @param inSampleTo        end of the in-sample window (exclusive); equals {@code outOfSampleFrom}.
     * @param outOfSampleFrom   first nanosecond of the out-of-sample window (inclusive).
     * @param outOfSampleTo     end of the out-of-sample window (exclusive).
     */
    public record Fold(int index, long inSampleFrom, long inSampleTo, long outOfSampleFrom, long outOfSampleTo)
    {
    }

    private final long from;
    private final long to;
    private final Mode mode;
    private final List<Fold> folds;

    private WalkForwardSplit(final long from, final long to, final int count, final Mode mode)
    {
        this.from = from;
        this.to = to;
        this.mode = mode;
        final long segments = count + 1L;
        final long span = to - from;
        final long q = span / segments;
        final long r = span % segments;
        final List<Fold> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++)
        {
            final long oosFrom = boundary(from, q, r, i + 1);
            final long oosTo = boundary(from, q, r, i + 2);
            final long isFrom = mode == Mode.ANCHORED ? from : boundary(from, q, r, i);
            list.add(new Fold(i, isFrom, oosFrom, oosFrom, oosTo));
        }
        this.folds = List.copyOf(list);
    }

    /**
     * @param fromNanos start of the range, inclusive, epoch nanoseconds.
     * @param toNanos   end of the range, exclusive.
     * @param folds     number of folds, at least 1.
     * @param mode      anchored or rolling.
     * @return the split.
     * @throws IllegalArgumentException when the range is empty, {@code folds < 1}, or the range is shorter than
     *                                  {@code folds + 1} nanoseconds (a segment would be empty).
     */
    public static WalkForwardSplit of(final long fromNanos, final long toNanos, final int folds, final Mode mode)
    {
        Objects.requireNonNull(mode, "mode");
        if (folds < 1)
        {
            throw new IllegalArgumentException("walk-forward needs at least 1 fold, was " + folds);
        }
        if (toNanos <= fromNanos)
        {
            throw new IllegalArgumentException("walk-forward range is empty: [" + fromNanos + ", " + toNanos + ")");
        }
        // toNanos - fromNanos overflows only for ranges wider than ~292 years; refuse rather than split garbage.
        final long span = Math.subtractExact(toNanos, fromNanos);
        if (span < folds + 1L)
        {
            throw new IllegalArgumentException(
                "walk-forward range of " + span + " ns is too short for " + folds + " folds");
        }
        return new WalkForwardSplit(fromNanos, toNanos, folds, mode);
    }

    /**
     * @return start of the whole range, inclusive.
     */
    public long from()
    {
        return from;
    }

    /**
     * @return end of the whole range, exclusive.
     */
    public long to()
    {
        return to;
    }

    /**
     * @return anchored or rolling.
     */
    public Mode mode()
    {
        return mode;
    }

    /**
     * @return the folds, in time order. Unmodifiable.
     */
    public List<Fold> folds()
    {
        return folds;
    }

    private static long boundary(final long from, final long q, final long r, final int k)
    {
        // k * q <= span and min(k, r) <= r, so this never overflows for a span that fits a long.
        return from + k * q + Math.min(k, r);
    }
}
