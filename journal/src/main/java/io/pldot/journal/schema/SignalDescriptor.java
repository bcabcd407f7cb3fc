package io.pldot.journal.schema;

import io.pldot.journal.schema.RecordField.Display;
import org.agrona.MutableDirectBuffer;

import static io.pldot.journal.schema.RecordHeaderDescriptor.HEADER_LENGTH;

/**
 * Signal (type id 107, schema version 1): an output of the decision stage; a strategy asks to
 * enter or exit a position on one symbol. The risk stage reads it from the slot's outputs buffer.
 *
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +---------------------------------------------------------------+
 *  |  Header (32 bytes, see RecordHeaderDescriptor)                |   0
 *  +---------------------------------------------------------------+
 *  |  Instrument id (i32)                                          |  32
 *  +---------------------------------------------------------------+
 *  |  Trading timeframe in seconds (i32)                           |  36
 *  +---------------+---------------+---------------+---------------+
 *  |  Type (u8)    | Strategy (u8) | Risk lvl (u8) | Rank (u8)     |  40
 *  +---------------+---------------+---------------+---------------+
 *  |  Higher dir u8| Trading dir u8| State (u8)    | Pattern (u8)  |  44
 *  +---------------+---------------+---------------+---------------+
 *  |  Entry price (i64, fixed point at the instrument price scale) |  48
 *  +---------------------------------------------------------------+
 *  |  Stop price (i64, fixed point; 0 = none)                      |  56
 *  +---------------------------------------------------------------+
 *  |  Target price (i64, fixed point; 0 = none)                    |  64
 *  +---------------------------------------------------------------+
 *  |  Confidence (f64, 0..1)                                       |  72
 *  +---------------------------------------------------------------+
 *  |  Strength (f64, 0..1)                                         |  80
 *  +---------------------------------------------------------------+
 *  |  Alignment score (f64, 0..1)                                  |  88
 *  +---------------------------------------------------------------+
 *  |  Confluence score (f64, weighted filters; 0 when not used)    |  96
 *  +---------------------------------------------------------------+
 *  |  Bar time (i64, epoch ns: open time of the trading-timeframe  | 104
 *  |  bar whose close produced the signal)                         |
 *  +---------------------------------------------------------------+
 * </pre>
 * Type is a {@link TradingCodes.SignalType} code, risk level a {@link TradingCodes.RiskLevel}
 * code; strategy is the registry code of the strategy that decided (1-based, 0 = unknown);
 * rank is 1 for the best of several competing signals of the same input, 2 for the next...;
 * the context bytes are {@link AnalyticsCodes.Direction} (higher and trading timeframe),
 * {@link AnalyticsCodes.MarketState} and {@link AnalyticsCodes.Pattern} codes, 0 when undefined.
 * Non-finite doubles are written as 0. Stateless; safe to use from any thread.
 */
public final class SignalDescriptor
{
    /** The instrument id. */
    public static final I32Field INSTRUMENT_ID = I32Field.of("instrument", HEADER_LENGTH, Display.INSTRUMENT);
    /** The trading timeframe in seconds. */
    public static final I32Field TIMEFRAME_SECONDS = I32Field.of("timeframe", INSTRUMENT_ID.end(), Display.TIMEFRAME);
    /** The signal type code. */
    public static final U8Field TYPE = U8Field.code("signal", TIMEFRAME_SECONDS.end(), TradingCodes.SignalType.class);
    /** The strategy code. */
    public static final U8Field STRATEGY = U8Field.of("strategy", TYPE.end(), Display.INTEGER);
    /** The risk level code. */
    public static final U8Field RISK_LEVEL = U8Field.code("riskLevel", STRATEGY.end(), TradingCodes.RiskLevel.class);
    /** The rank (1 = best). */
    public static final U8Field RANK = U8Field.of("rank", RISK_LEVEL.end(), Display.INTEGER);
    /** The higher-timeframe direction code. */
    public static final U8Field HIGHER_DIRECTION =
        U8Field.code("higherDirection", RANK.end(), AnalyticsCodes.Direction.class);
    /** The trading-timeframe direction code. */
    public static final U8Field TRADING_DIRECTION =
        U8Field.code("tradingDirection", HIGHER_DIRECTION.end(), AnalyticsCodes.Direction.class);
    /** The market state code. */
    public static final U8Field STATE =
        U8Field.code("state", TRADING_DIRECTION.end(), AnalyticsCodes.MarketState.class);
    /** The pattern code. */
    public static final U8Field PATTERN = U8Field.code("pattern", STATE.end(), AnalyticsCodes.Pattern.class);
    /** The entry price, fixed point. */
    public static final I64Field ENTRY_PRICE = I64Field.of("entry", PATTERN.end(), Display.PRICE);
    /** The stop price, fixed point (0 = none). */
    public static final I64Field STOP_PRICE = I64Field.of("stop", ENTRY_PRICE.end(), Display.OPTIONAL_PRICE);
    /** The target price, fixed point (0 = none). */
    public static final I64Field TARGET_PRICE = I64Field.of("target", STOP_PRICE.end(), Display.OPTIONAL_PRICE);
    /** The confidence. */
    public static final F64Field CONFIDENCE = F64Field.of("confidence", TARGET_PRICE.end(), Display.NUMBER);
    /** The strength. */
    public static final F64Field STRENGTH = F64Field.of("strength", CONFIDENCE.end(), Display.NUMBER);
    /** The alignment score. */
    public static final F64Field ALIGNMENT = F64Field.of("alignment", STRENGTH.end(), Display.NUMBER);
    /** The confluence score. */
    public static final F64Field CONFLUENCE = F64Field.of("confluence", ALIGNMENT.end(), Display.NUMBER);
    /** The bar time, epoch ns. */
    public static final I64Field BAR_TIME = I64Field.of("barTime", CONFLUENCE.end(), Display.INTEGER);
    /** Record length, header included. */
    public static final int LENGTH = BAR_TIME.end();

    private SignalDescriptor()
    {
    }

    /**
     * Writes the header and the identifying fields, and zeroes every other field; fill them with
     * the {@code put…} methods.
     *
     * @param buffer           to write into.
     * @param offset           at which the record starts.
     * @param sequence         of the input that produced the signal.
     * @param tsEvent          event time of that input.
     * @param tsRecv           receive time of that input.
     * @param instrumentId     of the signal.
     * @param timeframeSeconds trading timeframe.
     * @param type             {@link TradingCodes.SignalType} code.
     * @param strategy         registry code of the deciding strategy.
     * @param barTime          open time of the bar whose close produced the signal.
     * @return the encoded length.
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public static int begin(
        final MutableDirectBuffer buffer,
        final int offset,
        final long sequence,
        final long tsEvent,
        final long tsRecv,
        final int instrumentId,
        final int timeframeSeconds,
        final int type,
        final int strategy,
        final long barTime)
    {
        RecordHeaderDescriptor.encode(buffer, offset, RecordType.SIGNAL, LENGTH, sequence, tsEvent, tsRecv);
        buffer.setMemory(offset + HEADER_LENGTH, LENGTH - HEADER_LENGTH, (byte)0);
        INSTRUMENT_ID.put(buffer, offset, instrumentId);
        TIMEFRAME_SECONDS.put(buffer, offset, timeframeSeconds);
        TYPE.put(buffer, offset, type);
        STRATEGY.put(buffer, offset, strategy);
        BAR_TIME.put(buffer, offset, barTime);
        return LENGTH;
    }

    /**
     * @param b         buffer.
     * @param o         record offset.
     * @param riskLevel {@link TradingCodes.RiskLevel} code.
     * @param rank      1 = best of the competing signals of this input.
     */
    public static void putRiskAndRank(final MutableDirectBuffer b, final int o, final int riskLevel, final int rank)
    {
        RISK_LEVEL.put(b, o, riskLevel);
        RANK.put(b, o, rank);
    }

    /**
     * @param b                buffer.
     * @param o                record offset.
     * @param higherDirection  {@link AnalyticsCodes.Direction} code of the higher timeframe.
     * @param tradingDirection {@link AnalyticsCodes.Direction} code of the trading timeframe.
     * @param state            {@link AnalyticsCodes.MarketState} code of the trading timeframe.
     * @param pattern          {@link AnalyticsCodes.Pattern} code behind the signal, 0 for none.
     */
    public static void putContext(
        final MutableDirectBuffer b,
        final int o,
        final int higherDirection,
        final int tradingDirection,
        final int state,
        final int pattern)
    {
        HIGHER_DIRECTION.put(b, o, higherDirection);
        TRADING_DIRECTION.put(b, o, tradingDirection);
        STATE.put(b, o, state);
        PATTERN.put(b, o, pattern);
    }

    /**
     * @param b      buffer.
     * @param o      record offset.
     * @param entry  entry price, fixed point.
     * @param stop   stop price, fixed point, 0 = none.
     * @param target target price, fixed point, 0 = none.
     */
    public static void putPrices(final MutableDirectBuffer b, final int o, final long entry, final long stop, final long target)
    {
        ENTRY_PRICE.put(b, o, entry);
        STOP_PRICE.put(b, o, stop);
        TARGET_PRICE.put(b, o, target);
    }

    /**
     * @param b          buffer.
     * @param o          record offset.
     * @param confidence 0..1.
     * @param strength   0..1.
     * @param alignment  0..1.
     * @param confluence weighted confluence score, 0 when not used.
     */
    public static void putScores(
        final MutableDirectBuffer b,
        final int o,
        final double confidence,
        final double strength,
        final double alignment,
        final double confluence)
    {
        CONFIDENCE.put(b, o, finite(confidence));
        STRENGTH.put(b, o, finite(strength));
        ALIGNMENT.put(b, o, finite(alignment));
        CONFLUENCE.put(b, o, finite(confluence));
    }

    private static double finite(final double value)
    {
        return Double.isFinite(value) ? value : 0.0;
    }
}
