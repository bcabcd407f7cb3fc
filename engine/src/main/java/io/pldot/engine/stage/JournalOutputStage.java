package io.pldot.engine.stage;

import io.pldot.engine.event.OutputsBuffer;
import io.pldot.engine.event.RingSlot;
import io.pldot.journal.JournalAppender;
import io.pldot.journal.format.OutputDigest;
import org.agrona.MutableDirectBuffer;

import java.util.function.Supplier;

/**
 * Stage O: journals each output record of a slot, in the order the stages appended them, feeds
 * the running SHA-256 of outputs, and hands each record to a listener (summaries, later the
 * adapters' queues). Runs after J and after every stage that appends outputs.
 * <p>
 * Runs on one thread; opens its appender on that thread.
 */
public final class JournalOutputStage implements Stage
{
    private final Supplier<JournalAppender> appenderFactory;
    private final OutputListener listener;
    private final OutputDigest digest = new OutputDigest();
    private JournalAppender appender;
    private long inputs;
    private long outputs;

    /**
     * @param appenderFactory opens the outputs queue appender (called on the stage's thread).
     * @param listener        sees every output after it is journaled.
     */
    public JournalOutputStage(final Supplier<JournalAppender> appenderFactory, final OutputListener listener)
    {
        this.appenderFactory = appenderFactory;
        this.listener = listener;
    }

    @Override
    public void onStart()
    {
        appender = appenderFactory.get();
    }

    @Override
    public void onEvent(final RingSlot slot, final boolean endOfBatch)
    {
        inputs++;
        final OutputsBuffer out = slot.outputs();
        final MutableDirectBuffer buffer = out.buffer();
        final int end = out.length();
        for (int offset = 0; offset < end; )
        {
            final int next = out.next(offset);
            final int length = next - offset;
            appender.append(buffer, offset, length);
            digest.update(buffer, offset, length);
            listener.onOutput(buffer, offset, length);
            outputs++;
            offset = next;
        }
        // Last stage on the slot: hand it back to ingress empty (ingress never touches outputs,
        // which keeps the outputs' cache lines on the stage threads).
        out.reset();
    }

    @Override
    public void onShutdown()
    {
        if (appender != null)
        {
            appender.close();
        }
    }

    /**
     * @return the SHA-256 of all outputs (read after the pipeline stopped; resets the digest).
     */
    public String finishOutputHash()
    {
        return digest.finishHex();
    }

    /**
     * @return inputs seen (read after the pipeline stopped).
     */
    public long inputs()
    {
        return inputs;
    }

    /**
     * @return outputs journaled (read after the pipeline stopped).
     */
    public long outputs()
    {
        return outputs;
    }

    @Override
    public String name()
    {
        return "O";
    }
}
