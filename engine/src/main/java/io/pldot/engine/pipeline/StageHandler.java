package io.pldot.engine.pipeline;

import com.lmax.disruptor.Cursored;
import com.lmax.disruptor.EventHandler;
import io.pldot.engine.event.RingSlot;
import io.pldot.engine.stage.Stage;

/**
 * Runs one or more stages, in order, on one Disruptor event-processor thread. With one stage it
 * is a dedicated thread; with several it is the fused ("shared") layout. The stages cannot tell
 * the difference, which is why both layouts produce identical outputs.
 * <p>
 * End of batch: Disruptor's flag says no further slot was ready when the batch <em>started</em>.
 * In replay the handler can be given the ring's cursor and then tells the stages a batch ended
 * only when nothing further has been published <em>now</em>, so a stage that flushes per batch
 * (O journals a batch of outputs as one excerpt) is not made to flush while the producer is
 * already ahead of it; it still flushes as soon as it catches up, so nothing waits on an idle
 * ring. Live pipelines keep Disruptor's flag, which bounds how long an output waits under load.
 * Stage outputs never depend on this flag, only when they are flushed.
 * <p>
 * Runs on its processor's thread only.
 */
final class StageHandler implements EventHandler<RingSlot>
{
    private final Stage[] stages;
    private final Cursored published;

    /**
     * @param published the ring's cursor, to end batches only when caught up with the producer;
     *                  null to use Disruptor's end of batch.
     * @param stages    to run, in order.
     */
    StageHandler(final Cursored published, final Stage... stages)
    {
        this.published = published;
        this.stages = stages;
    }

    @Override
    public void onEvent(final RingSlot slot, final long sequence, final boolean endOfBatch)
    {
        final boolean end = endOfBatch && (published == null || published.getCursor() <= sequence);
        for (final Stage stage : stages)
        {
            stage.onEvent(slot, end);
        }
    }

    @Override
    public void onStart()
    {
        for (final Stage stage : stages)
        {
            stage.onStart();
        }
    }

    @Override
    public void onShutdown()
    {
        for (final Stage stage : stages)
        {
            stage.onShutdown();
        }
    }

    String name()
    {
        final StringBuilder sb = new StringBuilder();
        for (final Stage stage : stages)
        {
            sb.append(sb.length() == 0 ? "" : "+").append(stage.name());
        }
        return sb.toString();
    }
}
