package io.pldot.engine.pipeline;

import com.lmax.disruptor.EventHandler;
import io.pldot.engine.event.RingSlot;
import io.pldot.engine.stage.Stage;

/**
 * Runs one or more stages, in order, on one Disruptor event-processor thread. With one stage it
 * is a dedicated thread; with several it is the fused ("shared") layout. The stages cannot tell
 * the difference, which is why both layouts produce identical outputs.
 */
final class StageHandler implements EventHandler<RingSlot>
{
    private final Stage[] stages;

    StageHandler(final Stage... stages)
    {
        this.stages = stages;
    }

    @Override
    public void onEvent(final RingSlot slot, final long sequence, final boolean endOfBatch)
    {
        for (final Stage stage : stages)
        {
            stage.onEvent(slot, endOfBatch);
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
