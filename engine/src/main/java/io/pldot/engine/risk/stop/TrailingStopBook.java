package io.pldot.engine.risk.stop;

/**
 * The trailing stops of every open position, in a bounded number of preallocated slots.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>Each position follows {@link TrailingStop}'s rules (mark, rounding, inclusive trigger, tick
 *       price as the exit price).</li>
 *   <li><b>Order.</b> Positions are kept in activation order; a tick visits them in that order, so
 *       moves and triggers are reported in a fixed order that depends only on the inputs (no hash
 *       iteration anywhere).</li>
 *   <li>A triggered position leaves the book before {@link TrailingStopListener#onStopTriggered} is
 *       called; {@link #remove} takes a position out without a trigger (manual close).</li>
 *   <li><b>Bad input</b> (unknown or duplicate position, full book, non-positive price, missing side or
 *       asset class, distance out of range, a tighten that would not tighten) is refused with a
 *       reason, counted per reason ({@link #rejects}) and reported through
 *       {@link TrailingStopListener#onReject}; never an exception, never dropped silently.</li>
 * </ul>
 * Lookups by position id scan the live slots (the book is small and bounded; a scan keeps it
 * allocation-free and deterministic).
 * <p>
 * Single-threaded: owned by the risk stage's thread. Does not allocate after construction.
 */
public final class TrailingStopBook
{
    /** Position id passed to {@link TrailingStopListener#onReject} for a refused tick. */
    public static final long NO_POSITION_ID = Long.MIN_VALUE;

    private final TrailingStopListener listener;
    private final int[] distanceByAssetClass;
    private final TrailingStop[] stops;
    private final long[] positionIds;
    private final int[] instrumentIds;
    private final long[] rejects = new long[StopRejectReason.values().length];
    private int size;

    /**
     * @param capacity most positions held at once, > 0.
     * @param settings distance per asset class.
     * @param listener receives moves, triggers and rejects.
     */
    public TrailingStopBook(
        final int capacity, final TrailingStopSettings settings, final TrailingStopListener listener)
    {
        if (capacity <= 0)
        {
            throw new IllegalArgumentException("capacity must be > 0, was " + capacity);
        }
        this.listener = listener;
        this.distanceByAssetClass = new int[AssetClass.values().length];
        for (final AssetClass assetClass : AssetClass.values())
        {
            distanceByAssetClass[assetClass.ordinal()] = settings.distanceBps(assetClass);
        }
        this.stops = new TrailingStop[capacity];
        for (int i = 0; i < capacity; i++)
        {
            stops[i] = new TrailingStop();
        }
        this.positionIds = new long[capacity];
        this.instrumentIds = new int[capacity];
    }

    /**
     * Starts trailing a new position at its asset class's distance.
     *
     * @param positionId   unique among open positions.
     * @param instrumentId of the position.
     * @param side         of the position.
     * @param entryPrice   fixed-point entry price, > 0.
     * @param assetClass   decides the distance.
     * @return true when activated; otherwise the reject was reported.
     */
    public boolean activate(
        final long positionId, final int instrumentId, final PositionSide side, final long entryPrice,
        final AssetClass assetClass)
    {
        if (assetClass == null)
        {
            return reject(positionId, StopRejectReason.INVALID_DISTANCE);
        }
        return activate(positionId, instrumentId, side, entryPrice, distanceByAssetClass[assetClass.ordinal()]);
    }

    /**
     * Starts trailing a new position at an explicit distance.
     *
     * @param positionId   unique among open positions.
     * @param instrumentId of the position.
     * @param side         of the position.
     * @param entryPrice   fixed-point entry price, > 0.
     * @param distanceBps  1..9999 bps.
     * @return true when activated; otherwise the reject was reported.
     */
    public boolean activate(
        final long positionId, final int instrumentId, final PositionSide side, final long entryPrice,
        final int distanceBps)
    {
        if (indexOf(positionId) >= 0)
        {
            return reject(positionId, StopRejectReason.DUPLICATE_POSITION);
        }
        if (size == stops.length)
        {
            return reject(positionId, StopRejectReason.BOOK_FULL);
        }
        final StopRejectReason reason = stops[size].activate(side, entryPrice, distanceBps);
        if (reason != null)
        {
            return reject(positionId, reason);
        }
        positionIds[size] = positionId;
        instrumentIds[size] = instrumentId;
        size++;
        return true;
    }

    /**
     * Follows one trade of an instrument: every position on it, in activation order.
     *
     * @param instrumentId of the trade.
     * @param tsEvent      event time of the trade, epoch ns.
     * @param price        fixed-point trade price.
     */
    public void onTick(final int instrumentId, final long tsEvent, final long price)
    {
        if (price <= 0)
        {
            reject(NO_POSITION_ID, StopRejectReason.INVALID_PRICE);
            return;
        }
        int i = 0;
        while (i < size)
        {
            if (instrumentIds[i] != instrumentId)
            {
                i++;
                continue;
            }
            final TrailingStop stop = stops[i];
            final StopUpdate update = stop.onTick(price);
            if (update == StopUpdate.MOVED)
            {
                listener.onStopMoved(positionIds[i], instrumentId, stop.stopPrice(), tsEvent);
                i++;
            }
            else if (update == StopUpdate.TRIGGERED)
            {
                final long positionId = positionIds[i];
                final PositionSide side = stop.side();
                final long stopPrice = stop.stopPrice();
                removeAt(i); // the next position slides into slot i
                listener.onStopTriggered(positionId, instrumentId, side, stopPrice, price, tsEvent);
            }
            else
            {
                i++;
            }
        }
    }

    /**
     * Narrows one position's distance; never widens it.
     *
     * @param positionId     of the position.
     * @param newDistanceBps narrower than the current distance, 1..9999 bps.
     * @param tsEvent        event time of the input asking for it, reported with the move.
     * @return true when tightened; otherwise the reject was reported.
     */
    public boolean tighten(final long positionId, final int newDistanceBps, final long tsEvent)
    {
        final int i = indexOf(positionId);
        if (i < 0)
        {
            return reject(positionId, StopRejectReason.UNKNOWN_POSITION);
        }
        return tightenAt(i, newDistanceBps, tsEvent);
    }

    /**
     * Narrows every position wider than {@code newDistanceBps} to it (portfolio risk tightening all
     * stops); positions already at or inside that distance are left alone and not reported as rejects.
     *
     * @param newDistanceBps 1..9999 bps.
     * @param tsEvent        event time of the input asking for it.
     * @return number of positions tightened, or -1 when the distance is out of range (rejected).
     */
    public int tightenAll(final int newDistanceBps, final long tsEvent)
    {
        if (!TrailingStopSettings.isValidDistance(newDistanceBps))
        {
            reject(NO_POSITION_ID, StopRejectReason.INVALID_DISTANCE);
            return -1;
        }
        int tightened = 0;
        for (int i = 0; i < size; i++)
        {
            if (stops[i].distanceBps() > newDistanceBps && tightenAt(i, newDistanceBps, tsEvent))
            {
                tightened++;
            }
        }
        return tightened;
    }

    /**
     * Stops trailing a position without a trigger (closed by other means).
     *
     * @param positionId of the position.
     * @return true when removed; otherwise the reject was reported.
     */
    public boolean remove(final long positionId)
    {
        final int i = indexOf(positionId);
        if (i < 0)
        {
            return reject(positionId, StopRejectReason.UNKNOWN_POSITION);
        }
        removeAt(i);
        return true;
    }

    /**
     * @param positionId of the position.
     * @return its current stop, or {@link TrailingStop#NO_PRICE} when not in the book.
     */
    public long stopPrice(final long positionId)
    {
        final int i = indexOf(positionId);
        return i < 0 ? TrailingStop.NO_PRICE : stops[i].stopPrice();
    }

    /**
     * @param positionId of the position.
     * @return its mark (high-water for a long, low-water for a short), or {@link TrailingStop#NO_PRICE}.
     */
    public long mark(final long positionId)
    {
        final int i = indexOf(positionId);
        return i < 0 ? TrailingStop.NO_PRICE : stops[i].mark();
    }

    /**
     * @param positionId of the position.
     * @return its distance in bps, or 0 when not in the book.
     */
    public int distanceBps(final long positionId)
    {
        final int i = indexOf(positionId);
        return i < 0 ? 0 : stops[i].distanceBps();
    }

    /**
     * @return positions in the book.
     */
    public int size()
    {
        return size;
    }

    /**
     * @return most positions the book can hold.
     */
    public int capacity()
    {
        return stops.length;
    }

    /**
     * @param reason of the rejects to count.
     * @return how many requests or ticks were refused for it since construction.
     */
    public long rejects(final StopRejectReason reason)
    {
        return rejects[reason.ordinal()];
    }

    private int indexOf(final long positionId)
    {
        for (int i = 0; i < size; i++)
        {
            if (positionIds[i] == positionId)
            {
                return i;
            }
        }
        return -1;
    }

    private boolean tightenAt(final int index, final int newDistanceBps, final long tsEvent)
    {
        final TrailingStop stop = stops[index];
        final long before = stop.stopPrice();
        final StopRejectReason reason = stop.tighten(newDistanceBps);
        if (reason != null)
        {
            return reject(positionIds[index], reason);
        }
        if (stop.stopPrice() != before)
        {
            listener.onStopMoved(positionIds[index], instrumentIds[index], stop.stopPrice(), tsEvent);
        }
        return true;
    }

    private void removeAt(final int index)
    {
        // Shift left to keep activation order; the spent object goes to the free end for reuse.
        final TrailingStop spent = stops[index];
        final int tail = size - index - 1;
        System.arraycopy(stops, index + 1, stops, index, tail);
        System.arraycopy(positionIds, index + 1, positionIds, index, tail);
        System.arraycopy(instrumentIds, index + 1, instrumentIds, index, tail);
        size--;
        spent.clear();
        stops[size] = spent;
    }

    private boolean reject(final long positionId, final StopRejectReason reason)
    {
        rejects[reason.ordinal()]++;
        listener.onReject(positionId, reason);
        return false;
    }
}
