package io.pldot.journal.schema;

/**
 * The wire vocabulary of the analytics records: each enum's code is its ordinal + 1, and code 0
 * always means "not defined yet" (e.g. no market state before the first PLdot). The engine maps
 * its own analytics enums to these by name once at start-up, so a rename fails loudly there
 * rather than writing wrong codes. Immutable; safe from any thread.
 */
public final class AnalyticsCodes
{
    /** Code of an undefined value. */
    public static final int UNDEFINED = 0;

    private AnalyticsCodes()
    {
    }

    /**
     * A constant of this vocabulary, which names its own wire code so that readers of records compare against
     * {@code Regime.UPTREND.code()} rather than recomputing the ordinal rule. Every enum here implements it
     * ({@link Enum#ordinal()} provides {@link #ordinal()}).
     */
    public interface Coded
    {
        /**
         * @return the constant's position in its enum.
         */
        int ordinal();

        /**
         * @return the wire code written to records (ordinal + 1; 0 is {@link #UNDEFINED}).
         */
        default int code()
        {
            return ordinal() + 1;
        }
    }

    /** Drummond market state. */
    public enum MarketState implements Coded
    {
        /** Three closes on one side of the PLdot. */
        TREND,
        /** First bar without such a run after a trend. */
        CONGESTION_ENTRANCE,
        /** Inside congestion. */
        CONGESTION_ACTION,
        /** A run out of congestion in the direction of the trend before it. */
        CONGESTION_EXIT,
        /** A run out of congestion against the trend before it. */
        REVERSAL
    }

    /** Direction of a trend or a pattern. */
    public enum Direction implements Coded
    {
        /** Up. */
        UP,
        /** Down. */
        DOWN,
        /** Neither (no trend). */
        NEUTRAL
    }

    /** Direction of the PLdot slope: horizontal when |slope| is below the DGAS (docs/references.md) threshold. */
    public enum Slope implements Coded
    {
        /** Rising. */
        UP,
        /** Falling. */
        DOWN,
        /** Flat. */
        HORIZONTAL
    }

    /** Regime of OFS §12.5. */
    public enum Regime implements Coded
    {
        /** Trending up. */
        UPTREND,
        /** Trending down. */
        DOWNTREND,
        /** Neither: the hierarchical strategy stands aside. */
        RANGING
    }

    /** Shape of a market profile. */
    public enum ProfileShape implements Coded
    {
        /** Volume concentrated in the middle (balanced, D-shape). */
        BALANCED,
        /** Volume concentrated in the upper part (P-shape). */
        P_SHAPE,
        /** Volume concentrated in the lower part (b-shape). */
        B_SHAPE,
        /** Two separated volume nodes (double distribution). */
        DOUBLE_DISTRIBUTION
    }

    /** Drummond pattern. */
    public enum Pattern implements Coded
    {
        /** Closes keep pushing the PLdot in the direction of its slope. */
        PLDOT_PUSH,
        /** Price moved away from the PLdot and came back to it. */
        PLDOT_REFRESH,
        /** Close beyond the envelope by a wide margin, then back inside. */
        EXHAUST,
        /** Close pinned to one envelope edge. */
        C_WAVE,
        /** Close alternating inside the envelope's middle band. */
        CONGESTION_OSCILLATION
    }

    /** Whether a pattern began or ended. */
    public enum PatternPhase implements Coded
    {
        /** The pattern began on this bar. */
        STARTED,
        /** The pattern ended on this bar. */
        ENDED
    }

    /** Kind of a supply/demand zone. */
    public enum ZoneKind implements Coded
    {
        /** Below price: buyers rejected lower prices (long lower wick). */
        DEMAND,
        /** Above price: sellers rejected higher prices (long upper wick). */
        SUPPLY
    }

    /** Status of a supply/demand zone. */
    public enum ZoneStatus implements Coded
    {
        /** Not touched since it formed. */
        FRESH,
        /** Price came back into it and it held. */
        TESTED,
        /** Price closed through it. */
        BROKEN
    }

    /** Direction of a fair value gap. */
    public enum GapDirection implements Coded
    {
        /** bar1.high &lt; bar3.low. */
        BULLISH,
        /** bar1.low &gt; bar3.high. */
        BEARISH
    }

    /** Fill status of a fair value gap. */
    public enum GapStatus implements Coded
    {
        /** Price has not entered the gap. */
        OPEN,
        /** Price entered the gap without crossing it. */
        PARTIAL,
        /** Price crossed the whole gap. */
        FILLED
    }

    /**
     * @param constant an enum constant of this vocabulary.
     * @return its wire code (ordinal + 1).
     */
    public static int code(final Enum<?> constant)
    {
        return constant == null ? UNDEFINED : constant.ordinal() + 1;
    }

    /**
     * @param type vocabulary enum.
     * @param code read from a record.
     * @param <E>  the enum.
     * @return the constant, or {@code null} for {@link #UNDEFINED} or an unknown code.
     */
    public static <E extends Enum<E>> E of(final Class<E> type, final int code)
    {
        final E[] constants = type.getEnumConstants();
        return code >= 1 && code <= constants.length ? constants[code - 1] : null;
    }

    /**
     * @param type vocabulary enum.
     * @param code read from a record.
     * @param <E>  the enum.
     * @return the constant's name ("CONGESTION_ACTION"), or {@code null} when undefined or unknown.
     */
    public static <E extends Enum<E>> String label(final Class<E> type, final int code)
    {
        final E constant = of(type, code);
        return constant == null ? null : constant.name();
    }
}
