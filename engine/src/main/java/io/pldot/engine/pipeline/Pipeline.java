package io.pldot.engine.pipeline;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.Cursored;
import com.lmax.disruptor.ExceptionHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.SleepingWaitStrategy;
import com.lmax.disruptor.TimeoutException;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import io.pldot.engine.config.EngineConfig;
import io.pldot.engine.event.RingSlot;
import io.pldot.engine.stage.AnalyticsStage;
import io.pldot.engine.stage.CandleStage;
import io.pldot.engine.stage.DecisionStage;
import io.pldot.engine.stage.RiskStage;
import io.pldot.engine.stage.Stage;
import io.pldot.engine.stage.JournalInboundStage;
import io.pldot.engine.stage.JournalOutputStage;
import io.pldot.engine.stage.OutputListener;
import io.pldot.journal.JournalAppender;
import io.pldot.journal.chronicle.JournalDirectory;
import io.pldot.journal.JournalLock;
import io.pldot.journal.instrument.InstrumentRegistry;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import org.agrona.BitUtil;
import org.agrona.BufferUtil;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The wiring class: builds the whole pipeline graph in one place.
 *
 * <pre>
 *  ingress: ReplayIngress (journaled records, batched) or LiveIngress (feed and timer threads)
 *     |
 *     v
 *   RING  [slot = inbound record | outputs buffer]
 *     |
 *     +--(J)  journal inbound record to DIR/inputs      (live mode only: a replayed record
 *     |                                                   is already in the journal)
 *     +--(A)  analytics: candles (validate, build, append CandleClosed / InputRejected), then
 *     |       per symbol x timeframe Drummond, regime, order flow, profile, zones, gaps
 *     |       (append pattern / zone / gap events and an IndicatorSnapshot per closed candle),
 *     |       then (D) decision: the configured strategy reads this slot's snapshots and
 *     |       appends ranked, de-duplicated Signals (strategy.enabled=false leaves D and R out)
 *     |
 *     +--&gt; (R) after A: risk, the single owner of cash and positions: the simulated venue
 *     |       fills resting orders against this tick, trailing stops and portfolio risk act,
 *     |       then the execution chain turns this slot's Signals into order intents or
 *     |       risk rejects (append order / position / portfolio events)
 *     |
 *     +--&gt; (O) after J and R: journal outputs to DIR/outputs, digest, listener
 *
 *  threading DEDICATED: J, A, R and O each on their own thread (J and A in parallel, R after A,
 *                       O gated on J and R)
 *  threading SHARED:    J -&gt; A -&gt; R -&gt; O fused on one thread, in that order
 *  A is the candle, analytics and decision stages fused on one handler (analytics.enabled=false
 *  leaves the candle stage and D), so candles, their analytics and the decisions taken on them
 *  never cross threads: D reads what A appended to the same slot, with no hand-off.
 * </pre>
 *
 * Because stages talk only through the slot, and outputs are appended in graph order, both
 * layouts journal the same outputs in the same order: replay is deterministic under either.
 * <p>
 * Publishing methods are safe from the producer thread(s) the pipeline was built for:
 * {@link Mode#REPLAY} has one producer; {@link Mode#LIVE} allows several (feed and timer threads),
 * which is why it uses a multi-producer ring.
 */
public final class Pipeline implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    /** How inputs reach the ring. */
    public enum Mode
    {
        /** Inputs come from a journal; they are already durable, so J is not wired. */
        REPLAY,
        /** Inputs come from live sources; J journals each before its outputs leave. */
        LIVE
    }

    private final Disruptor<RingSlot> disruptor;
    private final RingBuffer<RingSlot> ring;
    private final List<Thread> threads = new ArrayList<>();
    private final JournalInboundStage journalInbound;
    private final CandleStage candles;
    private final AnalyticsStage analytics;
    private final DecisionStage decision;
    private final RiskStage risk;
    private final JournalOutputStage journalOutputs;
    /** Live mode: ownership of the journal it appends to, held until {@link #close()}; null in replay. */
    private final JournalLock journalLock;
    private final Mode mode;
    /** Publishes journaled records in batches; null unless {@link Mode#REPLAY}. */
    private final ReplayIngress replayIngress;
    /** Claims, encodes and publishes one live input per call. */
    private final LiveIngress liveIngress;
    private volatile Throwable failure;
    private boolean closed;

    /**
     * Builds and starts the pipeline.
     *
     * @param config         engine settings (timeframes, threading, wait strategy, ring size).
     * @param registry       instruments.
     * @param mode           replay or live.
     * @param inputJournal   journal whose inputs queue J appends to (live mode; ignored in replay).
     * @param outputAppender opens the appender O writes outputs to (called on O's thread).
     * @param listener       sees every output after it is journaled.
     */
    public Pipeline(
        final EngineConfig config,
        final InstrumentRegistry registry,
        final Mode mode,
        final JournalDirectory inputJournal,
        final Supplier<JournalAppender> outputAppender,
        final OutputListener listener)
    {
        final EngineConfig.PipelineSettings settings = config.pipeline();
        this.mode = mode;
        // Owned before reading the last sequence: it holds only while no one else appends.
        this.journalLock = mode == Mode.LIVE ? inputJournal.lock("live engine") : null;
        final long sequenceBase = mode == Mode.LIVE ? inputJournal.lastInputSequence() + 1 : 0;
        this.journalInbound = mode == Mode.LIVE ? new JournalInboundStage(inputJournal) : null;
        final StageChain chain = StageChain.fromConfig(config, registry);
        this.candles = chain.candles();
        this.analytics = chain.analytics();
        this.decision = chain.decision();
        this.risk = chain.risk();
        this.journalOutputs = new JournalOutputStage(outputAppender, listener);

        final int outputCapacity = settings.outputCapacity();
        // The inputs of all slots back to back in one area, slot after slot (the ring fills its
        // slots in order): ingress writes and the stages read them at an even stride.
        final UnsafeBuffer inputs = new UnsafeBuffer(BufferUtil.allocateDirectAligned(
            settings.ringSize() * RecordHeaderDescriptor.MAX_RECORD_LENGTH, BitUtil.CACHE_LINE_LENGTH));
        final int[] nextSlot = {0};
        disruptor = new Disruptor<>(
            () -> new RingSlot(new UnsafeBuffer(inputs, RecordHeaderDescriptor.MAX_RECORD_LENGTH * nextSlot[0]++,
                RecordHeaderDescriptor.MAX_RECORD_LENGTH), outputCapacity),
            settings.ringSize(),
            this::newThread,
            // Live: feed and timer threads publish concurrently. Replay: one reader thread.
            mode == Mode.LIVE ? ProducerType.MULTI : ProducerType.SINGLE,
            waitStrategy(settings.waitStrategy()));
        disruptor.setDefaultExceptionHandler(new FailureRecorder());

        // Replay: end batches only when caught up with the reader (see StageHandler).
        final Cursored published = mode == Mode.REPLAY ? disruptor.getRingBuffer() : null;
        final StageHandler stageA = new StageHandler(published, shared(candles, analytics, decision));
        if (settings.threading() == EngineConfig.Threading.SHARED)
        {
            disruptor.handleEventsWith(
                new StageHandler(published, shared(journalInbound, candles, analytics, decision, risk, journalOutputs)));
        }
        else
        {
            // R gets its own thread after A; O waits for J and R.
            final StageHandler stageO = new StageHandler(published, journalOutputs);
            final StageHandler stageR = risk == null ? null : new StageHandler(published, risk);
            final StageHandler stageJ = journalInbound == null ? null : new StageHandler(published, journalInbound);
            if (stageJ == null)
            {
                disruptor.handleEventsWith(stageA);
            }
            else
            {
                disruptor.handleEventsWith(stageJ, stageA);
            }
            if (stageR != null)
            {
                disruptor.after(stageA).handleEventsWith(stageR);
            }
            final StageHandler last = stageR == null ? stageA : stageR;
            if (stageJ == null)
            {
                disruptor.after(last).handleEventsWith(stageO);
            }
            else
            {
                disruptor.after(stageJ, last).handleEventsWith(stageO);
            }
        }
        ring = disruptor.start();
        replayIngress = mode == Mode.REPLAY ? new ReplayIngress(ring) : null;
        liveIngress = new LiveIngress(ring, sequenceBase);
    }

    /**
     * Publishes an inbound record exactly as journaled (its sequence is kept), on its own.
     *
     * @param record holding the record.
     * @param offset of the record.
     * @param length of the record.
     * @see LiveIngress#publish
     */
    public void publish(final DirectBuffer record, final int offset, final int length)
    {
        liveIngress.publish(record, offset, length);
    }

    /**
     * Replay ingress: copies a journaled record into the next slot and publishes slots in batches
     * (see {@link ReplayIngress}). Records claimed but not yet published go out with
     * {@link #publishPending()}, which {@link #awaitIdle()} and {@link #close()} call first.
     * {@link Mode#REPLAY} only (one producer).
     *
     * @param record       holding the record, as journaled.
     * @param offset       of the record.
     * @param length       of the record.
     * @param tsEventShift nanoseconds to add to its event time; 0 replays it exactly as journaled.
     */
    public void publishReplayed(final DirectBuffer record, final int offset, final int length, final long tsEventShift)
    {
        if (replayIngress == null)
        {
            throw new IllegalStateException("publishReplayed needs a REPLAY pipeline (one producer)");
        }
        replayIngress.publish(record, offset, length, tsEventShift);
    }

    /**
     * Publishes the slots {@link #publishReplayed} has claimed and not published yet. Producer thread.
     */
    public void publishPending()
    {
        if (replayIngress != null)
        {
            replayIngress.publishPending();
        }
    }

    /**
     * @return where live feeds and timers publish trades, timers and feed status (engine sequences in ring
     *         order); safe from the producer threads of a {@link Mode#LIVE} pipeline.
     */
    public LiveIngress live()
    {
        return liveIngress;
    }

    /**
     * Publishes any replayed slots still pending, then waits (spinning, then yielding) until every
     * stage has processed everything published so far. For the producer thread: a drain point
     * between batches, without stopping the pipeline.
     */
    public void awaitIdle()
    {
        publishPending();
        final long published = ring.getCursor();
        int spins = 0;
        while (ring.getMinimumGatingSequence() < published && failure == null)
        {
            if (++spins > 100)
            {
                Thread.yield();
            }
            else
            {
                Thread.onSpinWait();
            }
        }
    }

    /**
     * @return the first exception a stage threw, or {@code null}. Producers poll it to stop early.
     */
    public Throwable failure()
    {
        return failure;
    }

    /**
     * Publishes any replayed slots still pending, waits until every published input has been
     * processed, then stops the stage threads (which close their journal appenders). Idempotent;
     * call it from the producer thread (or once the producer has stopped).
     */
    @Override
    public void close()
    {
        if (closed)
        {
            return;
        }
        closed = true;
        publishPending();
        try
        {
            disruptor.shutdown(5, TimeUnit.MINUTES);
        }
        catch (final TimeoutException ex)
        {
            disruptor.halt();
            throw new IllegalStateException("pipeline did not drain within 5 minutes", ex);
        }
        finally
        {
            for (final Thread thread : threads)
            {
                try
                {
                    thread.join(TimeUnit.SECONDS.toMillis(30));
                }
                catch (final InterruptedException ex)
                {
                    Thread.currentThread().interrupt();
                }
            }
            if (journalLock != null)
            {
                journalLock.close();
            }
        }
    }

    /**
     * @return the SHA-256 of every output journaled (after {@link #close()}).
     */
    public String outputHash()
    {
        return journalOutputs.finishOutputHash();
    }

    /**
     * @return inputs that went through the whole pipeline (after {@link #close()}).
     */
    public long inputsProcessed()
    {
        return journalOutputs.inputs();
    }

    /**
     * @return outputs journaled (after {@link #close()}).
     */
    public long outputs()
    {
        return journalOutputs.outputs();
    }

    private static Stage[] shared(final Stage... stages)
    {
        // Stages that are not wired (J in replay, analytics when disabled) are null here.
        return java.util.Arrays.stream(stages).filter(java.util.Objects::nonNull).toArray(Stage[]::new);
    }

    /**
     * @return the analytics stage, or {@code null} when analytics are disabled (read its counters after close).
     */
    public AnalyticsStage analytics()
    {
        return analytics;
    }

    /**
     * @return the risk stage, or null when the strategy is disabled (read its counters after
     *         {@link #close()}).
     */
    public RiskStage risk()
    {
        return risk;
    }

    /**
     * @return the decision stage, or null when the strategy is disabled (read its counters after
     *         {@link #close()}).
     */
    public DecisionStage decision()
    {
        return decision;
    }

    /**
     * @return the candle stage (read its counters after close).
     */
    public CandleStage candles()
    {
        return candles;
    }

    private Thread newThread(final Runnable runnable)
    {
        final Thread thread = new Thread(runnable, "pldot-stage-" + threads.size());
        thread.setDaemon(true);
        threads.add(thread);
        return thread;
    }

    private static WaitStrategy waitStrategy(final EngineConfig.WaitStrategyKind kind)
    {
        return switch (kind)
        {
            case BLOCKING -> new BlockingWaitStrategy();
            case SLEEPING -> new SleepingWaitStrategy();
            case YIELDING -> new YieldingWaitStrategy();
            case BUSY_SPIN -> new BusySpinWaitStrategy();
        };
    }

    /**
     * Records the first stage failure and keeps the processors running, so the ring drains and
     * no producer blocks forever; producers see {@link #failure()} and stop, and the run fails.
     */
    private final class FailureRecorder implements ExceptionHandler<RingSlot>
    {
        @Override
        public void handleEventException(final Throwable ex, final long sequence, final RingSlot slot)
        {
            if (failure == null)
            {
                failure = ex;
                LOG.error("stage failed on ring sequence {}: {}", sequence, ex.toString(), ex);
            }
        }

        @Override
        public void handleOnStartException(final Throwable ex)
        {
            if (failure == null)
            {
                failure = ex;
            }
            LOG.error("stage failed to start: {}", ex.toString(), ex);
        }

        @Override
        public void handleOnShutdownException(final Throwable ex)
        {
            LOG.error("stage failed to shut down cleanly: {}", ex.toString(), ex);
        }
    }
}
