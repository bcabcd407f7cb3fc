package io.pldot.journal.schema;

import io.pldot.journal.schema.RecordField.Display;
import org.agrona.MutableDirectBuffer;

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
    /** The event code. */
    public static final U8Field EVENT = U8Field.code("event", HEADER_LENGTH, TradingCodes.PortfolioEventType.class);
    /** The level code. */
    public static final U8Field LEVEL = U8Field.code("level", EVENT.end(), TradingCodes.DrawdownLevel.class);
    /** The cash scale. */
    public static final U8Field CASH_SCALE = U8Field.of("cashScale", LEVEL.end(), Display.SCALE);
    /** Whether new entries are halted. */
    public static final BoolField HALTED = BoolField.of("halted", CASH_SCALE.end(), Display.FLAG);
    /** Open positions. */
    public static final I32Field OPEN_POSITIONS = I32Field.of("openPositions", HALTED.end(), Display.INTEGER);
    /** The cash. */
    public static final I64Field CASH = I64Field.of("cash", OPEN_POSITIONS.end(), Display.MONEY);
    /** The equity. */
    public static final I64Field EQUITY = I64Field.of("equity", CASH.end(), Display.MONEY);
    /** The open exposure. */
    public static final I64Field EXPOSURE = I64Field.of("exposure", EQUITY.end(), Display.MONEY);
    /** The day's equity high. */
    public static final I64Field DAY_HIGH = I64Field.of("dayHigh", EXPOSURE.end(), Display.MONEY);
    /** The daily drawdown in bps. */
    public static final I64Field DRAWDOWN_BPS = I64Field.of("drawdownBps", DAY_HIGH.end(), Display.INTEGER);
    /** The health score. */
    public static final F64Field HEALTH = F64Field.of("health", DRAWDOWN_BPS.end(), Display.NUMBER);
    /** Record length, header included. */
    public static final int LENGTH = HEALTH.end();

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
        EVENT.put(buffer, offset, event);
        LEVEL.put(buffer, offset, level);
        CASH_SCALE.put(buffer, offset, cashScale);
        HALTED.put(buffer, offset, halted);
        OPEN_POSITIONS.put(buffer, offset, openPositions);
        CASH.put(buffer, offset, cash);
        EQUITY.put(buffer, offset, equity);
        EXPOSURE.put(buffer, offset, exposure);
        DAY_HIGH.put(buffer, offset, dayHigh);
        DRAWDOWN_BPS.put(buffer, offset, drawdownBps);
        HEALTH.put(buffer, offset, Double.isFinite(health) ? health : 0.0);
        return LENGTH;
    }
}
