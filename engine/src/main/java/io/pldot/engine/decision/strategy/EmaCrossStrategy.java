package io.pldot.engine.decision.strategy;

import io.pldot.engine.analytics.regime.Ema;
import io.pldot.engine.decision.MultiTimeframeView;
import io.pldot.engine.decision.SignalCandidates;
import io.pldot.journal.schema.TradingCodes.SignalType;

import java.util.List;

/**
 * {@code ema-cross}: a plain crossover of two EMAs of the trading timeframe's closes, computed
 * here from the candle closes alone (no analytics snapshot needed). The EMAs are TA-Lib seeded
 * ({@link Ema}: the first value is the simple average of the first N closes).
 * <p>
 * "Cross" is defined exactly as ta4j 0.22's {@code CrossIndicator} behind
 * {@code CrossedUpIndicatorRule(fast, slow)} / {@code CrossedDownIndicatorRule(fast, slow)}, with
 * bar index i counted from 0 on the first close and u = slow (ta4j's unstable bars of an
 * {@code EMAIndicator(slow)}, the larger of the two):
 * <ul>
 *   <li>crossed up at i when i &gt; u, fast(i) &gt; slow(i), and at the latest j &lt; i with
 *       j = u or fast(j) ≠ slow(j), fast(j) &lt; slow(j) (equal bars in between are skipped);</li>
 *   <li>crossed down symmetrically (fast(i) &lt; slow(i), and fast(j) &gt; slow(j)).</li>
 * </ul>
 * Signals: LONG on a cross up, EXIT_LONG on a cross down; with {@code allowShort} also SHORT on a
 * cross down and EXIT_SHORT on a cross up (the exit is proposed first, so it ranks first on a
 * tie). Every signal is emitted at each cross whether or not a position is open: the risk stage
 * ignores an exit with nothing to exit. No stop or target (0); confidence, strength and alignment
 * are 1 for a cross (this strategy has no graded conviction).
 * <p>
 * Note for a trade-for-trade comparison with ta4j: ta4j 0.22's {@code EMAIndicator} is NaN before
 * index N and starts at close(N), while TA-Lib seeds with the N-close average at index N − 1; the
 * two EMAs converge, so crosses agree once the seeds have decayed (a few × N bars), and may differ
 * before. Per-instrument state: two {@link Ema}s, a bar count and the last non-zero sign of
 * fast − slow. No allocation after construction; not thread-safe.
 */
public final class EmaCrossStrategy implements Strategy
{
    /** Strategy name. */
    public static final String NAME = "ema-cross";

    private final int code;
    private final boolean allowShort;
    private final int unstable;
    private final Ema[] fast;
    private final Ema[] slow;
    private final long[] bars;
    private final int[] lastSign;

    /**
     * @param code        wire code.
     * @param parameters  {@code fast}, {@code slow}, {@code allowShort}.
     * @param instruments instruments, by dense index.
     */
    public EmaCrossStrategy(final int code, final StrategyParameters parameters, final int instruments)
    {
        this.code = code;
        final int fastPeriod = parameters.integer("fast");
        final int slowPeriod = parameters.integer("slow");
        this.allowShort = parameters.flag("allowShort");
        this.unstable = Math.max(fastPeriod, slowPeriod);
        this.fast = new Ema[instruments];
        this.slow = new Ema[instruments];
        this.bars = new long[instruments];
        this.lastSign = new int[instruments];
        for (int i = 0; i < instruments; i++)
        {
            fast[i] = new Ema(fastPeriod);
            slow[i] = new Ema(slowPeriod);
        }
    }

    /**
     * @param code wire code in the registry.
     * @return the registry entry.
     */
    static StrategyDefinition definition(final int code)
    {
        return new StrategyDefinition(NAME, code,
            "EMA crossover of trading-timeframe closes (TA-Lib seeded; cross as ta4j's CrossedUp/DownIndicatorRule)",
            false, false,
            List.of(
                ParameterDescriptor.integer("fast", 9, 1, 1000, "fast EMA period"),
                ParameterDescriptor.integer("slow", 21, 2, 1000, "slow EMA period (> fast)"),
                ParameterDescriptor.flag("allowShort", false, "also SHORT on a cross down and EXIT_SHORT on a cross up")),
            p ->
            {
                if (p.integer("fast") >= p.integer("slow"))
                {
                    throw new IllegalArgumentException("fast (" + p.integer("fast") + ") must be less than slow (" +
                        p.integer("slow") + ")");
                }
            },
            (p, instruments) -> new EmaCrossStrategy(code, p, instruments));
    }

    @Override
    public void onTradingBar(final MultiTimeframeView view, final SignalCandidates out)
    {
        final int k = view.instrumentIndex();
        final double close = view.trading().close();
        final long index = bars[k]++;
        fast[k].update(close);
        slow[k].update(close);
        if (index < unstable)
        {
            return;
        }
        final double f = fast[k].value();
        final double s = slow[k].value();
        final int sign = f > s ? 1 : f < s ? -1 : 0;
        final int previous = lastSign[k];
        // ta4j walks back over equal bars to index u and compares there; keeping the last non-zero
        // sign since u (0 when every bar since u was equal) is the same test, incrementally.
        if (sign != 0 || index == unstable)
        {
            lastSign[k] = sign;
        }
        if (index == unstable)
        {
            return;
        }
        final long entry = view.trading().closeFixed();
        if (sign > 0 && previous < 0)
        {
            if (allowShort)
            {
                propose(out, SignalType.EXIT_SHORT, entry);
            }
            propose(out, SignalType.LONG, entry);
        }
        else if (sign < 0 && previous > 0)
        {
            propose(out, SignalType.EXIT_LONG, entry);
            if (allowShort)
            {
                propose(out, SignalType.SHORT, entry);
            }
        }
    }

    private static void propose(final SignalCandidates out, final SignalType type, final long entry)
    {
        final int i = out.add(type, entry);
        out.scores(i, 1.0, 1.0, 1.0, 0.0, 0.0);
    }

    /** @return the wire code. */
    public int code()
    {
        return code;
    }
}
