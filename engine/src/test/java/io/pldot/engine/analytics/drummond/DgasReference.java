package io.pldot.engine.analytics.drummond;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An independent, whole-series (non-incremental) re-implementation of the DGAS (docs/references.md) definitions, used
 * as the oracle for the AAPL tests. It shares no code with production: every bar is recomputed
 * from the full lists, in BigDecimal (34 significant digits) for PLdot, envelopes and confidence,
 * and states and patterns are derived by scanning the lists back, the way the DGAS Python does it
 * over a whole DataFrame.
 */
final class DgasReference
{
    static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal THREE = BigDecimal.valueOf(3);
    private static final BigDecimal NINE = BigDecimal.valueOf(9);
    private static final BigDecimal SLOPE_THRESHOLD = new BigDecimal("0.0001");

    /** Per-bar results; index = bar index (0-based); null where undefined. */
    final List<BigDecimal> pldot = new ArrayList<>();
    final List<BigDecimal> slope = new ArrayList<>();
    final List<SlopeTrend> slopeTrend = new ArrayList<>();
    final List<BigDecimal> upper = new ArrayList<>();
    final List<BigDecimal> lower = new ArrayList<>();
    final List<BigDecimal> width = new ArrayList<>();
    final List<BigDecimal> position = new ArrayList<>();
    final List<MarketState> state = new ArrayList<>();
    final List<TrendDirection> direction = new ArrayList<>();
    final List<Integer> barsInState = new ArrayList<>();
    final List<MarketState> previousState = new ArrayList<>();
    final List<BigDecimal> confidence = new ArrayList<>();
    final List<Event> events = new ArrayList<>();

    /** One pattern as DGAS's batch functions report it. */
    record Event(PatternType type, TrendDirection direction, long start, long end, int strength)
    {
    }

    private final List<TestBars.Row> rows;

    DgasReference(
        final List<TestBars.Row> rows,
        final EnvelopeMethod method,
        final BigDecimal multiplier,
        final BigDecimal percent,
        final int atrPeriod)
    {
        this.rows = rows;
        for (int i = 0; i < rows.size(); i++)
        {
            pldot.add(pldotAt(i));
            slope.add(i >= 1 && pldot.get(i - 1) != null ? pldot.get(i).subtract(pldot.get(i - 1), MC) : null);
            slopeTrend.add(pldot.get(i) == null ? null : trendOf(slope.get(i)));
            envelopeAt(i, method, multiplier, percent, atrPeriod);
            stateAt(i);
        }
        patterns();
    }

    // ------------------------------------------------------------------ PLdot

    private BigDecimal pldotAt(final int i)
    {
        if (i < 2)
        {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = i - 2; k <= i; k++)
        {
            final TestBars.Row r = rows.get(k);
            sum = sum.add(r.high()).add(r.low()).add(r.close());
        }
        return sum.divide(NINE, MC);
    }

    private static SlopeTrend trendOf(final BigDecimal s)
    {
        if (s == null || s.abs().compareTo(SLOPE_THRESHOLD) < 0)
        {
            return SlopeTrend.HORIZONTAL;
        }
        return s.signum() > 0 ? SlopeTrend.UP : SlopeTrend.DOWN;
    }

    // ------------------------------------------------------------------ envelope

    private void envelopeAt(
        final int i,
        final EnvelopeMethod method,
        final BigDecimal multiplier,
        final BigDecimal percent,
        final int atrPeriod)
    {
        BigDecimal offset = null;
        final BigDecimal center = pldot.get(i);
        if (center != null)
        {
            switch (method)
            {
                case PLDOT_RANGE ->
                {
                    if (i >= 4)
                    {
                        final List<BigDecimal> window = pldot.subList(i - 2, i + 1);
                        offset = sampleStd(window).multiply(multiplier, MC);
                    }
                }
                case HLC_RANGE ->
                {
                    BigDecimal hi = rows.get(i).high();
                    BigDecimal lo = rows.get(i).low();
                    for (int k = i - 2; k < i; k++)
                    {
                        hi = hi.max(rows.get(k).high());
                        lo = lo.min(rows.get(k).low());
                    }
                    offset = hi.subtract(lo).divide(TWO, MC).multiply(multiplier, MC);
                }
                case ATR ->
                {
                    final BigDecimal atr = atrAt(i, atrPeriod);
                    offset = atr == null ? null : atr.multiply(multiplier, MC);
                }
                case PERCENTAGE -> offset = center.abs().multiply(percent, MC);
                default -> throw new IllegalStateException();
            }
        }
        if (offset == null)
        {
            upper.add(null);
            lower.add(null);
            width.add(null);
            position.add(null);
            return;
        }
        final BigDecimal up = center.add(offset, MC);
        final BigDecimal lo = center.subtract(offset, MC);
        final BigDecimal w = up.subtract(lo, MC);
        final BigDecimal close = rows.get(i).close();
        final BigDecimal pos;
        if (w.signum() == 0)
        {
            pos = close.compareTo(up) > 0 ? BigDecimal.ONE : close.compareTo(lo) < 0 ? BigDecimal.ZERO
                : new BigDecimal("0.5");
        }
        else
        {
            pos = close.subtract(lo, MC).divide(w, MC).max(BigDecimal.ZERO).min(BigDecimal.ONE);
        }
        upper.add(up);
        lower.add(lo);
        width.add(w);
        position.add(pos);
    }

    static BigDecimal sampleStd(final List<BigDecimal> values)
    {
        BigDecimal sum = BigDecimal.ZERO;
        for (final BigDecimal v : values)
        {
            sum = sum.add(v, MC);
        }
        final BigDecimal mean = sum.divide(BigDecimal.valueOf(values.size()), MC);
        BigDecimal squares = BigDecimal.ZERO;
        for (final BigDecimal v : values)
        {
            final BigDecimal d = v.subtract(mean, MC);
            squares = squares.add(d.multiply(d, MC), MC);
        }
        return squares.divide(BigDecimal.valueOf(values.size() - 1), MC).sqrt(MC);
    }

    static double populationStd(final List<Double> values)
    {
        BigDecimal sum = BigDecimal.ZERO;
        for (final double v : values)
        {
            sum = sum.add(new BigDecimal(v), MC);
        }
        final BigDecimal mean = sum.divide(BigDecimal.valueOf(values.size()), MC);
        BigDecimal squares = BigDecimal.ZERO;
        for (final double v : values)
        {
            final BigDecimal d = new BigDecimal(v).subtract(mean, MC);
            squares = squares.add(d.multiply(d, MC), MC);
        }
        return squares.divide(BigDecimal.valueOf(values.size()), MC).sqrt(MC).doubleValue();
    }

    /** TA-Lib ATR recomputed from the first bar: SMA of the first n true ranges, then Wilder. */
    private BigDecimal atrAt(final int i, final int n)
    {
        if (i < n)
        {
            return null;
        }
        final List<BigDecimal> trueRanges = new ArrayList<>();
        for (int k = 1; k <= i; k++)
        {
            final TestBars.Row r = rows.get(k);
            final BigDecimal prevClose = rows.get(k - 1).close();
            trueRanges.add(r.high().subtract(r.low())
                .max(r.high().subtract(prevClose).abs())
                .max(r.low().subtract(prevClose).abs()));
        }
        BigDecimal atr = BigDecimal.ZERO;
        for (int k = 0; k < n; k++)
        {
            atr = atr.add(trueRanges.get(k));
        }
        atr = atr.divide(BigDecimal.valueOf(n), MC);
        final BigDecimal n1 = BigDecimal.valueOf(n - 1);
        for (int k = n; k < trueRanges.size(); k++)
        {
            atr = atr.multiply(n1, MC).add(trueRanges.get(k), MC).divide(BigDecimal.valueOf(n), MC);
        }
        return atr;
    }

    // ------------------------------------------------------------------ states

    private int sideAt(final int i)
    {
        return rows.get(i).close().compareTo(pldot.get(i));
    }

    private void stateAt(final int i)
    {
        if (pldot.get(i) == null)
        {
            state.add(null);
            direction.add(null);
            barsInState.add(0);
            previousState.add(null);
            confidence.add(null);
            return;
        }
        // The three latest sides, only once three PLdot bars exist.
        int run = 0;
        if (i >= 4)
        {
            final int a = sideAt(i - 2);
            if (a != 0 && sideAt(i - 1) == a && sideAt(i) == a)
            {
                run = a;
            }
        }
        final MarketState prior = state.get(i - 1);
        // Last trend: direction of the latest TREND or REVERSAL state before this bar.
        TrendDirection lastTrend = TrendDirection.NEUTRAL;
        for (int k = i - 1; k >= 0 && state.get(k) != null; k--)
        {
            if (state.get(k) == MarketState.TREND || state.get(k) == MarketState.REVERSAL)
            {
                lastTrend = direction.get(k);
                break;
            }
        }
        // Trend at entrance: direction of the latest CONGESTION_ENTRANCE not followed by a TREND or REVERSAL.
        TrendDirection atEntrance = TrendDirection.NEUTRAL;
        for (int k = i - 1; k >= 0 && state.get(k) != null; k--)
        {
            final MarketState s = state.get(k);
            if (s == MarketState.TREND || s == MarketState.REVERSAL)
            {
                break;
            }
            if (s == MarketState.CONGESTION_ENTRANCE)
            {
                atEntrance = direction.get(k);
                break;
            }
        }
        final TrendDirection effective = atEntrance != TrendDirection.NEUTRAL ? atEntrance : lastTrend;
        final MarketState s;
        final TrendDirection d;
        if (run != 0)
        {
            d = run > 0 ? TrendDirection.UP : TrendDirection.DOWN;
            if (prior == MarketState.TREND && lastTrend == d)
            {
                s = MarketState.TREND;
            }
            else if (prior == MarketState.CONGESTION_ENTRANCE || prior == MarketState.CONGESTION_ACTION)
            {
                if (effective == d)
                {
                    s = MarketState.CONGESTION_EXIT;
                }
                else if (effective == TrendDirection.NEUTRAL)
                {
                    s = MarketState.TREND;
                }
                else
                {
                    s = MarketState.REVERSAL;
                }
            }
            else
            {
                s = MarketState.TREND;
            }
        }
        else if (prior == MarketState.TREND)
        {
            s = MarketState.CONGESTION_ENTRANCE;
            d = lastTrend;
        }
        else if (prior == null || prior == MarketState.CONGESTION_ENTRANCE || prior == MarketState.CONGESTION_ACTION)
        {
            s = MarketState.CONGESTION_ACTION;
            d = effective;
        }
        else
        {
            s = MarketState.CONGESTION_ACTION;
            d = TrendDirection.NEUTRAL;
        }
        state.add(s);
        direction.add(d);
        int bars = 1;
        MarketState before = null;
        for (int k = i - 1; k >= 0 && state.get(k) != null; k--)
        {
            if (state.get(k) != s)
            {
                before = state.get(k);
                break;
            }
            bars++;
        }
        barsInState.add(bars);
        previousState.add(before);

        BigDecimal c = new BigDecimal("0.5").add(new BigDecimal("0.05").multiply(BigDecimal.valueOf(bars))
            .min(new BigDecimal("0.3")));
        final SlopeTrend st = slopeTrend.get(i);
        if (s == MarketState.TREND && ((d == TrendDirection.UP && st == SlopeTrend.UP)
            || (d == TrendDirection.DOWN && st == SlopeTrend.DOWN)))
        {
            c = c.add(new BigDecimal("0.2"));
        }
        if ((s == MarketState.CONGESTION_ACTION || s == MarketState.CONGESTION_ENTRANCE) && st == SlopeTrend.HORIZONTAL)
        {
            c = c.add(new BigDecimal("0.15"));
        }
        if (run != 0)
        {
            c = c.add(new BigDecimal("0.1"));
        }
        confidence.add(c.min(BigDecimal.ONE));
    }

    // ------------------------------------------------------------------ patterns (DGAS batch functions)

    private void patterns()
    {
        final List<Integer> pl = new ArrayList<>();
        final List<Integer> env = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++)
        {
            if (pldot.get(i) != null)
            {
                pl.add(i);
            }
            if (position.get(i) != null)
            {
                env.add(i);
            }
        }
        push(pl);
        refresh(pl);
        exhaust(env);
        cWave(env);
        oscillation(env);
        events.sort(Comparator.comparing(Event::type).thenComparingLong(Event::start));
    }

    private double close(final int i)
    {
        return rows.get(i).close().doubleValue();
    }

    private long time(final int i)
    {
        return rows.get(i).openTime();
    }

    private void emit(final PatternType type, final List<Integer> streak, final int dir)
    {
        events.add(new Event(type, dir > 0 ? TrendDirection.UP : dir < 0 ? TrendDirection.DOWN : TrendDirection.NEUTRAL,
            time(streak.get(0)), time(streak.get(streak.size() - 1)), streak.size()));
    }

    private void push(final List<Integer> bars)
    {
        List<Integer> streak = new ArrayList<>();
        int dir = 0;
        for (final int i : bars)
        {
            final int side = Double.compare(close(i), pldot.get(i).doubleValue()) > 0 ? 1
                : close(i) < pldot.get(i).doubleValue() ? -1 : 0;
            final int slopeSign = slope.get(i) == null ? 0 : slope.get(i).signum();
            if (side != 0 && side == slopeSign)
            {
                if (dir == side || dir == 0)
                {
                    streak.add(i);
                }
                else
                {
                    if (streak.size() >= 3)
                    {
                        emit(PatternType.PLDOT_PUSH, streak, dir);
                    }
                    streak = new ArrayList<>(List.of(i));
                }
                dir = side;
            }
            else
            {
                if (streak.size() >= 3)
                {
                    emit(PatternType.PLDOT_PUSH, streak, dir);
                }
                streak = new ArrayList<>();
                dir = 0;
            }
        }
        if (streak.size() >= 3)
        {
            emit(PatternType.PLDOT_PUSH, streak, dir);
        }
    }

    private void refresh(final List<Integer> bars)
    {
        List<Integer> far = new ArrayList<>();
        int dir = 0;
        double maxDiff = 0;
        for (int idx = 0; idx < bars.size(); idx++)
        {
            final int i = bars.get(idx);
            double tolerance = 0.1;
            if (idx >= 4)
            {
                final List<Double> window = new ArrayList<>();
                for (int k = idx - 4; k <= idx; k++)
                {
                    window.add(pldot.get(bars.get(k)).doubleValue());
                }
                tolerance += populationStd(window);
            }
            final double value = pldot.get(i).doubleValue();
            final double diff = Math.abs(close(i) - value);
            final int side = close(i) > value ? 1 : close(i) < value ? -1 : 0;
            if (diff > tolerance && side != 0)
            {
                if (!far.isEmpty() && side != dir)
                {
                    far = new ArrayList<>();
                    maxDiff = 0;
                }
                far.add(i);
                dir = side;
                maxDiff = Math.max(maxDiff, diff);
                continue;
            }
            if (!far.isEmpty() && dir != 0 && far.size() >= 2 && far.size() <= 4 && maxDiff >= 0.05)
            {
                final List<Integer> streak = new ArrayList<>(far);
                streak.add(i);
                emit(PatternType.PLDOT_REFRESH, streak, -dir);
            }
            far = new ArrayList<>();
            dir = 0;
            maxDiff = 0;
        }
    }

    private void exhaust(final List<Integer> bars)
    {
        List<Integer> ext = new ArrayList<>();
        int dir = 0;
        int recovery = 0;
        for (final int i : bars)
        {
            final double w = width.get(i).doubleValue();
            if (w <= 0)
            {
                ext = new ArrayList<>();
                dir = 0;
                recovery = 0;
                continue;
            }
            final double up = upper.get(i).doubleValue();
            final double lo = lower.get(i).doubleValue();
            final double c = close(i);
            int side = 0;
            double ratio = 0;
            if (c > up)
            {
                side = 1;
                ratio = (c - up) / w;
            }
            else if (c < lo)
            {
                side = -1;
                ratio = (lo - c) / w;
            }
            if (side != 0 && ratio >= 2.0)
            {
                if (dir != 0 && dir != side)
                {
                    ext = new ArrayList<>();
                }
                ext.add(i);
                dir = side;
                recovery = 0;
                continue;
            }
            if (dir != 0)
            {
                recovery++;
                final boolean inside = (dir == 1 && c <= up) || (dir == -1 && c >= lo);
                double extreme = close(ext.get(0));
                for (final int k : ext)
                {
                    extreme = dir == 1 ? Math.max(extreme, close(k)) : Math.min(extreme, close(k));
                }
                final double reversion = dir == 1 ? (extreme - c) / w : (c - extreme) / w;
                if (inside && ext.size() >= 2 && recovery <= 3 && reversion >= 0.4)
                {
                    events.add(new Event(PatternType.EXHAUST, dir == 1 ? TrendDirection.DOWN : TrendDirection.UP,
                        time(ext.get(0)), time(i), ext.size()));
                    ext = new ArrayList<>();
                    dir = 0;
                    recovery = 0;
                }
                else if (recovery > 3)
                {
                    ext = new ArrayList<>();
                    dir = 0;
                    recovery = 0;
                }
            }
            else
            {
                ext = new ArrayList<>();
                recovery = 0;
            }
        }
    }

    private void cWave(final List<Integer> bars)
    {
        List<Integer> streak = new ArrayList<>();
        int dir = 0;
        for (final int i : bars)
        {
            final double p = position.get(i).doubleValue();
            final int cur = p >= 0.9 ? 1 : p <= 0.1 ? -1 : 0;
            if (cur != 0)
            {
                if (dir == 0 || cur == dir)
                {
                    streak.add(i);
                }
                else
                {
                    if (streak.size() >= 3)
                    {
                        emit(PatternType.C_WAVE, streak, dir);
                    }
                    streak = new ArrayList<>(List.of(i));
                }
                dir = cur;
            }
            else
            {
                if (streak.size() >= 3)
                {
                    emit(PatternType.C_WAVE, streak, dir);
                }
                streak = new ArrayList<>();
                dir = 0;
            }
        }
        if (streak.size() >= 3)
        {
            emit(PatternType.C_WAVE, streak, dir);
        }
    }

    private void oscillation(final List<Integer> bars)
    {
        List<Integer> streak = new ArrayList<>();
        Double last = null;
        for (final int i : bars)
        {
            final double p = position.get(i).doubleValue();
            if (p >= 0.2 && p <= 0.8)
            {
                final double prevEntry =
                    streak.isEmpty() ? 0.5 : position.get(streak.get(streak.size() - 1)).doubleValue();
                if (last == null || (p - last) * (prevEntry - 0.5) <= 0)
                {
                    streak.add(i);
                }
                else
                {
                    if (streak.size() >= 4)
                    {
                        emit(PatternType.CONGESTION_OSCILLATION, streak, 0);
                    }
                    streak = new ArrayList<>(List.of(i));
                }
            }
            else
            {
                if (streak.size() >= 4)
                {
                    emit(PatternType.CONGESTION_OSCILLATION, streak, 0);
                }
                streak = new ArrayList<>();
            }
            last = p;
        }
        if (streak.size() >= 4)
        {
            emit(PatternType.CONGESTION_OSCILLATION, streak, 0);
        }
    }
}
