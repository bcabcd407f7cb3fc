package io.pldot.engine.app;

import io.pldot.engine.analytics.AnalyticsSettings;
import io.pldot.engine.analytics.bar.Bar;
import io.pldot.engine.analytics.CandleBars;
import io.pldot.engine.analytics.TimeframeAnalytics;
import io.pldot.engine.event.OutputsBuffer;
import io.pldot.engine.event.RingSlot;
import io.pldot.engine.pipeline.StageChain;
import io.pldot.engine.stage.AnalyticsStage;
import io.pldot.engine.stage.CandleStage;
import io.pldot.journal.chronicle.JournalDirectory;
import io.pldot.journal.JournalReader;
import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.CandleClosedDescriptor;
import io.pldot.journal.schema.IndicatorSnapshotDescriptor;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import org.agrona.DirectBuffer;

/**
 * The engine of the {@code analyze} command: runs the pipeline's own analytics code over a bars
 * file or a journal's trades and hands each bar with its indicator snapshot to a
 * {@link AnalysisRowWriter}.
 * <ul>
 *   <li>Bars: each bar (optionally rolled up to a longer timeframe first) goes through
 *       {@link TimeframeAnalytics#onBar}.</li>
 *   <li>Journal: every inbound record goes through the very {@link CandleStage} and
 *       {@link AnalyticsStage} the pipeline wires (on one slot, without a ring), so the rows are
 *       the snapshots a replay journals for that symbol and timeframe.</li>
 * </ul>
 * Single-threaded; not thread-safe.
 */
public final class BarAnalysis
{
    private static final int OUTPUT_CAPACITY = 64 * 1024;

    private final AnalyticsSettings settings;
    private final AnalysisRowWriter writer;

    /**
     * @param settings analytics parameters.
     * @param writer   receives each bar and its snapshot.
     */
    public BarAnalysis(final AnalyticsSettings settings, final AnalysisRowWriter writer)
    {
        this.settings = settings.withEnabled(true);
        this.writer = writer;
    }

    /**
     * Analyses bars one by one (a bars file).
     */
    public final class BarSink
    {
        private final TimeframeAnalytics analytics;
        private final OutputsBuffer outputs = new OutputsBuffer(OUTPUT_CAPACITY);
        private final Bar bar = new Bar();
        private long index;

        private BarSink(final Instrument instrument, final int timeframeSeconds)
        {
            this.analytics = new TimeframeAnalytics(settings, instrument, timeframeSeconds);
        }

        /**
         * @param openTime  epoch ns.
         * @param closeTime epoch ns (exclusive end).
         * @param open      first price.
         * @param high      highest price.
         * @param low       lowest price.
         * @param close     last price.
         * @param volume    quantity.
         */
        public void onBar(
            final long openTime,
            final long closeTime,
            final double open,
            final double high,
            final double low,
            final double close,
            final double volume)
        {
            outputs.reset();
            analytics.onBar(bar.set(openTime, closeTime, open, high, low, close, volume), outputs, index++);
            final int offset = lastSnapshot(outputs);
            writer.row(bar, outputs.buffer(), offset);
        }
    }

    /**
     * @param instrument       whose scales the profile rows use (a bars file has none: see the command).
     * @param timeframeSeconds length of the bars (labels the snapshot only).
     * @return a sink to push bars into, in time order.
     */
    public BarSink bars(final Instrument instrument, final int timeframeSeconds)
    {
        return new BarSink(instrument, timeframeSeconds);
    }

    /**
     * Runs a journal's inbound records through the candle and analytics stages and writes a row
     * for each closed candle of {@code instrument} on {@code timeframeSeconds}.
     *
     * @param journal          to read.
     * @param registry         instruments of the journal.
     * @param instrument       whose rows to write.
     * @param timeframeSeconds of the candles.
     * @param timerGraceNanos  as the pipeline's candle stage.
     * @return inbound records read.
     */
    public long journal(
        final JournalDirectory journal,
        final InstrumentRegistry registry,
        final Instrument instrument,
        final int timeframeSeconds,
        final long timerGraceNanos)
    {
        final int[] timeframes = {timeframeSeconds};
        final StageChain stages = StageChain.analytics(registry, timeframes, timerGraceNanos, settings);
        final CandleStage candles = stages.candles();
        final AnalyticsStage analytics = stages.analytics();
        final RingSlot slot = new RingSlot(OUTPUT_CAPACITY);
        final Bar bar = new Bar();
        long inputs = 0;
        try (JournalReader reader = journal.openInputReader())
        {
            int length;
            while ((length = reader.next()) > 0)
            {
                inputs++;
                slot.setInput(reader.buffer(), 0, length);
                candles.onEvent(slot, true);
                analytics.onEvent(slot, true);
                final OutputsBuffer outputs = slot.outputs();
                final DirectBuffer out = outputs.buffer();
                int candleOffset = -1;
                for (int offset = 0; offset < outputs.length(); offset = outputs.next(offset))
                {
                    final int typeId = RecordHeaderDescriptor.typeId(out, offset);
                    if (typeId == RecordType.CANDLE_CLOSED.typeId() &&
                        CandleClosedDescriptor.INSTRUMENT_ID.get(out, offset) == instrument.id())
                    {
                        candleOffset = offset;
                    }
                    else if (typeId == RecordType.INDICATOR_SNAPSHOT.typeId() &&
                        IndicatorSnapshotDescriptor.INSTRUMENT_ID.get(out, offset) == instrument.id() && candleOffset >= 0)
                    {
                        writer.row(CandleBars.fromRecord(out, candleOffset, instrument, bar), out, offset);
                    }
                }
                outputs.reset();
            }
        }
        return inputs;
    }

    private static int lastSnapshot(final OutputsBuffer outputs)
    {
        int found = -1;
        for (int offset = 0; offset < outputs.length(); offset = outputs.next(offset))
        {
            if (RecordHeaderDescriptor.typeId(outputs.buffer(), offset) == RecordType.INDICATOR_SNAPSHOT.typeId())
            {
                found = offset;
            }
        }
        if (found < 0)
        {
            throw new IllegalStateException("analytics wrote no snapshot for a bar");
        }
        return found;
    }
}
