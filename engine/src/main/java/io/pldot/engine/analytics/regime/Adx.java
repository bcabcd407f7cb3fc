package io.pldot.engine.analytics.regime;

import io.pldot.engine.analytics.bar.Bar;

/**
 * Wilder's directional movement system, step for step as TA-Lib computes {@code TA_PLUS_DI},
 * {@code TA_MINUS_DI}, {@code TA_DX} and {@code TA_ADX} with unstable period 0, so every value
 * appears on the same bar and matches TA-Lib's to rounding.
 * <ul>
 *   <li>One-bar moves (bar i ≥ 1): up = high − high[i−1], down = low[i−1] − low. −DM1 = down when
 *       down &gt; 0 and up &lt; down; else +DM1 = up when up &gt; 0 and up &gt; down; else both 0
 *       (equal moves cancel). TR1 as in {@link Atr}.</li>
 *   <li>Bars 1..N−1: +DM, −DM and TR are plain sums (N − 1 values, as TA-Lib). From bar N on,
 *       Wilder's step: S = S − S / N + today's value.</li>
 *   <li>+DI = 100 × (+DM / TR), −DI = 100 × (−DM / TR), from bar N. DX = 100 × |−DI − +DI| /
 *       (−DI + +DI), from bar N.</li>
 *   <li>ADX: the average of the N DX values of bars N..2N−1, first shown on bar 2N−1; then
 *       ADX = (ADX<sub>prev</sub> × (N − 1) + DX) / N.</li>
 * </ul>
 * <b>Degenerate inputs</b> (TA-Lib's rules, "zero" meaning strictly inside ±1e-14):
 * <ul>
 *   <li>Smoothed TR zero (flat prices): +DI = −DI = 0.</li>
 *   <li>DX undefined (TR zero, or +DI + −DI zero): {@link #dx()} is 0 on bar N and otherwise
 *       repeats the previous DX ({@code TA_DX}); while the ADX is being seeded such a bar adds 0 to
 *       the sum, and afterwards it leaves the ADX unchanged ({@code TA_ADX}). A flat series
 *       therefore has ADX 0.</li>
 * </ul>
 * Undefined values are {@link Double#NaN}. Inputs are assumed finite with low ≤ high. State: a
 * handful of primitives. Does not allocate. Single-threaded; not thread-safe.
 */
public final class Adx
{
    private final int period;
    private long count;
    private double prevHigh;
    private double prevLow;
    private double prevClose;
    private double plusDm;
    private double minusDm;
    private double tr;
    private double sumDx;
    private double plusDi = Double.NaN;
    private double minusDi = Double.NaN;
    private double dx = Double.NaN;
    private double adx = Double.NaN;

    /**
     * @param period N, ≥ 2 (TA-Lib's range; its period-1 DI is a different, unscaled formula).
     */
    public Adx(final int period)
    {
        if (period < 2)
        {
            throw new IllegalArgumentException("ADX period must be >= 2: " + period);
        }
        this.period = period;
    }

    /**
     * Adds one closed bar.
     *
     * @param bar the closed bar; high, low and close are read.
     */
    public void update(final Bar bar)
    {
        update(bar.high(), bar.low(), bar.close());
    }

    /**
     * Adds one closed bar.
     *
     * @param high  of the bar.
     * @param low   of the bar.
     * @param close of the bar.
     */
    public void update(final double high, final double low, final double close)
    {
        final long index = count++;
        if (index == 0)
        {
            prevHigh = high;
            prevLow = low;
            prevClose = close;
            return;
        }
        final double up = high - prevHigh;
        final double down = prevLow - low;
        final double trueRange = Atr.trueRange(high, low, prevClose);
        prevHigh = high;
        prevLow = low;
        prevClose = close;

        if (index < period)
        {
            if (down > 0 && up < down)
            {
                minusDm += down;
            }
            else if (up > 0 && up > down)
            {
                plusDm += up;
            }
            tr += trueRange;
            return;
        }

        minusDm -= minusDm / period;
        plusDm -= plusDm / period;
        if (down > 0 && up < down)
        {
            minusDm += down;
        }
        else if (up > 0 && up > down)
        {
            plusDm += up;
        }
        tr = tr - (tr / period) + trueRange;

        boolean dxDefined = false;
        double todayDx = 0.0;
        if (Atr.isZero(tr))
        {
            plusDi = 0.0;
            minusDi = 0.0;
        }
        else
        {
            minusDi = 100.0 * (minusDm / tr);
            plusDi = 100.0 * (plusDm / tr);
            final double sumDi = minusDi + plusDi;
            if (!Atr.isZero(sumDi))
            {
                todayDx = 100.0 * (Math.abs(minusDi - plusDi) / sumDi);
                dxDefined = true;
            }
        }

        if (dxDefined)
        {
            dx = todayDx;
        }
        else if (index == period)
        {
            dx = 0.0;
        }

        final long lastSeedIndex = 2L * period - 1;
        if (index <= lastSeedIndex)
        {
            if (dxDefined)
            {
                sumDx += todayDx;
            }
            if (index == lastSeedIndex)
            {
                adx = sumDx / period;
            }
        }
        else if (dxDefined)
        {
            adx = ((adx * (period - 1)) + todayDx) / period;
        }
    }

    /**
     * @return true once +DI, −DI and DX exist (from bar N, 0-based).
     */
    public boolean hasDi()
    {
        return count > period;
    }

    /**
     * @return true once the ADX exists (from bar 2N − 1, 0-based).
     */
    public boolean hasValue()
    {
        return count >= 2L * period;
    }

    /**
     * @return the ADX, or NaN before bar 2N − 1.
     */
    public double value()
    {
        return adx;
    }

    /**
     * @return +DI in percent, or NaN before bar N.
     */
    public double plusDi()
    {
        return plusDi;
    }

    /**
     * @return −DI in percent, or NaN before bar N.
     */
    public double minusDi()
    {
        return minusDi;
    }

    /**
     * @return DX in percent, or NaN before bar N.
     */
    public double dx()
    {
        return dx;
    }

    /**
     * @return N.
     */
    public int period()
    {
        return period;
    }
}
