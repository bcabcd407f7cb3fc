package io.pldot.journal.schema;

/**
 * Every record type the journal knows, with its type id, schema version, length and whether it
 * is inbound (journaled by J before processing) or an output (journaled by O).
 * <p>
 * Type ids are looked up through an array, never a map. Immutable; safe from any thread.
 */
public enum RecordType
{
    /** An executed trade reported by a venue. */
    TRADE_TICK(1, 1, true, TradeTickDescriptor.LENGTH),
    /** A timer firing, stamped at ingress; closes candles when no trade arrives. */
    TIMER(2, 1, true, TimerDescriptor.LENGTH),
    /** A market-data connection changed state. */
    FEED_STATUS(3, 1, true, FeedStatusDescriptor.LENGTH),
    /** A candle closed on one timeframe. */
    CANDLE_CLOSED(101, 1, false, CandleClosedDescriptor.LENGTH),
    /** An inbound record the pipeline refused, with the reason. */
    INPUT_REJECTED(102, 1, false, InputRejectedDescriptor.LENGTH),
    /** Every analytics value of one symbol and timeframe after a candle closed. */
    INDICATOR_SNAPSHOT(103, 1, false, IndicatorSnapshotDescriptor.LENGTH),
    /** A Drummond pattern started or ended. */
    PATTERN_EVENT(104, 1, false, PatternEventDescriptor.LENGTH),
    /** A supply/demand zone formed, was tested or broke. */
    ZONE_EVENT(105, 1, false, LevelEventDescriptor.LENGTH),
    /** A fair value gap opened, was partly filled or filled. */
    GAP_EVENT(106, 1, false, LevelEventDescriptor.LENGTH),
    /** A strategy asks to enter or exit a position (decision stage). */
    SIGNAL(107, 1, false, SignalDescriptor.LENGTH),
    /** An order the risk stage decided to place (risk stage). */
    ORDER_INTENT(108, 1, false, OrderIntentDescriptor.LENGTH),
    /** What the venue did with an order: accepted, filled, rejected, cancelled. */
    ORDER_EVENT(109, 1, false, OrderEventDescriptor.LENGTH),
    /** The risk stage's execution chain refused a signal, with the reason. */
    RISK_REJECT(110, 1, false, RiskRejectDescriptor.LENGTH),
    /** A position opened, changed, closed, or its stop moved. */
    POSITION_EVENT(111, 1, false, PositionEventDescriptor.LENGTH),
    /** An equity mark or a daily drawdown level change of the portfolio. */
    PORTFOLIO_EVENT(112, 1, false, PortfolioEventDescriptor.LENGTH);

    private static final RecordType[] BY_ID = new RecordType[256];

    static
    {
        for (final RecordType type : values())
        {
            BY_ID[type.typeId] = type;
        }
    }

    private final short typeId;
    private final byte schemaVersion;
    private final boolean inbound;
    private final int length;

    RecordType(final int typeId, final int schemaVersion, final boolean inbound, final int length)
    {
        this.typeId = (short)typeId;
        this.schemaVersion = (byte)schemaVersion;
        this.inbound = inbound;
        this.length = length;
    }

    /**
     * @param typeId raw type id from a record header.
     * @return the type, or {@code null} when the id is unknown.
     */
    public static RecordType of(final int typeId)
    {
        return typeId >= 0 && typeId < BY_ID.length ? BY_ID[typeId] : null;
    }

    /**
     * @param name case-insensitive name, with '-' or '_' ("trade-tick", "candle_closed").
     * @return the type.
     * @throws IllegalArgumentException naming the known types when the name is unknown.
     */
    public static RecordType parse(final String name)
    {
        final String normalised = name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (final RecordType type : values())
        {
            if (type.name().equals(normalised))
            {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown record type '" + name + "'; known: " + displayNames());
    }

    /**
     * @return the names users type, e.g. "trade-tick, timer, ...".
     */
    public static String displayNames()
    {
        final StringBuilder sb = new StringBuilder();
        for (final RecordType type : values())
        {
            sb.append(sb.length() == 0 ? "" : ", ").append(type.displayName());
        }
        return sb.toString();
    }

    /**
     * @return lower-case, dash-separated name ("candle-closed").
     */
    public String displayName()
    {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * @return the id written in record headers.
     */
    public short typeId()
    {
        return typeId;
    }

    /**
     * @return the version of the layout this build writes and reads.
     */
    public byte schemaVersion()
    {
        return schemaVersion;
    }

    /**
     * @return true for inbound records (they drive the pipeline and are replayed).
     */
    public boolean inbound()
    {
        return inbound;
    }

    /**
     * @return the record's length in bytes, header included.
     */
    public int length()
    {
        return length;
    }
}
