package io.pldot.engine.backtest.sweep;

import java.util.Map;

/**
 * A run of a sweep failed; the message names the run (grid index, parameters, window) and the cause is the job's
 * exception. The sweep stops at the first failure in result order: no ranking is made from a partial sweep.
 */
public final class SweepException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    /**
     * @param gridIndex index of the failed point.
     * @param params    its parameters.
     * @param window    its window.
     * @param cause     what the job threw.
     */
    public SweepException(
        final int gridIndex, final Map<String, String> params, final SweepRun.Window window, final Throwable cause)
    {
        super("sweep run #" + gridIndex + " " + params + " " + window.label() +
            " [" + window.fromNanos() + ", " + window.toNanos() + ") failed: " + cause, cause);
    }
}
