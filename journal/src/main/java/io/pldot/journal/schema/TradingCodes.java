package io.pldot.journal.schema;

/**
 * The wire vocabulary of the trading records (signals, orders, fills, positions, risk): each
 * enum's code is its ordinal + 1, and code 0 always means "not defined". Like
 * {@link AnalyticsCodes}, the engine maps its own enums to these by name once at start-up.
 * Immutable; safe from any thread.
 */
public final class TradingCodes
{
    /** Code of an undefined value. */
    public static final int UNDEFINED = 0;

    private TradingCodes()
    {
    }

    /** What a signal asks for. */
    public enum SignalType
    {
        /** Open (or add to) a long position. */
        LONG,
        /** Open (or add to) a short position. */
        SHORT,
        /** Close a long position. */
        EXIT_LONG,
        /** Close a short position. */
        EXIT_SHORT;

        private static final SignalType[] VALUES = values();

        /**
         * @param code wire code (ordinal + 1).
         * @return the type, or {@code null} for 0 or an unknown code.
         */
        public static SignalType of(final int code)
        {
            return code >= 1 && code <= VALUES.length ? VALUES[code - 1] : null;
        }

        /** @return the wire code. */
        public int code()
        {
            return ordinal() + 1;
        }
    }

    /** Risk level a decision attaches to a signal (DGAS (docs/references.md) coordinator). */
    public enum RiskLevel
    {
        /** Low risk. */
        LOW,
        /** Medium risk. */
        MEDIUM,
        /** High risk. */
        HIGH;

        private static final RiskLevel[] VALUES = values();

        /**
         * @param code wire code (ordinal + 1).
         * @return the level, or {@code null} for 0 or an unknown code.
         */
        public static RiskLevel of(final int code)
        {
            return code >= 1 && code <= VALUES.length ? VALUES[code - 1] : null;
        }

        /** @return the wire code. */
        public int code()
        {
            return ordinal() + 1;
        }
    }

    /** Side of an order. */
    public enum OrderSide
    {
        /** Buy. */
        BUY,
        /** Sell. */
        SELL;

        private static final OrderSide[] VALUES = values();

        /**
         * @param code wire code (ordinal + 1).
         * @return the constant, or {@code null} for 0 or an unknown code.
         */
        public static OrderSide of(final int code)
        {
            return code >= 1 && code <= VALUES.length ? VALUES[code - 1] : null;
        }

        /** @return the wire code. */
        public int code()
        {
            return ordinal() + 1;
        }
    }

    /** Type of an order. */
    public enum OrderType
    {
        /** At the market (taker). */
        MARKET,
        /** At a limit price or better (maker). */
        LIMIT,
        /** A market order once the price reaches the stop price (taker). */
        STOP;

        private static final OrderType[] VALUES = values();

        /**
         * @param code wire code (ordinal + 1).
         * @return the constant, or {@code null} for 0 or an unknown code.
         */
        public static OrderType of(final int code)
        {
            return code >= 1 && code <= VALUES.length ? VALUES[code - 1] : null;
        }

        /** @return the wire code. */
        public int code()
        {
            return ordinal() + 1;
        }
    }

    /** Why the risk stage placed an order; on a position event, why it was reduced or closed. */
    public enum OrderReason
    {
        /** Open or add to a position from a signal. */
        ENTRY,
        /** Close on an EXIT_LONG / EXIT_SHORT signal. */
        SIGNAL_EXIT,
        /** The trailing stop was reached. */
        TRAILING_STOP,
        /** The position was held longer than the maximum hold time. */
        MAX_HOLD_TIME,
        /** Dump detection (volume reversal, order-flow flip or momentum break). */
        DUMP,
        /** The market leader dumped; correlated positions exit. */
        CORRELATED_EXIT,
        /** Daily drawdown reached the critical level: the worst positions close. */
        CRITICAL_LEVEL,
        /** Daily drawdown reached the circuit breaker: everything closes. */
        CIRCUIT_BREAKER,
        /** An opposite signal reverses the position: the old side closes first. */
        REVERSAL;

        private static final OrderReason[] VALUES = values();

        /**
         * @param code wire code (ordinal + 1).
         * @return the constant, or {@code null} for 0 or an unknown code.
         */
        public static OrderReason of(final int code)
        {
            return code >= 1 && code <= VALUES.length ? VALUES[code - 1] : null;
        }

        /** @return the wire code. */
        public int code()
        {
            return ordinal() + 1;
        }
    }

    /** What the venue did with an order. */
    public enum OrderEventType
    {
        /** The venue accepted the order; it rests until it fills or is cancelled. */
        ACCEPTED,
        /** Part of the order filled; the rest stays open. */
        PARTIALLY_FILLED,
        /** The order filled completely. */
        FILLED,
        /** The venue refused the order (or a fill of it); nothing more will fill. */
        REJECTED,
        /** The order was cancelled; its remainder will not fill. */
        CANCELLED;

        private static final OrderEventType[] VALUES = values();

        /**
         * @param code wire code (ordinal + 1).
         * @return the constant, or {@code null} for 0 or an unknown code.
         */
        public static OrderEventType of(final int code)
        {
            return code >= 1 && code <= VALUES.length ? VALUES[code - 1] : null;
        }

        /** @return the wire code. */
        public int code()
        {
            return ordinal() + 1;
        }
    }

    /** Whether a fill added liquidity (maker) or took it (taker). */
    public enum Liquidity
    {
        /** Resting limit order filled: maker fee. */
        MAKER,
        /** Market or triggered stop order: taker fee. */
        TAKER;

        private static final Liquidity[] VALUES = values();

        /**
         * @param code wire code (ordinal + 1).
         * @return the constant, or {@code null} for 0 or an unknown code.
         */
        public static Liquidity of(final int code)
        {
            return code >= 1 && code <= VALUES.length ? VALUES[code - 1] : null;
        }

        /** @return the wire code. */
        public int code()
        {
            return ordinal() + 1;
        }
    }

    /** Why the venue refused an order, a cancel or a fill (mirrors the simulated venue's reasons by name). */
    public enum VenueReject
    {
        /** No open order has the client order id (cancel). */
        UNKNOWN_ORDER,
        /** The venue's open-order capacity is used up. */
        BOOK_FULL,
        /** Quantity zero or negative. */
        NON_POSITIVE_QUANTITY,
        /** Price missing, zero or negative (or given for a market order). */
        INVALID_PRICE,
        /** An open order already has the client order id. */
        DUPLICATE_ID,
        /** Side missing. */
        INVALID_SIDE,
        /** Order type missing. */
        INVALID_ORDER_TYPE,
        /** The reserved client order id. */
        INVALID_ORDER_ID,
        /** The instrument is not tradable on the venue. */
        UNKNOWN_INSTRUMENT,
        /** Decision time negative or too large. */
        INVALID_TIME,
        /** Notional, fee or slipped price does not fit in a long. */
        NOTIONAL_OVERFLOW;

        private static final VenueReject[] VALUES = values();

        /**
         * @param code wire code (ordinal + 1).
         * @return the constant, or {@code null} for 0 or an unknown code.
         */
        public static VenueReject of(final int code)
        {
            return code >= 1 && code <= VALUES.length ? VALUES[code - 1] : null;
        }

        /** @return the wire code. */
        public int code()
        {
            return ordinal() + 1;
        }
    }

    /** Why the risk stage's execution chain refused a signal (one per chain step). */
    public enum RiskRejectReason
    {
        /** Unknown instrument or type, entry price not positive, or stop on the wrong side of the entry. */
        INVALID_SIGNAL,
        /** The circuit breaker halted new entries for the rest of the day. */
        HALTED,
        /** Daily drawdown is at the critical level: no new entries. */
        ENTRIES_PAUSED,
        /** A position (or a pending entry) on the instrument already has that direction. */
        EXISTING_POSITION,
        /** The signal is opposite to the open position and reversals are disabled. */
        REVERSAL_NOT_ALLOWED,
        /** A short entry while short selling is disabled. */
        SHORT_NOT_ALLOWED,
        /** Open positions and pending entries already at the maximum. */
        POSITION_LIMIT,
        /** No room left under the maximum exposure (open notional as a share of equity). */
        EXPOSURE_LIMIT,
        /** The position's risk would take the portfolio's open risk above the maximum. */
        PORTFOLIO_RISK_LIMIT,
        /** The sized quantity rounds below the minimum tradable quantity. */
        SIZE_BELOW_MINIMUM,
        /** An exit signal with no position of that direction to close. */
        NO_POSITION,
        /** An exit is already under way for the position. */
        ORDER_PENDING,
        /** The venue refused the order (see the order event for the venue's reason). */
        VENUE_REJECTED;

        private static final RiskRejectReason[] VALUES = values();

        /**
         * @param code wire code (ordinal + 1).
         * @return the constant, or {@code null} for 0 or an unknown code.
         */
        public static RiskRejectReason of(final int code)
        {
            return code >= 1 && code <= VALUES.length ? VALUES[code - 1] : null;
        }

        /** @return the wire code. */
        public int code()
        {
            return ordinal() + 1;
        }
    }

    /** Direction of a position. */
    public enum PositionSide
    {
        /** Bought. */
        LONG,
        /** Sold short. */
        SHORT;

        private static final PositionSide[] VALUES = values();

        /**
         * @param code wire code (ordinal + 1).
         * @return the constant, or {@code null} for 0 or an unknown code.
         */
        public static PositionSide of(final int code)
        {
            return code >= 1 && code <= VALUES.length ? VALUES[code - 1] : null;
        }

        /** @return the wire code. */
        public int code()
        {
            return ordinal() + 1;
        }
    }

    /** What happened to a position. */
    public enum PositionEventType
    {
        /** First fill of an entry order. */
        OPENED,
        /** A further entry fill (partial fills of the entry order). */
        INCREASED,
        /** An exit fill that leaves part of the position open. */
        REDUCED,
        /** The last exit fill: the position is flat. */
        CLOSED,
        /** The trailing stop moved in the position's favour (or was tightened). */
        STOP_MOVED;

        private static final PositionEventType[] VALUES = values();

        /**
         * @param code wire code (ordinal + 1).
         * @return the constant, or {@code null} for 0 or an unknown code.
         */
        public static PositionEventType of(final int code)
        {
            return code >= 1 && code <= VALUES.length ? VALUES[code - 1] : null;
        }

        /** @return the wire code. */
        public int code()
        {
            return ordinal() + 1;
        }
    }

    /** Daily drawdown level of the portfolio (OFS §8.3). */
    public enum DrawdownLevel
    {
        /** Below the alert level. */
        NORMAL,
        /** At or above the alert level (2% by default): reported only. */
        ALERT,
        /** At or above the warning level (3%): every trailing stop tightens. */
        WARNING,
        /** At or above the critical level (4%): the worst positions close and new entries pause. */
        CRITICAL,
        /** At or above the circuit breaker (5%): everything closes and trading halts. */
        CIRCUIT_BREAKER;

        private static final DrawdownLevel[] VALUES = values();

        /**
         * @param code wire code (ordinal + 1).
         * @return the constant, or {@code null} for 0 or an unknown code.
         */
        public static DrawdownLevel of(final int code)
        {
            return code >= 1 && code <= VALUES.length ? VALUES[code - 1] : null;
        }

        /** @return the wire code. */
        public int code()
        {
            return ordinal() + 1;
        }
    }

    /** What a portfolio event reports. */
    public enum PortfolioEventType
    {
        /** Cash and equity marked to the last trade prices (one per smallest-timeframe candle). */
        EQUITY_MARK,
        /** The daily drawdown level changed (the record's level is the new one). */
        LEVEL_CHANGED,
        /** The circuit breaker halted new entries. */
        HALTED,
        /** A new day began: the halt is lifted and the day's drawdown starts again. */
        RESUMED;

        private static final PortfolioEventType[] VALUES = values();

        /**
         * @param code wire code (ordinal + 1).
         * @return the constant, or {@code null} for 0 or an unknown code.
         */
        public static PortfolioEventType of(final int code)
        {
            return code >= 1 && code <= VALUES.length ? VALUES[code - 1] : null;
        }

        /** @return the wire code. */
        public int code()
        {
            return ordinal() + 1;
        }
    }
}
