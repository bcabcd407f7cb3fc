package io.pldot.engine.config;

import io.pldot.engine.risk.EntryOrder;
import io.pldot.engine.risk.ProtectiveStop;
import io.pldot.engine.risk.RiskSettings;
import io.pldot.engine.risk.stop.AssetClass;
import io.pldot.engine.risk.stop.TrailingStopSettings;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The config file's {@code risk:} section as written (README "Risk and execution"): every key optional, each missing one
 * taking the default of {@link RiskSettings#defaults()} and {@link TrailingStopSettings#defaults()}.
 * Percentages are written as percent (1 = 1%) and held as basis points. {@link EngineConfig} validates
 * it when the config is built, so a bad value fails naming the key (see {@link ConfigLoader}). Immutable.
 *
 * @param initialCash         starting cash in quote currency (default 10000).
 * @param riskPerTradePct     equity risked per trade between entry and stop (default 1).
 * @param maxPositions        open positions plus pending entries (default 5).
 * @param maxPortfolioRiskPct open risk of all positions together (default 5).
 * @param maxExposurePct      open notional as a percent of equity (default 100: no leverage).
 * @param confidenceScaling   scale the risk by the signal's confidence (default false).
 * @param allowShort          accept short entries (default true).
 * @param allowReversal       an opposite signal reverses the position (default true).
 * @param maxHoldTime         longest hold, e.g. 4h; 0 = no limit (default 0).
 * @param drawdown            daily drawdown levels.
 * @param dumpDetection       dump detection thresholds.
 * @param correlation         market-leader correlated exits.
 * @param trailingStop        trailing distances per asset class, or no trailing stops.
 * @param fixedQuantity       quantity of every entry in instrument units, replacing risk-based sizing
 *                            (default: absent, risk-based); for cross-checks with fixed-amount tools.
 * @param entryOrder          market (default) or limit: a resting limit entry at the signal's entry price.
 * @param entryTimeout        event time after which an unfilled limit entry is cancelled, e.g. 5m; 0 = good till
 *                            cancelled (default 5m).
 * @param protectiveStop      none (default: the stage exits at market when a trade reaches the trailing stop) or
 *                            venue (a resting stop order in the venue at the trailing stop, replaced as it trails).
 */
public record RiskConfig(
    BigDecimal initialCash,
    Double riskPerTradePct,
    Integer maxPositions,
    Double maxPortfolioRiskPct,
    Double maxExposurePct,
    Boolean confidenceScaling,
    Boolean allowShort,
    Boolean allowReversal,
    String maxHoldTime,
    Drawdown drawdown,
    DumpDetection dumpDetection,
    Correlation correlation,
    TrailingStop trailingStop,
    BigDecimal fixedQuantity,
    String entryOrder,
    String entryTimeout,
    String protectiveStop)
{
    /**
     * @return the validated risk settings, defaults filled in.
     * @throws IllegalArgumentException naming the bad key.
     */
    public RiskSettings toSettings()
    {
        final RiskSettings d = RiskSettings.defaults();
        final Drawdown dd = drawdown == null ? new Drawdown(null, null, null, null, null, null) : drawdown;
        final DumpDetection dump = dumpDetection == null ? new DumpDetection(null, null, null, null, null) : dumpDetection;
        final Correlation corr = correlation == null ? new Correlation(null, null, null) : correlation;
        final TrailingStop stop = trailingStop == null ? new TrailingStop(null, null, null, null) : trailingStop;
        return new RiskSettings(
            or(initialCash, d.initialCash()),
            bps(riskPerTradePct, d.riskPerTradeBps()),
            or(maxPositions, d.maxPositions()),
            bps(maxPortfolioRiskPct, d.maxPortfolioRiskBps()),
            bps(maxExposurePct, d.maxExposureBps()),
            or(confidenceScaling, d.confidenceScaling()),
            or(allowShort, d.allowShort()),
            or(allowReversal, d.allowReversal()),
            bps(dd.alertPct(), d.alertBps()),
            bps(dd.warningPct(), d.warningBps()),
            bps(dd.criticalPct(), d.criticalBps()),
            bps(dd.circuitBreakerPct(), d.circuitBreakerBps()),
            bps(dd.warningStopPct(), d.warningStopBps()),
            or(dd.criticalCloseCount(), d.criticalCloseCount()),
            maxHoldTime == null ? d.maxHoldNanos() : DurationText.toNanos(maxHoldTime),
            or(dump.enabled(), d.dumpDetection()),
            or(dump.volumeReversalCandles(), d.volumeReversalCandles()),
            or(dump.volumeReversalRatio(), d.volumeReversalRatio()),
            or(dump.flowFlipRatio(), d.flowFlipRatio()),
            or(dump.momentumEmaPeriod(), d.momentumEmaPeriod()),
            corr.leaderSymbol(),
            bps(corr.leaderDumpPct(), d.leaderDumpBps()),
            or(corr.windowCandles(), d.leaderWindowCandles()),
            stop.volatileSymbols() == null ? Set.of() : Set.copyOf(stop.volatileSymbols()),
            fixedQuantity,
            or(stop.enabled(), d.trailingStops()),
            entryOrder == null ? d.entryOrder() : parse(EntryOrder.class, "entryOrder", entryOrder),
            entryTimeout == null ? d.entryTimeoutNanos() : timeout(entryTimeout),
            protectiveStop == null ? d.protectiveStop() : parse(ProtectiveStop.class, "protectiveStop", protectiveStop));
    }

    private static <E extends Enum<E>> E parse(final Class<E> type, final String key, final String text)
    {
        try
        {
            return ConfigChecks.parseEnum(type, text);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException(key + " " + ex.getMessage());
        }
    }

    private static long timeout(final String text)
    {
        try
        {
            return DurationText.toNanos(text);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException("entryTimeout: " + ex.getMessage());
        }
    }

    /**
     * @return the trailing distances per asset class, defaults filled in.
     * @throws IllegalArgumentException naming the bad key.
     */
    public TrailingStopSettings toStopSettings()
    {
        final TrailingStopSettings d = TrailingStopSettings.defaults();
        if (trailingStop == null)
        {
            return d;
        }
        try
        {
            return new TrailingStopSettings(Map.of(
                AssetClass.REGULAR, bps(trailingStop.regularPct(), d.distanceBps(AssetClass.REGULAR)),
                AssetClass.VOLATILE, bps(trailingStop.volatilePct(), d.distanceBps(AssetClass.VOLATILE))));
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException("trailingStop: regularPct and volatilePct must be above 0 and below 100 (" +
                ex.getMessage() + ")");
        }
    }

    private static <T> T or(final T value, final T fallback)
    {
        return value == null ? fallback : value;
    }

    private static int bps(final Double percent, final int fallback)
    {
        return percent == null ? fallback : RiskSettings.percentToBps(percent);
    }

    /**
     * {@code risk.drawdown}: daily drawdown levels, percent of the day's equity high.
     *
     * @param alertPct           reported only (default 2).
     * @param warningPct         every stop tightens to warningStopPct (default 3).
     * @param criticalPct        the worst positions close, entries pause (default 4).
     * @param circuitBreakerPct  flatten everything and halt entries until the next UTC day (default 5).
     * @param warningStopPct     trailing distance from the warning level on (default 0.3).
     * @param criticalCloseCount worst positions closed at the critical level (default 2).
     */
    public record Drawdown(
        Double alertPct, Double warningPct, Double criticalPct, Double circuitBreakerPct, Double warningStopPct,
        Integer criticalCloseCount)
    {
    }

    /**
     * {@code risk.dumpDetection}, checked on each smallest-timeframe candle.
     *
     * @param enabled               default true.
     * @param volumeReversalCandles consecutive candles against the position (default 3).
     * @param volumeReversalRatio   sell > ratio x buy is against a long (default 1.5).
     * @param flowFlipRatio         ratio:1 with the position, then ratio:1 against it (default 2.5).
     * @param momentumEmaPeriod     closes in the momentum EMA, 0 = off (default 20).
     */
    public record DumpDetection(
        Boolean enabled, Integer volumeReversalCandles, Double volumeReversalRatio, Double flowFlipRatio,
        Integer momentumEmaPeriod)
    {
    }

    /**
     * {@code risk.correlation}: when the leader dumps, every other long exits.
     *
     * @param leaderSymbol  the market leader, e.g. BTCUSDT; absent = off.
     * @param leaderDumpPct its close this far below its highest close of the window (default 1.5).
     * @param windowCandles smallest-timeframe candles in the window (default 5).
     */
    public record Correlation(String leaderSymbol, Double leaderDumpPct, Integer windowCandles)
    {
    }

    /**
     * {@code risk.trailingStop}: distance per asset class.
     *
     * @param regularPct      regular assets (default 0.5).
     * @param volatilePct     very volatile assets (default 15; OFS §8 allows 15-20).
     * @param volatileSymbols symbols of the volatile class (default none).
     * @param enabled         false: positions get no trailing stop (default true).
     */
    public record TrailingStop(Double regularPct, Double volatilePct, List<String> volatileSymbols, Boolean enabled)
    {
    }
}
