package io.pldot.journal.schema;

import org.agrona.DirectBuffer;
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
    /** Offset of the instrument id. */
    public static final int INSTRUMENT_ID_OFFSET = HEADER_LENGTH;
    /** Offset of the timeframe in seconds. */
    public static final int TIMEFRAME_SECONDS_OFFSET = INSTRUMENT_ID_OFFSET + 4;
    /** Offset of the open time. */
    public static final int OPEN_TIME_OFFSET = TIMEFRAME_SECONDS_OFFSET + 4;
    /** Offset of the open price. */
    public static final int OPEN_OFFSET = OPEN_TIME_OFFSET + 8;
    /** Offset of the high price. */
    public static final int HIGH_OFFSET = OPEN_OFFSET + 8;
    /** Offset of the low price. */
    public static final int LOW_OFFSET = HIGH_OFFSET + 8;
    /** Offset of the close price. */
    public static final int CLOSE_OFFSET = LOW_OFFSET + 8;
    /** Offset of the volume. */
    public static final int VOLUME_OFFSET = CLOSE_OFFSET + 8;
    /** Offset of the aggressive-buy volume. */
    public static final int BUY_VOLUME_OFFSET = VOLUME_OFFSET + 8;
    /** Offset of the aggressive-sell volume. */
    public static final int SELL_VOLUME_OFFSET = BUY_VOLUME_OFFSET + 8;
    /** Offset of the trade count. */
    public static final int TRADE_COUNT_OFFSET = SELL_VOLUME_OFFSET + 8;
    /** Offset of the aggressive-buy trade count. */
    public static final int BUY_COUNT_OFFSET = TRADE_COUNT_OFFSET + 4;
    /** Offset of the aggressive-sell trade count. */
    public static final int SELL_COUNT_OFFSET = BUY_COUNT_OFFSET + 4;
    /** Record length, header included. */
    public static final int LENGTH = SELL_COUNT_OFFSET + 8;

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
        buffer.putInt(offset + INSTRUMENT_ID_OFFSET, instrumentId, BYTE_ORDER);
        buffer.putInt(offset + TIMEFRAME_SECONDS_OFFSET, timeframeSeconds, BYTE_ORDER);
        buffer.putLong(offset + OPEN_TIME_OFFSET, openTime, BYTE_ORDER);
        buffer.putLong(offset + OPEN_OFFSET, open, BYTE_ORDER);
        buffer.putLong(offset + HIGH_OFFSET, high, BYTE_ORDER);
        buffer.putLong(offset + LOW_OFFSET, low, BYTE_ORDER);
        buffer.putLong(offset + CLOSE_OFFSET, close, BYTE_ORDER);
        buffer.putLong(offset + VOLUME_OFFSET, volume, BYTE_ORDER);
        buffer.putLong(offset + BUY_VOLUME_OFFSET, buyVolume, BYTE_ORDER);
        buffer.putLong(offset + SELL_VOLUME_OFFSET, sellVolume, BYTE_ORDER);
        buffer.putInt(offset + TRADE_COUNT_OFFSET, tradeCount, BYTE_ORDER);
        buffer.putInt(offset + BUY_COUNT_OFFSET, buyCount, BYTE_ORDER);
        buffer.putInt(offset + SELL_COUNT_OFFSET, sellCount, BYTE_ORDER);
        buffer.putInt(offset + SELL_COUNT_OFFSET + 4, 0, BYTE_ORDER);
        return LENGTH;
    }

    /** @param b buffer. @param o record offset. @return the instrument id. */
    public static int instrumentId(final DirectBuffer b, final int o)
    {
        return b.getInt(o + INSTRUMENT_ID_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the timeframe in seconds. */
    public static int timeframeSeconds(final DirectBuffer b, final int o)
    {
        return b.getInt(o + TIMEFRAME_SECONDS_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the open time, epoch ns. */
    public static long openTime(final DirectBuffer b, final int o)
    {
        return b.getLong(o + OPEN_TIME_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the open price. */
    public static long open(final DirectBuffer b, final int o)
    {
        return b.getLong(o + OPEN_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the high price. */
    public static long high(final DirectBuffer b, final int o)
    {
        return b.getLong(o + HIGH_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the low price. */
    public static long low(final DirectBuffer b, final int o)
    {
        return b.getLong(o + LOW_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the close price. */
    public static long close(final DirectBuffer b, final int o)
    {
        return b.getLong(o + CLOSE_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the volume. */
    public static long volume(final DirectBuffer b, final int o)
    {
        return b.getLong(o + VOLUME_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the aggressive-buy volume. */
    public static long buyVolume(final DirectBuffer b, final int o)
    {
        return b.getLong(o + BUY_VOLUME_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the aggressive-sell volume. */
    public static long sellVolume(final DirectBuffer b, final int o)
    {
        return b.getLong(o + SELL_VOLUME_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the trade count. */
    public static int tradeCount(final DirectBuffer b, final int o)
    {
        return b.getInt(o + TRADE_COUNT_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the aggressive-buy trade count. */
    public static int buyCount(final DirectBuffer b, final int o)
    {
        return b.getInt(o + BUY_COUNT_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the aggressive-sell trade count. */
    public static int sellCount(final DirectBuffer b, final int o)
    {
        return b.getInt(o + SELL_COUNT_OFFSET, BYTE_ORDER);
    }
}
