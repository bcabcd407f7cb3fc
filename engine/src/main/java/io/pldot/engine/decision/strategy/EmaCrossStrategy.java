package io.pldot.engine.decision.strategy;

import io.pldot.engine.analytics.regime.Ema;
import io.pldot.engine.decision.MultiTimeframeView;
import io.pldot.engine.decision.SignalCandidates;
import io.pldot.journal.schema.TradingCodes.SignalType;

import java.util.List;

/**
 * {@code ema-cross}: a plain crossover of two EMAs of the trading timeframe's closes, computed
 * here from the candle closes alone (no analytics snapshot needed). The EMAs are TA-Lib seeded
 * by default ({@link Ema}: the first value, at bar N − 1, is the simple average of the first N
 * closes); with {@code ta4jSeed} they are seeded as ta4j 0.22's {@code EMAIndicator}: undefined
 * before bar N, the close itself at bar N, then {@code prev + (close − prev) × 2/(N+1)} — the same
 * expression in the same order, so the doubles agree bit for bit with ta4j's {@code DoubleNum}.
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
 * For a trade-for-trade comparison with ta4j use {@code ta4jSeed=true}; with TA-Lib seeds the two
 * EMAs converge, so crosses agree once the seeds have decayed (a few × N bars) and may differ
 * before. Per-instrument state: two EMAs, a bar count and the last non-zero sign of
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
    private final boolean ta4jSeed;
    private final int fastPeriod;
    private final int slowPeriod;
    private final double fastK;
    private final double slowK;
    private final double[] fastValue;
    private final double[] slowValue;
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
        this.fastPeriod = parameters.integer("fast");
        this.slowPeriod = parameters.integer("slow");
        this.allowShort = parameters.flag("allowShort");
        this.ta4jSeed = parameters.flag("ta4jSeed");
        // ta4j: multiplier = 2.0 / (barCount + 1), computed as a double.
        this.fastK = 2.0 / (fastPeriod + 1);
        this.slowK = 2.0 / (slowPeriod + 1);
        this.fastValue = new double[instruments];
        this.slowValue = new double[instruments];
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
                ParameterDescriptor.flag("allowShort", false, "also SHORT on a cross down and EXIT_SHORT on a cross up"),
                ParameterDescriptor.flag("ta4jSeed", false,
                    "seed the EMAs as ta4j 0.22 does (close of bar N) instead of TA-Lib's N-close average")),
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
        final double f;
        final double s;
        if (ta4jSeed)
        {
            f = fastValue[k] = ta4jEma(fastValue[k], close, fastK, index, fastPeriod);
            s = slowValue[k] = ta4jEma(slowValue[k], close, slowK, index, slowPeriod);
        }
        else
        {
            fast[k].update(close);
            slow[k].update(close);
            f = fast[k].value();
            s = slow[k].value();
        }
        if (index < unstable)
        {
            return;
        }
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

    private static double ta4jEma(final double previous, final double close, final double k, final long index, final int period)
    {
        if (index < period)
        {
            return Double.NaN;
        }
        return index == period ? close : previous + (close - previous) * k;
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
