package io.pldot.feeds.importer;

import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.schema.Side;

/**
 * One row of a trade file after parsing, in journal units (epoch nanoseconds, fixed point at the
 * instrument's scales). A single holder is reused for every row of an import so that parsing does
 * not allocate; when a row is rejected it carries a human-readable detail instead.
 * <p>
 * Mutable and not thread-safe: owned by the importing thread.
 */
public final class ParsedTrade
{
    private Instrument instrument;
    private long tsEvent;
    private long tsRecv;
    private Side side = Side.UNKNOWN;
    private long price;
    private long quantity;
    private long venueTradeId;
    private String rejectDetail;

    /**
     * Clears every field before a row is parsed, so nothing leaks from the previous row.
     */
    public void reset()
    {
        instrument = null;
        tsEvent = 0;
        tsRecv = 0;
        side = Side.UNKNOWN;
        price = 0;
        quantity = 0;
        venueTradeId = 0;
        rejectDetail = null;
    }

    /**
     * Records why the row is refused; formats return the result directly from {@code parse}.
     *
     * @param reason counted in the report.
     * @param detail what was wrong, e.g. {@code price "-1" must be > 0}.
     * @return {@code reason}.
     */
    public ImportRejectReason reject(final ImportRejectReason reason, final String detail)
    {
        this.rejectDetail = detail;
        return reason;
    }

    /**
     * @return the detail of the last rejection, or {@code null} when the row parsed.
     */
    public String rejectDetail()
    {
        return rejectDetail;
    }

    /**
     * @return the instrument the trade belongs to.
     */
    public Instrument instrument()
    {
        return instrument;
    }

    /**
     * @param instrument the trade belongs to.
     */
    public void instrument(final Instrument instrument)
    {
        this.instrument = instrument;
    }

    /**
     * @return epoch nanoseconds of the trade at the venue.
     */
    public long tsEvent()
    {
        return tsEvent;
    }

    /**
     * @param tsEvent epoch nanoseconds of the trade at the venue.
     */
    public void tsEvent(final long tsEvent)
    {
        this.tsEvent = tsEvent;
    }

    /**
     * @return epoch nanoseconds when the trade was received (equal to tsEvent when the file has no receive time).
     */
    public long tsRecv()
    {
        return tsRecv;
    }

    /**
     * @param tsRecv epoch nanoseconds when the trade was received.
     */
    public void tsRecv(final long tsRecv)
    {
        this.tsRecv = tsRecv;
    }

    /**
     * @return the aggressor side.
     */
    public Side side()
    {
        return side;
    }

    /**
     * @param side the aggressor side.
     */
    public void side(final Side side)
    {
        this.side = side;
    }

    /**
     * @return fixed-point price at the instrument's price scale.
     */
    public long price()
    {
        return price;
    }

    /**
     * @param price fixed-point price at the instrument's price scale.
     */
    public void price(final long price)
    {
        this.price = price;
    }

    /**
     * @return fixed-point quantity at the instrument's quantity scale.
     */
    public long quantity()
    {
        return quantity;
    }

    /**
     * @param quantity fixed-point quantity at the instrument's quantity scale.
     */
    public void quantity(final long quantity)
    {
        this.quantity = quantity;
    }

    /**
     * @return the venue's trade id (or the synthesized one, for files without ids).
     */
    public long venueTradeId()
    {
        return venueTradeId;
    }

    /**
     * @param venueTradeId the venue's trade id.
     */
    public void venueTradeId(final long venueTradeId)
    {
        this.venueTradeId = venueTradeId;
    }
}
