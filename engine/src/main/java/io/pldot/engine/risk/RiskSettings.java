package io.pldot.engine.risk;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Sizing limits and portfolio-risk rules of the risk stage (README "Risk and execution", OFS §8.3 and §12.4 (docs/references.md)).
 * Percentages are held as basis points (100 bps = 1%) so the hot path stays in integer arithmetic.
 * Immutable; safe from any thread.
 *
 * @param initialCash              starting cash in quote currency, > 0 (default 10,000).
 * @param riskPerTradeBps          equity risked per trade between entry and stop (default 100 = 1%).
 * @param maxPositions             open positions plus pending entries, 1..{@link #MAX_POSITIONS} (default 5).
 * @param maxPortfolioRiskBps      open risk of every position together, as a share of equity (default 500 = 5%).
 * @param maxExposureBps           open notional as a share of equity (default 10,000 = 100%: no leverage).
 * @param confidenceScaling        scale the risked amount by the signal's confidence (default false).
 * @param allowShort               accept SHORT entries (default true).
 * @param allowReversal            an opposite signal closes the position and opens the other side (default
 *                                 true); when false it is rejected.
 * @param alertBps                 daily drawdown alert level (default 200 = 2%).
 * @param warningBps               warning level: every stop tightens to {@code warningStopBps} (default 300).
 * @param criticalBps              critical level: the worst positions close, entries pause (default 400).
 * @param circuitBreakerBps        circuit breaker: flatten everything, halt entries for the day (default 500).
 * @param warningStopBps           trailing distance at and above the warning level (default 30 = 0.3%).
 * @param criticalCloseCount       worst positions closed on reaching the critical level (default 2).
 * @param maxHoldNanos             longest a position may be held, 0 = no limit (default 0).
 * @param dumpDetection            close positions on dump signals (default true).
 * @param volumeReversalCandles    consecutive smallest-timeframe candles against the position (default 3).
 * @param volumeReversalRatio      a candle is against a long when sell volume > ratio x buy volume (default 1.5).
 * @param flowFlipRatio            order-flow flip: one candle >= ratio:1 with the position, the next
 *                                 >= ratio:1 against it (default 2.5).
 * @param momentumEmaPeriod        momentum break: the close crosses the EMA of this many smallest-timeframe
 *                                 closes against the position, 0 = off (default 20).
 * @param leaderSymbol             market leader for correlated exits, null = off (default null).
 * @param leaderDumpBps            the leader's close this far below its highest close of the window is a dump
 *                                 (default 150 = 1.5%).
 * @param leaderWindowCandles      smallest-timeframe candles in the leader's window (default 5).
 * @param volatileSymbols          symbols of the VOLATILE asset class (wide trailing stops); others REGULAR.
 * @param fixedQuantity            quantity of every entry, in units of the instrument (e.g. 1 = one BTC), replacing
 *                                 the risk-based size; null = risk-based sizing (default). Meant for cross-checks
 *                                 with bar-level tools that trade a fixed amount (ta4j). The limits still refuse
 *                                 entries (an entry beyond the exposure room is refused, not shrunk; a used-up
 *                                 portfolio risk budget refuses as before), but neither the risk per trade nor the
 *                                 budget shapes the size; confidence scaling does not apply.
 * @param trailingStops            activate a trailing stop on every new position (default true); false leaves
 *                                 positions without stops (exits by signal, max hold, dump, drawdown levels only).
 * @param entryOrder               how entries are placed: {@link EntryOrder#MARKET} (default) or a resting
 *                                 {@link EntryOrder#LIMIT} at the signal's entry price.
 * @param entryTimeoutNanos        event time after which an unfilled limit entry (or its unfilled rest) is
 *                                 cancelled, 0 = good till cancelled (default 5 minutes; unused for market entries).
 * @param protectiveStop           who executes the trailing stop: the stage ({@link ProtectiveStop#NONE}, default)
 *                                 or a resting stop order in the venue ({@link ProtectiveStop#VENUE}).
 */
public record RiskSettings(
    BigDecimal initialCash,
    int riskPerTradeBps,
    int maxPositions,
    int maxPortfolioRiskBps,
    int maxExposureBps,
    boolean confidenceScaling,
    boolean allowShort,
    boolean allowReversal,
    int alertBps,
    int warningBps,
    int criticalBps,
    int circuitBreakerBps,
    int warningStopBps,
    int criticalCloseCount,
    long maxHoldNanos,
    boolean dumpDetection,
    int volumeReversalCandles,
    double volumeReversalRatio,
    double flowFlipRatio,
    int momentumEmaPeriod,
    String leaderSymbol,
    int leaderDumpBps,
    int leaderWindowCandles,
    Set<String> volatileSymbols,
    BigDecimal fixedQuantity,
    boolean trailingStops,
    EntryOrder entryOrder,
    long entryTimeoutNanos,
    ProtectiveStop protectiveStop)
{
    /** Basis points in 100%. */
    public static final int BPS = 10_000;
    /** Most positions the stage can hold: client order ids leave 64 per input (2 orders per position). */
    public static final int MAX_POSITIONS = 32;
    /** Default {@link #entryTimeoutNanos()}: 5 minutes. */
    public static final long DEFAULT_ENTRY_TIMEOUT_NANOS = 300_000_000_000L;

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException naming the bad field.
     */
    public RiskSettings
    {
        if (initialCash == null || initialCash.signum() <= 0)
        {
            throw new IllegalArgumentException("initialCash must be > 0, was " + initialCash);
        }
        requireBps("riskPerTradePct", riskPerTradeBps, 1, BPS);
        if (maxPositions < 1 || maxPositions > MAX_POSITIONS)
        {
            throw new IllegalArgumentException("maxPositions must be 1.." + MAX_POSITIONS + ", was " + maxPositions);
        }
        requireBps("maxPortfolioRiskPct", maxPortfolioRiskBps, 1, BPS);
        requireBps("maxExposurePct", maxExposureBps, 1, 100 * BPS);
        requireBps("drawdown.alertPct", alertBps, 1, BPS - 1);
        requireBps("drawdown.warningPct", warningBps, alertBps, BPS - 1);
        requireBps("drawdown.criticalPct", criticalBps, warningBps, BPS - 1);
        requireBps("drawdown.circuitBreakerPct", circuitBreakerBps, criticalBps, BPS - 1);
        requireBps("drawdown.warningStopPct", warningStopBps, 1, BPS - 1);
        if (criticalCloseCount < 0)
        {
            throw new IllegalArgumentException("drawdown.criticalCloseCount must be >= 0, was " + criticalCloseCount);
        }
        if (maxHoldNanos < 0)
        {
            throw new IllegalArgumentException("maxHoldTime must be >= 0, was " + maxHoldNanos + " ns");
        }
        if (volumeReversalCandles < 1 || volumeReversalCandles > 64)
        {
            throw new IllegalArgumentException(
                "dumpDetection.volumeReversalCandles must be 1..64, was " + volumeReversalCandles);
        }
        if (!(volumeReversalRatio >= 1.0) || !Double.isFinite(volumeReversalRatio))
        {
            throw new IllegalArgumentException(
                "dumpDetection.volumeReversalRatio must be >= 1, was " + volumeReversalRatio);
        }
        if (!(flowFlipRatio >= 1.0) || !Double.isFinite(flowFlipRatio))
        {
            throw new IllegalArgumentException("dumpDetection.flowFlipRatio must be >= 1, was " + flowFlipRatio);
        }
        if (momentumEmaPeriod < 0 || momentumEmaPeriod > 1_000)
        {
            throw new IllegalArgumentException(
                "dumpDetection.momentumEmaPeriod must be 0..1000, was " + momentumEmaPeriod);
        }
        requireBps("correlation.leaderDumpPct", leaderDumpBps, 1, BPS - 1);
        if (leaderWindowCandles < 1 || leaderWindowCandles > 1_000)
        {
            throw new IllegalArgumentException(
                "correlation.windowCandles must be 1..1000, was " + leaderWindowCandles);
        }
        leaderSymbol = leaderSymbol == null || leaderSymbol.isBlank() ? null : leaderSymbol.trim();
        volatileSymbols = volatileSymbols == null ? Set.of() : Set.copyOf(volatileSymbols);
        if (fixedQuantity != null && fixedQuantity.signum() <= 0)
        {
            throw new IllegalArgumentException("fixedQuantity must be > 0, was " + fixedQuantity.toPlainString());
        }
        if (entryOrder == null)
        {
            throw new IllegalArgumentException("entryOrder must be market or limit");
        }
        if (entryTimeoutNanos < 0)
        {
            throw new IllegalArgumentException("entryTimeout must be >= 0, was " + entryTimeoutNanos + " ns");
        }
        if (protectiveStop == null)
        {
            throw new IllegalArgumentException("protectiveStop must be none or venue");
        }
    }

    /**
     * Settings with market entries and stage-executed trailing stops: the fields every configuration had
     * before the order-type options existed.
     *
     * @param initialCash           see the record.
     * @param riskPerTradeBps       see the record.
     * @param maxPositions          see the record.
     * @param maxPortfolioRiskBps   see the record.
     * @param maxExposureBps        see the record.
     * @param confidenceScaling     see the record.
     * @param allowShort            see the record.
     * @param allowReversal         see the record.
     * @param alertBps              see the record.
     * @param warningBps            see the record.
     * @param criticalBps           see the record.
     * @param circuitBreakerBps     see the record.
     * @param warningStopBps        see the record.
     * @param criticalCloseCount    see the record.
     * @param maxHoldNanos          see the record.
     * @param dumpDetection         see the record.
     * @param volumeReversalCandles see the record.
     * @param volumeReversalRatio   see the record.
     * @param flowFlipRatio         see the record.
     * @param momentumEmaPeriod     see the record.
     * @param leaderSymbol          see the record.
     * @param leaderDumpBps         see the record.
     * @param leaderWindowCandles   see the record.
     * @param volatileSymbols       see the record.
     * @param fixedQuantity         see the record.
     * @param trailingStops         see the record.
     */
    public RiskSettings(
        final BigDecimal initialCash, final int riskPerTradeBps, final int maxPositions, final int maxPortfolioRiskBps,
        final int maxExposureBps, final boolean confidenceScaling, final boolean allowShort, final boolean allowReversal,
        final int alertBps, final int warningBps, final int criticalBps, final int circuitBreakerBps,
        final int warningStopBps, final int criticalCloseCount, final long maxHoldNanos, final boolean dumpDetection,
        final int volumeReversalCandles, final double volumeReversalRatio, final double flowFlipRatio,
        final int momentumEmaPeriod, final String leaderSymbol, final int leaderDumpBps, final int leaderWindowCandles,
        final Set<String> volatileSymbols, final BigDecimal fixedQuantity, final boolean trailingStops)
    {
        this(initialCash, riskPerTradeBps, maxPositions, maxPortfolioRiskBps, maxExposureBps, confidenceScaling,
            allowShort, allowReversal, alertBps, warningBps, criticalBps, circuitBreakerBps, warningStopBps,
            criticalCloseCount, maxHoldNanos, dumpDetection, volumeReversalCandles, volumeReversalRatio, flowFlipRatio,
            momentumEmaPeriod, leaderSymbol, leaderDumpBps, leaderWindowCandles, volatileSymbols, fixedQuantity,
            trailingStops, EntryOrder.MARKET, DEFAULT_ENTRY_TIMEOUT_NANOS, ProtectiveStop.NONE);
    }

    /**
     * Settings with risk-based sizing ({@code fixedQuantity} null) and trailing stops on: the fields every
     * configuration had before those two options existed.
     *
     * @param initialCash           see the record.
     * @param riskPerTradeBps       see the record.
     * @param maxPositions          see the record.
     * @param maxPortfolioRiskBps   see the record.
     * @param maxExposureBps        see the record.
     * @param confidenceScaling     see the record.
     * @param allowShort            see the record.
     * @param allowReversal         see the record.
     * @param alertBps              see the record.
     * @param warningBps            see the record.
     * @param criticalBps           see the record.
     * @param circuitBreakerBps     see the record.
     * @param warningStopBps        see the record.
     * @param criticalCloseCount    see the record.
     * @param maxHoldNanos          see the record.
     * @param dumpDetection         see the record.
     * @param volumeReversalCandles see the record.
     * @param volumeReversalRatio   see the record.
     * @param flowFlipRatio         see the record.
     * @param momentumEmaPeriod     see the record.
     * @param leaderSymbol          see the record.
     * @param leaderDumpBps         see the record.
     * @param leaderWindowCandles   see the record.
     * @param volatileSymbols       see the record.
     */
    public RiskSettings(
        final BigDecimal initialCash, final int riskPerTradeBps, final int maxPositions, final int maxPortfolioRiskBps,
        final int maxExposureBps, final boolean confidenceScaling, final boolean allowShort, final boolean allowReversal,
        final int alertBps, final int warningBps, final int criticalBps, final int circuitBreakerBps,
        final int warningStopBps, final int criticalCloseCount, final long maxHoldNanos, final boolean dumpDetection,
        final int volumeReversalCandles, final double volumeReversalRatio, final double flowFlipRatio,
        final int momentumEmaPeriod, final String leaderSymbol, final int leaderDumpBps, final int leaderWindowCandles,
        final Set<String> volatileSymbols)
    {
        this(initialCash, riskPerTradeBps, maxPositions, maxPortfolioRiskBps, maxExposureBps, confidenceScaling,
            allowShort, allowReversal, alertBps, warningBps, criticalBps, circuitBreakerBps, warningStopBps,
            criticalCloseCount, maxHoldNanos, dumpDetection, volumeReversalCandles, volumeReversalRatio, flowFlipRatio,
            momentumEmaPeriod, leaderSymbol, leaderDumpBps, leaderWindowCandles, volatileSymbols, null, true,
            EntryOrder.MARKET, DEFAULT_ENTRY_TIMEOUT_NANOS, ProtectiveStop.NONE);
    }

    /**
     * @return the README "Risk and execution" defaults.
     */
    public static RiskSettings defaults()
    {
        return new RiskSettings(new BigDecimal("10000"), 100, 5, 500, BPS, false, true, true,
            200, 300, 400, 500, 30, 2, 0, true, 3, 1.5, 2.5, 20, null, 150, 5, Set.of(), null, true,
            EntryOrder.MARKET, DEFAULT_ENTRY_TIMEOUT_NANOS, ProtectiveStop.NONE);
    }

    /**
     * @param quantityScale decimal places of the instrument's fixed-point quantities.
     * @return {@link #fixedQuantity()} as a fixed-point quantity at that scale, or 0 when sizing is risk-based.
     * @throws IllegalArgumentException when the quantity has more decimal places than the scale or does not fit.
     */
    public long fixedQuantityUnits(final int quantityScale)
    {
        if (fixedQuantity == null)
        {
            return 0;
        }
        try
        {
            // Exact or refused: rounding would trade another size than the one configured.
            return fixedQuantity.movePointRight(quantityScale).longValueExact();
        }
        catch (final ArithmeticException ex)
        {
            throw new IllegalArgumentException("fixedQuantity " + fixedQuantity.toPlainString() +
                " is not a whole number of units at quantity scale " + quantityScale + " or is too large");
        }
    }

    /**
     * @param percent e.g. 1.5 for 1.5%.
     * @return basis points, rounded to the nearest.
     */
    public static int percentToBps(final double percent)
    {
        if (!Double.isFinite(percent) || Math.abs(percent) > 1.0e6)
        {
            throw new IllegalArgumentException("'" + percent + "' is not a usable percentage");
        }
        return (int)Math.round(percent * 100.0);
    }

    private static void requireBps(final String key, final long bps, final long min, final long max)
    {
        if (bps < min || bps > max)
        {
            throw new IllegalArgumentException(key + " must be " + pct(min) + ".." + pct(max) + "%, was " + pct(bps) + "%");
        }
    }

    private static String pct(final long bps)
    {
        return BigDecimal.valueOf(bps, 2).stripTrailingZeros().toPlainString();
    }
}
