package io.pldot.journal.schema;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import static io.pldot.journal.schema.RecordHeaderDescriptor.BYTE_ORDER;
import static io.pldot.journal.schema.RecordHeaderDescriptor.HEADER_LENGTH;

/**
 * Portfolio event (type id 112, schema version 1): an equity mark (the backtest equity curve is
 * built from these) or a change of the daily drawdown level, halt or resume.
 *
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +---------------------------------------------------------------+
 *  |  Header (32 bytes, see RecordHeaderDescriptor)                |   0
 *  +---------------+---------------+---------------+---------------+
 *  |  Event (u8)   |  Level (u8)   | Cash scale u8 | Halted (u8)   |  32
 *  +---------------+---------------+---------------+---------------+
 *  |  Open positions (i32)                                         |  36
 *  +---------------------------------------------------------------+
 *  |  Cash (i64, fixed point at the cash scale)                    |  40
 *  +---------------------------------------------------------------+
 *  |  Equity (i64: cash + open positions marked to the last trade) |  48
 *  +---------------------------------------------------------------+
 *  |  Open exposure (i64: sum of |quantity| x mark)                |  56
 *  +---------------------------------------------------------------+
 *  |  Day's equity high (i64: the drawdown's reference)            |  64
 *  +---------------------------------------------------------------+
 *  |  Daily drawdown (i64, basis points of the day's equity high)  |  72
 *  +---------------------------------------------------------------+
 *  |  Health score (f64, 0..100: 100 = no drawdown, 0 = breaker)   |  80
 *  +---------------------------------------------------------------+
 * </pre>
 * Event and level are {@link TradingCodes.PortfolioEventType} and {@link TradingCodes.DrawdownLevel}
 * codes; halted is 1 while new entries are halted. Money is in quote currency at the cash scale
 * (decimal places, the largest price scale of the instruments). Stateless; safe from any thread.
 */
public final class PortfolioEventDescriptor
{
    /** Offset of the event code. */
    public static final int EVENT_OFFSET = HEADER_LENGTH;
    /** Offset of the level code. */
    public static final int LEVEL_OFFSET = EVENT_OFFSET + 1;
    /** Offset of the cash scale. */
    public static final int CASH_SCALE_OFFSET = LEVEL_OFFSET + 1;
    /** Offset of the halted flag. */
    public static final int HALTED_OFFSET = CASH_SCALE_OFFSET + 1;
    /** Offset of the open position count. */
    public static final int OPEN_POSITIONS_OFFSET = HALTED_OFFSET + 1;
    /** Offset of the cash. */
    public static final int CASH_OFFSET = OPEN_POSITIONS_OFFSET + 4;
    /** Offset of the equity. */
    public static final int EQUITY_OFFSET = CASH_OFFSET + 8;
    /** Offset of the open exposure. */
    public static final int EXPOSURE_OFFSET = EQUITY_OFFSET + 8;
    /** Offset of the day's equity high. */
    public static final int DAY_HIGH_OFFSET = EXPOSURE_OFFSET + 8;
    /** Offset of the daily drawdown. */
    public static final int DRAWDOWN_BPS_OFFSET = DAY_HIGH_OFFSET + 8;
    /** Offset of the health score. */
    public static final int HEALTH_OFFSET = DRAWDOWN_BPS_OFFSET + 8;
    /** Record length, header included. */
    public static final int LENGTH = HEALTH_OFFSET + 8;

    private PortfolioEventDescriptor()
    {
    }

    /**
     * Writes the whole record.
     *
     * @param buffer        to write into.
     * @param offset        at which the record starts.
     * @param sequence      of the input that caused it.
     * @param tsEvent       event time of that input.
     * @param tsRecv        receive time of that input.
     * @param event         {@link TradingCodes.PortfolioEventType} code.
     * @param level         {@link TradingCodes.DrawdownLevel} code.
     * @param cashScale     decimal places of the money fields, 0..255.
     * @param halted        whether new entries are halted.
     * @param openPositions open positions.
     * @param cash          fixed point.
     * @param equity        fixed point.
     * @param exposure      fixed point.
     * @param dayHigh       fixed point.
     * @param drawdownBps   daily drawdown in bps.
     * @param health        0..100 (non-finite written as 0).
     * @return the encoded length.
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public static int encode(
        final MutableDirectBuffer buffer,
        final int offset,
        final long sequence,
        final long tsEvent,
        final long tsRecv,
        final int event,
        final int level,
        final int cashScale,
        final boolean halted,
        final int openPositions,
        final long cash,
        final long equity,
        final long exposure,
        final long dayHigh,
        final long drawdownBps,
        final double health)
    {
        RecordHeaderDescriptor.encode(buffer, offset, RecordType.PORTFOLIO_EVENT, LENGTH, sequence, tsEvent, tsRecv);
        buffer.putByte(offset + EVENT_OFFSET, (byte)event);
        buffer.putByte(offset + LEVEL_OFFSET, (byte)level);
        buffer.putByte(offset + CASH_SCALE_OFFSET, (byte)cashScale);
        buffer.putByte(offset + HALTED_OFFSET, (byte)(halted ? 1 : 0));
        buffer.putInt(offset + OPEN_POSITIONS_OFFSET, openPositions, BYTE_ORDER);
        buffer.putLong(offset + CASH_OFFSET, cash, BYTE_ORDER);
        buffer.putLong(offset + EQUITY_OFFSET, equity, BYTE_ORDER);
        buffer.putLong(offset + EXPOSURE_OFFSET, exposure, BYTE_ORDER);
        buffer.putLong(offset + DAY_HIGH_OFFSET, dayHigh, BYTE_ORDER);
        buffer.putLong(offset + DRAWDOWN_BPS_OFFSET, drawdownBps, BYTE_ORDER);
        buffer.putDouble(offset + HEALTH_OFFSET, Double.isFinite(health) ? health : 0.0, BYTE_ORDER);
        return LENGTH;
    }

    /** @param b buffer. @param o record offset. @return the event code. */
    public static int event(final DirectBuffer b, final int o)
    {
        return b.getByte(o + EVENT_OFFSET) & 0xFF;
    }

    /** @param b buffer. @param o record offset. @return the level code. */
    public static int level(final DirectBuffer b, final int o)
    {
        return b.getByte(o + LEVEL_OFFSET) & 0xFF;
    }

    /** @param b buffer. @param o record offset. @return the cash scale. */
    public static int cashScale(final DirectBuffer b, final int o)
    {
        return b.getByte(o + CASH_SCALE_OFFSET) & 0xFF;
    }

    /** @param b buffer. @param o record offset. @return whether new entries are halted. */
    public static boolean halted(final DirectBuffer b, final int o)
    {
        return b.getByte(o + HALTED_OFFSET) != 0;
    }

    /** @param b buffer. @param o record offset. @return open positions. */
    public static int openPositions(final DirectBuffer b, final int o)
    {
        return b.getInt(o + OPEN_POSITIONS_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the cash. */
    public static long cash(final DirectBuffer b, final int o)
    {
        return b.getLong(o + CASH_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the equity. */
    public static long equity(final DirectBuffer b, final int o)
    {
        return b.getLong(o + EQUITY_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the open exposure. */
    public static long exposure(final DirectBuffer b, final int o)
    {
        return b.getLong(o + EXPOSURE_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the day's equity high. */
    public static long dayHigh(final DirectBuffer b, final int o)
    {
        return b.getLong(o + DAY_HIGH_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the daily drawdown in bps. */
    public static long drawdownBps(final DirectBuffer b, final int o)
    {
        return b.getLong(o + DRAWDOWN_BPS_OFFSET, BYTE_ORDER);
    }

    /** @param b buffer. @param o record offset. @return the health score. */
    public static double health(final DirectBuffer b, final int o)
    {
        return b.getDouble(o + HEALTH_OFFSET, BYTE_ORDER);
    }
}
