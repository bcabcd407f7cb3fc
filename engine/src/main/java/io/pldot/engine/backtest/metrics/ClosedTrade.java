package io.pldot.engine.backtest.metrics;

import java.util.Objects;

/**
 * One closed round-trip trade, as handed to the results layer once the backtest has finished.
 * <p>
 * Prices, quantities and money are {@code double}: this is the decimal edge of the engine (reports are off the hot
 * path), converted from the fixed-point values by whoever feeds this layer. Times are epoch nanoseconds (UTC).
 * A trade is a <em>win</em> when {@code netPnl > 0}, a <em>loss</em> when {@code netPnl < 0}; a trade with
 * {@code netPnl == 0} is neither, but counts in the number of trades.
 * <p>
 * Immutable and thread-safe.
 *
 * @param symbol      instrument traded.
 * @param side        direction of the position.
 * @param entryTimeNs time the position was opened, epoch nanoseconds.
 * @param entryPrice  average entry price.
 * @param exitTimeNs  time the position was closed, epoch nanoseconds; not before {@code entryTimeNs}.
 * @param exitPrice   average exit price.
 * @param quantity    size of the position, positive.
 * @param grossPnl    profit or loss before fees.
 * @param fees        fees paid on entry and exit, not negative.
 * @param netPnl      profit or loss after fees: {@code grossPnl - fees} (checked to a relative 1e-9).
 * @param signalType  type of the signal that opened the trade (e.g. {@code "PLDOT_PUSH_LONG"}).
 * @param confidence  confidence of that signal, in [0, 1].
 * @param exitReason  why the position was closed (e.g. {@code "STOP"}, {@code "TARGET"}, {@code "SIGNAL"}).
 */
public record ClosedTrade(
    String symbol,
    TradeSide side,
    long entryTimeNs,
    double entryPrice,
    long exitTimeNs,
    double exitPrice,
    double quantity,
    double grossPnl,
    double fees,
    double netPnl,
    String signalType,
    double confidence,
    String exitReason)
{
    private static final double NET_TOLERANCE = 1e-9;

    /**
     * Checks the trade at the edge, so that the metrics never see a malformed one.
     *
     * @throws IllegalArgumentException naming the field that is wrong.
     */
    public ClosedTrade
    {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(signalType, "signalType");
        Objects.requireNonNull(exitReason, "exitReason");
        if (symbol.isBlank())
        {
            throw new IllegalArgumentException("symbol is blank");
        }
        if (exitTimeNs < entryTimeNs)
        {
            throw new IllegalArgumentException(
                symbol + ": exitTimeNs " + exitTimeNs + " is before entryTimeNs " + entryTimeNs);
        }
        requireFinite("entryPrice", entryPrice);
        requireFinite("exitPrice", exitPrice);
        requireFinite("quantity", quantity);
        requireFinite("grossPnl", grossPnl);
        requireFinite("fees", fees);
        requireFinite("netPnl", netPnl);
        if (!(quantity > 0))
        {
            throw new IllegalArgumentException(symbol + ": quantity must be positive, was " + quantity);
        }
        if (fees < 0)
        {
            throw new IllegalArgumentException(symbol + ": fees must not be negative, was " + fees);
        }
        if (!(confidence >= 0 && confidence <= 1))
        {
            throw new IllegalArgumentException(symbol + ": confidence must be in [0, 1], was " + confidence);
        }
        final double expectedNet = grossPnl - fees;
        final double scale = Math.max(1.0, Math.max(Math.abs(grossPnl), Math.abs(fees)));
        if (Math.abs(netPnl - expectedNet) > NET_TOLERANCE * scale)
        {
            throw new IllegalArgumentException(
                symbol + ": netPnl " + netPnl + " is not grossPnl - fees = " + expectedNet);
        }
    }

    /**
     * Builds a trade whose net P&amp;L is {@code grossPnl - fees}.
     *
     * @param symbol      instrument traded.
     * @param side        direction of the position.
     * @param entryTimeNs time the position was opened, epoch nanoseconds.
     * @param entryPrice  average entry price.
     * @param exitTimeNs  time the position was closed, epoch nanoseconds.
     * @param exitPrice   average exit price.
     * @param quantity    size of the position, positive.
     * @param grossPnl    profit or loss before fees.
     * @param fees        fees paid, not negative.
     * @param signalType  type of the signal that opened the trade.
     * @param confidence  confidence of that signal, in [0, 1].
     * @param exitReason  why the position was closed.
     * @return the trade.
     */
    public static ClosedTrade of(
        final String symbol,
        final TradeSide side,
        final long entryTimeNs,
        final double entryPrice,
        final long exitTimeNs,
        final double exitPrice,
        final double quantity,
        final double grossPnl,
        final double fees,
        final String signalType,
        final double confidence,
        final String exitReason)
    {
        return new ClosedTrade(symbol, side, entryTimeNs, entryPrice, exitTimeNs, exitPrice, quantity,
            grossPnl, fees, grossPnl - fees, signalType, confidence, exitReason);
    }

    /**
     * @return true when the trade made money after fees.
     */
    public boolean isWin()
    {
        return netPnl > 0;
    }

    /**
     * @return true when the trade lost money after fees.
     */
    public boolean isLoss()
    {
        return netPnl < 0;
    }

    private static void requireFinite(final String name, final double value)
    {
        if (!Double.isFinite(value))
        {
            throw new IllegalArgumentException(name + " must be finite, was " + value);
        }
    }
}
