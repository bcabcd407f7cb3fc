package io.pldot.engine.risk.execution;

import io.pldot.engine.risk.ExitReason;
import io.pldot.engine.risk.RiskRejectReason;

/**
 * The risk stage's counters: orders, fills, venue refusals, refused signals per reason, positions opened and
 * closed (per exit reason) and equity marks. The parts of the stage count here; the stage's accessors read them.
 * <p>
 * Owned by the risk stage's thread; not thread-safe (read on that thread or after the pipeline stopped).
 * Does not allocate after construction.
 */
public final class RiskStats
{
    private final long[] rejects = new long[RiskRejectReason.values().length];
    private final long[] exits = new long[ExitReason.values().length];
    private long orders;
    private long fills;
    private long venueRejects;
    private long positionsOpened;
    private long positionsClosed;
    private long equityMarks;

    /** Counts an order intent written. */
    public void countOrder()
    {
        orders++;
    }

    /** Counts a fill (full or partial). */
    public void countFill()
    {
        fills++;
    }

    /** Counts a refusal by the venue (an order, a cancel or a trade tick). */
    public void countVenueReject()
    {
        venueRejects++;
    }

    /** @param reason of a refused signal. */
    public void countReject(final RiskRejectReason reason)
    {
        rejects[reason.ordinal()]++;
    }

    /** Counts a position opened. */
    public void countOpened()
    {
        positionsOpened++;
    }

    /** @param reason why a position closed. */
    public void countClosed(final ExitReason reason)
    {
        positionsClosed++;
        exits[reason.ordinal()]++;
    }

    /** Counts an equity mark written. */
    public void countEquityMark()
    {
        equityMarks++;
    }

    /** @return order intents written. */
    public long orders()
    {
        return orders;
    }

    /** @return fills (full or partial). */
    public long fills()
    {
        return fills;
    }

    /** @return refusals by the venue. */
    public long venueRejects()
    {
        return venueRejects;
    }

    /** @param reason of the rejects to count. @return signals refused for it. */
    public long rejects(final RiskRejectReason reason)
    {
        return rejects[reason.ordinal()];
    }

    /** @param reason of the exits to count (ENTRY counts nothing). @return positions closed for it. */
    public long exits(final ExitReason reason)
    {
        return exits[reason.ordinal()];
    }

    /** @return positions opened. */
    public long positionsOpened()
    {
        return positionsOpened;
    }

    /** @return positions closed. */
    public long positionsClosed()
    {
        return positionsClosed;
    }

    /** @return equity marks written. */
    public long equityMarks()
    {
        return equityMarks;
    }
}
