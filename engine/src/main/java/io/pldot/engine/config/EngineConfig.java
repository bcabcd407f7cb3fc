package io.pldot.engine.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.RecordHeaderDescriptor;

import java.util.List;
import java.util.Locale;

/**
 * Typed, immutable engine settings, as read from {@code config/engine.yaml}. Each nested record
 * validates itself when built, so a bad value fails with the key and line that hold it (see
 * {@link ConfigLoader}). Missing sections take the defaults documented on each field.
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
        analytics.toSettings();
        risk = risk == null ? new RiskConfig(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null) : risk;
        venue = venue == null ? new VenueConfig(null, null, null, null, null, null) : venue;
        // Validated here, like analytics: the binder fills these records without running their constructors'
        // checks, so the messages carry the section name and the loader points at the section's line.
        final io.pldot.engine.risk.RiskSettings riskSettings = section("risk", risk::toSettings);
        section("risk", risk::toStopSettings);
        section("venue", venue::toSettings);
        if (instruments == null || instruments.isEmpty())
        {
            throw new IllegalArgumentException("at least one instrument is required under 'instruments'");
        }
        instruments = List.copyOf(instruments);
        // A written strategy section must fit the candles; the defaults are checked only where a
        // decision stage is built (commands that run no strategy accept any candle timeframes).
        if (strategy != null)
        {
            checkStrategyTimeframes(strategy.toSettings(), candles.timeframeSeconds());
        }
        strategy = strategy == null ? StrategyConfig.defaults() : strategy;
        final java.util.Set<String> symbols = new java.util.HashSet<>();
        instruments.forEach(i -> symbols.add(i.symbol()));
        if (riskSettings.leaderSymbol() != null && !symbols.contains(riskSettings.leaderSymbol()))
        {
            throw new IllegalArgumentException("risk.correlation.leaderSymbol '" + riskSettings.leaderSymbol() +
                "' is not one of the instruments " + symbols);
        }
        for (final InstrumentSettings instrument : instruments)
        {
            try
            {
                riskSettings.fixedQuantityUnits(instrument.quantityScale());
            }
            catch (final IllegalArgumentException ex)
            {
                throw new IllegalArgumentException("risk." + ex.getMessage() + " (" + instrument.symbol() + ")");
            }
        }
        for (final String symbol : riskSettings.volatileSymbols())
        {
            if (!symbols.contains(symbol))
            {
                throw new IllegalArgumentException("risk.trailingStop.volatileSymbols: '" + symbol +
                    "' is not one of the instruments " + symbols);
            }
        }
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

    private static void checkStrategyTimeframes(
        final io.pldot.engine.decision.strategy.StrategySettings settings, final int[] candleSeconds)
    {
        checkTimeframe("trading", settings.tradingSeconds(), candleSeconds);
        if (settings.definition().multiTimeframe())
        {
            checkTimeframe("higher", settings.higherSeconds(), candleSeconds);
            checkTimeframe("lower", settings.lowerSeconds(), candleSeconds);
        }
    }

    private static void checkTimeframe(final String role, final int seconds, final int[] candleSeconds)
    {
        for (final int s : candleSeconds)
        {
            if (s == seconds)
            {
                return;
            }
        }
        throw new IllegalArgumentException("strategy.timeframes." + role + " " +
            io.pldot.engine.candle.TimeframeText.of(seconds) + " is not one of candles.timeframes");
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
     * Journal settings.
     *
     * @param directory journal directory, relative to the working directory; default "journal-data".
     */
    public record JournalSettings(String directory)
    {
        /** Fills the default. */
        public JournalSettings
        {
            directory = directory == null || directory.isBlank() ? "journal-data" : directory;
        }
    }

    /**
     * One instrument.
     *
     * @param symbol        unique symbol.
     * @param id            unique positive id written in records.
     * @param venue         venue name.
     * @param priceScale    decimal places of prices.
     * @param quantityScale decimal places of quantities.
     */
    public record InstrumentSettings(String symbol, Integer id, String venue, Integer priceScale, Integer quantityScale)
    {
        /** Checks required fields and ranges. */
        public InstrumentSettings
        {
            if (id == null || priceScale == null || quantityScale == null)
            {
                throw new IllegalArgumentException("instrument " + symbol + " needs id, priceScale and quantityScale");
            }
            toInstrument(symbol, id, venue, priceScale, quantityScale);
        }

        /**
         * @return the registry entry.
         */
        public Instrument toInstrument()
        {
            return toInstrument(symbol, id, venue, priceScale, quantityScale);
        }

        private static Instrument toInstrument(
            final String symbol, final int id, final String venue, final int priceScale, final int quantityScale)
        {
            return new Instrument(symbol, id, venue, priceScale, quantityScale);
        }
    }

    /**
     * Candle settings.
     *
     * @param timeframes ascending, each a multiple of the one before (so higher timeframes roll
     *                   up from lower ones exactly); default [1m, 5m, 15m, 1h].
     * @param timerGrace how long after a boundary a Timer event closes a candle, allowing for
     *                   venue clocks running behind ours; default 1s.
     */
    public record CandleSettings(List<String> timeframes, String timerGrace)
    {
        /** Fills defaults and checks the timeframe chain. */
        public CandleSettings
        {
            if (timeframes != null && timeframes.isEmpty())
            {
                // An empty list is a mistake, not a request for the defaults: say so rather than guess.
                throw new IllegalArgumentException("timeframes: the list is empty; give at least one timeframe " +
                    "(e.g. [1m, 5m, 15m, 1h]), or leave the key out for that default");
            }
            timeframes = timeframes == null ? List.of("1m", "5m", "15m", "1h") : List.copyOf(timeframes);
            timerGrace = timerGrace == null ? "1s" : timerGrace;
            timeframeSeconds(timeframes);
            duration("timerGrace", timerGrace);
        }

        /**
         * @return the timeframes in seconds, ascending.
         */
        public int[] timeframeSeconds()
        {
            return timeframeSeconds(timeframes);
        }

        /**
         * @return the timer grace in nanoseconds.
         */
        public long timerGraceNanos()
        {
            return DurationText.toNanos(timerGrace);
        }

        private static int[] timeframeSeconds(final List<String> timeframes)
        {
            final int[] seconds = new int[timeframes.size()];
            for (int i = 0; i < seconds.length; i++)
            {
                final long nanos = DurationText.toNanos(timeframes.get(i));
                if (nanos % 1_000_000_000L != 0 || nanos <= 0 || nanos / 1_000_000_000L > Integer.MAX_VALUE)
                {
                    throw new IllegalArgumentException("timeframes: '" + timeframes.get(i) +
                        "' must be whole seconds, from 1s to 68 years");
                }
                seconds[i] = Math.toIntExact(nanos / 1_000_000_000L);
                if (i > 0 && (seconds[i] <= seconds[i - 1] || seconds[i] % seconds[i - 1] != 0))
                {
                    throw new IllegalArgumentException("timeframes: '" + timeframes.get(i) +
                        "' must be a larger multiple of '" + timeframes.get(i - 1) +
                        "' (timeframes ascend and roll up exactly, e.g. [1m, 5m, 15m, 1h])");
                }
            }
            return seconds;
        }
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

    /**
     * Importer settings.
     *
     * @param backwardsTolerance how far a trade's time may go back before it is refused; default 1s.
     * @param maxForwardJump     how far a trade's time may jump ahead on its own word; further needs the next row
     *                           to confirm the gap, else the row is refused as FUTURE_JUMP; default 1h.
     * @param bitstampSymbol     symbol of files in the Bitstamp format (they carry none); default BTCUSD.
     */
    public record ImportSettings(String backwardsTolerance, String maxForwardJump, String bitstampSymbol)
    {
        /** Fills defaults. */
        public ImportSettings
        {
            backwardsTolerance = backwardsTolerance == null ? "1s" : backwardsTolerance;
            maxForwardJump = maxForwardJump == null ? "1h" : maxForwardJump;
            bitstampSymbol = bitstampSymbol == null ? "BTCUSD" : bitstampSymbol;
            duration("backwardsTolerance", backwardsTolerance);
            if (duration("maxForwardJump", maxForwardJump) <= 0)
            {
                throw new IllegalArgumentException("maxForwardJump must be more than 0, was " + maxForwardJump);
            }
        }

        /**
         * @return the largest forward jump taken without confirmation, in nanoseconds.
         */
        public long maxForwardJumpNanos()
        {
            return DurationText.toNanos(maxForwardJump);
        }

        /**
         * @return the tolerance in nanoseconds.
         */
        public long backwardsToleranceNanos()
        {
            return DurationText.toNanos(backwardsTolerance);
        }
    }

    /**
     * Display settings.
     *
     * @param timeZone zone in which text output shows times; default UTC.
     */
    public record DisplaySettings(String timeZone)
    {
        /** Fills the default and checks the zone exists. */
        public DisplaySettings
        {
            timeZone = timeZone == null ? "UTC" : timeZone;
            try
            {
                java.time.ZoneId.of(timeZone);
            }
            catch (final java.time.DateTimeException ex)
            {
                throw new IllegalArgumentException("timeZone: '" + timeZone +
                    "' is not a time zone; use e.g. UTC, Europe/Berlin, America/New_York or +02:00");
            }
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
            return parseEnum(Threading.class, text);
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
            return parseEnum(WaitStrategyKind.class, text);
        }
    }

    private static <T> T section(final String name, final java.util.function.Supplier<T> build)
    {
        try
        {
            return build.get();
        }
        catch (final IllegalArgumentException ex)
        {
            // No cause: the loader reports the innermost message, and this one names the section.
            throw new IllegalArgumentException(name + "." + ex.getMessage());
        }
    }

    private static long duration(final String key, final String text)
    {
        try
        {
            return DurationText.toNanos(text);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException(key + ": " + ex.getMessage());
        }
    }

    static <E extends Enum<E>> E parseEnum(final Class<E> type, final String text)
    {
        final String normalised = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (final E e : type.getEnumConstants())
        {
            if (e.name().equals(normalised))
            {
                return e;
            }
        }
        final StringBuilder known = new StringBuilder();
        for (final E e : type.getEnumConstants())
        {
            known.append(known.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        throw new IllegalArgumentException("'" + text + "' is not one of: " + known);
    }
}
