package io.pldot.engine.risk;

import io.pldot.engine.risk.stop.PositionSide;
import io.pldot.journal.instrument.FixedPoint;

/**
 * The net position of one instrument and the orders working on it: at most one entry order and one
 * exit order at a time. Prices at the instrument's price scale, quantities at its quantity scale,
 * money (P&L, fees) in quote currency at the price scale.
 * <p>
 * Average prices are updated with {@link FixedPoint#mulDivFloor FixedPoint} on the absolute difference, so nothing overflows
 * and nothing allocates. They are for display and risk; realized P&amp;L comes from the exact cost
 * basis instead: the entry notionals as cash moved for them ({@link Portfolio#settle}: buys round
 * up, sells round down), released pro rata on partial exits and whole on the last one, so a closed
 * position's gross P&amp;L is exactly the cash it moved (before fees) and equity always reconciles
 * with the trades. Owned by the risk stage's thread; not thread-safe. Reused forever.
 */
public final class Position
{
    /** Order id meaning "none". */
    public static final long NO_ORDER = Long.MIN_VALUE;

    final int instrumentId;
    final int priceScale;
    final int quantityScale;
    final long quantityUnit;

    // The open position; quantity 0 = flat.
    PositionSide side;
    long quantity;
    long averageEntry;
    long positionId = NO_ORDER;
    long entryTime;
    long realizedPnl;
    /** Entry notionals of the open quantity, price-scale money, rounded as cash moved. */
    long costBasis;
    long fees;
    long exitQuantity;
    long averageExit;
    long plannedStop;
    int signalType;
    int strategy;
    double confidence;

    // The entry order in flight (NO_ORDER when none) and what it was sized with.
    long entryOrderId = NO_ORDER;
    PositionSide entrySide;
    long entryReference;
    long entryStop;
    long entryRemaining;
    int entrySignalType;
    int entryStrategy;
    double entryConfidence;
    /** True when the entry order is a resting limit order (its fills are maker fills). */
    boolean entryLimit;
    /** Event time the entry order was decided (the limit entry's timeout counts from it). */
    long entryPlacedAt;

    // The protective stop order resting in the venue (risk.protectiveStop: venue), NO_ORDER when none.
    long stopOrderId = NO_ORDER;
    long stopOrderPrice;
    long stopOrderQuantity;
    /** Price of the last stop order placed for this position (kept after the order is done), 0 = none. */
    long stopLevel;
    /** The venue refused this position's stop order: the stage executes its trailing stop instead. */
    boolean stopRefused;

    // The exit order in flight (NO_ORDER when none).
    long exitOrderId = NO_ORDER;
    ExitReason exitReason;

    Position(final int instrumentId, final int priceScale, final int quantityScale)
    {
        this.instrumentId = instrumentId;
        this.priceScale = priceScale;
        this.quantityScale = quantityScale;
        long unit = 1;
        for (int i = 0; i < quantityScale; i++)
        {
            unit *= 10;
        }
        this.quantityUnit = unit;
    }

    /** @return true when a quantity is open. */
    public boolean isOpen()
    {
        return quantity > 0;
    }

    /** @return true when open or an entry is pending: the instrument takes a position slot. */
    boolean occupiesSlot()
    {
        return quantity > 0 || entryOrderId != NO_ORDER;
    }

    /**
     * Books an entry fill.
     *
     * @param price fill price.
     * @param qty   filled.
     * @param fee   charged.
     * @param time  of the fill.
     * @return true when this fill opened the position (it was flat).
     */
    boolean addEntry(final long price, final long qty, final long fee, final long time)
    {
        final boolean opened = quantity == 0;
        if (opened)
        {
            side = entrySide;
            averageEntry = price;
            positionId = entryOrderId;
            entryTime = time;
            realizedPnl = 0;
            costBasis = 0;
            fees = 0;
            exitQuantity = 0;
            averageExit = 0;
            signalType = entrySignalType;
            strategy = entryStrategy;
            confidence = entryConfidence;
        }
        else
        {
            averageEntry = weighted(averageEntry, quantity, price, qty);
        }
        costBasis += notional(side == PositionSide.LONG, price, qty);
        quantity += qty;
        fees += fee;
        return opened;
    }

    /**
     * Books an exit fill: realizes gross P&L on the filled quantity.
     *
     * @param price fill price.
     * @param qty   filled, at most the open quantity.
     * @param fee   charged.
     */
    void reduce(final long price, final long qty, final long fee)
    {
        final long filled = Math.min(qty, quantity);
        averageExit = exitQuantity == 0 ? price : weighted(averageExit, exitQuantity, price, filled);
        exitQuantity += filled;
        final boolean longSide = side == PositionSide.LONG;
        // The last exit releases whatever basis is left, so rounding never leaks between trades.
        final long released = filled == quantity ? costBasis : FixedPoint.mulDivFloor(costBasis, filled, quantity);
        costBasis -= released;
        // A long exits by selling (cash receives the floored notional); a short by buying (pays the ceiling).
        final long exitNotional = notional(!longSide, price, filled);
        realizedPnl += longSide ? exitNotional - released : released - exitNotional;
        quantity -= filled;
        fees += fee;
    }

    private long notional(final boolean buy, final long price, final long qty)
    {
        return buy ? FixedPoint.mulDivCeil(price, qty, quantityUnit) : FixedPoint.mulDivFloor(price, qty, quantityUnit);
    }

    /**
     * @param mark last trade price.
     * @return unrealized gross P&L at the mark, price scale.
     */
    long unrealizedPnl(final long mark)
    {
        if (quantity == 0 || mark <= 0)
        {
            return 0;
        }
        final long gain = side == PositionSide.LONG ? mark - averageEntry : averageEntry - mark;
        final long magnitude = FixedPoint.mulDivFloor(Math.abs(gain), quantity, quantityUnit);
        return gain >= 0 ? magnitude : -magnitude;
    }

    void clearEntryOrder()
    {
        entryOrderId = NO_ORDER;
        entryRemaining = 0;
        entryLimit = false;
    }

    void clearStopOrder()
    {
        stopOrderId = NO_ORDER;
        stopOrderPrice = 0;
        stopOrderQuantity = 0;
    }

    void clearPosition()
    {
        quantity = 0;
        side = null;
        positionId = NO_ORDER;
        clearStopOrder();
        stopLevel = 0;
        stopRefused = false;
    }

    private static long weighted(final long average, final long quantity, final long price, final long qty)
    {
        // average + (price - average) x qty / (quantity + qty), on the absolute difference.
        final long diff = price - average;
        final long step = FixedPoint.mulDivFloor(Math.abs(diff), qty, quantity + qty);
        return diff >= 0 ? average + step : average - step;
    }

    /** @return the side, or null when flat. */
    public PositionSide side()
    {
        return side;
    }

    /** @return the open quantity. */
    public long quantity()
    {
        return quantity;
    }

    /** @return the average entry price. */
    public long averageEntry()
    {
        return averageEntry;
    }

    /** @return the position id (entry client order id), or {@link #NO_ORDER}. */
    public long positionId()
    {
        return positionId;
    }

    /** @return the instrument id. */
    public int instrumentId()
    {
        return instrumentId;
    }

    /** @return the average exit price over the exits so far. */
    public long averageExit()
    {
        return averageExit;
    }

    /** @return cumulative gross realized P&amp;L, price scale. */
    public long realizedPnl()
    {
        return realizedPnl;
    }

    /** @return cumulative fees, price scale. */
    public long fees()
    {
        return fees;
    }

    /** @return the first entry fill's time. */
    public long entryTime()
    {
        return entryTime;
    }

    /** @return the opening signal's type code. */
    public int signalType()
    {
        return signalType;
    }

    /** @return the opening signal's strategy code. */
    public int strategy()
    {
        return strategy;
    }

    /** @return the opening signal's confidence. */
    public double confidence()
    {
        return confidence;
    }
}
