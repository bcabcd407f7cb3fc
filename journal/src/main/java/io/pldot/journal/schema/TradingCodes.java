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

        /**
         * @param code wire code (ordinal + 1).
         * @return the type, or {@code null} for 0 or an unknown code.
         */
        public static SignalType of(final int code)
        {
            final SignalType[] values = values();
            return code >= 1 && code <= values.length ? values[code - 1] : null;
        }

        /** @return the wire code. */
        public int code()
        {
            return ordinal() + 1;
        }
    }

    /** Risk level a decision attaches to a signal (seed 000 coordinator). */
    public enum RiskLevel
    {
        /** Low risk. */
        LOW,
        /** Medium risk. */
        MEDIUM,
        /** High risk. */
        HIGH;

        /**
         * @param code wire code (ordinal + 1).
         * @return the level, or {@code null} for 0 or an unknown code.
         */
        public static RiskLevel of(final int code)
        {
            final RiskLevel[] values = values();
            return code >= 1 && code <= values.length ? values[code - 1] : null;
        }

        /** @return the wire code. */
        public int code()
        {
            return ordinal() + 1;
        }
    }
}
