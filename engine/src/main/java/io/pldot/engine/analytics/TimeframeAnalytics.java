package io.pldot.engine.analytics;

import io.pldot.engine.analytics.bar.Bar;
import io.pldot.engine.analytics.drummond.DrummondAnalyzer;
import io.pldot.engine.analytics.drummond.PatternListener;
import io.pldot.engine.analytics.drummond.PatternType;
import io.pldot.engine.analytics.drummond.TrendDirection;
import io.pldot.engine.analytics.flow.OrderFlow;
import io.pldot.engine.analytics.profile.MarketProfile;
import io.pldot.engine.analytics.regime.RegimeAnalyzer;
import io.pldot.engine.analytics.zones.FairValueGaps;
import io.pldot.engine.analytics.zones.GapEventType;
import io.pldot.engine.analytics.zones.SupplyDemandZones;
import io.pldot.engine.analytics.zones.ZoneEventType;
import io.pldot.engine.event.OutputsBuffer;
import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.schema.AnalyticsCodes;
import io.pldot.journal.schema.CandleClosedDescriptor;
import io.pldot.journal.schema.IndicatorField;
import io.pldot.journal.schema.IndicatorSnapshotDescriptor;
import io.pldot.journal.schema.IndicatorSnapshotEncoder;
import io.pldot.journal.schema.LevelEventDescriptor;
import io.pldot.journal.schema.LevelEventEncoder;
import io.pldot.journal.schema.PatternEventDescriptor;
import io.pldot.journal.schema.RecordType;
import org.agrona.DirectBuffer;

/**
 * All analytics of one instrument on one timeframe: Drummond Geometry, regime, order flow,
 * market profile, supply/demand zones and fair value gaps, updated incrementally, and written
 * out as records when a bar closes — the pattern, zone and gap events that bar caused (in that
 * order), then one {@link IndicatorSnapshotDescriptor indicator snapshot}.
 * <p>
 * Three ways in, one code path after: the pipeline (and {@code analyze --journal}) adds every
 * accepted trade to the {@link #profile()} (the analytics stage holds the profiles, so a trade
 * reaches them in one step) and closes each candle with
 * {@link #onCandleClosed(Bar, DirectBuffer, int, OutputsBuffer, long, long, long)}, which takes the
 * order flow from the candle record (the candle builder counted the same trades by aggressor side,
 * so this saves an order-flow update per trade and timeframe); trade-by-trade order flow is
 * {@link #onTrade(long, long, int)} and {@link #onCandleClosed(Bar, OutputsBuffer, long, long, long)}
 * (same results); a bars file (which has no trades) goes through {@link #onBar}, where order flow
 * needs the bar's aggressor split (otherwise it stays undefined) and the profile spreads each bar's
 * volume over its range. One instance is fed one way.
 * <p>
 * No allocation after construction. Owned by one thread (the analytics stage's); not thread-safe.
 */
public final class TimeframeAnalytics implements PatternListener
{
    private final int instrumentId;
    private final int timeframeSeconds;
    private final int[] emaPeriods;
    private final DrummondAnalyzer drummond;
    private final RegimeAnalyzer regime;
    private final OrderFlow orderFlow;
    private final MarketProfile profile;
    private final SupplyDemandZones zones;
    private final FairValueGaps gaps;
    private final IndicatorSnapshotEncoder snapshot = new IndicatorSnapshotEncoder();
    private final LevelEventEncoder zoneEvent = new LevelEventEncoder(RecordType.ZONE_EVENT);
    private final LevelEventEncoder gapEvent = new LevelEventEncoder(RecordType.GAP_EVENT);

    private OutputsBuffer out;
    private long sequence;
    private long tsEvent;
    private long tsRecv;
    private long barsClosed;

    /**
     * @param settings         analytics parameters.
     * @param instrument       whose trades and candles arrive here (scales convert fixed point).
     * @param timeframeSeconds of the candles.
     */
    public TimeframeAnalytics(final AnalyticsSettings settings, final Instrument instrument, final int timeframeSeconds)
    {
        this.instrumentId = instrument.id();
        this.timeframeSeconds = timeframeSeconds;
        this.emaPeriods = settings.emaPeriods();
        this.drummond = new DrummondAnalyzer(settings.drummond(), this);
        this.regime = new RegimeAnalyzer(settings.regime());
        this.orderFlow = new OrderFlow(settings.orderFlow(), instrument.quantityScale());
        this.profile = new MarketProfile(settings.profile(), instrument.priceScale(), instrument.quantityScale());
        this.zones = new SupplyDemandZones(settings.zones());
        this.gaps = new FairValueGaps(settings.gaps());
    }

    /**
     * Adds one accepted trade to the bar in progress (order flow and profile).
     *
     * @param price    fixed-point price.
     * @param quantity fixed-point quantity, positive.
     * @param side     {@link io.pldot.journal.schema.Side} code.
     */
    public void onTrade(final long price, final long quantity, final int side)
    {
        orderFlow.onTrade(quantity, side);
        profile.onTrade(price, quantity);
    }

    /**
     * Closes the bar whose trades went to {@link #profile()}, with the order flow of
     * the candle record (its aggressor split, exact fixed-point sums of the same trades), and writes
     * its events and snapshot.
     *
     * @param bar          the closed candle.
     * @param candle       buffer holding its CandleClosed record.
     * @param candleOffset of the record.
     * @param outputs      to append records to.
     * @param sequence     of the input that closed it.
     * @param tsEvent      event time that closed it.
     * @param tsRecv       receive time of that input.
     */
    public void onCandleClosed(
        final Bar bar, final DirectBuffer candle, final int candleOffset, final OutputsBuffer outputs,
        final long sequence, final long tsEvent, final long tsRecv)
    {
        final long buy = CandleClosedDescriptor.BUY_VOLUME.get(candle, candleOffset);
        final long sell = CandleClosedDescriptor.SELL_VOLUME.get(candle, candleOffset);
        // Sides are validated at ingress (unknown, buy, sell), so the rest of the volume is the unknown side's.
        orderFlow.closeBar(buy, sell, CandleClosedDescriptor.VOLUME.get(candle, candleOffset) - buy - sell,
            CandleClosedDescriptor.BUY_COUNT.get(candle, candleOffset), CandleClosedDescriptor.SELL_COUNT.get(candle, candleOffset));
        profile.closeBar();
        close(bar, outputs, sequence, tsEvent, tsRecv);
    }

    /**
     * Closes the bar whose trades came through {@link #onTrade(long, long, int)}, and writes its events and snapshot.
     *
     * @param bar      the closed candle.
     * @param outputs  to append records to.
     * @param sequence of the input that closed it.
     * @param tsEvent  event time that closed it.
     * @param tsRecv   receive time of that input.
     */
    public void onCandleClosed(
        final Bar bar, final OutputsBuffer outputs, final long sequence, final long tsEvent, final long tsRecv)
    {
        orderFlow.closeBar();
        profile.closeBar();
        close(bar, outputs, sequence, tsEvent, tsRecv);
    }

    /**
     * Analyses one bar of a bars file (no trades seen), and writes its events and snapshot.
     *
     * @param bar      the bar.
     * @param outputs  to append records to.
     * @param sequence to tag the records with (the bar's index for a file).
     */
    public void onBar(final Bar bar, final OutputsBuffer outputs, final long sequence)
    {
        orderFlow.update(bar);
        profile.update(bar);
        close(bar, outputs, sequence, bar.closeTime(), bar.closeTime());
    }

    private void close(
        final Bar bar, final OutputsBuffer outputs, final long sequence, final long tsEvent, final long tsRecv)
    {
        // Stored only when it changes (the pipeline passes the same buffer every time): a reference
        // store into this long-lived object costs a GC write barrier.
        if (out != outputs)
        {
            out = outputs;
        }
        this.sequence = sequence;
        this.tsEvent = tsEvent;
        this.tsRecv = tsRecv;
        drummond.update(bar);
        regime.update(bar);
        zones.update(bar);
        gaps.update(bar);
        barsClosed++;
        writeZoneEvents();
        writeGapEvents();
        writeSnapshot(bar);
    }

    @Override
    public void onPatternStarted(
        final PatternType type, final TrendDirection direction, final long startTime, final int strength)
    {
        writePattern(type, direction, AnalyticsCodes.PatternPhase.STARTED, startTime, 0L, strength);
    }

    @Override
    public void onPatternEnded(
        final PatternType type, final TrendDirection direction, final long startTime, final long endTime, final int strength)
    {
        writePattern(type, direction, AnalyticsCodes.PatternPhase.ENDED, startTime, endTime, strength);
    }

    private void writePattern(
        final PatternType type,
        final TrendDirection direction,
        final AnalyticsCodes.PatternPhase phase,
        final long startTime,
        final long endTime,
        final int strength)
    {
        final int offset = out.claim(PatternEventDescriptor.LENGTH);
        PatternEventDescriptor.encode(out.buffer(), offset, sequence, tsEvent, tsRecv, instrumentId, timeframeSeconds,
            AnalyticsWireCodes.pattern(type), AnalyticsWireCodes.trend(direction), AnalyticsCodes.code(phase),
            startTime, endTime, strength);
    }

    private void writeZoneEvents()
    {
        for (int i = 0, n = zones.eventCount(); i < n; i++)
        {
            // Evictions are bookkeeping of a bounded list, not a market event: not journaled.
            if (zones.eventType(i) == ZoneEventType.EVICTED)
            {
                continue;
            }
            final int offset = out.claim(LevelEventDescriptor.LENGTH);
            zoneEvent.encode(out.buffer(), offset, sequence, tsEvent, tsRecv, instrumentId, timeframeSeconds,
                AnalyticsWireCodes.zoneKind(zones.eventZoneKind(i)),
                AnalyticsWireCodes.zoneStatus(zones.eventStatus(i)), zones.eventTestCount(i), zones.eventFirstSeen(i),
                zoneTime(zones.eventLastTested(i)), zones.eventLow(i), zones.eventHigh(i), zones.eventStrength(i));
        }
    }

    private void writeGapEvents()
    {
        for (int i = 0, n = gaps.eventCount(); i < n; i++)
        {
            if (gaps.eventType(i) == GapEventType.EVICTED)
            {
                continue;
            }
            final int offset = out.claim(LevelEventDescriptor.LENGTH);
            gapEvent.encode(out.buffer(), offset, sequence, tsEvent, tsRecv, instrumentId, timeframeSeconds,
                AnalyticsWireCodes.gapDirection(gaps.eventGapDirection(i)),
                AnalyticsWireCodes.gapStatus(gaps.eventStatus(i)), 0, gaps.eventCreatedAt(i),
                gapTime(gaps.eventLastTouched(i)), gaps.eventLow(i), gaps.eventHigh(i), gaps.eventFillPercent(i) / 100.0);
        }
    }

    // The records write 0 for "never"; each list has its own "never" sentinel.
    private static long zoneTime(final long t)
    {
        return t == SupplyDemandZones.NO_TIME ? 0L : t;
    }

    private static long gapTime(final long t)
    {
        return t == FairValueGaps.NO_TIME ? 0L : t;
    }

    private void writeSnapshot(final Bar bar)
    {
        final IndicatorSnapshotEncoder e = snapshot;
        e.begin(sequence, tsEvent, tsRecv, instrumentId, timeframeSeconds, bar.openTime());
        e.value(IndicatorField.PLDOT, drummond.pldot());
        e.value(IndicatorField.PLDOT_SLOPE, drummond.pldotSlope());
        e.value(IndicatorField.ENV_UPPER, drummond.envUpper());
        e.value(IndicatorField.ENV_LOWER, drummond.envLower());
        e.value(IndicatorField.ENV_POSITION, drummond.envPosition());
        if (drummond.hasState())
        {
            e.value(IndicatorField.STATE_CONFIDENCE, drummond.stateConfidence());
            e.state(AnalyticsWireCodes.state(drummond.state()), AnalyticsWireCodes.state(drummond.previousState()),
                AnalyticsWireCodes.trend(drummond.trendDirection()), AnalyticsWireCodes.slope(drummond.slopeTrend()),
                drummond.barsInState());
        }
        if (drummond.supportZoneStrength() > 0)
        {
            e.value(IndicatorField.SUPPORT, drummond.supportZonePrice());
            e.value(IndicatorField.SUPPORT_STRENGTH, drummond.supportZoneStrength());
        }
        if (drummond.resistanceZoneStrength() > 0)
        {
            e.value(IndicatorField.RESISTANCE, drummond.resistanceZonePrice());
            e.value(IndicatorField.RESISTANCE_STRENGTH, drummond.resistanceZoneStrength());
        }
        for (int slot = 0; slot < emaPeriods.length; slot++)
        {
            e.emaPeriod(slot, emaPeriods[slot]);
            e.value(IndicatorField.ema(slot), regime.ema(slot));
        }
        e.value(IndicatorField.ATR, regime.atr());
        e.value(IndicatorField.ATR_PERCENT, regime.atrPercent());
        e.value(IndicatorField.ADX, regime.adx());
        e.value(IndicatorField.PLUS_DI, regime.plusDi());
        e.value(IndicatorField.MINUS_DI, regime.minusDi());
        e.value(IndicatorField.HURST, regime.hurst());
        e.value(IndicatorField.MEAN_REVERSION, regime.meanReversionStrength());
        e.value(IndicatorField.AUTOCORRELATION, regime.autocorrelation());
        e.value(IndicatorField.DELTA, orderFlow.delta());
        e.value(IndicatorField.CVD, orderFlow.cumulativeDelta());
        e.value(IndicatorField.IMBALANCE, orderFlow.imbalance());
        e.value(IndicatorField.AVG_BUY_SIZE, orderFlow.averageBuySize());
        e.value(IndicatorField.AVG_SELL_SIZE, orderFlow.averageSellSize());
        e.value(IndicatorField.POC, profile.poc());
        e.value(IndicatorField.VA_HIGH, profile.valueAreaHigh());
        e.value(IndicatorField.VA_LOW, profile.valueAreaLow());
        e.context(regime.hasRegime() ? AnalyticsWireCodes.regime(regime.regime()) : AnalyticsCodes.UNDEFINED,
            AnalyticsWireCodes.shape(profile.shape()), PATTERN_BITS[drummond.activePatterns()]);
        e.writeTo(out.buffer(), out.claim(IndicatorSnapshotDescriptor.LENGTH));
    }

    /** Wire bits ({@code AnalyticsCodes.Pattern} code k at bit k - 1) of each {@link PatternType#mask()} set. */
    private static final int[] PATTERN_BITS = patternBitsTable();

    private static int[] patternBitsTable()
    {
        final PatternType[] types = PatternType.values();
        final int[] table = new int[1 << types.length];
        for (int mask = 0; mask < table.length; mask++)
        {
            for (final PatternType type : types)
            {
                if ((mask & type.mask()) != 0)
                {
                    table[mask] |= 1 << (AnalyticsWireCodes.pattern(type) - 1);
                }
            }
        }
        return table;
    }

    /** @return bars closed so far. */
    public long barsClosed()
    {
        return barsClosed;
    }

    /** @return the instrument id. */
    public int instrumentId()
    {
        return instrumentId;
    }

    /** @return the timeframe in seconds. */
    public int timeframeSeconds()
    {
        return timeframeSeconds;
    }

    /** @return the Drummond analyzer (read-only use). */
    public DrummondAnalyzer drummond()
    {
        return drummond;
    }

    /** @return the regime analyzer (read-only use). */
    public RegimeAnalyzer regime()
    {
        return regime;
    }

    /** @return the order flow (read-only use). */
    public OrderFlow orderFlow()
    {
        return orderFlow;
    }

    /** @return the market profile (read-only use, except the trades the pipeline adds to its bar in progress). */
    public MarketProfile profile()
    {
        return profile;
    }

    /** @return the supply/demand zones (read-only use). */
    public SupplyDemandZones zones()
    {
        return zones;
    }

    /** @return the fair value gaps (read-only use). */
    public FairValueGaps gaps()
    {
        return gaps;
    }
}
