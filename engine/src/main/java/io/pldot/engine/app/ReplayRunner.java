package io.pldot.engine.app;

import io.pldot.engine.config.EngineConfig;
import io.pldot.engine.pipeline.Pipeline;
import io.pldot.engine.stage.OutputListener;
import io.pldot.journal.chronicle.JournalDirectory;
import io.pldot.journal.JournalReader;
import io.pldot.journal.chronicle.ChronicleJournalAppender;
import io.pldot.journal.format.OutputDigest;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import io.pldot.journal.schema.RecordType;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Replays a journal's inbound records through the pipeline and journals the outputs.
 *
 * <h2>Where outputs go</h2>
 * If the journal has no outputs yet, they are written to {@code DIR/outputs}. If it already has
 * some (recorded live, or by an earlier replay), those are kept untouched as the reference, the
 * replay writes to {@code DIR/replay/outputs} (replacing any earlier replay there), and the
 * result says whether it reproduced the recorded outputs bit for bit. An explicit output
 * directory overrides both. The outputs appear there only once the replay completed (see
 * {@link ReplayTarget}): a replay that is killed leaves no partial reference behind.
 * <p>
 * Not thread-safe; one replay at a time per instance. Reads the wall clock only to report the
 * elapsed time.
 */
public final class ReplayRunner
{
    /** Sub-folder of a journal where replays write when the journal already has outputs. */
    public static final String REPLAY_FOLDER = "replay";

    private final EngineConfig config;
    private final InstrumentRegistry registry;
    private final Consumer<String> notices;

    /**
     * A runner that tells the user on standard error what it cleaned up (leftovers of killed replays).
     *
     * @param config   engine settings (threading, wait strategy, timeframes...).
     * @param registry instruments.
     */
    public ReplayRunner(final EngineConfig config, final InstrumentRegistry registry)
    {
        this(config, registry, message -> System.err.println("note: " + message));
    }

    /**
     * @param config   engine settings (threading, wait strategy, timeframes...).
     * @param registry instruments.
     * @param notices  told, one sentence at a time, what the runner cleaned up before a replay.
     */
    public ReplayRunner(final EngineConfig config, final InstrumentRegistry registry, final Consumer<String> notices)
    {
        this.config = config;
        this.registry = registry;
        this.notices = notices;
    }

    /**
     * @param journal   to replay.
     * @param outputDir journal directory to write outputs to, or null for the default rule above.
     * @param progress  told every few thousand inputs.
     * @return what happened.
     * @throws IllegalStateException when the journal has no inputs or a stage failed.
     */
    public ReplayResult replay(final JournalDirectory journal, final Path outputDir, final ProgressListener progress)
    {
        return replay(journal, outputDir, EventTimeWindow.ALL, OutputListener.NONE, true, progress);
    }

    /**
     * @param journal   to replay.
     * @param outputDir journal directory to write outputs to, or null for the default rule above.
     * @param window    event-time range of the inputs fed to the pipeline (others are skipped and
     *                  not counted).
     * @param listener  also sees every output, on the output stage's thread (e.g. a backtest
     *                  collector).
     * @param compare   whether to hash the journal's recorded outputs (when it has some) and say
     *                  if this replay reproduced them; false for runs that cannot (backtests with
     *                  other parameters, windows), which saves reading them.
     * @param progress  told every few thousand inputs read.
     * @return what happened.
     * @throws IllegalStateException when the journal has no inputs, none in the window, or a
     *                               stage failed.
     */
    public ReplayResult replay(
        final JournalDirectory journal,
        final Path outputDir,
        final EventTimeWindow window,
        final OutputListener listener,
        final boolean compare,
        final ProgressListener progress)
    {
        if (!journal.hasInputs())
        {
            throw new IllegalStateException("journal " + journal.root() + " has no inputs; create one with: " +
                "engine import FILE --journal " + journal.root());
        }
        final ReplayTarget target = ReplayTarget.of(journal, outputDir);
        target.begin(notices);
        boolean complete = false;
        try
        {
            String recordedHash = null;
            if (compare && journal.hasOutputs() && !target.outputsPath().equals(journal.outputsPath()))
            {
                try (JournalReader reader = journal.openOutputReader())
                {
                    recordedHash = OutputDigest.of(reader).finishHex();
                }
            }
            final ReplayResult result = run(journal, target, window, listener, recordedHash, progress);
            target.commit();
            complete = true;
            return result;
        }
        finally
        {
            if (!complete)
            {
                target.abandon();
            }
            target.release();
        }
    }

    private ReplayResult run(
        final JournalDirectory journal,
        final ReplayTarget target,
        final EventTimeWindow window,
        final OutputListener listener,
        final String recordedHash,
        final ProgressListener progress)
    {

        final OutputStatistics statistics = new OutputStatistics();
        final long[] inputsByType = new long[256];
        long inputs = 0;
        long firstEventTime = 0;
        long lastEventTime = 0;
        final long start = System.nanoTime();
        // The output appender prefaults its queue file's pages from its own thread (see JournalPrefaulter):
        // otherwise the output stage's thread spends about half its time faulting in fresh pages.
        final Pipeline pipeline = new Pipeline(config, registry, Pipeline.Mode.REPLAY, null,
            () -> new ChronicleJournalAppender(target.writingPath(), true), listener == OutputListener.NONE ? statistics :
            (buffer, offset, length) ->
            {
                statistics.onOutput(buffer, offset, length);
                listener.onOutput(buffer, offset, length);
            });
        final boolean windowed = !window.unbounded();
        long read = 0;
        try (JournalReader reader = journal.openInputReader())
        {
            int length;
            while ((length = reader.next()) > 0)
            {
                final long tsEvent = RecordHeaderDescriptor.tsEvent(reader.buffer(), 0);
                read++;
                if (windowed && !window.contains(tsEvent))
                {
                    if ((read & 0x3FFF) == 0)
                    {
                        progress.onProgress(inputs);
                    }
                    continue;
                }
                if (inputs == 0)
                {
                    firstEventTime = tsEvent;
                }
                lastEventTime = tsEvent;
                inputsByType[RecordHeaderDescriptor.typeId(reader.buffer(), 0) & 0xFF]++;
                pipeline.publishReplayed(reader.buffer(), 0, length, 0);
                inputs++;
                if ((inputs & 0x3FFF) == 0)
                {
                    progress.onProgress(inputs);
                    if (pipeline.failure() != null)
                    {
                        break;
                    }
                }
            }
        }
        finally
        {
            pipeline.close();
        }
        progress.onProgress(inputs);
        final long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        if (pipeline.failure() != null)
        {
            throw new IllegalStateException("replay stopped: a stage failed: " + pipeline.failure(), pipeline.failure());
        }
        if (inputs == 0 && windowed)
        {
            throw new IllegalStateException("no inputs of " + journal.root() + " fall in the window " + window +
                " (the journal holds " + read + " inputs)");
        }
        final String hash = pipeline.outputHash();
        final Map<String, Long> inputTypes = new LinkedHashMap<>();
        for (final RecordType type : RecordType.values())
        {
            if (type.inbound())
            {
                inputTypes.put(type.displayName(), inputsByType[type.typeId() & 0xFF]);
            }
        }
        return new ReplayResult(
            journal.root().toString(),
            target.outputsPath().toString(),
            config.pipeline().threading().name().toLowerCase(java.util.Locale.ROOT),
            inputs,
            inputTypes,
            pipeline.outputs(),
            statistics.byType(),
            statistics.candlesByTimeframe(),
            statistics.rejectsByReason(),
            hash,
            firstEventTime,
            lastEventTime,
            elapsedMillis,
            recordedHash,
            recordedHash == null ? null : recordedHash.equals(hash));
    }
}
