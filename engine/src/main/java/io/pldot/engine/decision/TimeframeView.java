package io.pldot.engine.decision;

import io.pldot.journal.instrument.FixedPoint;
import io.pldot.journal.schema.AnalyticsCodes;
import io.pldot.journal.schema.CandleClosedDescriptor;
import io.pldot.journal.schema.IndicatorField;
import io.pldot.journal.schema.IndicatorSnapshotDescriptor;
import io.pldot.journal.schema.LevelEventDescriptor;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * What the decision stage knows about one instrument on one timeframe, decoded from the records
 * the candle and analytics stages appended: the last closed candle (fixed point and double), a
 * short history of closes and volumes, the last indicator snapshot as primitive fields, and the
 * supply/demand zones and fair value gaps still alive (from their ZoneEvent / GapEvent records,
 * each kept by a {@link LiveLevels}).
 * <p>
 * Strategies read it; only {@link io.pldot.engine.stage.DecisionStage} writes it (tests may fill
 * it through the same {@code on…} methods). Preallocated; no allocation after construction.
 * Owned by the decision stage's thread; not thread-safe.
 */
public final class TimeframeView
{
    /** Closes and volumes remembered (20: the OFS 1m volume-spike window and the σ window). */
    public static final int HISTORY = 20;
    /** Supply/demand zones remembered (the analytics default keeps 16). */
    public static final int MAX_ZONES = 16;
    /** Fair value gaps remembered (the analytics default keeps 32). */
    public static final int MAX_GAPS = 32;

    private static final IndicatorField[] FIELDS = IndicatorField.values();

    private final int timeframeSeconds;
    private final int priceScale;
    private final int quantityScale;

    private long barsClosed;
    private long openTime;
    private long closeFixed;
    private double open;
    private double high;
    private double low;
    private double close;
    private double volume;
    private final double[] closes = new double[HISTORY];
    private final double[] volumes = new double[HISTORY];

    private long snapshotOpenTime = Long.MIN_VALUE;
    // The last snapshot's values as its record laid them out (8 bytes per field by ordinal), with its
    // presence bits: every snapshot of every timeframe arrives here, and one copy of the block
    // costs less than a read, test and store per field. An absent field reads NaN.
    private final UnsafeBuffer values = new UnsafeBuffer(new byte[8 * FIELDS.length]);
    private long present;
    private final int[] emaPeriods = new int[IndicatorField.EMA_SLOTS];
    private int state;
    private int trend;
    private int regime;
    private int patterns;
    private int barsInState;

    private final LiveLevels zones = new LiveLevels(MAX_ZONES);
    private final LiveLevels gaps = new LiveLevels(MAX_GAPS);

    /**
     * @param timeframeSeconds of the candles this view follows.
     * @param priceScale       decimal places of the instrument's prices.
     * @param quantityScale    decimal places of its quantities.
     */
    public TimeframeView(final int timeframeSeconds, final int priceScale, final int quantityScale)
    {
        this.timeframeSeconds = timeframeSeconds;
        this.priceScale = priceScale;
        this.quantityScale = quantityScale;
    }

    /**
     * Takes a CandleClosed record of this instrument × timeframe.
     *
     * @param b buffer.
     * @param o record offset.
     */
    public void onCandle(final DirectBuffer b, final int o)
    {
        onCandle(CandleClosedDescriptor.OPEN_TIME.get(b, o), CandleClosedDescriptor.OPEN.get(b, o),
            CandleClosedDescriptor.HIGH.get(b, o), CandleClosedDescriptor.LOW.get(b, o), CandleClosedDescriptor.CLOSE.get(b, o),
            CandleClosedDescriptor.VOLUME.get(b, o));
    }

    /**
     * Takes a closed candle.
     *
     * @param openTime    epoch ns of the candle's start.
     * @param openFixed   open, fixed point at the price scale.
     * @param highFixed   high, fixed point.
     * @param lowFixed    low, fixed point.
     * @param closeFixed  close, fixed point.
     * @param volumeFixed volume, fixed point at the quantity scale.
     */
    public void onCandle(
        final long openTime,
        final long openFixed,
        final long highFixed,
        final long lowFixed,
        final long closeFixed,
        final long volumeFixed)
    {
        this.openTime = openTime;
        this.closeFixed = closeFixed;
        this.open = FixedPoint.toDouble(openFixed, priceScale);
        this.high = FixedPoint.toDouble(highFixed, priceScale);
        this.low = FixedPoint.toDouble(lowFixed, priceScale);
        this.close = FixedPoint.toDouble(closeFixed, priceScale);
        this.volume = FixedPoint.toDouble(volumeFixed, quantityScale);
        final int at = (int)(barsClosed % HISTORY);
        closes[at] = close;
        volumes[at] = volume;
        barsClosed++;
    }

    /**
     * Takes an IndicatorSnapshot record of this instrument × timeframe.
     *
     * @param b buffer.
     * @param o record offset.
     */
    public void onSnapshot(final DirectBuffer b, final int o)
    {
        snapshotOpenTime = IndicatorSnapshotDescriptor.OPEN_TIME.get(b, o);
        // Runs on every snapshot of every timeframe: the presence bits and the value block, each read once.
        present = IndicatorSnapshotDescriptor.PRESENCE.get(b, o);
        b.getBytes(o + IndicatorSnapshotDescriptor.VALUES_OFFSET, values, 0, 8 * FIELDS.length);
        for (int slot = 0; slot < emaPeriods.length; slot++)
        {
            emaPeriods[slot] = IndicatorSnapshotDescriptor.emaPeriod(b, o, slot);
        }
        state = IndicatorSnapshotDescriptor.STATE.get(b, o);
        trend = IndicatorSnapshotDescriptor.TREND.get(b, o);
        regime = IndicatorSnapshotDescriptor.REGIME.get(b, o);
        patterns = IndicatorSnapshotDescriptor.PATTERNS.get(b, o);
        barsInState = IndicatorSnapshotDescriptor.BARS_IN_STATE.get(b, o);
    }

    /**
     * Sets the snapshot-derived fields directly (tests, and strategies composed by hand).
     *
     * @param snapshotOpenTime open time of the bar the values belong to.
     * @param state            {@link AnalyticsCodes.MarketState} code.
     * @param trend            {@link AnalyticsCodes.Direction} code.
     * @param regime           {@link AnalyticsCodes.Regime} code.
     * @param patterns         active-pattern bits.
     */
    public void setSnapshot(
        final long snapshotOpenTime, final int state, final int trend, final int regime, final int patterns)
    {
        this.snapshotOpenTime = snapshotOpenTime;
        this.state = state;
        this.trend = trend;
        this.regime = regime;
        this.patterns = patterns;
    }

    /**
     * @param field to set.
     * @param value its value, NaN for undefined.
     */
    public void setValue(final IndicatorField field, final double value)
    {
        values.putDouble(8 * field.ordinal(), value, RecordHeaderDescriptor.BYTE_ORDER);
        present |= 1L << field.ordinal();
    }

    /**
     * Takes a ZoneEvent record: a zone is added or updated, and forgotten once broken.
     *
     * @param b buffer.
     * @param o record offset.
     */
    public void onZoneEvent(final DirectBuffer b, final int o)
    {
        onZone(LevelEventDescriptor.KIND.get(b, o), LevelEventDescriptor.STATUS.get(b, o), LevelEventDescriptor.TEST_COUNT.get(b, o),
            LevelEventDescriptor.FIRST_SEEN.get(b, o), LevelEventDescriptor.LOW.get(b, o), LevelEventDescriptor.HIGH.get(b, o));
    }

    /**
     * @param kind      {@link AnalyticsCodes.ZoneKind} code.
     * @param status    {@link AnalyticsCodes.ZoneStatus} code.
     * @param testCount times tested.
     * @param firstSeen open time of the forming bar (the zone's identity with its kind).
     * @param low       lower bound.
     * @param high      upper bound.
     */
    public void onZone(
        final int kind, final int status, final int testCount, final long firstSeen, final double low, final double high)
    {
        zones.on(kind, status == AnalyticsCodes.ZoneStatus.BROKEN.code(), testCount, firstSeen, low, high);
    }

    /**
     * Takes a GapEvent record: a gap is added or updated, and forgotten once filled.
     *
     * @param b buffer.
     * @param o record offset.
     */
    public void onGapEvent(final DirectBuffer b, final int o)
    {
        onGap(LevelEventDescriptor.KIND.get(b, o), LevelEventDescriptor.STATUS.get(b, o), LevelEventDescriptor.FIRST_SEEN.get(b, o),
            LevelEventDescriptor.LOW.get(b, o), LevelEventDescriptor.HIGH.get(b, o));
    }

    /**
     * @param direction {@link AnalyticsCodes.GapDirection} code.
     * @param status    {@link AnalyticsCodes.GapStatus} code.
     * @param created   open time of the bar that created it (its identity with the direction).
     * @param low       lower bound.
     * @param high      upper bound.
     */
    public void onGap(final int direction, final int status, final long created, final double low, final double high)
    {
        gaps.on(direction, status == AnalyticsCodes.GapStatus.FILLED.code(), 0, created, low, high);
    }

    /** @return the timeframe in seconds. */
    public int timeframeSeconds()
    {
        return timeframeSeconds;
    }

    /** @return decimal places of prices. */
    public int priceScale()
    {
        return priceScale;
    }

    /** @return candles closed so far. */
    public long barsClosed()
    {
        return barsClosed;
    }

    /** @return open time of the last closed candle, epoch ns. */
    public long openTime()
    {
        return openTime;
    }

    /** @return close of the last candle, fixed point. */
    public long closeFixed()
    {
        return closeFixed;
    }

    /** @return open of the last candle. */
    public double open()
    {
        return open;
    }

    /** @return high of the last candle. */
    public double high()
    {
        return high;
    }

    /** @return low of the last candle. */
    public double low()
    {
        return low;
    }

    /** @return close of the last candle. */
    public double close()
    {
        return close;
    }

    /** @return volume of the last candle. */
    public double volume()
    {
        return volume;
    }

    /**
     * @param barsAgo 0 = the last candle, up to {@link #HISTORY} − 1.
     * @return that candle's close, NaN when not seen.
     */
    public double closeAgo(final int barsAgo)
    {
        return barsAgo < barsClosed && barsAgo < HISTORY ? closes[(int)((barsClosed - 1 - barsAgo) % HISTORY)] : Double.NaN;
    }

    /**
     * @param barsAgo 0 = the last candle, up to {@link #HISTORY} − 1.
     * @return that candle's volume, NaN when not seen.
     */
    public double volumeAgo(final int barsAgo)
    {
        return barsAgo < barsClosed && barsAgo < HISTORY ? volumes[(int)((barsClosed - 1 - barsAgo) % HISTORY)] : Double.NaN;
    }

    /**
     * @return true when the last snapshot belongs to the last closed candle (analytics ran for it).
     */
    public boolean hasCurrentSnapshot()
    {
        return barsClosed > 0 && snapshotOpenTime == openTime;
    }

    /**
     * @param field an indicator.
     * @return its value in the last snapshot, NaN when undefined.
     */
    public double value(final IndicatorField field)
    {
        final int ordinal = field.ordinal();
        return (present & (1L << ordinal)) != 0 ?
            values.getDouble(8 * ordinal, RecordHeaderDescriptor.BYTE_ORDER) : Double.NaN;
    }

    /**
     * @param slot EMA slot 0..7.
     * @return its period in the last snapshot, 0 when unused.
     */
    public int emaPeriod(final int slot)
    {
        return emaPeriods[slot];
    }

    /** @return {@link AnalyticsCodes.MarketState} code, 0 when undefined. */
    public int state()
    {
        return state;
    }

    /** @return {@link AnalyticsCodes.Direction} code of the trend, 0 when undefined. */
    public int trend()
    {
        return trend;
    }

    /** @return {@link AnalyticsCodes.Regime} code, 0 when undefined. */
    public int regime()
    {
        return regime;
    }

    /** @return active-pattern bits (bit k = {@link AnalyticsCodes.Pattern} ordinal k). */
    public int patterns()
    {
        return patterns;
    }

    /** @return bars in the current state. */
    public int barsInState()
    {
        return barsInState;
    }

    /** @return live supply/demand zones, first seen first. */
    public int zoneCount()
    {
        return zones.count();
    }

    /** @param i zone index. @return its {@link AnalyticsCodes.ZoneKind} code. */
    public int zoneKind(final int i)
    {
        return zones.kind(i);
    }

    /** @param i zone index. @return times tested. */
    public int zoneTests(final int i)
    {
        return zones.tests(i);
    }

    /** @param i zone index. @return lower bound. */
    public double zoneLow(final int i)
    {
        return zones.low(i);
    }

    /** @param i zone index. @return upper bound. */
    public double zoneHigh(final int i)
    {
        return zones.high(i);
    }

    /** @return open (unfilled) fair value gaps, oldest first. */
    public int gapCount()
    {
        return gaps.count();
    }

    /** @param i gap index. @return its {@link AnalyticsCodes.GapDirection} code. */
    public int gapDirection(final int i)
    {
        return gaps.kind(i);
    }

    /** @param i gap index. @return lower bound. */
    public double gapLow(final int i)
    {
        return gaps.low(i);
    }

    /** @param i gap index. @return upper bound. */
    public double gapHigh(final int i)
    {
        return gaps.high(i);
    }
}
