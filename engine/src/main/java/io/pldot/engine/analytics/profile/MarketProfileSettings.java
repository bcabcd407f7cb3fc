package io.pldot.engine.analytics.profile;

/**
 * Settings of one {@link MarketProfile}. Immutable; safe from any thread.
 *
 * @param windowBars       number of closed bars the profile covers, 1..1024.
 * @param rowTicks         height of a price row in instrument ticks (tick = 10^-priceScale), &ge; 1.
 * @param maxRows          rows the whole profile can span, a power of two, 8..65536; volume beyond
 *                         is merged into the edge row of a range re-centred on the recent price.
 * @param maxRowsPerBar    rows one bar can span, a power of two, 1..maxRows/2; volume beyond is
 *                         merged into the bar's edge row.
 * @param valueAreaPercent share of the volume the value area must hold, 1..100.
 */
public record MarketProfileSettings(
    int windowBars, int rowTicks, int maxRows, int maxRowsPerBar, int valueAreaPercent)
{
    /** Default window: the last 50 bars. */
    public static final int WINDOW_BARS_DEFAULT = 50;
    /** Default row height: one tick. */
    public static final int ROW_TICKS_DEFAULT = 1;
    /** Default span of the profile: 1024 rows (8 KB). */
    public static final int MAX_ROWS_DEFAULT = 1024;
    /** Default span of one bar: 32 rows. */
    public static final int MAX_ROWS_PER_BAR_DEFAULT = 32;
    /** Default value area: 70% of the volume. */
    public static final int VALUE_AREA_PERCENT_DEFAULT = 70;
    /** Largest window accepted. */
    public static final int WINDOW_BARS_MAX = 1024;
    /** Largest profile span accepted. */
    public static final int MAX_ROWS_MAX = 65536;

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException naming the bad field.
     */
    public MarketProfileSettings
    {
        if (windowBars < 1 || windowBars > WINDOW_BARS_MAX)
        {
            throw new IllegalArgumentException("windowBars must be 1.." + WINDOW_BARS_MAX + ", was " + windowBars);
        }
        if (rowTicks < 1)
        {
            throw new IllegalArgumentException("rowTicks must be >= 1, was " + rowTicks);
        }
        if (maxRows < 8 || maxRows > MAX_ROWS_MAX || Integer.bitCount(maxRows) != 1)
        {
            throw new IllegalArgumentException(
                "maxRows must be a power of two in 8.." + MAX_ROWS_MAX + ", was " + maxRows);
        }
        if (maxRowsPerBar < 1 || maxRowsPerBar > maxRows / 2 || Integer.bitCount(maxRowsPerBar) != 1)
        {
            throw new IllegalArgumentException(
                "maxRowsPerBar must be a power of two in 1..maxRows/2, was " + maxRowsPerBar);
        }
        if (valueAreaPercent < 1 || valueAreaPercent > 100)
        {
            throw new IllegalArgumentException("valueAreaPercent must be 1..100, was " + valueAreaPercent);
        }
    }

    /**
     * @return the defaults: 50 bars, 1-tick rows, 1024 rows in all, 32 per bar, value area 70%.
     */
    public static MarketProfileSettings defaults()
    {
        return new MarketProfileSettings(
            WINDOW_BARS_DEFAULT, ROW_TICKS_DEFAULT, MAX_ROWS_DEFAULT, MAX_ROWS_PER_BAR_DEFAULT,
            VALUE_AREA_PERCENT_DEFAULT);
    }
}
