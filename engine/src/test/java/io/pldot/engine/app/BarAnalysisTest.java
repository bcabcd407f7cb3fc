package io.pldot.engine.app;

import io.pldot.engine.TestEngine;
import io.pldot.engine.analytics.AnalyticsSettings;
import io.pldot.engine.config.EngineConfig;
import io.pldot.engine.event.OutputsBuffer;
import io.pldot.engine.event.RingSlot;
import io.pldot.engine.stage.CandleStage;
import io.pldot.journal.chronicle.JournalDirectory;
import io.pldot.journal.JournalReader;
import io.pldot.journal.instrument.Instrument;
import io.pldot.journal.schema.CandleClosedDescriptor;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bar analysis on its own: bars pushed one by one, and a journal run through the candle and
 * analytics stages.
 */
class BarAnalysisTest
{
    private static final long MINUTE = 60_000_000_000L;
    /** 2013-11-25 00:00:00 UTC. */
    private static final long T0 = 1_385_337_600_000_000_000L;

    private final EngineConfig config = TestEngine.shippedConfig();
    private final AnalyticsSettings settings = config.analyticsSettings();
    private final StringWriter text = new StringWriter();
    private final AnalysisRowWriter writer =
        new AnalysisRowWriter(new PrintWriter(text, true), AnalysisRowWriter.Format.CSV, settings.emaPeriods());

    @Test
    void shouldWriteOneRowPerBarPushed()
    {
        final Instrument btc = config.registry().bySymbol("BTCUSD");
        final BarAnalysis.BarSink sink = new BarAnalysis(settings, writer).bars(btc, 60);

        for (int i = 0; i < 30; i++)
        {
            final double close = 100 + (i % 7) - (i % 3);
            sink.onBar(T0 + i * MINUTE, T0 + (i + 1) * MINUTE, close - 0.5, close + 1, close - 1, close, 10 + i);
        }

        assertThat(writer.rows()).isEqualTo(30);
        assertThat(text.toString().lines().filter(l -> !l.isBlank())).hasSize(30);
    }

    @Test
    void shouldWriteARowForEveryCandleOfTheInstrumentThatTheJournalCloses(@TempDir final Path dir)
    {
        final JournalDirectory journal = TestEngine.bitstampJournal(dir, config);
        final Instrument btc = config.registry().bySymbol("BTCUSD");
        final long grace = config.candles().timerGraceNanos();

        final long inputs = new BarAnalysis(settings, writer).journal(journal, config.registry(), btc, 60, grace);

        assertThat(inputs).isEqualTo(TestEngine.BITSTAMP_TRADES);
        final long candles = closedCandles(journal, btc, grace);
        assertThat(candles).isPositive();
        assertThat(writer.rows()).isEqualTo(candles);
    }

    /** Counts the 1m candles of {@code instrument} a candle stage alone closes over the journal. */
    private long closedCandles(final JournalDirectory journal, final Instrument instrument, final long grace)
    {
        final CandleStage candles = new CandleStage(config.registry(), new int[] {60}, grace);
        final RingSlot slot = new RingSlot(64 * 1024);
        long count = 0;
        try (JournalReader reader = journal.openInputReader())
        {
            int length;
            while ((length = reader.next()) > 0)
            {
                slot.setInput(reader.buffer(), 0, length);
                candles.onEvent(slot, true);
                final OutputsBuffer out = slot.outputs();
                for (int offset = 0; offset < out.length(); offset = out.next(offset))
                {
                    if (RecordHeaderDescriptor.typeId(out.buffer(), offset) == RecordType.CANDLE_CLOSED.typeId() &&
                        CandleClosedDescriptor.INSTRUMENT_ID.get(out.buffer(), offset) == instrument.id())
                    {
                        count++;
                    }
                }
                out.reset();
            }
        }
        return count;
    }
}
