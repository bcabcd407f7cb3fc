package io.pldot.engine.config;

/**
 * The {@code import} section of {@code config/engine.yaml}: the importer's limits on trade times and
 * the symbol of Bitstamp files. Immutable; safe from any thread.
 *
 * @param backwardsTolerance how far a trade's time may go back before it is refused; default 1s.
 * @param maxForwardJump     how far a trade's time may jump ahead on its own word; further needs the next row
 *                           to confirm the gap, else the row is refused as FUTURE_JUMP; default 1h.
 * @param bitstampSymbol     symbol of files in the Bitstamp format (they carry none); default BTCUSD.
 */
public record ImportSettings(String backwardsTolerance, String maxForwardJump, String bitstampSymbol)
{
    /** Fills defaults. */
    public ImportSettings
    {
        backwardsTolerance = backwardsTolerance == null ? "1s" : backwardsTolerance;
        maxForwardJump = maxForwardJump == null ? "1h" : maxForwardJump;
        bitstampSymbol = bitstampSymbol == null ? "BTCUSD" : bitstampSymbol;
        ConfigChecks.duration("backwardsTolerance", backwardsTolerance);
        if (ConfigChecks.duration("maxForwardJump", maxForwardJump) <= 0)
        {
            throw new IllegalArgumentException("maxForwardJump must be more than 0, was " + maxForwardJump);
        }
    }

    /**
     * @return the largest forward jump taken without confirmation, in nanoseconds.
     */
    public long maxForwardJumpNanos()
    {
        return DurationText.toNanos(maxForwardJump);
    }

    /**
     * @return the tolerance in nanoseconds.
     */
    public long backwardsToleranceNanos()
    {
        return DurationText.toNanos(backwardsTolerance);
    }
}
