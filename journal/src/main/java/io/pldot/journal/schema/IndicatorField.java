package io.pldot.journal.schema;

/**
 * The numeric fields of an {@link IndicatorSnapshotDescriptor indicator snapshot}, in wire order.
 * A field's ordinal is both its bit in the snapshot's presence mask and its slot in the value
 * array; so fields are only ever appended (a new schema version), never reordered.
 * <p>
 * EMA slots carry the period in the record ({@code EMA_0} is the first configured period), so a
 * reader names them {@code ema20}, {@code ema50}, ... without the engine's config. Immutable.
 */
public enum IndicatorField
{
    /** Drummond PLdot: mean typical price of the last 3 bars, projected onto the next bar. */
    PLDOT("pldot"),
    /** PLdot minus the previous PLdot. */
    PLDOT_SLOPE("pldot_slope"),
    /** Upper envelope around the PLdot. */
    ENV_UPPER("env_upper"),
    /** Lower envelope around the PLdot. */
    ENV_LOWER("env_lower"),
    /** Where the close sits in the envelope, 0 at the lower and 1 at the upper edge. */
    ENV_POSITION("env_position"),
    /** Confidence of the market state, 0.5..1.0. */
    STATE_CONFIDENCE("state_confidence"),
    /** Nearest Drummond support zone at or below the close. */
    SUPPORT("support"),
    /** Lines in that support zone. */
    SUPPORT_STRENGTH("support_strength"),
    /** Nearest Drummond resistance zone at or above the close. */
    RESISTANCE("resistance"),
    /** Lines in that resistance zone. */
    RESISTANCE_STRENGTH("resistance_strength"),
    /** EMA of the first configured period. */
    EMA_0("ema#0"),
    /** EMA of the second configured period. */
    EMA_1("ema#1"),
    /** EMA of the third configured period. */
    EMA_2("ema#2"),
    /** EMA of the fourth configured period. */
    EMA_3("ema#3"),
    /** EMA of the fifth configured period. */
    EMA_4("ema#4"),
    /** EMA of the sixth configured period. */
    EMA_5("ema#5"),
    /** EMA of the seventh configured period. */
    EMA_6("ema#6"),
    /** EMA of the eighth configured period. */
    EMA_7("ema#7"),
    /** Average true range, Wilder. */
    ATR("atr14"),
    /** ATR as a percentage of the close. */
    ATR_PERCENT("atr_percent"),
    /** Average directional index, Wilder. */
    ADX("adx14"),
    /** Plus directional indicator. */
    PLUS_DI("plus_di14"),
    /** Minus directional indicator. */
    MINUS_DI("minus_di14"),
    /** Hurst exponent by rescaled range. */
    HURST("hurst"),
    /** Mean-reversion strength. */
    MEAN_REVERSION("mean_reversion"),
    /** Lag-1 autocorrelation of returns. */
    AUTOCORRELATION("autocorrelation"),
    /** Buy minus sell aggressor volume of the candle. */
    DELTA("delta"),
    /** Cumulative volume delta. */
    CVD("cvd"),
    /** Buy / sell aggressor volume of the candle. */
    IMBALANCE("imbalance"),
    /** Mean aggressive-buy trade size of the candle. */
    AVG_BUY_SIZE("avg_buy_size"),
    /** Mean aggressive-sell trade size of the candle. */
    AVG_SELL_SIZE("avg_sell_size"),
    /** Market-profile point of control. */
    POC("poc"),
    /** Value-area high (70% of the profile's volume). */
    VA_HIGH("va_high"),
    /** Value-area low. */
    VA_LOW("va_low");

    /** Number of EMA slots. */
    public static final int EMA_SLOTS = 8;

    private static final IndicatorField[] VALUES = values();

    private final String column;

    IndicatorField(final String column)
    {
        this.column = column;
    }

    /**
     * @return the column / JSON key ("ema#k" for EMA slots: see {@link #isEma()}).
     */
    public String column()
    {
        return column;
    }

    /**
     * @return true for the EMA slots, whose name comes from the period in the record.
     */
    public boolean isEma()
    {
        return ordinal() >= EMA_0.ordinal() && ordinal() <= EMA_7.ordinal();
    }

    /**
     * @param slot EMA slot 0..7.
     * @return the field of that slot.
     */
    public static IndicatorField ema(final int slot)
    {
        if (slot < 0 || slot >= EMA_SLOTS)
        {
            throw new IllegalArgumentException("EMA slot " + slot + " outside 0.." + (EMA_SLOTS - 1));
        }
        return VALUES[EMA_0.ordinal() + slot];
    }

    /**
     * @return the fields in wire order (a shared array: do not modify).
     */
    static IndicatorField[] all()
    {
        return VALUES;
    }
}
