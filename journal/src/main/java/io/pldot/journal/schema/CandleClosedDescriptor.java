package io.pldot.journal.schema;

import io.pldot.journal.schema.RecordField.Display;
import org.agrona.MutableDirectBuffer;

import static io.pldot.journal.schema.RecordHeaderDescriptor.BYTE_ORDER;
import static io.pldot.journal.schema.RecordHeaderDescriptor.HEADER_LENGTH;

/**
 * CandleClosed (type id 101, schema version 1): an output; one candle closed on one timeframe.
 * The header's tsEvent is the event time that closed it (the later tick or timer), its sequence
 * the input that closed it.
 *
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +---------------------------------------------------------------+
 *  |  Header (32 bytes, see RecordHeaderDescriptor)                |   0
 *  +---------------------------------------------------------------+
 *  |  Instrument id (i32)                                          |  32
 *  +---------------------------------------------------------------+
 *  |  Timeframe in seconds (i32)                                   |  36
 *  +---------------------------------------------------------------+
 *  |  Open time (i64, epoch ns, aligned to the timeframe)          |  40
 *  +---------------------------------------------------------------+
 *  |  Open (i64)  |  High (i64)  |  Low (i64)  |  Close (i64)      |  48..79 (fixed-point prices)
 *  +---------------------------------------------------------------+
 *  |  Volume (i64) | Buy volume (i64) | Sell volume (i64)          |  80..103 (fixed-point qty)
 *  +---------------------------------------------------------------+
 *  |  Trade count (i32) | Buy trade count (i32) | Sell count (i32) | 104..115
 *  +---------------------------------------------------------------+
 *  |  Padding (4 bytes, 0)                                         | 116
 *  +---------------------------------------------------------------+
 * </pre>
 * Trades of unknown side count in volume and trade count only, so buy + sell may be less than
 * the total. Stateless; safe to use from any thread.
 */
public final class CandleClosedDescriptor
{
    /** The instrument id. */
    public static final I32Field INSTRUMENT_ID = I32Field.of("instrument", HEADER_LENGTH, Display.INSTRUMENT);
    /** The timeframe in seconds. */
    public static final I32Field TIMEFRAME_SECONDS = I32Field.of("timeframe", INSTRUMENT_ID.end(), Display.TIMEFRAME);
    /** The open time, epoch ns. */
    public static final I64Field OPEN_TIME = I64Field.of("openTime", TIMEFRAME_SECONDS.end(), Display.INTEGER);
    /** The open price. */
    public static final I64Field OPEN = I64Field.of("open", OPEN_TIME.end(), Display.PRICE);
    /** The high price. */
    public static final I64Field HIGH = I64Field.of("high", OPEN.end(), Display.PRICE);
    /** The low price. */
    public static final I64Field LOW = I64Field.of("low", HIGH.end(), Display.PRICE);
    /** The close price. */
    public static final I64Field CLOSE = I64Field.of("close", LOW.end(), Display.PRICE);
    /** The volume. */
    public static final I64Field VOLUME = I64Field.of("volume", CLOSE.end(), Display.QUANTITY);
    /** The aggressive-buy volume. */
    public static final I64Field BUY_VOLUME = I64Field.of("buyVolume", VOLUME.end(), Display.QUANTITY);
    /** The aggressive-sell volume. */
    public static final I64Field SELL_VOLUME = I64Field.of("sellVolume", BUY_VOLUME.end(), Display.QUANTITY);
    /** The trade count. */
    public static final I32Field TRADE_COUNT = I32Field.of("trades", SELL_VOLUME.end(), Display.INTEGER);
    /** The aggressive-buy trade count. */
    public static final I32Field BUY_COUNT = I32Field.of("buyTrades", TRADE_COUNT.end(), Display.INTEGER);
    /** The aggressive-sell trade count. */
    public static final I32Field SELL_COUNT = I32Field.of("sellTrades", BUY_COUNT.end(), Display.INTEGER);
    /** Record length, header included. */
    public static final int LENGTH = SELL_COUNT.end() + 4;

    private CandleClosedDescriptor()
    {
    }

    /**
     * Encodes a closed candle.
     *
     * @param buffer           to write into.
     * @param offset           at which the record starts.
     * @param sequence         of the input that closed the candle.
     * @param tsEvent          event time that closed it.
     * @param tsRecv           receive time of the input that closed it.
     * @param instrumentId     of the candle.
     * @param timeframeSeconds length of the candle.
     * @param openTime         epoch ns of the start of the interval.
     * @param open             first price.
     * @param high             highest price.
     * @param low              lowest price.
     * @param close            last price.
     * @param volume           total quantity.
     * @param buyVolume        aggressive-buy quantity.
     * @param sellVolume       aggressive-sell quantity.
     * @param tradeCount       number of trades.
     * @param buyCount         number of aggressive buys.
     * @param sellCount        number of aggressive sells.
     * @return the encoded length.
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public static int encode(
        final MutableDirectBuffer buffer,
        final int offset,
        final long sequence,
        final long tsEvent,
        final long tsRecv,
        final int instrumentId,
        final int timeframeSeconds,
        final long openTime,
        final long open,
        final long high,
        final long low,
        final long close,
        final long volume,
        final long buyVolume,
        final long sellVolume,
        final int tradeCount,
        final int buyCount,
        final int sellCount)
    {
        RecordHeaderDescriptor.encode(buffer, offset, RecordType.CANDLE_CLOSED, LENGTH, sequence, tsEvent, tsRecv);
        INSTRUMENT_ID.put(buffer, offset, instrumentId);
        TIMEFRAME_SECONDS.put(buffer, offset, timeframeSeconds);
        OPEN_TIME.put(buffer, offset, openTime);
        OPEN.put(buffer, offset, open);
        HIGH.put(buffer, offset, high);
        LOW.put(buffer, offset, low);
        CLOSE.put(buffer, offset, close);
        VOLUME.put(buffer, offset, volume);
        BUY_VOLUME.put(buffer, offset, buyVolume);
        SELL_VOLUME.put(buffer, offset, sellVolume);
        TRADE_COUNT.put(buffer, offset, tradeCount);
        BUY_COUNT.put(buffer, offset, buyCount);
        SELL_COUNT.put(buffer, offset, sellCount);
        buffer.putInt(offset + SELL_COUNT.offset() + 4, 0, BYTE_ORDER);
        return LENGTH;
    }
}
