package io.pldot.engine.analytics.regime;

/**
 * Turns a series of closes into log returns ln(close<sub>t</sub>) − ln(close<sub>t−1</sub>), the
 * series {@link HurstExponent} and {@link ReturnAutocorrelation} read: {@link RegimeAnalyzer} feeds
 * both from one instance, so each close costs one {@code Math.log}, not one per indicator. A return
 * that involves a zero or negative close is 0 (no defined log move). Does not allocate.
 * Single-threaded; not thread-safe.
 */
final class LogReturns
{
    private boolean hasPrevious;
    private double prevLogClose;
    private double latest = Double.NaN;

    /**
     * Adds one close.
     *
     * @param close of the bar.
     * @return true when it made a return (every close but the first).
     */
    boolean add(final double close)
    {
        final double logClose = logOrNaN(close);
        final boolean made = hasPrevious;
        if (made)
        {
            latest = logReturn(prevLogClose, logClose);
        }
        prevLogClose = logClose;
        hasPrevious = true;
        return made;
    }

    /** @return the return the last {@link #add} made, or NaN before the second close. */
    double latest()
    {
        return latest;
    }

    /** @return ln(close), or NaN for a zero or negative close. */
    static double logOrNaN(final double close)
    {
        return close > 0.0 ? Math.log(close) : Double.NaN;
    }

    /** @return the log return, or 0 when either log close is undefined. */
    static double logReturn(final double prevLogClose, final double logClose)
    {
        final double r = logClose - prevLogClose;
        return Double.isNaN(r) ? 0.0 : r;
    }
}
