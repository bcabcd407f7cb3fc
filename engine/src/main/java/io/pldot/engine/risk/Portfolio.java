package io.pldot.engine.risk;

import io.pldot.engine.risk.stop.PositionSide;
import io.pldot.engine.risk.stop.TrailingStop;
import io.pldot.engine.risk.stop.TrailingStopBook;
import io.pldot.journal.instrument.FixedPoint;
import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.instrument.InstrumentRegistry;

import java.math.RoundingMode;

/**
 * Cash, the net position of every instrument and the last trade price of each: the state the risk
 * stage owns (the orders working on the positions are {@link #orders()}). Cash and equity are quote currency at the <b>cash scale</b> (the largest price scale
 * of the instruments, so converting an instrument's money is an exact multiplication by
 * {@code 10^(cashScale - priceScale)}); every instrument is assumed quoted in the same currency.
 * <ul>
 *   <li>A buy fill pays {@code ceil(price x qty / 10^qs) + fee}, a sell fill receives
 *       {@code floor(price x qty / 10^qs) - fee} (rounding against the trader).</li>
 *   <li>Equity = cash + each open position's signed {@code floor(mark x qty / 10^qs)}, with the mark
 *       the last trade price (the entry price before any trade).</li>
 *   <li>Cash arithmetic that does not fit in a long throws {@link ArithmeticException}: a portfolio
 *       worth more than 9.2e18 units is a configuration error, never a silent wrap.</li>
 * </ul>
 * Owned by the risk stage's thread; not thread-safe. Does not allocate after construction.
 */
public final class Portfolio
{
    private final Position[] positions;
    private final PositionOrders orders;
    private final long[] marks;
    private final long[] cashFactor;
    private final int cashScale;
    private long cash;
    // equity() as last computed, valid while equityStale is false. The risk stage reads equity on
    // every tick, but it only changes when cash, a position or the mark of an open position changes:
    // those mutators set equityStale, and the next read recomputes it the straightforward way.
    private long equity;
    private boolean equityStale = true;

    /**
     * @param registry instruments, by dense index.
     * @param settings initial cash.
     */
    public Portfolio(final InstrumentRegistry registry, final RiskSettings settings)
    {
        final int n = registry.size();
        positions = new Position[n];
        marks = new long[n];
        cashFactor = new long[n];
        int scale = 0;
        for (final Instrument instrument : registry.instruments())
        {
            scale = Math.max(scale, instrument.priceScale());
        }
        cashScale = scale;
        for (int i = 0; i < n; i++)
        {
            final Instrument instrument = registry.instruments().get(i);
            positions[i] = new Position(instrument.id(), instrument.priceScale(), instrument.quantityScale());
            long factor = 1;
            for (int k = instrument.priceScale(); k < scale; k++)
            {
                factor *= 10;
            }
            cashFactor[i] = factor;
        }
        orders = new PositionOrders(positions);
        cash = settings.initialCash().movePointRight(cashScale).setScale(0, RoundingMode.DOWN).longValueExact();
    }

    /** @return the orders working on the positions (entry, exit, protective stop). */
    public PositionOrders orders()
    {
        return orders;
    }

    /** @return instruments. */
    public int size()
    {
        return positions.length;
    }

    /**
     * @param index dense instrument index.
     * @return its position (read-only use outside this package).
     */
    public Position position(final int index)
    {
        return positions[index];
    }

    /** @return decimal places of cash and equity. */
    public int cashScale()
    {
        return cashScale;
    }

    /** @return cash at the cash scale. */
    public long cash()
    {
        return cash;
    }

    /**
     * @param index dense instrument index.
     * @param price last trade price.
     */
    public void mark(final int index, final long price)
    {
        if (price > 0 && price != marks[index])
        {
            marks[index] = price;
            if (positions[index].quantity > 0)
            {
                equityStale = true;
            }
        }
    }

    /**
     * @param index dense instrument index.
     * @return the last trade price, or the average entry before any trade, or 0.
     */
    public long markOf(final int index)
    {
        return marks[index] > 0 ? marks[index] : positions[index].averageEntry;
    }

    /** @return cash plus every open position marked to its last trade price, at the cash scale. */
    public long equity()
    {
        if (equityStale)
        {
            equity = computeEquity(); // may throw; then it stays stale and the next read throws again
            equityStale = false;
        }
        return equity;
    }

    /** @return {@link #equity()} computed from cash, positions and marks, ignoring the cached value. */
    long computeEquity()
    {
        long total = cash;
        for (int i = 0; i < positions.length; i++)
        {
            final Position p = positions[i];
            if (p.quantity > 0)
            {
                final long value = toCash(i, notionalFloor(markOf(i), p.quantity, p.quantityUnit));
                total = p.side == PositionSide.LONG ? Math.addExact(total, value) : Math.subtractExact(total, value);
            }
        }
        return total;
    }

    /** @return sum of |quantity| x mark of the open positions, at the cash scale. */
    public long openExposure()
    {
        return committedExposure(-2, false);
    }

    /**
     * @param index dense instrument index.
     * @return |quantity| x mark of its open position at the cash scale (0 when flat).
     */
    public long exposureOf(final int index)
    {
        final Position p = positions[index];
        return p.quantity == 0 ? 0 : toCash(index, notionalFloor(markOf(index), p.quantity, p.quantityUnit));
    }

    /**
     * @param exclude dense index whose open position is left out (a reversal closing it), or -1.
     * @return open exposure plus the notional of pending entries at their reference prices, cash scale.
     */
    public long committedExposure(final int exclude)
    {
        return committedExposure(exclude, true);
    }

    private long committedExposure(final int exclude, final boolean withPending)
    {
        long total = 0;
        for (int i = 0; i < positions.length; i++)
        {
            final Position p = positions[i];
            if (p.quantity > 0 && i != exclude)
            {
                total = Math.addExact(total, toCash(i, notionalFloor(markOf(i), p.quantity, p.quantityUnit)));
            }
            if (withPending && p.entryOrderId != Position.NO_ORDER)
            {
                total = Math.addExact(total, toCash(i, notionalFloor(p.entryReference, p.entryRemaining, p.quantityUnit)));
            }
        }
        return total;
    }

    /**
     * @param exclude dense index whose open position is left out (a reversal closing it), or -1.
     * @param stops   the current trailing stops.
     * @return what the open positions (to their current stop) and pending entries (to their planned
     *         stop) would lose, cash scale; a stop already past the entry in the position's favour
     *         counts 0.
     */
    public long committedRisk(final int exclude, final TrailingStopBook stops)
    {
        long total = 0;
        for (int i = 0; i < positions.length; i++)
        {
            final Position p = positions[i];
            if (p.quantity > 0 && i != exclude)
            {
                long stop = stops.stopPrice(p.positionId);
                if (stop == TrailingStop.NO_PRICE)
                {
                    stop = p.plannedStop;
                }
                final long perUnit = p.side == PositionSide.LONG ? p.averageEntry - stop : stop - p.averageEntry;
                if (perUnit > 0)
                {
                    total = Math.addExact(total, toCash(i, notionalFloor(perUnit, p.quantity, p.quantityUnit)));
                }
            }
            if (p.entryOrderId != Position.NO_ORDER)
            {
                final long perUnit = Math.abs(p.entryReference - p.entryStop);
                total = Math.addExact(total, toCash(i, notionalFloor(perUnit, p.entryRemaining, p.quantityUnit)));
            }
        }
        return total;
    }

    /**
     * @param index    dense instrument index.
     * @param amount   cash-scale money to spend (risk, or exposure room).
     * @param perUnit  price per unit of quantity (stop distance, or entry price), > 0.
     * @return {@code floor(amount / 10^(cashScale - priceScale) x 10^qs / perUnit)}; 0 when there is
     *         nothing to spend; {@link Long#MAX_VALUE} when it would not fit.
     */
    public long quantityFor(final int index, final long amount, final long perUnit)
    {
        if (amount <= 0 || perUnit <= 0)
        {
            return 0;
        }
        final long q = FixedPoint.mulDivFloor(amount / cashFactor[index], positions[index].quantityUnit, perUnit);
        return q == FixedPoint.OUT_OF_RANGE ? Long.MAX_VALUE : q;
    }

    /** @return open positions. */
    public int openPositions()
    {
        int open = 0;
        for (final Position p : positions)
        {
            if (p.quantity > 0)
            {
                open++;
            }
        }
        return open;
    }

    /** @return instruments with an open position or a pending entry (each takes a position slot). */
    public int occupiedSlots()
    {
        int occupied = 0;
        for (final Position p : positions)
        {
            if (p.occupiesSlot())
            {
                occupied++;
            }
        }
        return occupied;
    }

    /** @return dense index of the open position with the lowest unrealized P&L and no exit working, or -1. */
    public int worstOpenWithoutExit()
    {
        int worst = -1;
        long worstPnl = Long.MAX_VALUE;
        for (int i = 0; i < positions.length; i++)
        {
            final Position p = positions[i];
            if (p.quantity > 0 && p.exitOrderId == Position.NO_ORDER)
            {
                final long pnl = p.unrealizedPnl(markOf(i));
                final long inCash = pnl >= 0 ? toCash(i, pnl) : -toCash(i, -pnl);
                if (inCash < worstPnl)
                {
                    worst = i;
                    worstPnl = inCash;
                }
            }
        }
        return worst;
    }

    /**
     * Moves cash for a fill.
     *
     * @param index    dense instrument index.
     * @param buy      true for a buy fill.
     * @param price    fill price.
     * @param quantity filled.
     * @param fee      charged, price scale.
     */
    public void settle(final int index, final boolean buy, final long price, final long quantity, final long fee)
    {
        equityStale = true;
        final long unit = positions[index].quantityUnit;
        if (marks[index] == 0)
        {
            marks[index] = price;
        }
        if (buy)
        {
            final long notional = FixedPoint.mulDivCeil(price, quantity, unit);
            cash = Math.subtractExact(cash, toCash(index, Math.addExact(checked(notional), fee)));
        }
        else
        {
            final long notional = FixedPoint.mulDivFloor(price, quantity, unit);
            cash = Math.addExact(cash, toCash(index, Math.subtractExact(checked(notional), fee)));
        }
    }

    /**
     * Books an entry fill (stage R only).
     *
     * @param index     dense index.
     * @param price     fill price.
     * @param quantity  filled.
     * @param fee       charged.
     * @param time      of the fill.
     * @param remaining still open on the order.
     * @return true when the fill opened the position.
     */
    public boolean fillEntry(
        final int index, final long price, final long quantity, final long fee, final long time, final long remaining)
    {
        equityStale = true;
        final Position p = positions[index];
        final boolean opened = p.addEntry(price, quantity, fee, time);
        if (opened)
        {
            p.plannedStop = p.entryStop;
        }
        p.entryRemaining = remaining;
        if (remaining == 0)
        {
            p.clearEntryOrder();
        }
        return opened;
    }

    /**
     * Books an exit fill (stage R only).
     *
     * @param index     dense index.
     * @param price     fill price.
     * @param quantity  filled.
     * @param fee       charged.
     * @param remaining still open on the order.
     * @return true when the position is now flat (call {@link #finishClose} after reporting it).
     */
    public boolean fillExit(final int index, final long price, final long quantity, final long fee, final long remaining)
    {
        equityStale = true;
        final Position p = positions[index];
        p.reduce(price, quantity, fee);
        if (remaining == 0)
        {
            p.exitOrderId = Position.NO_ORDER;
        }
        return p.quantity == 0;
    }

    /**
     * Forgets a closed position once its close was reported (stage R only).
     *
     * @param index dense index.
     */
    public void finishClose(final int index)
    {
        equityStale = true;
        positions[index].exitOrderId = Position.NO_ORDER;
        positions[index].clearPosition();
    }

    // ---------------------------------------------------------------- read-only views

    /** @param index dense index. @return its instrument id. */
    public int instrumentId(final int index)
    {
        return positions[index].instrumentId;
    }

    /** @param index dense index. @return the position's side (kept until the close is reported). */
    public PositionSide sideOf(final int index)
    {
        final Position p = positions[index];
        return p.side != null ? p.side : p.entrySide;
    }

    private long toCash(final int index, final long priceScaleAmount)
    {
        return Math.multiplyExact(priceScaleAmount, cashFactor[index]);
    }

    private static long notionalFloor(final long price, final long quantity, final long unit)
    {
        return checked(FixedPoint.mulDivFloor(price, quantity, unit));
    }

    private static long checked(final long value)
    {
        if (value == FixedPoint.OUT_OF_RANGE)
        {
            throw new ArithmeticException("notional does not fit in a long");
        }
        return value;
    }
}
