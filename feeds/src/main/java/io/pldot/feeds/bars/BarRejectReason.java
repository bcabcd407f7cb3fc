package io.pldot.feeds.bars;

/**
 * Why a row of a bars file was refused. Each refusal is counted and reported with file and line;
 * the other rows are still read.
 */
public enum BarRejectReason
{
    /** Wrong field count, or a field that is not a number or a time. */
    MALFORMED("not a bar row (field count, number or time)"),
    /** NaN or infinity in a price or the volume. */
    NON_FINITE("NaN or infinite value"),
    /** A price of zero or less. */
    NON_POSITIVE_PRICE("price <= 0"),
    /** A volume below zero. */
    NEGATIVE_VOLUME("volume < 0"),
    /** High below open, close or low, or low above open or close. */
    INCONSISTENT_RANGE("high/low do not contain open and close"),
    /** A bar not later than the bar before it. */
    TIME_NOT_INCREASING("time not after the previous bar");

    private final String description;

    BarRejectReason(final String description)
    {
        this.description = description;
    }

    /**
     * @return what the reason means, for people.
     */
    public String description()
    {
        return description;
    }
}
