package io.pldot.engine.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.RecordHeaderDescriptor;

import java.util.List;

/**
 * Typed, immutable engine settings, as read from {@code config/engine.yaml}. Each section record
 * validates itself when built, so a bad value fails with the key and line that hold it (see
 * {@link ConfigLoader}). Missing sections take the defaults documented on each field.
 * <p>
 * The sections are their own types ({@link JournalSettings}, {@link InstrumentSettings},
 * {@link CandleSettings}, {@link PipelineSettings}, {@link ImportSettings}, {@link DisplaySettings},
 * {@link AnalyticsConfig}, {@link StrategyConfig}, {@link RiskConfig}, {@link VenueConfig}); the rules
 * between sections live in {@link ConfigChecks}. Immutable; safe from any thread.
 *
 * @param journal     where the journal lives.
 * @param instruments what can be traded; symbols and ids unique.
 * @param candles     candle timeframes and timer grace.
 * @param pipeline    ring, threading layout and wait strategy.
 * @param imports     importer settings.
 * @param display     how times are shown.
 * @param analytics   indicators computed per symbol and timeframe (all optional, defaults documented there).
 * @param strategy    the decision stage's strategy, timeframes and parameters (all optional).
 * @param risk        sizing, portfolio risk and trailing stops of the risk stage (all optional, see RiskConfig).
 * @param venue       the simulated venue: latency, slippage, fees, fill model (all optional, see VenueConfig).
 */
public record EngineConfig(
    JournalSettings journal,
    List<InstrumentSettings> instruments,
    CandleSettings candles,
    PipelineSettings pipeline,
    @com.fasterxml.jackson.annotation.JsonProperty("import") ImportSettings imports,
    DisplaySettings display,
    AnalyticsConfig analytics,
    StrategyConfig strategy,
    RiskConfig risk,
    VenueConfig venue)
{
    /**
     * Fills defaults and checks cross-field rules.
     */
    public EngineConfig
    {
        journal = journal == null ? new JournalSettings(null) : journal;
        candles = candles == null ? new CandleSettings(null, null) : candles;
        pipeline = pipeline == null ? new PipelineSettings(null, null, null, null) : pipeline;
        imports = imports == null ? new ImportSettings(null, null, null) : imports;
        display = display == null ? new DisplaySettings(null) : display;
        analytics = analytics == null ? new AnalyticsConfig(null, null, null, null, null, null, null) : analytics;
        risk = risk == null ? new RiskConfig(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null) : risk;
        venue = venue == null ? new VenueConfig(null, null, null, null, null, null) : venue;
        // Validated here, like analytics: the binder fills these records without running their constructors'
        // checks, so the messages carry the section name and the loader points at the section's line.
        final io.pldot.engine.risk.RiskSettings riskSettings = ConfigChecks.sections(analytics, risk, venue);
        instruments = ConfigChecks.instruments(instruments);
        // The strategy as written: the defaults are not held to the candles (see ConfigChecks).
        ConfigChecks.crossSections(strategy, candles, instruments, riskSettings);
        strategy = strategy == null ? StrategyConfig.defaults() : strategy;
    }

    /**
     * Settings without the strategy, risk and venue sections (their defaults apply).
     *
     * @param journal     where the journal lives.
     * @param instruments what can be traded.
     * @param candles     candle timeframes.
     * @param pipeline    ring and threading.
     * @param imports     importer settings.
     * @param display     how times are shown.
     * @param analytics   analytics settings.
     */
    public EngineConfig(
        final JournalSettings journal, final List<InstrumentSettings> instruments, final CandleSettings candles,
        final PipelineSettings pipeline, final ImportSettings imports, final DisplaySettings display,
        final AnalyticsConfig analytics)
    {
        this(journal, instruments, candles, pipeline, imports, display, analytics, null, null, null);
    }

    /**
     * @return the validated risk settings.
     */
    public io.pldot.engine.risk.RiskSettings riskSettings()
    {
        return risk.toSettings();
    }

    /**
     * @return the validated trailing-stop distances.
     */
    public io.pldot.engine.risk.stop.TrailingStopSettings trailingStopSettings()
    {
        return risk.toStopSettings();
    }

    /**
     * @return the validated simulated-venue settings.
     */
    public io.pldot.engine.venue.VenueSettings venueSettings()
    {
        return venue.toSettings();
    }

    /**
     * @param newStrategy the strategy section to use instead.
     * @return a copy with it.
     */
    public EngineConfig withStrategy(final StrategyConfig newStrategy)
    {
        return new EngineConfig(journal, instruments, candles, pipeline, imports, display, analytics, newStrategy, risk, venue);
    }

    /**
     * @param enabled whether analytics run (false: candles only).
     * @return a copy with that switch.
     */
    public EngineConfig withAnalyticsEnabled(final boolean enabled)
    {
        return new EngineConfig(journal, instruments, candles, pipeline, imports, display,
            new AnalyticsConfig(enabled, analytics.drummond(), analytics.regime(), analytics.orderFlow(),
                analytics.profile(), analytics.zones(), analytics.gaps()), strategy, risk, venue);
    }

    /**
     * @param enabled whether the decision stage runs (false: candles and analytics only).
     * @return a copy with that switch.
     */
    public EngineConfig withStrategyEnabled(final boolean enabled)
    {
        return withStrategy(strategy.withEnabled(enabled));
    }

    /**
     * @return true when the decision stage runs.
     */
    public boolean strategyEnabled()
    {
        return strategy.isEnabled();
    }

    /**
     * @return the validated strategy settings of the decision stage.
     */
    public io.pldot.engine.decision.strategy.StrategySettings strategySettings()
    {
        return strategy.toSettings();
    }

    /**
     * @return the validated analytics settings.
     */
    public io.pldot.engine.analytics.AnalyticsSettings analyticsSettings()
    {
        return analytics.toSettings();
    }

    /**
     * @param threading layout to use instead of the configured one.
     * @return a copy with that layout.
     */
    public EngineConfig withThreading(final Threading threading)
    {
        return new EngineConfig(journal, instruments, candles, pipeline.withThreading(threading), imports, display, analytics,
            strategy, risk, venue);
    }

    /**
     * @return a registry of the configured instruments.
     */
    public InstrumentRegistry registry()
    {
        return new InstrumentRegistry(instruments.stream().map(InstrumentSettings::toInstrument).toList());
    }

    /**
     * Pipeline settings.
     *
     * @param threading      {@code dedicated} (a thread per stage) or {@code shared} (all stages
     *                       fused on one thread); default dedicated.
     * @param waitStrategy   how idle stage threads wait: blocking (default; kind to small machines),
     *                       sleeping, yielding or busy-spin (a dedicated box with spare cores).
     * @param ringSize       slots in the ring, a power of two from 2 to {@value #MAX_RING_SIZE}; default 4096.
     * @param outputCapacity bytes each slot holds for the outputs one input causes, 1024 to 1 MiB; default 8192.
     *                       The slots together (ringSize x (512 + outputCapacity)) may take at most 2 GiB.
     */
    public record PipelineSettings(Threading threading, WaitStrategyKind waitStrategy, Integer ringSize,
        Integer outputCapacity)
    {
        /** Largest ring: 2^20 slots (the ring's input area, slots x 512 bytes, is one int-indexed buffer). */
        public static final int MAX_RING_SIZE = 1 << 20;
        /** Smallest output area of a slot: room for the outputs of one input. */
        public static final int MIN_OUTPUT_CAPACITY = 1024;
        /** Largest output area of a slot: 1 MiB. */
        public static final int MAX_OUTPUT_CAPACITY = 1 << 20;
        /** Memory the ring's slots may take together (inputs and output areas), allocated when a pipeline starts. */
        public static final long MAX_RING_BYTES = 1L << 31;

        /** Fills defaults and checks sizes. */
        public PipelineSettings
        {
            threading = threading == null ? Threading.DEDICATED : threading;
            waitStrategy = waitStrategy == null ? WaitStrategyKind.BLOCKING : waitStrategy;
            ringSize = ringSize == null ? 4096 : ringSize;
            outputCapacity = outputCapacity == null ? 8192 : outputCapacity;
            if (ringSize < 2 || ringSize > MAX_RING_SIZE || Integer.bitCount(ringSize) != 1)
            {
                throw new IllegalArgumentException("ringSize: " + ringSize + " is out of range: a power of two from 2 to " +
                    MAX_RING_SIZE + " (slots)");
            }
            if (outputCapacity < MIN_OUTPUT_CAPACITY || outputCapacity > MAX_OUTPUT_CAPACITY)
            {
                throw new IllegalArgumentException("outputCapacity: " + outputCapacity + " is out of range: " +
                    MIN_OUTPUT_CAPACITY + " to " + MAX_OUTPUT_CAPACITY + " (bytes)");
            }
            final long ringBytes = (long) ringSize * (RecordHeaderDescriptor.MAX_RECORD_LENGTH + outputCapacity);
            if (ringBytes > MAX_RING_BYTES)
            {
                throw new IllegalArgumentException("ringSize: " + ringSize + " slots of " +
                    RecordHeaderDescriptor.MAX_RECORD_LENGTH + " + " + outputCapacity + " (outputCapacity) bytes need " +
                    ringBytes + " bytes; at most " + MAX_RING_BYTES + " (2 GiB) are allowed: lower ringSize or outputCapacity");
            }
        }

        /**
         * @param threading to use instead.
         * @return a copy with that layout.
         */
        public PipelineSettings withThreading(final Threading threading)
        {
            return new PipelineSettings(threading, waitStrategy, ringSize, outputCapacity);
        }
    }

    /** Threading layouts of the pipeline. */
    public enum Threading
    {
        /** One thread per stage. */
        DEDICATED,
        /** All stages fused on one thread, in pipeline order. */
        SHARED;

        /**
         * @param text "dedicated" or "shared", any case.
         * @return the layout.
         */
        @JsonCreator
        public static Threading parse(final String text)
        {
            return ConfigChecks.parseEnum(Threading.class, text);
        }
    }

    /** Disruptor wait strategies. */
    public enum WaitStrategyKind
    {
        /** Lock and condition; lowest CPU, highest wake-up latency. */
        BLOCKING,
        /** Spin, yield, then sleep; low CPU. */
        SLEEPING,
        /** Spin then yield; low latency, burns a core. */
        YIELDING,
        /** Spin only; lowest latency, burns a core per waiting thread. */
        BUSY_SPIN;

        /**
         * @param text e.g. "busy-spin", any case.
         * @return the strategy.
         */
        @JsonCreator
        public static WaitStrategyKind parse(final String text)
        {
            return ConfigChecks.parseEnum(WaitStrategyKind.class, text);
        }
    }
}
