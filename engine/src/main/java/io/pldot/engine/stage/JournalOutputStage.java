package io.pldot.engine.stage;

import io.pldot.engine.event.OutputsBuffer;
import io.pldot.engine.event.RingSlot;
import io.pldot.journal.JournalAppender;
import io.pldot.journal.format.OutputDigest;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.function.Supplier;

/**
 * Stage O: journals the output records of the slots, in the order the stages appended them,
 * feeds the running SHA-256 of outputs, and hands each record to a listener (summaries, later the
 * adapters' queues). Runs after J and after every stage that appends outputs.
 * <p>
 * <b>Batching.</b> Records are gathered, in order, into one batch buffer across the slots of a
 * Disruptor batch and journaled as one queue excerpt when the batch ends ({@code endOfBatch}), or
 * earlier when the buffer is full. A Chronicle excerpt costs about half a microsecond whatever its
 * size (write lock, index scan), so that cost is paid per batch instead of per record; the digest
 * also runs over the whole batch in one call. Nothing leaves before it is journaled: the listener
 * sees a batch's records only after its excerpt is written, and the ring never waits on a partial
 * batch, because the batch is flushed whenever no further slot is ready. How records are grouped
 * into excerpts depends on thread timing and means nothing: readers return records one by one,
 * and the record stream (and its hash) is the same under every layout.
 * <p>
 * Runs on one thread; opens its appender on that thread. Allocation-free after construction.
 */
public final class JournalOutputStage implements Stage
{
    /** Bytes gathered before an excerpt is written even if the Disruptor batch goes on. */
    static final int BATCH_CAPACITY = 64 * 1024;

    private final Supplier<JournalAppender> appenderFactory;
    private final OutputListener listener;
    private final OutputDigest digest = new OutputDigest();
    private final byte[] batchBytes = new byte[BATCH_CAPACITY];
    private final UnsafeBuffer batch = new UnsafeBuffer(batchBytes);
    private int batchLength;
    private int batchRecords;
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
        final int end = out.length();
        if (end > 0)
        {
            final MutableDirectBuffer buffer = out.buffer();
            for (int offset = 0; offset < end; )
            {
                final int next = out.next(offset);
                final int length = next - offset;
                if (batchLength + length > BATCH_CAPACITY)
                {
                    flush();
                }
                buffer.getBytes(offset, batch, batchLength, length);
                batchLength += length;
                batchRecords++;
                outputs++;
                offset = next;
            }
            // Last stage on the slot: hand it back to ingress empty (ingress never touches outputs,
            // which keeps the outputs' cache lines on the stage threads).
            out.reset();
        }
        if (endOfBatch)
        {
            flush();
        }
    }

    /**
     * Journals the gathered records as one excerpt, digests them, then shows them to the listener.
     */
    private void flush()
    {
        if (batchLength == 0)
        {
            return;
        }
        appender.append(batch, 0, batchLength);
        digest.update(batchBytes, 0, batchLength, batchRecords);
        for (int offset = 0; offset < batchLength; )
        {
            final int length = RecordHeaderDescriptor.length(batch, offset);
            listener.onOutput(batch, offset, length);
            offset += length;
        }
        batchLength = 0;
        batchRecords = 0;
    }

    @Override
    public void onShutdown()
    {
        if (appender != null)
        {
            // The last event of a run always ends a batch; this only guards an abnormal stop.
            flush();
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
