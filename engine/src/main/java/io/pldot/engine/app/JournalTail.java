package io.pldot.engine.app;

import io.pldot.journal.chronicle.JournalDirectory;
import io.pldot.journal.JournalReader;
import io.pldot.journal.schema.RecordHeaderDescriptor;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Reads a journal's inputs and outputs queues as one stream ordered by sequence: each input,
 * then the outputs it caused (they carry its sequence). Either queue may be absent. In follow
 * mode it keeps returning records as other processes append them.
 * <p>
 * Not thread-safe; the viewer's thread owns it. Off the hot path.
 */
public final class JournalTail implements AutoCloseable
{
    private final JournalDirectory journal;
    private final boolean includeInputs;
    private final boolean includeOutputs;
    private JournalReader inputs;
    private JournalReader outputs;
    private final UnsafeBuffer pendingInput = new UnsafeBuffer(new byte[RecordHeaderDescriptor.MAX_RECORD_LENGTH]);
    private final UnsafeBuffer pendingOutput = new UnsafeBuffer(new byte[RecordHeaderDescriptor.MAX_RECORD_LENGTH]);
    private int pendingInputLength;
    private int pendingOutputLength;
    private final UnsafeBuffer current = new UnsafeBuffer(new byte[RecordHeaderDescriptor.MAX_RECORD_LENGTH]);

    /**
     * @param journal        to read.
     * @param includeInputs  whether to show inbound records.
     * @param includeOutputs whether to show outputs.
     */
    public JournalTail(final JournalDirectory journal, final boolean includeInputs, final boolean includeOutputs)
    {
        this.journal = journal;
        this.includeInputs = includeInputs;
        this.includeOutputs = includeOutputs;
    }

    /**
     * Reads the next record in sequence order.
     *
     * @return its length, with the record in {@link #buffer()}, or 0 when none is available now.
     */
    public int next()
    {
        openWhenPresent();
        if (pendingInputLength == 0 && inputs != null)
        {
            pendingInputLength = copy(inputs, pendingInput);
        }
        if (pendingOutputLength == 0 && outputs != null)
        {
            pendingOutputLength = copy(outputs, pendingOutput);
        }
        final boolean takeInput;
        if (pendingInputLength > 0 && pendingOutputLength > 0)
        {
            // Input N comes before the outputs tagged N.
            takeInput = RecordHeaderDescriptor.sequence(pendingInput, 0) <=
                RecordHeaderDescriptor.sequence(pendingOutput, 0);
        }
        else
        {
            takeInput = pendingInputLength > 0;
        }
        if (takeInput && pendingInputLength > 0)
        {
            final int length = pendingInputLength;
            current.putBytes(0, pendingInput, 0, length);
            pendingInputLength = 0;
            return length;
        }
        if (pendingOutputLength > 0)
        {
            final int length = pendingOutputLength;
            current.putBytes(0, pendingOutput, 0, length);
            pendingOutputLength = 0;
            return length;
        }
        return 0;
    }

    /**
     * @return the record read by the last {@link #next()}, at offset 0.
     */
    public DirectBuffer buffer()
    {
        return current;
    }

    /**
     * @return true when neither queue exists yet.
     */
    public boolean empty()
    {
        openWhenPresent();
        return inputs == null && outputs == null;
    }

    @Override
    public void close()
    {
        if (inputs != null)
        {
            inputs.close();
        }
        if (outputs != null)
        {
            outputs.close();
        }
    }

    private void openWhenPresent()
    {
        // Queues may appear while following (a journal being created by another process).
        if (includeInputs && inputs == null && journal.hasInputs())
        {
            inputs = journal.openInputReader();
        }
        if (includeOutputs && outputs == null && journal.hasOutputs())
        {
            outputs = journal.openOutputReader();
        }
    }

    private static int copy(final JournalReader reader, final UnsafeBuffer into)
    {
        final int length = reader.next();
        if (length > 0)
        {
            into.putBytes(0, reader.buffer(), 0, length);
        }
        return length;
    }
}
