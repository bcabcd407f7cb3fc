package io.pldot.engine.analytics.drummond;

import io.pldot.engine.analytics.bar.Bar;

/**
 * All Drummond Geometry analytics of one symbol on one timeframe, updated once per closed bar:
 * {@link PlDot}, {@link Envelope}, {@link DrummondLines} (zones), {@link MarketStateClassifier}
 * and {@link PatternDetector}. The getters return what the indicator snapshot needs.
 *
 * <h2>Order within an update</h2>
 * PLdot, envelope, lines, state (from the first PLdot on), then patterns, whose start and end
 * events go synchronously to the {@link PatternListener} given at construction.
 *
 * <h2>Undefined values</h2>
 * A value that is not defined yet is NaN (doubles), null (enums), 0 (counts) or
 * {@link PatternDetector#NO_TIME}; a defined value is always finite. With the defaults: PLdot
 * from bar 3, slope from bar 4, envelope from bar 5 (third PLdot), zones from bar 2, state from
 * bar 3. Degenerate input (flat prices, equal closes, a single bar, time gaps) is covered in the
 * javadoc of each part: flat prices give close == PLdot (neither side), a zero-width envelope with
 * position 0.5, state CONGESTION_ACTION, one zone.
 *
 * <h2>Input</h2>
 * Prices must be finite; a non-finite price is refused with {@link IllegalArgumentException}
 * before any state changes (the stage validates bars at its edge, so this is a programming
 * error). Bar times only label patterns; bars are taken in the order given.
 * <p>
 * Owned by one thread (the analytics shard), not thread-safe. {@link #update} does not allocate.
 * State: 3,368 bytes with the default lookback of 20 line pairs and 7,240 bytes with the maximum
 * of 64 (object headers and arrays included, compressed oops; measured by
 * {@code DrummondAnalyzerTest.shouldKeepItsStateSmall}, which holds them under 3.5 KB and 8 KB).
 */
public final class DrummondAnalyzer
{
    private final DrummondSettings settings;
    private final PatternListener listener;
    private final PlDot pldot = new PlDot();
    private final Envelope envelope;
    private final DrummondLines lines;
    private final MarketStateClassifier classifier = new MarketStateClassifier();
    private final PatternDetector patterns = new PatternDetector();

    /**
     * @param settings of the analytics.
     * @param listener of pattern events ({@link PatternListener#NONE} to ignore them).
     */
    public DrummondAnalyzer(final DrummondSettings settings, final PatternListener listener)
    {
        if (settings == null || listener == null)
        {
            throw new IllegalArgumentException("settings and listener are required");
        }
        this.settings = settings;
        this.listener = listener;
        this.envelope = new Envelope(settings);
        this.lines = new DrummondLines(settings);
    }

    /**
     * An analyzer with the given settings that ignores pattern events.
     *
     * @param settings of the analytics.
     */
    public DrummondAnalyzer(final DrummondSettings settings)
    {
        this(settings, PatternListener.NONE);
    }

    /**
     * Adds a closed bar to every part.
     *
     * @param bar closed bar; read, not kept.
     * @throws IllegalArgumentException if high, low or close is not finite (nothing is changed).
     */
    public void update(final Bar bar)
    {
        final double high = bar.high();
        final double low = bar.low();
        final double close = bar.close();
        if (!Double.isFinite(high) || !Double.isFinite(low) || !Double.isFinite(close))
        {
            throw new IllegalArgumentException("non-finite bar price");
        }
        pldot.update(high, low, close);
        envelope.update(high, low, close, pldot);
        lines.update(high, low, close);
        if (pldot.hasValue())
        {
            classifier.update(close, pldot.value(), pldot.slopeTrend());
        }
        patterns.update(bar.openTime(), close, pldot, envelope, listener);
    }

    /**
     * @return the settings of this analyzer.
     */
    public DrummondSettings settings()
    {
        return settings;
    }

    /**
     * @return bars seen.
     */
    public long bars()
    {
        return pldot.bars();
    }

    /**
     * @return true from bar 3 on.
     */
    public boolean hasPldot()
    {
        return pldot.hasValue();
    }

    /**
     * @return PLdot from the last 3 bars (including the latest), or NaN.
     */
    public double pldot()
    {
        return pldot.value();
    }

    /**
     * @return PLdot - previous PLdot, or NaN before bar 4.
     */
    public double pldotSlope()
    {
        return pldot.slope();
    }

    /**
     * @return the PLdot projected onto the next bar (displacement 1): equal to {@link #pldot()}.
     */
    public double pldotProjection()
    {
        return pldot.projectedValue();
    }

    /**
     * @return trend of the PLdot slope (HORIZONTAL while undefined), or null before bar 3.
     */
    public SlopeTrend slopeTrend()
    {
        return pldot.hasValue() ? pldot.slopeTrend() : null;
    }

    /**
     * @return true once the envelope is defined.
     */
    public boolean hasEnvelope()
    {
        return envelope.hasValue();
    }

    /**
     * @return upper envelope band, or NaN.
     */
    public double envUpper()
    {
        return envelope.upper();
    }

    /**
     * @return lower envelope band, or NaN.
     */
    public double envLower()
    {
        return envelope.lower();
    }

    /**
     * @return envelope width (>= 0), or NaN.
     */
    public double envWidth()
    {
        return envelope.width();
    }

    /**
     * @return position of the close in the envelope, 0..1 (0.5 on a zero-width one), or NaN.
     */
    public double envPosition()
    {
        return envelope.position();
    }

    /**
     * @return true from bar 3 on.
     */
    public boolean hasState()
    {
        return classifier.hasState();
    }

    /**
     * @return market state of the latest bar, or null.
     */
    public MarketState state()
    {
        return classifier.state();
    }

    /**
     * @return state held before the current one, or null.
     */
    public MarketState previousState()
    {
        return classifier.previousState();
    }

    /**
     * @return direction of the latest state, or null.
     */
    public TrendDirection trendDirection()
    {
        return classifier.trendDirection();
    }

    /**
     * @return consecutive bars in the current state, or 0.
     */
    public int barsInState()
    {
        return classifier.barsInState();
    }

    /**
     * @return confidence in the state, 0.5..1.0, or NaN.
     */
    public double stateConfidence()
    {
        return classifier.confidence();
    }

    /**
     * @return center of the nearest support zone at or below the close, or NaN.
     */
    public double supportZonePrice()
    {
        return lines.nearestSupportPrice();
    }

    /**
     * @return lines in that support zone, or 0.
     */
    public int supportZoneStrength()
    {
        return lines.nearestSupportStrength();
    }

    /**
     * @return center of the nearest resistance zone at or above the close, or NaN.
     */
    public double resistanceZonePrice()
    {
        return lines.nearestResistancePrice();
    }

    /**
     * @return lines in that resistance zone, or 0.
     */
    public int resistanceZoneStrength()
    {
        return lines.nearestResistanceStrength();
    }

    /**
     * @return bit set ({@link PatternType#mask()}) of the patterns in progress.
     */
    public int activePatterns()
    {
        return patterns.activeMask();
    }

    /**
     * @param type of pattern.
     * @return true while a pattern of that type is in progress.
     */
    public boolean isPatternActive(final PatternType type)
    {
        return patterns.isActive(type);
    }

    /**
     * @return the PLdot part (read only by convention: do not update it).
     */
    public PlDot pldotIndicator()
    {
        return pldot;
    }

    /**
     * @return the envelope part (read only by convention).
     */
    public Envelope envelope()
    {
        return envelope;
    }

    /**
     * @return the lines and zones part (read only by convention).
     */
    public DrummondLines lines()
    {
        return lines;
    }

    /**
     * @return the state part (read only by convention).
     */
    public MarketStateClassifier classifier()
    {
        return classifier;
    }

    /**
     * @return the patterns part (read only by convention): per-type direction, start, end, strength.
     */
    public PatternDetector patterns()
    {
        return patterns;
    }
}
